import {
  isLookupType,
  isReadable,
  lookupValueName,
  type AttributeSpec,
} from '../schema/attribute-spec';
import type { EntitySpec } from '../schema/entity-spec';
import { unknownProperty } from './odata-errors';

/** A column as queries name it: lookups by `_<name>_value`, everything else by its name. */
export interface Column {
  /** The name in rows, `$select`, `$filter` and `$orderby`. */
  property: string;
  attribute: AttributeSpec;
}

export function columnsOf(entity: EntitySpec): Column[] {
  return entity.attributes.filter(isReadable).map((attribute) => ({
    property: isLookupType(attribute.type) ? lookupValueName(attribute.name) : attribute.name,
    attribute,
  }));
}

/** The column a property names, or the Web API's "Could not find a property" error. */
export function columnOf(entity: EntitySpec, property: string): Column {
  const column = columnsOf(entity).find((candidate) => candidate.property === property);
  if (!column) throw unknownProperty(entity, property);
  return column;
}
