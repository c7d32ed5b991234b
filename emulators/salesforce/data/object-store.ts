import type { RecordReader } from '../../framework/record-reader';
import {
  GeneratedStore,
  type AuditFields,
  type StoreSettings,
} from '../../framework/generated-store';
import { parseRecordId, recordId } from '../ids';
import type { FieldSpec, FieldValue } from '../schema/field-spec';
import type { SObjectSpec } from '../schema/object-spec';

export type { StoreSettings };

/** Salesforce's audit fields; a deletion moves the record to the recycle bin, a last change. */
const salesforceAudit: AuditFields = {
  created: 'CreatedDate',
  createdBy: 'CreatedById',
  modified: 'LastModifiedDate',
  modifiedBy: 'LastModifiedById',
  stamp: 'SystemModstamp',
  // SystemModstamp runs a little after LastModifiedDate on a tenth of the records.
  generatedStamp: (rnd, modified, anchor) => {
    const stamp = rnd.chance('modstamp', 0.1) ? modified + rnd.int('lag', 1, 120) * 1000 : modified;
    return Math.min(stamp, Math.max(anchor, modified));
  },
  deletionModifies: true,
};

/** The records of one Salesforce object (GeneratedStore), with derived fields and IsDeleted. */
export class ObjectStore extends GeneratedStore<FieldSpec> {
  readonly fields: ReadonlyMap<string, FieldSpec>;

  constructor(
    readonly spec: SObjectSpec,
    settings: StoreSettings,
  ) {
    super(spec.name, settings, {
      hashKey: spec.name,
      fields: spec.fields,
      generators: spec.generators,
      audit: salesforceAudit,
      deletedShare: spec.deletedShare ?? 0.02,
      idOf: (ref) => recordId(spec.keyPrefix, ref),
      positionOf: (id) => {
        const parsed = parseRecordId(id);
        return parsed && parsed.keyPrefix === spec.keyPrefix ? parsed.position : null;
      },
      uniqueness: (field) =>
        field.unique || field.externalId ? { caseSensitive: field.caseSensitive === true } : null,
      generatedPosition: (field, value) => spec.generatedKeys?.[field.name]?.parse(value) ?? null,
    });
    this.fields = new Map(spec.fields.map((field) => [field.name, field]));
  }

  /** When the record went to the recycle bin, or null when it is not deleted. */
  deletedDate(ref: number): number | null {
    const deleted = this.deletions.get(ref);
    if (deleted !== undefined) return deleted.at;
    return ref < this.generatedCount ? this.generatedTimes(ref).deleted : null;
  }

  override valueOf(reader: RecordReader, ref: number, field: string): FieldValue {
    const derive = this.spec.derived?.[field];
    if (derive) return derive((name) => reader.read(name));
    if (field === 'IsDeleted') return this.isDeleted(ref);
    return super.valueOf(reader, ref, field);
  }

  /** Id and IsDeleted are never generated: the store answers them. */
  override generate(reader: RecordReader, field: string): FieldValue {
    return field === 'Id' || field === 'IsDeleted' ? null : super.generate(reader, field);
  }

  /** The live record holding this value in a unique field, if any. */
  findByUnique(field: FieldSpec, value: string): number | null {
    return this.findLive(field, value);
  }
}
