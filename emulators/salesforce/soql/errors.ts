export type SoqlErrorCode =
  'MALFORMED_QUERY' | 'INVALID_FIELD' | 'INVALID_TYPE' | 'NUMBER_OUTSIDE_VALID_RANGE';

/** A query refused the way Salesforce refuses it: an error code and its exact message. */
export class SoqlError extends Error {
  constructor(
    readonly errorCode: SoqlErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Salesforce's positioned message: the query's line, a caret under the offending column,
 * `ERROR at Row:R:Column:C`, then the explanation.
 */
export function positioned(soql: string, offset: number, explanation: string): string {
  const before = soql.slice(0, offset);
  const row = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = soql.indexOf('\n', offset);
  const line = soql.slice(lineStart, lineEnd < 0 ? soql.length : lineEnd).replace(/\r$/, '');
  const column = offset - lineStart + 1;
  return `\n${line}\n${' '.repeat(column - 1)}^\nERROR at Row:${row}:Column:${column}\n${explanation}`;
}

export const wsdlHint =
  'Please reference your WSDL or the describe call for the appropriate names.';

export function noSuchColumn(soql: string, offset: number, column: string, entity: string) {
  return new SoqlError(
    'INVALID_FIELD',
    positioned(
      soql,
      offset,
      `No such column '${column}' on entity '${entity}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. ${wsdlHint}`,
    ),
  );
}

export function unknownRelationship(soql: string, offset: number, relationship: string) {
  return new SoqlError(
    'INVALID_FIELD',
    positioned(
      soql,
      offset,
      `Didn't understand relationship '${relationship}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. ${wsdlHint}`,
    ),
  );
}

export function unsupportedType(soql: string, offset: number, objectName: string) {
  return new SoqlError(
    'INVALID_TYPE',
    positioned(
      soql,
      offset,
      `sObject type '${objectName}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. ${wsdlHint}`,
    ),
  );
}

export function unexpectedToken(soql: string, offset: number, token: string) {
  return new SoqlError('MALFORMED_QUERY', positioned(soql, offset, `unexpected token: '${token}'`));
}

export function malformed(soql: string, offset: number, explanation: string) {
  return new SoqlError('MALFORMED_QUERY', positioned(soql, offset, explanation));
}

export function invalidField(soql: string, offset: number, explanation: string) {
  return new SoqlError('INVALID_FIELD', positioned(soql, offset, explanation));
}
