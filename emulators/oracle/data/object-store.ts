import type { FieldValue } from '../../data/generation';
import type { RecordReader } from '../../framework/record-reader';
import {
  GeneratedStore,
  type AuditFields,
  type Deletion,
  type StoreSettings,
} from '../../framework/generated-store';
import type { OracleFieldSpec, OracleObjectSpec } from '../schema/field-spec';
import { parseRowId, rowId } from './row-ids';

export type { Deletion, StoreSettings };

/**
 * Oracle's audit fields. LastUpdated also moves when a child record changes (a tenth of the
 * generated records, up to an hour after ModifiedDate); a deletion leaves them as they were.
 */
const oracleAudit: AuditFields = {
  created: 'CreatedDate',
  createdBy: 'CreatedById',
  modified: 'ModifiedDate',
  modifiedBy: 'ModifiedById',
  stamp: 'LastUpdated',
  generatedStamp: (rnd, modified, anchor) =>
    rnd.chance('childChange', 0.1)
      ? Math.min(anchor, modified + rnd.int('lag', 1, 3600) * 1000)
      : modified,
  deletionModifies: false,
};

const externalIdField = 'ExternalSystemId';

/**
 * The records of one Oracle CRM On Demand object (GeneratedStore): row ids, fields matched
 * without regard to case, ExternalSystemId the key the marketing platform writes.
 */
export class OracleObjectStore extends GeneratedStore<OracleFieldSpec> {
  private deletedAtStart: (Deletion & { ref: number })[] | null = null;

  constructor(
    readonly spec: OracleObjectSpec,
    settings: StoreSettings,
  ) {
    const externalIdPattern = new RegExp(`^${spec.name.toUpperCase()}-(\\d{8,})$`);
    super(spec.name, settings, {
      hashKey: `oracle:${spec.name}`,
      fields: spec.fields,
      generators: spec.generators,
      audit: oracleAudit,
      deletedShare: 0.02,
      idOf: (ref) => rowId(spec.idPrefix, ref),
      positionOf: (id) => parseRowId(spec.idPrefix, id),
      uniqueness: (field) => (field.name === externalIdField ? { caseSensitive: true } : null),
      generatedPosition: (_field, value) => {
        const m = externalIdPattern.exec(value);
        return m ? Number(m[1]) - 1 : null;
      },
    });
  }

  deletion(ref: number): Deletion | null {
    const deleted = this.deletions.get(ref);
    if (deleted) return deleted;
    if (ref >= this.generatedCount || !this.isDeleted(ref)) return null;
    return {
      at: this.generatedTimes(ref).deleted ?? this.settings.anchor,
      userId: this.settings.userId(this.timesRnd.at(ref).float('deletedBy')),
    };
  }

  /** The generated records that start deleted (2 %), with their deletion; found once and kept. */
  generatedDeletions(): readonly (Deletion & { ref: number })[] {
    if (!this.deletedAtStart) {
      this.deletedAtStart = [];
      for (let ref = 0; ref < this.generatedCount; ref++) {
        const deletion = this.generatedDeleted(ref) ? this.deletion(ref) : null;
        if (deletion) this.deletedAtStart.push({ ref, ...deletion });
      }
    }
    return this.deletedAtStart;
  }

  /** The records deleted through the API, with their deletion. */
  apiDeletions(): (Deletion & { ref: number })[] {
    return [...this.deletions].map(([ref, deletion]) => ({ ref, ...deletion }));
  }

  /** ExternalSystemId of a generated record: `CONTACT-00000042`, the platform's key of 42. */
  override generate(reader: RecordReader, field: string): FieldValue {
    if (field !== externalIdField) return super.generate(reader, field);
    return `${this.spec.name.toUpperCase()}-${String(reader.position + 1).padStart(8, '0')}`;
  }

  /** The live record with this ExternalSystemId, if any. */
  findByExternalId(value: string): number | null {
    const field = this.field(externalIdField);
    return field ? this.findLive(field, value) : null;
  }
}
