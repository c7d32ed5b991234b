import { FormGroup, HTMLSelect } from '@blueprintjs/core';
import { campaignDateTimeFormat } from '../../../shared/domain/campaign-datetime';
import {
  optionTypeLabels,
  optionTypes,
  type OptionInput,
  type OptionType,
} from '../../../shared/domain/options';
import { DetailFormCard } from '../../components/collections/detail-form-card';
import {
  useCollectionEditor,
  type EditorProps,
} from '../../components/collections/use-collection-editor';
import { TextField } from '../../components/text-field';
import { useConsoleStores } from '../../stores/stores-context';
import {
  optionInputFromDraft,
  validateOptionDraft,
  type OptionDraft,
  type OptionField,
} from './option-draft';

const valueHelp: Record<OptionType, string | undefined> = {
  text: undefined,
  integer: 'A whole number, e.g. 42.',
  decimal: 'A dot separates the decimals, e.g. 3.5.',
  datetime: `Format: ${campaignDateTimeFormat} (24-hour clock, no time zone).`,
};

export function OptionForm(props: EditorProps<OptionDraft>) {
  const { target } = props;
  const { form, card } = useCollectionEditor<OptionDraft, OptionField, OptionInput>(
    useConsoleStores().options,
    props,
    {
      validate: validateOptionDraft,
      localRefusal: () => 'The option was not saved: correct the fields marked in red.',
      wrapper: 'option',
      toInput: optionInputFromDraft,
    },
  );
  const { draft } = form;
  const shown = (field: OptionField) => form.shown(field, field);
  const edit = (field: OptionField, value: string) =>
    form.change(field, (d) => ({ ...d, [field]: value }));

  return (
    <DetailFormCard
      {...card}
      testId="option-form"
      prefix="option"
      title={target.kind === 'new' ? 'New option' : `Option ${target.name}`}
      formClassName="console-form-grid"
    >
      <TextField
        id="option-name"
        label="Internal name"
        value={draft.name}
        onChange={(v) => edit('name', v)}
        error={shown('name')}
        testId="option-name"
        required
        autoFocus={target.kind === 'new'}
      />
      <TextField
        id="option-label"
        label="Label"
        value={draft.label}
        onChange={(v) => edit('label', v)}
        error={shown('label')}
        testId="option-label"
      />
      <FormGroup label="Type" labelFor="option-type">
        <HTMLSelect
          id="option-type"
          fill
          value={draft.type}
          onChange={(e) => edit('type', e.currentTarget.value)}
          options={optionTypes.map((t) => ({ value: t, label: optionTypeLabels[t] }))}
          data-testid="option-type"
        />
      </FormGroup>
      <TextField
        id="option-value"
        label="Value"
        value={draft.value}
        onChange={(v) => edit('value', v)}
        error={shown('value')}
        help={valueHelp[draft.type]}
        placeholder={draft.type === 'datetime' ? campaignDateTimeFormat : undefined}
        testId="option-value"
      />
    </DetailFormCard>
  );
}
