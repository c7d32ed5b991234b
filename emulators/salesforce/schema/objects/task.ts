import { dayAround, pick } from '../../data/generators';
import { checkbox, date, lookup, picklist, systemFields, textArea } from '../fields';
import type { SObjectSpec } from '../object-spec';

const subjects = ['Call', 'Send Letter', 'Send Quote', 'Other'];
const taskStatuses = [
  'Not Started',
  'In Progress',
  'Completed',
  'Waiting on someone else',
  'Deferred',
];
const priorities = ['High', 'Normal', 'Low'];
const taskTypes = ['Call', 'Email', 'Meeting', 'Other'];

export const task: SObjectSpec = {
  name: 'Task',
  label: 'Task',
  labelPlural: 'Tasks',
  keyPrefix: '00T',
  fields: [
    ...systemFields('Activity', { owner: true, isDeleted: true }),
    lookup('WhoId', 'Name ID', ['Contact', 'Lead'], 'Who'),
    lookup('WhatId', 'Related To ID', ['Account', 'Opportunity', 'Campaign'], 'What'),
    {
      name: 'Subject',
      label: 'Subject',
      type: 'combobox',
      length: 255,
      nameField: true,
      picklist: { values: subjects },
    },
    date('ActivityDate', 'Due Date Only'),
    picklist(
      'Status',
      'Status',
      { values: taskStatuses, defaultValue: 'Not Started', restricted: true },
      { nillable: false },
    ),
    picklist(
      'Priority',
      'Priority',
      { values: priorities, defaultValue: 'Normal', restricted: true },
      { nillable: false },
    ),
    picklist('Type', 'Type', { values: taskTypes }),
    textArea('Description', 'Description', 32000),
    checkbox('IsClosed', 'Closed', { calculated: true, createable: false, updateable: false }),
  ],
  generators: {
    WhoId: ({ rnd, refTo }) =>
      rnd.chance('whoIsLead', 0.25) ? refTo('Lead', 'who') : refTo('Contact', 'who'),
    WhatId: ({ rnd, refTo }) =>
      rnd.chance('what:none', 0.4) ? null : refTo('Opportunity', 'what'),
    Subject: pick(subjects, 'subject'),
    ActivityDate: dayAround('due', 200, 60, 0.1),
    Status: pick(taskStatuses, 'status'),
    Priority: pick(priorities, 'priority'),
    Type: pick(taskTypes, 'type', 0.2),
  },
  derived: { IsClosed: (get) => get('Status') === 'Completed' },
};
