import type { ColumnDefinition, RecordRow } from '../../shared/domain/records';
import { recipientsTableName } from '../../shared/domain/recipients';
import type { ActivityType } from '../../shared/domain/workflows/activity-catalogue';
import type { ActivityInput } from '../../shared/domain/workflows/activity-settings';
import type { Population } from '../../electron/services/workflows/activity';
import type { RecordStore } from '../../electron/storage/records/record-store';

export const account = 'Bench';
const position = { x: 0, y: 0 };
type InputOf<T extends ActivityType> = Extract<ActivityInput, { type: T }>;

/** Eight contact fields, as a typical import reads them; the record id comes on its own. */
export const importActivity: InputOf<'crmConnector'> = {
  type: 'crmConnector',
  id: 'crmImport',
  label: 'Import contacts',
  position,
  account,
  remoteObject: 'Contact',
  operation: 'import',
  import: {
    fields: [
      'FirstName',
      'LastName',
      'Email',
      'Phone',
      'MailingCity',
      'Birthdate',
      'HasOptedOutOfEmail',
      'LastModifiedDate',
    ].map((remote) => ({ remote })),
  },
};

export const deduplication: InputOf<'deduplication'> = {
  type: 'deduplication',
  id: 'dedup',
  label: 'Deduplication',
  position,
  keys: ['Email'],
  modifiedColumn: 'LastModifiedDate',
};

export const updateRecipients: InputOf<'updateData'> = {
  type: 'updateData',
  id: 'updateRecipients',
  label: 'Update recipients',
  position,
  table: recipientsTableName,
  operation: 'upsert',
  reconciliation: ['salesforceId'],
  mapping: [
    ['Id', 'salesforceId'],
    ['Email', 'email'],
    ['FirstName', 'firstName'],
    ['LastName', 'lastName'],
    ['Phone', 'phone'],
    ['Birthdate', 'birthDate'],
    ['HasOptedOutOfEmail', 'blackListEmail'],
    ['LastModifiedDate', 'lastModified'],
  ].map(([source, destination]) => ({
    source: source as string,
    destination: destination as string,
  })),
};

/** No key field mapped: every recipient is inserted as a new contact. */
export const exportActivity: InputOf<'crmConnector'> = {
  type: 'crmConnector',
  id: 'crmExport',
  label: 'Export recipients',
  position,
  account,
  remoteObject: 'Contact',
  operation: 'export',
  export: {
    mapping: [
      { source: 'firstName', remote: 'FirstName' },
      { source: 'lastName', remote: 'LastName' },
      { source: 'email', remote: 'Email' },
    ],
    batches: true,
  },
};

const exportColumns: ColumnDefinition[] = [
  { name: 'recipientId', label: 'Recipient', type: 'long' },
  { name: 'firstName', label: 'First name', type: 'string', length: 64 },
  { name: 'lastName', label: 'Last name', type: 'string', length: 64 },
  { name: 'email', label: 'Email', type: 'string', length: 128 },
];

const exportRow = (i: number): RecordRow => ({
  recipientId: i,
  firstName: `Bench${i % 5000}`,
  lastName: `Recipient${i}`,
  email: `bench.recipient${i}@example.org`,
});

/** The recipients to export: a work table as a Query upstream would have produced it. */
export async function populateExport(records: RecordStore, count: number): Promise<Population> {
  const table = await records.createWorkTable('wkfBenchExport', {
    label: 'Recipients to export',
    columns: exportColumns,
    key: ['recipientId'],
  });
  for (let start = 1; start <= count; start += 5000) {
    const rows: RecordRow[] = [];
    for (let i = start; i < Math.min(start + 5000, count + 1); i++) rows.push(exportRow(i));
    await records.upsert(table, rows);
  }
  return { table, count };
}
