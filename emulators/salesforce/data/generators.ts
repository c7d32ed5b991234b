import { dayMs, formatDate } from '../datetime';
import type { FieldValue, GenContext, Generator } from '../../data/generation';
import { places, streetNames, type Place } from '../../data/words';

export {
  amount,
  constant,
  emailOf,
  firstName,
  lastName,
  phoneNumber,
  pick,
} from '../../data/generators';

/** Salesforce-shaped generators (addresses, `YYYY-MM-DD` days, compound names). */

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

/** `FirstName LastName`, as Salesforce composes a person's Name. */
export function personName(get: (field: string) => FieldValue): FieldValue {
  const parts = [get('FirstName'), get('LastName')].filter(
    (part): part is string => typeof part === 'string' && part !== '',
  );
  return parts.length > 0 ? parts.join(' ') : null;
}
