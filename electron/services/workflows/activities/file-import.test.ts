import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleError } from '../../../core/console-error';
import { dataFolder } from '../../../core/data-folder';
import { frenchText } from '../../../test-support/french-text';
import type { ActivityProblem } from '../activity';
import { UploadFolder } from '../../records/file-import/upload-folder';
import { engines } from '../../../test-support/record-stores';
import { openActivityHarness, type ActivityHarness } from '../test-support/activity-harness';
import { problemTexts } from '../test-support/problem-texts';
import { fileImportActivity } from './file-import';

const activity = (uploadId: string, processRejects: boolean) => ({
  type: 'fileImport' as const,
  id: 'fileImport',
  label: 'Data loading (file)',
  position: { x: 0, y: 0 },
  onError: 'suspend' as const,
  initScript: '',
  uploadId,
  fileName: 'contacts.tsv',
  format: { encoding: 'utf-8' as const, separator: '\t' as const, header: true },
  columns: [
    { name: 'email', label: 'Email', type: 'string' as const },
    { name: 'lastName', label: 'Last name', type: 'string' as const },
    { name: 'score', label: 'Score', type: 'long' as const },
  ],
  processRejects,
});

describe.each(engines)('Data loading (file) on %s', (engine) => {
  let h: ActivityHarness;
  let uploadId: string;
  beforeEach(async () => {
    h = await openActivityHarness({ engine });
    uploadId = randomUUID();
    const file = 'email\tlastName\tscore\nann@example.com\tSmith\t12\nbob@example.com\tLee\thigh\n';
    await new UploadFolder(join(h.env.dataDir, dataFolder.imports)).append(
      uploadId,
      0,
      Buffer.from(file),
    );
  });
  afterEach(() => h.dispose());

  it('loads the lines as a population typed by the column definition; a bad value is a reject', async () => {
    const run = await h.execute(fileImportActivity.execute, activity(uploadId, true), null);
    const ok = run.outcome.outputs.ok;
    const reject = run.outcome.outputs.reject;
    expect(ok?.count).toBe(1);
    expect(await h.rows(ok?.table ?? '', 'fileLine')).toEqual([
      { fileLine: 2, email: 'ann@example.com', lastName: 'Smith', score: 12 },
    ]);
    expect(await h.rows(reject?.table ?? '', 'fileLine')).toEqual([
      {
        fileLine: 3,
        email: 'bob@example.com',
        lastName: 'Lee',
        score: 'high',
        errorSymbol: 'BAD_VALUE',
        errorMessage: "Score: expected a whole number, got 'high'.",
      },
    ]);
    expect(run.logs.at(-1)).toEqual({
      level: 'info',
      text: '1 line loaded from contacts.tsv, 1 rejected.',
    });
  });

  it('words a rejected line and the count in the log in French, as the window shows them', async () => {
    const run = await h.execute(fileImportActivity.execute, activity(uploadId, false), null);
    expect(run.logs[0]).toEqual({
      level: 'warning',
      text: "Line 3 rejected: Score: expected a whole number, got 'high'.",
    });
    expect(run.logMessages.map(frenchText)).toEqual([
      "Ligne 3 rejetée : Score : nombre entier attendu, reçu 'high'.",
      '1 ligne chargée(s) depuis contacts.tsv, 1 rejetée(s).',
    ]);
  });

  it('refuses a file that is not CSV with a message worded for the administrator', async () => {
    const broken = randomUUID();
    await new UploadFolder(join(h.env.dataDir, dataFolder.imports)).append(
      broken,
      0,
      Buffer.from('email\tlastName\tscore\n"ann@example.com\tSmith\t12\n'),
    );
    const error = await h
      .execute(fileImportActivity.execute, activity(broken, false), null)
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConsoleError);
    expect((error as ConsoleError).message).toMatch(/^The file has a quote that is not closed/);
    expect(frenchText((error as ConsoleError).text)).toMatch(
      /^Le fichier contient un guillemet non fermé ou mal placé/,
    );
  });

  it('asks for a file and its columns before a run', async () => {
    expect(
      await problemTexts(
        fileImportActivity.check?.(
          { ...activity(uploadId, false), uploadId: null, columns: [] },
          h.env,
        ),
      ),
    ).toEqual([
      'Choose the file to load.',
      'Define the columns of the file (choose the file to read them).',
    ]);
    const [chooseFile] = fileImportActivity.check?.(
      { ...activity(uploadId, false), uploadId: null },
      h.env,
    ) as ActivityProblem[];
    expect(chooseFile && frenchText(chooseFile)).toBe('Choisissez le fichier à charger.');
  });
});
