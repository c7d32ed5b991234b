import { Callout, FileInput, FormGroup, HTMLSelect, Intent } from '@blueprintjs/core';
import { useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fileEncodings,
  fileSeparators,
  type FileEncoding,
  type FileFormat,
  type FilePreview,
  type FileSeparator,
} from '../../../../shared/domain/file-import';
import { columnTypes, type ColumnType } from '../../../../shared/domain/records';
import type { FileColumn } from '../../../../shared/domain/workflows/file-import-settings';
import { consoleI18n } from '../../../i18n/console-i18n';
import { useFileImport } from '../../../stores/stores-context';
import type { ActivityEditorProps } from './activity-editor-props';
import { CheckProperty, SelectProperty } from './property-fields';

/** A file's column name as an internal name: letters, digits and _, starting with a letter. */
function internalName(header: string, index: number, taken: Set<string>): string {
  const base =
    header
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9_]+/g, '_')
      .replace(/^[^A-Za-z]+/, '')
      .slice(0, 60) || `column${index + 1}`;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}${n}`;
  taken.add(name.toLowerCase());
  return name;
}

export function columnsOf(preview: FilePreview): FileColumn[] {
  const taken = new Set<string>();
  return preview.columns.map((header, i) => ({
    name: internalName(header, i, taken),
    label: header.slice(0, 128) || consoleI18n.t('workflows:file.column', { n: i + 1 }),
    type: 'string',
  }));
}

function separatorLabel(separator: FileSeparator): string {
  switch (separator) {
    case ',':
      return consoleI18n.t('workflows:file.separators.comma');
    case ';':
      return consoleI18n.t('workflows:file.separators.semicolon');
    case '\t':
      return consoleI18n.t('workflows:file.separators.tab');
    case '|':
      return consoleI18n.t('workflows:file.separators.pipe');
  }
}

/** Data loading (file): the file, how it is read, and the type of each of its columns. */
export function FileImportFields({ activity, onChange }: ActivityEditorProps<'fileImport'>) {
  const { t } = useTranslation('workflows');
  const sendForActivity = useFileImport((s) => s.sendForActivity);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const load = async (file: File, format: Partial<FileFormat>) => {
    setSending(true);
    const sent = await sendForActivity(file, format);
    setSending(false);
    if (typeof sent === 'string') return setProblem(sent);
    setProblem(null);
    const { encoding, separator, header } = sent.preview;
    onChange({
      ...activity,
      uploadId: sent.uploadId,
      fileName: file.name,
      format: { encoding, separator, header },
      columns: columnsOf(sent.preview),
    });
  };
  const setFormat = (format: Partial<FileFormat>) =>
    onChange({ ...activity, format: { ...activity.format, ...format } });
  const setType = (index: number, type: ColumnType) =>
    onChange({
      ...activity,
      columns: activity.columns.map((c, i) => (i === index ? { ...c, type } : c)),
    });

  return (
    <>
      <FormGroup label={t('file.file')} labelFor="file-import-file">
        <FileInput
          fill
          disabled={sending}
          text={activity.fileName || t('file.choose')}
          hasSelection={activity.fileName !== ''}
          inputProps={
            {
              id: 'file-import-file',
              accept: '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain',
              'data-testid': 'file-import-input',
            } as InputHTMLAttributes<HTMLInputElement>
          }
          onInputChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void load(file, {});
          }}
        />
      </FormGroup>
      {problem && <Callout intent={Intent.DANGER}>{problem}</Callout>}
      <SelectProperty
        label={t('file.encoding')}
        value={activity.format.encoding}
        choices={fileEncodings.map((e) => ({ value: e, label: e }))}
        onChange={(encoding: FileEncoding) => setFormat({ encoding })}
      />
      <SelectProperty
        label={t('file.separator')}
        value={activity.format.separator}
        choices={fileSeparators.map((s) => ({ value: s, label: separatorLabel(s) }))}
        onChange={(separator: FileSeparator) => setFormat({ separator })}
      />
      <CheckProperty
        label={t('file.header')}
        checked={activity.format.header}
        onChange={(header) => setFormat({ header })}
      />
      {activity.columns.length > 0 && (
        <FormGroup label={t('file.columns')}>
          {activity.columns.map((column, i) => (
            <div key={column.name} className="console-file-column">
              <span>{column.label}</span>
              <HTMLSelect
                value={column.type}
                options={[...columnTypes]}
                aria-label={t('file.type', { column: column.label })}
                onChange={(e) => setType(i, e.currentTarget.value as ColumnType)}
              />
            </div>
          ))}
        </FormGroup>
      )}
      <CheckProperty
        label={t('processRejects')}
        checked={activity.processRejects}
        onChange={(processRejects) => onChange({ ...activity, processRejects })}
      />
    </>
  );
}
