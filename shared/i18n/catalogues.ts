// Every catalogue, imported statically so each process bundles them and TypeScript checks every
// key used against the English ones. One file per language and domain (namespace).
import enAccounts from './locales/en/accounts.json' with { type: 'json' };
import enCommon from './locales/en/common.json' with { type: 'json' };
import enEnumerations from './locales/en/enumerations.json' with { type: 'json' };
import enFolders from './locales/en/folders.json' with { type: 'json' };
import enMessages from './locales/en/messages.json' with { type: 'json' };
import enOptions from './locales/en/options.json' with { type: 'json' };
import enRecords from './locales/en/records.json' with { type: 'json' };
import enSchemas from './locales/en/schemas.json' with { type: 'json' };
import enShell from './locales/en/shell.json' with { type: 'json' };
import enWizard from './locales/en/wizard.json' with { type: 'json' };
import enWorkflows from './locales/en/workflows.json' with { type: 'json' };
import frAccounts from './locales/fr/accounts.json' with { type: 'json' };
import frCommon from './locales/fr/common.json' with { type: 'json' };
import frEnumerations from './locales/fr/enumerations.json' with { type: 'json' };
import frFolders from './locales/fr/folders.json' with { type: 'json' };
import frMessages from './locales/fr/messages.json' with { type: 'json' };
import frOptions from './locales/fr/options.json' with { type: 'json' };
import frRecords from './locales/fr/records.json' with { type: 'json' };
import frSchemas from './locales/fr/schemas.json' with { type: 'json' };
import frShell from './locales/fr/shell.json' with { type: 'json' };
import frWizard from './locales/fr/wizard.json' with { type: 'json' };
import frWorkflows from './locales/fr/workflows.json' with { type: 'json' };
import itAccounts from './locales/it/accounts.json' with { type: 'json' };
import itCommon from './locales/it/common.json' with { type: 'json' };
import itEnumerations from './locales/it/enumerations.json' with { type: 'json' };
import itFolders from './locales/it/folders.json' with { type: 'json' };
import itMessages from './locales/it/messages.json' with { type: 'json' };
import itOptions from './locales/it/options.json' with { type: 'json' };
import itRecords from './locales/it/records.json' with { type: 'json' };
import itSchemas from './locales/it/schemas.json' with { type: 'json' };
import itShell from './locales/it/shell.json' with { type: 'json' };
import itWizard from './locales/it/wizard.json' with { type: 'json' };
import itWorkflows from './locales/it/workflows.json' with { type: 'json' };
import nlAccounts from './locales/nl/accounts.json' with { type: 'json' };
import nlCommon from './locales/nl/common.json' with { type: 'json' };
import nlEnumerations from './locales/nl/enumerations.json' with { type: 'json' };
import nlFolders from './locales/nl/folders.json' with { type: 'json' };
import nlMessages from './locales/nl/messages.json' with { type: 'json' };
import nlOptions from './locales/nl/options.json' with { type: 'json' };
import nlRecords from './locales/nl/records.json' with { type: 'json' };
import nlSchemas from './locales/nl/schemas.json' with { type: 'json' };
import nlShell from './locales/nl/shell.json' with { type: 'json' };
import nlWizard from './locales/nl/wizard.json' with { type: 'json' };
import nlWorkflows from './locales/nl/workflows.json' with { type: 'json' };
import type { Language } from './languages';

/** The English catalogues: the reference every other language must match key for key. */
export const english = {
  common: enCommon,
  shell: enShell,
  accounts: enAccounts,
  wizard: enWizard,
  schemas: enSchemas,
  enumerations: enEnumerations,
  options: enOptions,
  records: enRecords,
  folders: enFolders,
  workflows: enWorkflows,
  messages: enMessages,
};
export type Namespace = keyof typeof english;
export const namespaces = Object.keys(english) as Namespace[];

type Catalogue = Record<string, unknown>;

export const catalogues: Record<Language, Record<Namespace, Catalogue>> = {
  en: english,
  fr: {
    common: frCommon,
    shell: frShell,
    accounts: frAccounts,
    wizard: frWizard,
    schemas: frSchemas,
    enumerations: frEnumerations,
    options: frOptions,
    records: frRecords,
    folders: frFolders,
    workflows: frWorkflows,
    messages: frMessages,
  },
  nl: {
    common: nlCommon,
    shell: nlShell,
    accounts: nlAccounts,
    wizard: nlWizard,
    schemas: nlSchemas,
    enumerations: nlEnumerations,
    options: nlOptions,
    records: nlRecords,
    folders: nlFolders,
    workflows: nlWorkflows,
    messages: nlMessages,
  },
  it: {
    common: itCommon,
    shell: itShell,
    accounts: itAccounts,
    wizard: itWizard,
    schemas: itSchemas,
    enumerations: itEnumerations,
    options: itOptions,
    records: itRecords,
    folders: itFolders,
    workflows: itWorkflows,
    messages: itMessages,
  },
};
