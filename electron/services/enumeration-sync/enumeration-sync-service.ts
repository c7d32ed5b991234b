import { msg } from '../../../shared/i18n/message';
import type { SyncChoice, SyncPreview, SyncRow } from '../../../shared/domain/enumeration-sync';
import { enumerationSchema } from '../../../shared/domain/enumerations';
import { issueMessages, issuesFromZod } from '../../../shared/errors';
import { ConsoleError } from '../../core/console-error';
import type { ConfigStore } from '../../storage/config/config-store';
import type { SchemasService } from '../schemas/schemas-service';
import { planSync, syncRows } from './sync-plan';
import { sameName } from '../../../shared/domain/names';

/**
 * "Synchronizing enumerations..." on an external account: the picklists of the tables the
 * configuration wizard generated, mapped onto console enumerations, applied in one write.
 */
export class EnumerationSyncService {
  constructor(
    private readonly store: ConfigStore,
    private readonly schemas: SchemasService,
  ) {}

  private tables(account: string) {
    if (!this.store.data.accounts.some((a) => a.name === account))
      throw new ConsoleError('NOT_FOUND', msg('messages:accounts.notFound', { name: account }));
    const tables = this.schemas.tablesOf(account);
    if (tables.length === 0)
      throw new ConsoleError(
        'VALIDATION_FAILED',
        msg('messages:accounts.notConfigured', { name: account }),
      );
    return tables;
  }

  rows(account: string): SyncRow[] {
    return syncRows(this.tables(account));
  }

  preview(account: string, choices: readonly SyncChoice[]): SyncPreview[] {
    return planSync(this.tables(account), this.store.data.enumerations, choices).map(
      (p) => p.preview,
    );
  }

  /** All chosen enumerations change in one config-store write, or none does. */
  async apply(account: string, choices: readonly SyncChoice[]): Promise<SyncPreview[]> {
    const tables = this.tables(account);
    return this.store.update((doc) => {
      const planned = planSync(tables, doc.enumerations, choices);
      for (const { result } of planned) {
        const parsed = enumerationSchema.safeParse(result);
        if (!parsed.success)
          throw new ConsoleError(
            'VALIDATION_FAILED',
            msg('messages:enumerations.crmValuesRefused', {
              name: result.name,
              issues: issueMessages(issuesFromZod(parsed.error)),
            }),
          );
        const enumeration = parsed.data;
        const index = doc.enumerations.findIndex((e) => sameName(e.name, enumeration.name));
        if (index < 0) doc.enumerations.push(enumeration);
        else doc.enumerations[index] = enumeration;
      }
      return planned.map((p) => p.preview);
    });
  }
}
