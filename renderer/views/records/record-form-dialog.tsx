import {
  Callout,
  Checkbox,
  Dialog,
  DialogBody,
  FormGroup,
  HTMLSelect,
  InputGroup,
  Intent,
  TextArea,
} from '@blueprintjs/core';
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnDefinition, TableDefinition } from '../../../shared/domain/records';
import type { EnumerationValue } from '../../../shared/domain/enumerations';
import { CancelOkFooter } from '../../components/cancel-ok-footer';
import { useUnsavedMark } from '../../components/use-unsaved-mark';
import {
  changedValues,
  fieldKind,
  isReadOnly,
  isRequired,
  type FieldText,
} from '../../stores/records/record-form-values';
import { useRecordEditor, useRecords } from '../../stores/stores-context';
import { generatedKeyOf } from '../../../shared/domain/generated-key';

/** New or Edit of a record: one field per column, each as its type edits best. */
export function RecordFormDialog({ definition }: { definition: TableDefinition }) {
  const form = useRecordEditor((s) => s.form);
  const close = useRecordEditor((s) => s.close);
  const save = useRecordEditor((s) => s.save);
  const editing = form?.original != null;
  const unsaved = useRecordEditor(
    (s) =>
      s.form !== null &&
      Object.keys(changedValues(definition, s.form.draft, s.form.original)).length > 0,
  );
  useUnsavedMark(unsaved);
  const { t } = useTranslation('records');
  // Leaving the view (after the question, when something was typed) drops the form.
  useEffect(() => close, [close]);
  return (
    <Dialog
      isOpen={form !== null}
      onClose={close}
      title={
        editing
          ? t('form.editTitle', { table: definition.label })
          : t('form.newTitle', { table: definition.label })
      }
      className="console-record-dialog"
      canOutsideClickClose={false}
    >
      {form && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
          data-testid="record-form"
        >
          <DialogBody>
            {form.error && (
              <Callout intent={Intent.DANGER} data-testid="record-form-error">
                {form.error}
              </Callout>
            )}
            <div className="console-record-fields">
              {definition.columns.map((column) => (
                <RecordField
                  key={column.name}
                  definition={definition}
                  column={column}
                  editing={editing}
                />
              ))}
            </div>
          </DialogBody>
          <CancelOkFooter
            onCancel={close}
            primary={{
              text: editing ? t('collection.save') : t('form.create'),
              type: 'submit',
              loading: form.saving,
            }}
          />
        </form>
      )}
    </Dialog>
  );
}

function RecordField({
  definition,
  column,
  editing,
}: {
  definition: TableDefinition;
  column: ColumnDefinition;
  editing: boolean;
}) {
  const text = useRecordEditor((s) => s.form?.draft[column.name] ?? '');
  const issue = useRecordEditor((s) => s.form?.issues[column.name]);
  const setField = useRecordEditor((s) => s.setField);
  const checkField = useRecordEditor((s) => s.checkField);
  const values = useRecords((s) =>
    column.enumeration ? s.enumerations[column.enumeration] : undefined,
  );
  const id = `record-field-${column.name}`;
  const readOnly = isReadOnly(definition, column.name, editing);
  const generated = !editing && generatedKeyOf(definition) === column.name;
  const onChange = (value: FieldText) => setField(column.name, value);
  const onBlur = () => void checkField(column.name);
  const intent = issue ? Intent.DANGER : Intent.NONE;
  const { t } = useTranslation('records');
  return (
    <FormGroup
      label={column.label}
      labelFor={id}
      labelInfo={isRequired(definition, column.name) ? t('form.required') : undefined}
      helperText={
        issue ? <span data-testid={`${id}-error`}>{issue}</span> : helpOf(t, column, generated)
      }
      intent={intent}
    >
      <FieldInput
        id={id}
        column={column}
        text={text}
        values={values}
        disabled={readOnly || generated}
        intent={intent}
        onChange={onChange}
        onBlur={onBlur}
      />
    </FormGroup>
  );
}

function helpOf(
  t: TFunction<'records'>,
  column: ColumnDefinition,
  generated: boolean,
): string | undefined {
  if (generated) return t('form.generated');
  if (column.type === 'string') return t('form.maxLength', { count: column.length ?? 255 });
  return undefined;
}

const inputTypes = { date: 'date', datetime: 'datetime-local', time: 'time' } as const;

function FieldInput(props: {
  id: string;
  column: ColumnDefinition;
  text: FieldText;
  values: EnumerationValue[] | undefined;
  disabled: boolean;
  intent: Intent;
  onChange(value: FieldText): void;
  onBlur(): void;
}) {
  const { id, column, text, disabled, intent, onChange, onBlur } = props;
  const kind = fieldKind(column);
  const { t } = useTranslation('records');
  const shared = { id, disabled, onBlur, 'data-testid': id };
  if (kind === 'checkbox')
    return (
      <Checkbox
        {...shared}
        checked={text === true}
        label={column.label}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
    );
  const value = typeof text === 'string' ? text : '';
  if (kind === 'enumeration') {
    const options = (props.values ?? []).filter((v) => v.enabled || v.value === value);
    return (
      <HTMLSelect
        {...shared}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        options={[
          { value: '', label: t('form.none') },
          ...options.map((v) => ({ value: v.value, label: v.label })),
        ]}
      />
    );
  }
  if (kind === 'memo')
    return (
      <TextArea
        {...shared}
        value={value}
        intent={intent}
        fill
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    );
  const type =
    kind === 'date' || kind === 'datetime' || kind === 'time' ? inputTypes[kind] : 'text';
  return (
    <InputGroup
      {...shared}
      type={type}
      step={kind === 'datetime' || kind === 'time' ? 1 : undefined}
      inputMode={kind === 'number' ? 'decimal' : undefined}
      value={value}
      intent={intent}
      spellCheck={false}
      autoComplete="off"
      onValueChange={onChange}
    />
  );
}
