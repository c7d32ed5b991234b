import type { EntitySpec } from '../schema/entity-spec';

/** A query the Web API refuses: status, `0x…` code and message. */
export class ODataError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const unknownProperty = (entity: EntitySpec, name: string) =>
  new ODataError(
    400,
    '0x80060888',
    `Could not find a property named '${name}' on type 'Microsoft.Dynamics.CRM.${entity.logicalName}'.`,
  );

export const syntaxError = (position: number, text: string) =>
  new ODataError(400, '0x80060888', `Syntax error at position ${position} in '${text}'.`);

export const badOption = (message: string) => new ODataError(400, '0x80060888', message);
