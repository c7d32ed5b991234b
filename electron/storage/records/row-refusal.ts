import { msg, type ConsoleMessage } from '../../../shared/i18n/message';
import { RecordStoreError, type RecordStoreErrorCode } from './record-store';

/** Where a refused row is: its table, its number in the call when known, the column if any. */
export interface RowPlace {
  table: string;
  row?: number;
  column?: string;
}

function placeOf({ table, row, column }: RowPlace): ConsoleMessage {
  if (row === undefined)
    return column === undefined
      ? msg('messages:store.at.table', { table })
      : msg('messages:store.at.column', { table, column });
  return column === undefined
    ? msg('messages:store.at.row', { table, row })
    : msg('messages:store.at.rowColumn', { table, row, column });
}

/**
 * A refusal of one row, worded with its place (`at`); it also keeps the same refusal worded
 * without the row number, for a caller that wrote that row alone (a reject names the row itself).
 */
export function rowRefusal(
  code: RecordStoreErrorCode,
  place: RowPlace,
  refusal: (at: ConsoleMessage) => ConsoleMessage,
): RecordStoreError {
  const rowless = { table: place.table, ...(place.column ? { column: place.column } : {}) };
  return new RecordStoreError(code, refusal(placeOf(place)), refusal(placeOf(rowless)));
}
