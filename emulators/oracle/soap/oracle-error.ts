/**
 * An error Oracle CRM On Demand reports as a SOAP fault: its `SBL-…` code, the Siebel error
 * symbol where it has one, and the message. Thrown by the operations, worded by `faults.ts`.
 */
export class OracleError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly symbol = '',
    /** A batch rejects as a whole with one error per record at fault. */
    readonly more: readonly OracleError[] = [],
  ) {
    super(message);
  }
}

/** The errors the emulator raises, one function per `SBL-…` code. */
export const oracleErrors = {
  sessionUnavailable: () =>
    new OracleError('SBL-ODU-01006', 'Internal Error: Session is not available. Aborting.'),
  rateExceeded: (waitMs: number) =>
    new OracleError(
      'SBL-ODU-01005',
      `The maximum rate of requests was exceeded. Please try again in ${waitMs} ms.`,
    ),
  accessDenied: () =>
    new OracleError(
      'SBL-ODU-01002',
      'The security token could not be authenticated or authorized.',
      'IDS_ODU_ERR_AUTHENTICATION',
    ),
  unknownOperation: (action: string) =>
    new OracleError(
      'SBL-EAI-04313',
      `Operation '${action}' is not supported by the Web Services On Demand emulator.`,
      'IDS_EAI_WS_OP_NOT_FOUND',
    ),
  malformed: (detail: string) =>
    new OracleError(
      'SBL-EAI-04308',
      `Supplied input is not well formed or does not contain the expected data: ${detail}`,
      'IDS_EAI_ERR_SOAP_MALFORMED',
    ),
  unknownField: (field: string, object: string) =>
    new OracleError(
      'SBL-EAI-04127',
      `Field '${field}' does not exist in definition for integration component '${object}'.`,
      'IDS_EAI_ERR_INTOBJHIER_NOFIELDDEF',
    ),
  unexpectedText: (text: string) => new OracleError('SBL-EAI-13010', `Unexpected text: ${text}`),
  badQuery: (detail: string) =>
    new OracleError('SBL-EAI-13002', `Error parsing the query expression: ${detail}`),
  pageSize: (value: string) =>
    new OracleError(
      'SBL-EAI-04451',
      `Invalid page size '${value}': the page size must be a whole number from 1 to 100.`,
    ),
  startRow: (value: string) =>
    new OracleError(
      'SBL-EAI-04452',
      `Invalid start row number '${value}': it must be a whole number of 0 or more.`,
    ),
  sortAndFilterV1: () =>
    new OracleError(
      'SBL-EAI-04421',
      'Web Services v1.0 cannot sort and filter in the same query: sort or filter, not both.',
    ),
  badDate: (value: string, field: string) =>
    new OracleError(
      'SBL-DAT-00359',
      `Unable to convert '${value}' for field '${field}' to a date; expected MM/DD/YYYY hh:mm:ss.`,
      'IDS_ERR_DATACONV_DATETIME',
    ),
  badNumber: (value: string, field: string) =>
    new OracleError(
      'SBL-DAT-00279',
      `'${value}' is not a valid number for field '${field}'.`,
      'IDS_ERR_DATACONV_NUMBER',
    ),
  badBoolean: (value: string, field: string) =>
    new OracleError(
      'SBL-DAT-00279',
      `'${value}' is not a valid check box value for field '${field}'.`,
      'IDS_ERR_DATACONV_BOOL',
    ),
  notInPicklist: (value: string, field: string, object: string) =>
    new OracleError(
      'SBL-DAT-00225',
      `The value entered in field ${field} of buscomp ${object} does not match any value in the bounded pick list ${field}: '${value}'.`,
      'IDS_ERR_FIELD_BOUNDED_PICKLIST',
    ),
  tooLong: (field: string, max: number) =>
    new OracleError(
      'SBL-DAT-00235',
      `The value for field '${field}' is longer than its maximum of ${max} characters.`,
      'IDS_ERR_FIELD_TOO_LONG',
    ),
  required: (field: string) =>
    new OracleError(
      'SBL-DAT-00498',
      `'${field}' is a required field. Please enter a value for the field.`,
      'IDS_SSA_ERR_FIELD_REQUIRED',
    ),
  readOnly: (field: string) =>
    new OracleError(
      'SBL-DAT-00402',
      `Field '${field}' is read-only and cannot be set.`,
      'IDS_ERR_FIELD_READ_ONLY',
    ),
  duplicate: (field: string, value: string) =>
    new OracleError(
      'SBL-DAT-00381',
      `The same values for '${field}' already exist: '${value}'. If you would like to enter a new record, please make sure that the field values are unique.`,
      'IDS_ERR_DUP_CONFLICT',
    ),
  noRows: (object: string) =>
    new OracleError(
      'SBL-EAI-04378',
      `No rows retrieved corresponding to the business component '${object}'.`,
      'IDS_EAI_ERR_INTOBJHIER_NOROWS',
    ),
  noUserKey: (object: string) =>
    new OracleError(
      'SBL-EAI-04397',
      `No user key can be used for the Integration Component instance '${object}'.`,
      'IDS_EAI_ERR_SA_NO_USERKEY',
    ),
  batchTooLarge: (count: number) =>
    new OracleError(
      'SBL-EAI-04431',
      `The request holds ${count} records; batch operations take at most 20 top-level records.`,
    ),
  unknownPicklist: (field: string, object: string) =>
    new OracleError('SBL-ODU-01020', `Field '${field}' of object '${object}' is not a picklist.`),
  /** Several errors of one batch: the first names the fault, all are in its error stack. */
  batch: (errors: readonly OracleError[]) => {
    const first = errors[0] as OracleError;
    return new OracleError(first.code, first.message, first.symbol, errors.slice(1));
  },
};
