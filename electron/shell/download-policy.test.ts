import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isOwnExport } from './download-policy';

const exportsDir = '/home/admin/.crm-console/exports';
const fileUrl = (path: string) => pathToFileURL(path).toString();

describe('isOwnExport', () => {
  it("saves a CSV export from the console's exports folder", () => {
    const url = fileUrl(join(exportsDir, 'nmsRecipient-20261120-083000.csv'));
    expect(isOwnExport(url, exportsDir)).toBe(true);
    expect(isOwnExport(url, `${exportsDir}/`)).toBe(true);
  });

  it.each([
    ['a web page', 'https://evil.example/nmsRecipient-20261120-083000.csv'],
    ['a blob', 'blob:app://console/6a1c0d6e-0b1f-4c55-9f4e-0d6b2f0e9c11'],
    ['a data address', 'data:text/csv,id%0A1'],
    ['the app page', 'app://console/index.html'],
    ['a file beside the exports folder', fileUrl('/home/admin/.crm-console/config.json')],
    ['a file in a folder below it', fileUrl(join(exportsDir, 'sub', 'x-20261120-083000.csv'))],
    ['a climb out of it', `${fileUrl(exportsDir)}/../secret.key`],
    ['an encoded climb out of it', `${fileUrl(exportsDir)}/..%2Fsecret.key`],
    ['a name the export never writes', fileUrl(join(exportsDir, 'secret.key'))],
    ['a partial export', fileUrl(join(exportsDir, 'x-20261120-083000.csv.partial'))],
    ['a file address on another host', 'file://server/share/x-20261120-083000.csv'],
    ['not an address', 'not a url'],
  ])('cancels %s', (_, url) => {
    expect(isOwnExport(url, exportsDir)).toBe(false);
  });
});
