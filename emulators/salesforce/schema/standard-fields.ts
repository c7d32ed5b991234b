import { checkbox, dateTime, picklist, text, url } from './fields';
import type { FieldSpec } from './field-spec';

/** Standard fields several objects share, as Salesforce's Object Reference lists them. */

export const readOnly = { createable: false, updateable: false } as const;

/** When the running user last viewed the record or referred to it (recently viewed lists). */
export const viewedFields = (): FieldSpec[] => [
  dateTime('LastViewedDate', 'Last Viewed Date', readOnly),
  dateTime('LastReferencedDate', 'Last Referenced Date', readOnly),
];

/** Data.com's key, its record id and the clean status (Account, Contact, Lead). */
export const dataComFields = (idField: string, idLabel: string): FieldSpec[] => [
  text('Jigsaw', 'Data.com Key', 20),
  text(idField, idLabel, 20, readOnly),
  picklist(
    'CleanStatus',
    'Clean Status',
    {
      values: [
        'Matched',
        'Different',
        'Acknowledged',
        'NotFound',
        'Inactive',
        'Pending',
        'SelectMatch',
        'Skipped',
      ],
      restricted: true,
    },
    { defaultedOnCreate: true },
  ),
];

export const photoUrlField = (): FieldSpec => url('PhotoUrl', 'Photo URL', readOnly);

/** Why and when email to the person last bounced (Contact, Lead). */
export const emailBounceFields = (): FieldSpec[] => [
  text('EmailBouncedReason', 'Email Bounced Reason', 255),
  dateTime('EmailBouncedDate', 'Email Bounced Date'),
];

export const faxOptOutField = (): FieldSpec => checkbox('HasOptedOutOfFax', 'Fax Opt Out');

export const pronouns = ['He/Him', 'She/Her', 'They/Them', 'He/They', 'She/They', 'Not Listed'];
export const genderIdentities = ['Male', 'Female', 'Nonbinary', 'Not Listed'];
