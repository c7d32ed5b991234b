import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempConsole, type TempConsole } from '../../test-support/temp-console';

let t: TempConsole;
beforeEach(async () => {
  t = await openTempConsole({ loggedOn: true });
});
afterEach(() => t.dispose());

const call = (channel: string, arg?: unknown) => t.core.dispatcher.dispatch(channel, arg);
const option = (name: string, value = '2026/11/20 08:30:00') => ({
  name,
  label: `Label of ${name}`,
  type: 'datetime',
  value,
});

describe('options', () => {
  it('creates, lists sorted by name, updates and deletes', async () => {
    await call('options.create', option('LASTIMPORT_b'));
    await call('options.create', { name: 'a_count', label: '', type: 'integer', value: '+007' });
    expect(await call('options.list')).toEqual({
      ok: true,
      value: [{ name: 'a_count', label: '', type: 'integer', value: '7' }, option('LASTIMPORT_b')],
    });
    await call('options.update', {
      originalName: 'LASTIMPORT_b',
      option: option('LASTIMPORT_c', '2026/12/01 00:00:00'),
    });
    await call('options.delete', { name: 'a_count' });
    expect(await call('options.list')).toEqual({
      ok: true,
      value: [option('LASTIMPORT_c', '2026/12/01 00:00:00')],
    });
  });

  it('refuses a name already used, whatever its case', async () => {
    await call('options.create', option('LASTIMPORT_x'));
    expect(await call('options.create', option('lastimport_X'))).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_EXISTS', message: "Option 'LASTIMPORT_x' already exists." },
    });
  });

  it('refuses renaming onto another option and editing one that does not exist', async () => {
    await call('options.create', option('one'));
    await call('options.create', option('two'));
    expect(
      await call('options.update', { originalName: 'one', option: option('TWO') }),
    ).toMatchObject({ ok: false, error: { code: 'ALREADY_EXISTS' } });
    expect(
      await call('options.update', { originalName: 'gone', option: option('gone') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: "Option 'gone' does not exist." },
    });
    expect(await call('options.delete', { name: 'gone' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await call('options.list')).toMatchObject({ value: [option('one'), option('two')] });
  });
});

describe('enumerations', () => {
  const values = [
    { value: 'web', label: 'Web', enabled: true },
    { value: 'phone', label: 'Phone', enabled: false },
    { value: 'partner', label: 'Partner', enabled: true },
  ];

  it('keeps values in the order given and summarises the list', async () => {
    await call('enumerations.create', { name: 'LeadSource', label: 'Lead source', values });
    const reordered = [values[2], values[0], values[1]];
    await call('enumerations.update', {
      originalName: 'LeadSource',
      enumeration: { name: 'LeadSource', label: 'Lead source', values: reordered },
    });
    expect(await call('enumerations.get', { name: 'leadsource' })).toEqual({
      ok: true,
      value: { name: 'LeadSource', label: 'Lead source', values: reordered },
    });
    expect(await call('enumerations.list')).toEqual({
      ok: true,
      value: [
        { name: 'LeadSource', label: 'Lead source', valueCount: 3 },
        { name: 'nmsRecipient_gender', label: 'Gender', valueCount: 3 },
      ],
    });
  });

  it('refuses duplicate values, naming the row', async () => {
    const outcome = await call('enumerations.create', {
      name: 'Dup',
      label: '',
      values: [...values, { value: 'web', label: 'Again', enabled: true }],
    });
    expect(outcome).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        details: {
          issues: [{ path: 'values.3.value', message: "Value 'web' is already used by row 1." }],
        },
      },
    });
    expect(await call('enumerations.list')).toEqual({
      ok: true,
      value: [{ name: 'nmsRecipient_gender', label: 'Gender', valueCount: 3 }],
    });
  });
});
