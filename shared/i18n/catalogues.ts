// Every catalogue, imported statically so each process bundles them and TypeScript checks every
// key used against the English ones. One file per language and domain (namespace).
import enAccounts from './locales/en/accounts.json';
import enCommon from './locales/en/common.json';
import enEnumerations from './locales/en/enumerations.json';
import enFolders from './locales/en/folders.json';
import enMessages from './locales/en/messages.json';
import enOptions from './locales/en/options.json';
import enRecords from './locales/en/records.json';
import enSchemas from './locales/en/schemas.json';
import enShell from './locales/en/shell.json';
import enWizard from './locales/en/wizard.json';
import enWorkflows from './locales/en/workflows.json';
import frAccounts from './locales/fr/accounts.json';
import frCommon from './locales/fr/common.json';
import frEnumerations from './locales/fr/enumerations.json';
import frFolders from './locales/fr/folders.json';
import frMessages from './locales/fr/messages.json';
import frOptions from './locales/fr/options.json';
import frRecords from './locales/fr/records.json';
import frSchemas from './locales/fr/schemas.json';
import frShell from './locales/fr/shell.json';
import frWizard from './locales/fr/wizard.json';
import frWorkflows from './locales/fr/workflows.json';
import itAccounts from './locales/it/accounts.json';
import itCommon from './locales/it/common.json';
import itEnumerations from './locales/it/enumerations.json';
import itFolders from './locales/it/folders.json';
import itMessages from './locales/it/messages.json';
import itOptions from './locales/it/options.json';
import itRecords from './locales/it/records.json';
import itSchemas from './locales/it/schemas.json';
import itShell from './locales/it/shell.json';
import itWizard from './locales/it/wizard.json';
import itWorkflows from './locales/it/workflows.json';
import nlAccounts from './locales/nl/accounts.json';
import nlCommon from './locales/nl/common.json';
import nlEnumerations from './locales/nl/enumerations.json';
import nlFolders from './locales/nl/folders.json';
import nlMessages from './locales/nl/messages.json';
import nlOptions from './locales/nl/options.json';
import nlRecords from './locales/nl/records.json';
import nlSchemas from './locales/nl/schemas.json';
import nlShell from './locales/nl/shell.json';
import nlWizard from './locales/nl/wizard.json';
import nlWorkflows from './locales/nl/workflows.json';
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
