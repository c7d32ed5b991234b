import * as nodeFs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OptionInput } from '../../../shared/domain/options';
import { DataFileError } from '../data-file-error';
import type { AtomicFileSystem } from './atomic-json-file';
import {
  demoDynamicsAccount,
  demoOracleAccount,
  demoSalesforceAccount,
} from '../../../shared/domain/demo-accounts';
import { genderEnumeration } from '../../../shared/domain/recipients';
import { emptyConfigDocument, type ConfigDocument } from './config-document';
import { ConfigStore } from './config-store';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'config-store-test-'));
  file = join(dir, 'config.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const option = (name: string, value = '1'): OptionInput => ({
  name,
  label: `Label of ${name}`,
  type: 'integer',
  value,
});

const addOption = (store: ConfigStore, name: string, value?: string) =>
  store.update((doc) => {
    doc.options.push(option(name, value));
  });

interface RenameControl {
  failNextRename: boolean;
  /** When set, the next rename reports that it was reached, then waits for `release`. */
  holdNextRename: { reached: () => void; release: Promise<void> } | null;
}

/** A file system that delegates to node:fs/promises but lets a test fail or hold the rename. */
function controllableFs(): { fs: AtomicFileSystem; control: RenameControl } {
  const control: RenameControl = { failNextRename: false, holdNextRename: null };
  const fs: AtomicFileSystem = {
    readFile: (path, encoding) => nodeFs.readFile(path, encoding),
    open: nodeFs.open,
    rename: async (from, to) => {
      if (control.failNextRename) {
        control.failNextRename = false;
        throw Object.assign(new Error('simulated crash before the rename'), { code: 'EIO' });
      }
      const hold = control.holdNextRename;
      if (hold) {
        control.holdNextRename = null;
        hold.reached();
        await hold.release;
      }
      await nodeFs.rename(from, to);
    },
    unlink: (path) => nodeFs.unlink(path),
    readdir: (path) => nodeFs.readdir(path),
  };
  return { fs, control };
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Opens the store expecting a refusal, and returns the DataFileError it was refused with. */
async function refusedOpen(): Promise<DataFileError> {
  const error: unknown = await ConfigStore.open(file).then(
    () => {
      throw new Error('expected ConfigStore.open to refuse the file');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataFileError);
  return error as DataFileError;
}

async function writeJson(value: unknown): Promise<string> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  await writeFile(file, text, 'utf8');
  return text;
}

describe('ConfigStore.open', () => {
  it('creates the file at the current version with a new document on a fresh start', async () => {
    const store = await ConfigStore.open(file);
    expect(store.data).toEqual(emptyConfigDocument());
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      version: 4,
      instance: null,
      operators: [],
      options: [],
      enumerations: [genderEnumeration],
      accounts: [demoSalesforceAccount, demoDynamicsAccount, demoOracleAccount],
      schemas: [],
      workflows: [],
    });
    expect(await readdir(dir)).toEqual(['config.json']);
  });

  it('ignores and removes a temp file left by a crash, keeping the real data', async () => {
    const store = await ConfigStore.open(file);
    await addOption(store, 'kept', '42');
    const before = await readFile(file);
    const leftover = join(dir, '.config.json.0123456789ab.tmp');
    await writeFile(leftover, '{\n  "version": 1,\n  "instance": {"internalName": "hal', 'utf8');
    // A temp file of another data file in the same folder is not this store's to remove.
    const foreign = join(dir, '.other.json.0123456789ab.tmp');
    await writeFile(foreign, '{', 'utf8');

    const reopened = await ConfigStore.open(file);

    expect(reopened.data.options).toEqual([option('kept', '42')]);
    expect(await readFile(file)).toEqual(before);
    expect((await readdir(dir)).sort()).toEqual(['.other.json.0123456789ab.tmp', 'config.json']);
  });

  it('refuses a file that is not JSON, naming it, and leaves it as it was', async () => {
    const text = '{"version": 1, "instance": null,';
    await writeFile(file, text, 'utf8');

    const error = await refusedOpen();

    expect(error.file).toBe(file);
    expect(error.message).toContain(`Cannot use the file ${file}: it is not valid JSON (`);
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('refuses a file whose operators are not a list, naming the failing path', async () => {
    const text = await writeJson({ ...emptyConfigDocument(), operators: 'x' });

    const error = await refusedOpen();

    expect(error.file).toBe(file);
    expect(error.message).toContain(
      `Cannot use the file ${file}: it does not match the expected layout (operators: `,
    );
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('refuses a file holding an option whose datetime value is malformed', async () => {
    const text = await writeJson({
      ...emptyConfigDocument(),
      options: [
        { name: 'LASTIMPORT_ok', label: '', type: 'datetime', value: '2026/11/20 08:30:00' },
        { name: 'LASTIMPORT_bad', label: '', type: 'datetime', value: '2026-11-20 08:30:00' },
      ],
    });

    const error = await refusedOpen();

    expect(error.message).toContain(
      'options.1.value: Expected a date in the format yyyy/MM/dd hh:mm:ss',
    );
    expect(error.message).not.toContain('options.0');
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('refuses a file written in a newer layout version', async () => {
    const text = await writeJson({ ...emptyConfigDocument(), version: 99 });

    const error = await refusedOpen();

    expect(error.message).toBe(
      `Cannot use the file ${file}: it was written by a newer console (layout version 99; this console reads up to 4).`,
    );
    expect(await readFile(file, 'utf8')).toBe(text);
  });
});

describe('ConfigStore.update', () => {
  it('persists a change that a reopened store sees, in canonical form', async () => {
    const store = await ConfigStore.open(file);
    const result = await store.update((doc) => {
      doc.options.push(option('count', '+007'));
      return doc.options.length;
    });

    expect(result).toBe(1);
    expect(store.data.options).toEqual([option('count', '7')]);
    const reopened = await ConfigStore.open(file);
    expect(reopened.data.options).toEqual([option('count', '7')]);
    expect(await readdir(dir)).toEqual(['config.json']);
  });

  it('survives a write interrupted between the temp file and the rename', async () => {
    const { fs, control } = controllableFs();
    const store = await ConfigStore.open(file, fs);
    await addOption(store, 'before');
    const bytesBefore = await readFile(file);
    const dataBefore = structuredClone(store.data);

    control.failNextRename = true;
    await expect(addOption(store, 'lost')).rejects.toThrow(
      `The console cannot write to ${dir}: the disk reports an input/output error.`,
    );

    expect(await readFile(file)).toEqual(bytesBefore);
    expect(store.data).toEqual(dataBefore);
    expect(await readdir(dir)).toEqual(['config.json']);

    await addOption(store, 'after');
    expect(store.data.options.map((o) => o.name)).toEqual(['before', 'after']);
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as ConfigDocument;
    expect(onDisk.options.map((o) => o.name)).toEqual(['before', 'after']);
    expect(await readdir(dir)).toEqual(['config.json']);
  });

  it('makes a change current only once it is written', async () => {
    const { fs, control } = controllableFs();
    const store = await ConfigStore.open(file, fs);
    const hold = deferred();
    const reached = deferred();
    control.holdNextRename = { reached: reached.resolve, release: hold.promise };

    const pending = addOption(store, 'pending');
    await reached.promise;
    expect(store.data.options).toEqual([]);
    expect((JSON.parse(await readFile(file, 'utf8')) as ConfigDocument).options).toEqual([]);

    hold.resolve();
    await pending;
    expect(store.data.options).toEqual([option('pending')]);
  });

  it('changes nothing, on disk or in memory, when the mutation throws', async () => {
    const store = await ConfigStore.open(file);
    await addOption(store, 'kept');
    const bytesBefore = await readFile(file);
    const dataBefore = structuredClone(store.data);

    await expect(
      store.update((doc) => {
        doc.options.push(option('half_done'));
        throw new Error('mutation failed');
      }),
    ).rejects.toThrow('mutation failed');

    expect(await readFile(file)).toEqual(bytesBefore);
    expect(store.data).toEqual(dataBefore);
    await addOption(store, 'next');
    expect(store.data.options.map((o) => o.name)).toEqual(['kept', 'next']);
  });

  it('changes nothing when the mutation leaves an invalid document', async () => {
    const store = await ConfigStore.open(file);
    const bytesBefore = await readFile(file);

    await expect(addOption(store, 'bad', 'not a number')).rejects.toThrow(
      'Expected a whole number, e.g. 42.',
    );

    expect(await readFile(file)).toEqual(bytesBefore);
    expect(store.data).toEqual(emptyConfigDocument());
  });

  it('serializes concurrent updates so that every one of them lands', async () => {
    const store = await ConfigStore.open(file);
    const names = Array.from({ length: 50 }, (_, i) => `opt_${i}`);

    const counts = await Promise.all(
      names.map((name) =>
        store.update((doc) => {
          doc.options.push(option(name));
          return doc.options.length;
        }),
      ),
    );

    expect(counts).toEqual(names.map((_, i) => i + 1));
    expect(store.data.options.map((o) => o.name)).toEqual(names);
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as ConfigDocument;
    expect(onDisk.options.map((o) => o.name)).toEqual(names);
    expect((await ConfigStore.open(file)).data.options).toHaveLength(50);
    expect(await readdir(dir)).toEqual(['config.json']);
  });
});

describe('ConfigStore.open on a version 1 file', () => {
  it('migrates it, adds the Demo account, keeps the data and a backup of the old file', async () => {
    const v1 = {
      version: 1,
      instance: { internalName: 'acme', createdAt: '2026-11-01T10:00:00.000Z' },
      operators: [],
      options: [
        { name: 'LASTIMPORT_x', label: '', type: 'datetime', value: '2026/11/20 08:30:00' },
      ],
      enumerations: [],
    };
    const text = await writeJson(v1);
    const store = await ConfigStore.open(file);
    expect(store.data).toEqual({
      ...v1,
      version: 4,
      accounts: [demoSalesforceAccount, demoDynamicsAccount, demoOracleAccount],
      schemas: [],
      workflows: [],
    });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(store.data);
    expect(await readFile(`${file}.v1.bak`, 'utf8')).toBe(text);
  });
});

describe('ConfigStore.open on a version 2 file', () => {
  const v2 = {
    version: 2,
    instance: { internalName: 'acme', createdAt: '2026-11-01T10:00:00.000Z' },
    operators: [],
    options: [],
    enumerations: [genderEnumeration],
    accounts: [demoSalesforceAccount],
    schemas: [],
  };

  it('migrates it with no workflows, keeping the data and a backup of the old file', async () => {
    const text = await writeJson(v2);
    const store = await ConfigStore.open(file);
    expect(store.data).toEqual({
      ...v2,
      version: 4,
      accounts: [demoSalesforceAccount, demoDynamicsAccount, demoOracleAccount],
      workflows: [],
    });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(store.data);
    expect(await readFile(`${file}.v2.bak`, 'utf8')).toBe(text);
  });

  it('then validates workflows written back like any other record', async () => {
    await writeJson(v2);
    const store = await ConfigStore.open(file);
    const workflow = {
      name: 'wkfImport',
      label: 'Import',
      activities: [{ id: 'start', label: 'Start', position: { x: 0, y: 0 }, type: 'start' }],
      transitions: [{ id: 't1', from: 'start', output: 'reject', to: 'start' }],
      version: 1,
      updatedAt: '2026-11-01T10:00:00.000Z',
    };
    await expect(
      store.update((doc) => {
        doc.workflows.push(workflow as (typeof doc.workflows)[number]);
      }),
    ).rejects.toThrow("Activity 'Start' has no Reject transition.");
    expect(store.data.workflows).toEqual([]);
  });
});

describe('ConfigStore.open on a version 3 file', () => {
  it('adds the Demo accounts of the other kinds, keeping the accounts already there', async () => {
    const v3 = {
      ...emptyConfigDocument(),
      version: 3,
      accounts: [{ ...demoSalesforceAccount, label: 'My demo' }],
    };
    await writeJson(v3);
    const store = await ConfigStore.open(file);
    expect(store.data.version).toBe(4);
    expect(store.data.accounts).toEqual([
      { ...demoSalesforceAccount, label: 'My demo' },
      demoDynamicsAccount,
      demoOracleAccount,
    ]);
  });
});
