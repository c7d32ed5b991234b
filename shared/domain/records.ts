import { z } from 'zod';
import { msg, type ConsoleMessage } from '../i18n/message';
import { customIssue, said } from '../validation-messages';
import { internalNameSchema, labelSchema, nameKey } from './names';

/** The platform's field types (Campaign's), onto which CRM types are mapped. */
export const columnTypes = [
  'string',
  'memo',
  'boolean',
  'byte',
  'short',
  'long',
  'int64',
  'double',
  'date',
  'datetime',
  'datetimenotz',
  'time',
  'uuid',
] as const;
export type ColumnType = (typeof columnTypes)[number];

export const columnDefinitionSchema = z.object({
  name: internalNameSchema,
  label: labelSchema,
  type: z.enum(columnTypes),
  /** For `string`: the maximum length (Campaign's default is 255). */
  length: z.number().int().min(1).max(4000).optional(),
  /** The enumeration whose labels show the column's values. */
  enumeration: internalNameSchema.optional(),
});
export type ColumnDefinition = z.infer<typeof columnDefinitionSchema>;

export const tableDefinitionSchema = z
  .object({
    name: internalNameSchema,
    label: labelSchema,
    columns: z.array(columnDefinitionSchema).min(1, said(msg('messages:input.tableColumns'))),
    /** The primary key's columns. */
    key: z.array(internalNameSchema).min(1, said(msg('messages:input.tableKey'))),
    /** Further unique keys, usable as upsert keys (e.g. a CRM's record id). */
    uniqueKeys: z.array(z.array(internalNameSchema).min(1)).default([]),
  })
  .superRefine((table, ctx) => {
    const names = new Set<string>();
    table.columns.forEach((c, i) => {
      const key = nameKey(c.name);
      if (names.has(key))
        ctx.addIssue(
          customIssue(msg('messages:input.columnTwice', { column: c.name }), [
            'columns',
            i,
            'name',
          ]),
        );
      names.add(key);
    });
    const known = new Set(table.columns.map((c) => c.name));
    [table.key, ...table.uniqueKeys].flat().forEach((k) => {
      if (!known.has(k))
        ctx.addIssue(customIssue(msg('messages:input.keyNotColumn', { column: k }), ['key']));
    });
  });
export type TableDefinition = z.output<typeof tableDefinitionSchema>;
export type TableDefinitionInput = z.input<typeof tableDefinitionSchema>;

/**
 * A value as the record store takes and gives it: text for strings, dates and times
 * (ISO 8601: `2026-11-20`, `2026-11-20T08:30:00.000Z`, `2026-11-20T08:30:00`, `08:30:00`),
 * numbers, booleans, or null.
 */
export type RecordValue = string | number | boolean | null;
export type RecordRow = Record<string, RecordValue>;

export const filterOperators = [
  'eq',
  'ne',
  'lt',
  'le',
  'gt',
  'ge',
  'contains',
  'startsWith',
  'isEmpty',
  'isNotEmpty',
  'in',
] as const;
export type FilterOperator = (typeof filterOperators)[number];

/** An operator's name inside a message, worded in the reader's language. */
function operatorName(operator: FilterOperator): ConsoleMessage {
  switch (operator) {
    case 'eq':
      return msg('messages:input.operator.eq');
    case 'ne':
      return msg('messages:input.operator.ne');
    case 'lt':
      return msg('messages:input.operator.lt');
    case 'le':
      return msg('messages:input.operator.le');
    case 'gt':
      return msg('messages:input.operator.gt');
    case 'ge':
      return msg('messages:input.operator.ge');
    case 'contains':
      return msg('messages:input.operator.contains');
    case 'startsWith':
      return msg('messages:input.operator.startsWith');
    case 'isEmpty':
      return msg('messages:input.operator.isEmpty');
    case 'isNotEmpty':
      return msg('messages:input.operator.isNotEmpty');
    case 'in':
      return msg('messages:input.operator.in');
  }
}

export const recordValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const filterConditionSchema = z
  .object({
    column: internalNameSchema,
    operator: z.enum(filterOperators),
    value: z.union([recordValueSchema, z.array(recordValueSchema).max(1000)]).optional(),
  })
  .superRefine((c, ctx) => {
    const needsNone = c.operator === 'isEmpty' || c.operator === 'isNotEmpty';
    const needsList = c.operator === 'in';
    if (needsNone && c.value !== undefined)
      ctx.addIssue(
        customIssue(msg('messages:input.operatorNoValue', { operator: operatorName(c.operator) }), [
          'value',
        ]),
      );
    if (needsList && !Array.isArray(c.value))
      ctx.addIssue(customIssue(msg('messages:input.operatorList'), ['value']));
    if (!needsNone && !needsList && (c.value === undefined || Array.isArray(c.value)))
      ctx.addIssue(
        customIssue(
          msg('messages:input.operatorOneValue', { operator: operatorName(c.operator) }),
          ['value'],
        ),
      );
  });
export type FilterCondition = z.infer<typeof filterConditionSchema>;

export const recordFilterSchema = z.object({
  combinator: z.enum(['and', 'or']).default('and'),
  conditions: z.array(filterConditionSchema).max(50),
});
export type RecordFilter = z.output<typeof recordFilterSchema>;

export const sortKeySchema = z.object({
  column: internalNameSchema,
  descending: z.boolean().default(false),
});
export type SortKey = z.output<typeof sortKeySchema>;

export const recordQuerySchema = z.object({
  columns: z.array(internalNameSchema).min(1).optional(),
  filter: recordFilterSchema.optional(),
  sort: z.array(sortKeySchema).max(5).optional(),
});
export type RecordQuery = z.output<typeof recordQuerySchema>;
export type RecordQueryInput = z.input<typeof recordQuerySchema>;

/**
 * A row the reader already has, before the page asked for: the page is read from it onwards
 * (keyset paging) rather than counted from the first row. `values` holds at least the sort
 * column and the key.
 */
export const pageAnchorSchema = z.object({
  row: z.number().int().min(0),
  values: z.record(internalNameSchema, recordValueSchema),
});
export type PageAnchor = z.output<typeof pageAnchorSchema>;

export const pageRequestSchema = recordQuerySchema.extend({
  table: internalNameSchema,
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(1000),
  after: pageAnchorSchema.optional(),
});
export type PageRequest = z.output<typeof pageRequestSchema>;

export type TableKind = 'table' | 'work';

export interface TableSummary {
  name: string;
  label: string;
  kind: TableKind;
}

/** A row as the renderer sends it to be written: column name to value. */
export const recordRowSchema = z
  .record(internalNameSchema, recordValueSchema)
  .refine((row) => Object.keys(row).length <= 500, said(msg('messages:input.recordColumnsMax')));
