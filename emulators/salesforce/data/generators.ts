import { dayMs, formatDate } from '../datetime';
import type { FieldValue } from '../schema/field-spec';
import type { GenContext, Generator } from '../schema/object-spec';
import { firstNames, lastNames, places, streetNames, type Place } from './words';

/** Small generators shared by the object definitions. */

export const pick =
  (choices: readonly string[], salt: string, nullShare = 0): Generator =>
  ({ rnd }) =>
    nullShare > 0 && rnd.chance(`${salt}:null`, nullShare) ? null : rnd.pick(salt, choices);

export const firstName: Generator = ({ rnd }) => rnd.pick('firstName', firstNames);
export const lastName: Generator = ({ rnd }) => rnd.pick('lastName', lastNames);

/** `first.last42@example.com`, ASCII only; the index keeps it unique. */
export function emailOf(first: FieldValue, last: FieldValue, index: number, domain: string) {
  const clean = (value: FieldValue) =>
    String(value ?? '')
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  return `${clean(first)}.${clean(last)}${index + 1}@${domain}`;
}

export const phoneNumber =
  (salt: string, nullShare = 0): Generator =>
  ({ rnd }) =>
    nullShare > 0 && rnd.chance(`${salt}:null`, nullShare)
      ? null
      : `+1 (${rnd.int(`${salt}:a`, 200, 989)}) ${rnd.int(`${salt}:b`, 200, 999)}-${String(
          rnd.int(`${salt}:c`, 0, 9999),
        ).padStart(4, '0')}`;

export function placeOf(ctx: GenContext, salt: string): Place {
  return ctx.rnd.pick(salt, places);
}

/** Generators for the component fields of an address (`Mailing`, `Billing`, '' …). */
export function addressGenerators(prefix: string, salt: string): Record<string, Generator> {
  return {
    [`${prefix}Street`]: ({ rnd }) =>
      `${rnd.int(`${salt}:no`, 1, 2999)} ${rnd.pick(`${salt}:street`, streetNames)}`,
    [`${prefix}City`]: (ctx) => placeOf(ctx, salt).city,
    [`${prefix}State`]: (ctx) => placeOf(ctx, salt).state,
    [`${prefix}PostalCode`]: (ctx) => placeOf(ctx, salt).postalCode,
    [`${prefix}Country`]: (ctx) => placeOf(ctx, salt).country,
    [`${prefix}Latitude`]: (ctx) => jitter(ctx, `${salt}:lat`, placeOf(ctx, salt).latitude),
    [`${prefix}Longitude`]: (ctx) => jitter(ctx, `${salt}:lon`, placeOf(ctx, salt).longitude),
    [`${prefix}GeocodeAccuracy`]: () => 'Address',
  };
}

function jitter(ctx: GenContext, salt: string, base: number): number {
  return Math.round((base + (ctx.rnd.float(salt) - 0.5) * 0.05) * 1e6) / 1e6;
}

/** A day within `[anchor - pastDays, anchor + futureDays]`, as `YYYY-MM-DD`. */
export const dayAround =
  (salt: string, pastDays: number, futureDays: number, nullShare = 0): Generator =>
  ({ rnd, anchor }) =>
    nullShare > 0 && rnd.chance(`${salt}:null`, nullShare)
      ? null
      : formatDate(anchor + rnd.int(salt, -pastDays, futureDays) * dayMs);

export const amount =
  (salt: string, min: number, max: number, step: number, nullShare = 0): Generator =>
  ({ rnd }) =>
    nullShare > 0 && rnd.chance(`${salt}:null`, nullShare)
      ? null
      : rnd.int(salt, Math.ceil(min / step), Math.floor(max / step)) * step;

export const constant =
  (value: FieldValue): Generator =>
  () =>
    value;

/** `FirstName LastName`, as Salesforce composes a person's Name. */
export function personName(get: (field: string) => FieldValue): FieldValue {
  const parts = [get('FirstName'), get('LastName')].filter(
    (part): part is string => typeof part === 'string' && part !== '',
  );
  return parts.length > 0 ? parts.join(' ') : null;
}
