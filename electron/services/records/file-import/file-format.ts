import { msg, type ConsoleMessage } from '../../../../shared/i18n/message';
import chardet from 'chardet';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { open } from 'node:fs/promises';
import {
  fileSeparators,
  type FileEncoding,
  type FileFormat,
  type FilePreview,
  type FileSeparator,
} from '../../../../shared/domain/file-import';
import { ConsoleError } from '../../../core/console-error';

/** Enough of the file to tell its encoding and separator and to show its first rows. */
const sampleBytes = 64 * 1024;
const previewRows = 10;

const detectedNames: Record<string, FileEncoding> = {
  'utf-8': 'utf-8',
  ascii: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1252': 'windows-1252',
  'iso-8859-1': 'iso-8859-1',
  'iso-8859-15': 'iso-8859-15',
};

/** The encoding a byte-order mark names, else chardet's guess among those the import reads. */
export function detectEncoding(sample: Buffer): FileEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  const guess = chardet.detect(sample)?.toLowerCase() ?? 'utf-8';
  return detectedNames[guess] ?? 'utf-8';
}

/** The separator found the same number of times, most often, on each of the first lines. */
export function detectSeparator(text: string): FileSeparator {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  let best: FileSeparator = ',';
  let bestScore = 0;
  for (const separator of fileSeparators) {
    const counts = lines.map((line) => line.split(separator).length - 1);
    const first = counts[0] ?? 0;
    const steady = counts.filter((c) => c === first).length;
    const score = first > 0 ? steady * 1000 + first : 0;
    if (score > bestScore) {
      best = separator;
      bestScore = score;
    }
  }
  return best;
}

/** The text of a sample cut at its last whole line, so a row split by the cut is not shown. */
function wholeLines(text: string, complete: boolean): string {
  if (complete) return text;
  const end = text.lastIndexOf('\n');
  return end > 0 ? text.slice(0, end + 1) : text;
}

async function readSample(path: string): Promise<{ sample: Buffer; complete: boolean }> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(sampleBytes);
    const { bytesRead } = await file.read(buffer, 0, sampleBytes, 0);
    return { sample: buffer.subarray(0, bytesRead), complete: bytesRead < sampleBytes };
  } finally {
    await file.close();
  }
}

/**
 * The file's format (each part as given, else detected), its column names (the header line's,
 * or "Column 1"…) and its first rows as text.
 */
export async function previewFile(path: string, given: Partial<FileFormat>): Promise<FilePreview> {
  const { sample, complete } = await readSample(path);
  const encoding = given.encoding ?? detectEncoding(sample);
  const text = wholeLines(iconv.decode(sample, encoding), complete);
  const separator = given.separator ?? detectSeparator(text);
  const header = given.header ?? true;
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: separator,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      to: previewRows + 1,
    }) as string[][];
  } catch (error) {
    throw new ConsoleError('VALIDATION_FAILED', csvProblem(error));
  }
  const width = Math.max(0, ...records.map((r) => r.length));
  const columns = header
    ? Array.from({ length: width }, (_, i) => records[0]?.[i]?.trim() || `Column ${i + 1}`)
    : Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
  return {
    encoding,
    separator,
    header,
    columns,
    rows: records.slice(header ? 1 : 0, (header ? 1 : 0) + previewRows),
  };
}

/** csv-parse's complaint in words, with its line; never the library's code. */
export function csvProblem(error: unknown): ConsoleMessage {
  const message = error instanceof Error ? error.message : '';
  const line = /line (\d+)/i.exec(message)?.[1];
  if (/quote/i.test(message))
    return line ? msg('messages:files.quoteAtLine', { line }) : msg('messages:files.quote');
  return line ? msg('messages:files.notCsvAtLine', { line }) : msg('messages:files.notCsv');
}
