/** The parsed form of the SOQL subset the emulator answers. Offsets point into the query text. */

export interface FieldPath {
  /** `Account.Owner.Name` → ['Account', 'Owner', 'Name'] */
  path: string[];
  text: string;
  offset: number;
}

export type Literal =
  | { kind: 'string'; value: string; offset: number }
  | { kind: 'number'; value: number; offset: number }
  | { kind: 'boolean'; value: boolean; offset: number }
  | { kind: 'null'; offset: number }
  | { kind: 'date'; value: string; offset: number }
  | { kind: 'datetime'; value: number; offset: number }
  /** TODAY, LAST_N_DAYS:30 … */
  | { kind: 'relativeDate'; name: string; n: number | null; offset: number };

export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';

export type Condition =
  | { kind: 'and' | 'or'; items: Condition[] }
  | { kind: 'not'; item: Condition }
  | { kind: 'compare'; field: FieldPath; op: ComparisonOperator; value: Literal }
  | { kind: 'in'; field: FieldPath; negated: boolean; values: Literal[] }
  | { kind: 'like'; field: FieldPath; pattern: Literal }
  | { kind: 'includes'; field: FieldPath; negated: boolean; values: Literal[] };

export interface OrderItem {
  field: FieldPath;
  descending: boolean;
  nullsLast: boolean;
}

export interface SoqlQuery {
  /** null for `SELECT COUNT()` */
  fields: FieldPath[] | null;
  object: { name: string; offset: number };
  where: Condition | null;
  orderBy: OrderItem[];
  limit: number | null;
  offset: number | null;
}
