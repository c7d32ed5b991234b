import type { OptionSetSpec } from './attribute-spec';

/** Global option sets (`GlobalOptionSetDefinitions`): columns of several entities share them. */

export const regionOptionSet: OptionSetSpec = {
  name: 'new_region',
  global: true,
  options: [
    { value: 100000000, label: 'North America' },
    { value: 100000001, label: 'Europe' },
    { value: 100000002, label: 'Asia Pacific' },
    { value: 100000003, label: 'Latin America' },
  ],
};

export const globalOptionSets: readonly OptionSetSpec[] = [regionOptionSet];
