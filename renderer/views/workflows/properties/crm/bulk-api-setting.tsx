import type { CrmConnectorActivity } from '../../../../../shared/domain/workflows/activity-settings';
import { CheckProperty, NumberProperty } from '../property-fields';

/**
 * Data Loader's "Use Bulk API" for an import or export: the CRM's bulk jobs from a number of
 * rows on (Salesforce Bulk API 2.0), REST pages below it.
 */
export function BulkApiSetting({
  value,
  onChange,
}: {
  value: CrmConnectorActivity['bulk'];
  onChange(value: CrmConnectorActivity['bulk']): void;
}) {
  return (
    <>
      <CheckProperty
        label="Use Bulk API"
        checked={value.enabled}
        onChange={(enabled) => onChange({ ...value, enabled })}
      />
      {value.enabled && (
        <NumberProperty
          label="Bulk API from (rows)"
          value={value.threshold}
          min={1}
          max={1_000_000_000}
          onChange={(threshold) => onChange({ ...value, threshold })}
          help="Imports and exports of at least this many records run as Bulk API 2.0 jobs; smaller ones page through the REST API."
        />
      )}
    </>
  );
}
