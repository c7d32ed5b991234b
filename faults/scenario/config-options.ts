import type { Option } from '../../shared/domain/options';
import type { ActivityEnvironment } from '../../electron/services/workflows/activity';
import type { ConfigStore } from '../../electron/storage/config/config-store';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Options kept in a config store, as the console keeps them: the automatic index's
 * `LASTIMPORT_…` goes through `ConfigStore.update`, so a kill can land mid-write. `current`
 * gives the store to use now: the crash parent opens the file again after each child.
 */
export function configStoreOptions(current: () => ConfigStore): ActivityEnvironment['options'] {
  return {
    get: (name) => current().data.options.find((o) => same(o.name, name)),
    put: (option: Option) =>
      current().update((draft) => {
        const at = draft.options.findIndex((o) => same(o.name, option.name));
        if (at >= 0) draft.options[at] = option;
        else draft.options.push(option);
      }),
  };
}
