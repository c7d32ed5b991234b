import { emailOf, firstName, lastName, personName, pick } from '../../data/generators';
import { departments, titles } from '../../../data/words';
import { checkbox, email, picklist, systemFields, text } from '../fields';
import { positionalKey, type SObjectSpec } from '../object-spec';

const timeZones = ['GMT', 'Europe/Paris', 'Europe/Rome', 'Europe/Amsterdam', 'America/New_York'];
const locales = ['en_US', 'en_GB', 'fr_FR', 'it_IT', 'nl_NL'];
const languages = ['en_US', 'fr', 'it', 'nl_NL'];
const userKey = positionalKey('user', 6);

/** The org's users. User 0 is the API user the emulator logs in as. */
export const user: SObjectSpec = {
  name: 'User',
  label: 'User',
  labelPlural: 'Users',
  keyPrefix: '005',
  fields: [
    ...systemFields('User', { owner: false, isDeleted: false }),
    text('Username', 'Username', 80, { nillable: false, unique: true, idLookup: true }),
    text('LastName', 'Last Name', 80, { nillable: false, compoundFieldName: 'Name' }),
    text('FirstName', 'First Name', 40, { compoundFieldName: 'Name' }),
    text('Name', 'Full Name', 121, {
      createable: false,
      updateable: false,
      nameField: true,
      extraTypeInfo: 'personname',
    }),
    text('CompanyName', 'Company Name', 80),
    text('Title', 'Title', 80),
    text('Department', 'Department', 80),
    email('Email', 'Email', { nillable: false }),
    text('Alias', 'Alias', 8, { nillable: false }),
    checkbox('IsActive', 'Active'),
    picklist(
      'TimeZoneSidKey',
      'Time Zone',
      { values: timeZones, restricted: true },
      { nillable: false },
    ),
    picklist('LocaleSidKey', 'Locale', { values: locales, restricted: true }, { nillable: false }),
    picklist(
      'LanguageLocaleKey',
      'Language',
      { values: languages, restricted: true },
      { nillable: false },
    ),
    picklist(
      'EmailEncodingKey',
      'Email Encoding',
      { values: ['UTF-8', 'ISO-8859-1'], restricted: true },
      { nillable: false },
    ),
  ],
  generators: {
    Username: ({ index }) => `${userKey.format(index)}@crm-console-demo.example`,
    FirstName: firstName,
    LastName: lastName,
    CompanyName: () => 'CRM Connector Console Demo',
    Title: pick(titles, 'title', 0.2),
    Department: pick(departments, 'department', 0.2),
    Email: (ctx) =>
      emailOf(ctx.get('FirstName'), ctx.get('LastName'), ctx.index, 'crm-console-demo.example'),
    Alias: (ctx) =>
      `${String(ctx.get('FirstName')).slice(0, 1)}${String(ctx.get('LastName')).slice(0, 4)}`
        .normalize('NFD')
        .replace(/[^A-Za-z]/g, '')
        .toLowerCase(),
    IsActive: ({ rnd, index }) => index === 0 || rnd.chance('active', 0.9),
    TimeZoneSidKey: pick(timeZones, 'timeZone'),
    LocaleSidKey: pick(locales, 'locale'),
    LanguageLocaleKey: pick(languages, 'language'),
    EmailEncodingKey: () => 'UTF-8',
  },
  derived: { Name: personName },
  deletedShare: 0,
  flags: { deletable: false, undeletable: false, mergeable: false },
};
