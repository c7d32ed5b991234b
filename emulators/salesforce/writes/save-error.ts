/** A per-record failure, shaped as sObject Collections report it. */
export interface SaveError {
  statusCode: string;
  message: string;
  fields: string[];
}

export function saveError(statusCode: string, message: string, fields: string[] = []): SaveError {
  return { statusCode, message, fields };
}

export const rolledBack = saveError(
  'ALL_OR_NONE_OPERATION_ROLLED_BACK',
  'Record rolled back because not all records were valid and the request was using AllOrNone header',
);

export const entityIsDeleted = saveError('ENTITY_IS_DELETED', 'entity is deleted');
export const invalidCrossReference = saveError(
  'INVALID_CROSS_REFERENCE_KEY',
  'invalid cross reference id',
);

/** Thrown while checking one record; the batch turns it into that record's result. */
export class RecordRejected extends Error {
  constructor(readonly error: SaveError) {
    super(error.message);
  }
}
