import type { EntityStore } from '../data/entity-store';
import { ODataError } from '../query/odata-errors';

/** The validation errors of the Web API's writes, with the platform's codes. */

export const unknownWriteProperty = (store: EntityStore, name: string) =>
  new ODataError(
    400,
    '0x80060888',
    `The property '${name}' does not exist on type 'Microsoft.Dynamics.CRM.${store.name}'. Make sure to only use property names that are defined by the type.`,
  );

export const cannotConvert = (value: unknown, edmType: string) =>
  new ODataError(
    400,
    '0x80060888',
    `Cannot convert the literal '${String(JSON.stringify(value))}' to the expected type '${edmType}'.`,
  );

export const tooLong = (store: EntityStore, attribute: string, maxLength: number) =>
  new ODataError(
    400,
    '0x80044331',
    `A validation error occurred. The length of the '${attribute}' attribute of the '${store.name}' entity exceeded the maximum allowed length of '${maxLength}'.`,
  );

export const outsideOptions = (
  store: EntityStore,
  attribute: string,
  value: unknown,
  accepted: readonly number[],
) =>
  new ODataError(
    400,
    '0x8004431a',
    `A validation error occurred. The value ${String(value)} of '${attribute}' on record of type '${store.name}' is outside the valid range. Accepted Values: ${accepted.join(',')}`,
  );

export const outsideRange = (
  store: EntityStore,
  attribute: string,
  value: number,
  min: number,
  max: number,
) =>
  new ODataError(
    400,
    '0x80044330',
    `A validation error occurred. The value ${value} of '${attribute}' on record of type '${store.name}' is outside the valid range (${min} to ${max}).`,
  );

export const requiredMissing = (store: EntityStore, attribute: string) =>
  new ODataError(
    400,
    '0x80040200',
    `A validation error occurred. The value for the required attribute '${attribute}' of the '${store.name}' entity is missing.`,
  );

export const duplicateKey = () =>
  new ODataError(412, '0x80060892', 'A record with matching key values already exists.');
