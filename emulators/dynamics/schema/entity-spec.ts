import type { GeneratedKey, Generator } from '../../salesforce/schema/object-spec';
import type { AttributeSpec, AttributeValue } from './attribute-spec';

/** A value computed from the row's current values on every read (fullname, name …). */
export type Derivation = (get: (attribute: string) => AttributeValue) => AttributeValue;

export interface AlternateKeySpec {
  /** The key's schema name, as `EntityDefinitions(...)/Keys` lists it. */
  name: string;
  attributes: readonly string[];
}

export interface EntitySpec {
  logicalName: string;
  entitySetName: string;
  displayName: string;
  displayCollectionName: string;
  /** Stable per entity; it is also part of the row ids the emulator issues. */
  objectTypeCode: number;
  primaryIdAttribute: string;
  primaryNameAttribute: string;
  isCustomEntity?: boolean;
  /** Entities that do not take part in change tracking refuse `odata.track-changes`. */
  changeTracking?: boolean;
  attributes: readonly AttributeSpec[];
  /** Column generators; columns without one (and not system or derived) start null. */
  generators: Readonly<Record<string, Generator>>;
  derived?: Readonly<Record<string, Derivation>>;
  alternateKeys?: readonly AlternateKeySpec[];
  /** Alternate-key columns whose generated value leads back to the row's position. */
  generatedKeys?: Readonly<Record<string, GeneratedKey>>;
}
