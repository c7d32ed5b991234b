import type { FieldValue, Generator } from './generation';
import { firstNames, lastNames } from './words';

/** Small generators every emulator's object definitions share. */

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
