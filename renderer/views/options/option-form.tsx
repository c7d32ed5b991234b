import { FormGroup, HTMLSelect } from '@blueprintjs/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { campaignDateTimeFormat } from '../../../shared/domain/campaign-datetime';
import { optionTypes, type OptionInput, type OptionType } from '../../../shared/domain/options';
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

function valueHelp(t: TFunction<'options'>, type: OptionType): string | undefined {
  switch (type) {
    case 'text':
      return undefined;
    case 'integer':
      return t('form.valueHelp.integer');
    case 'decimal':
      return t('form.valueHelp.decimal');
    case 'datetime':
      return t('form.valueHelp.datetime', { format: campaignDateTimeFormat });
  }
}

/** An option type's name in the window's language. */
export function optionTypeLabel(t: TFunction<'options'>, type: OptionType): string {
  switch (type) {
    case 'text':
      return t('types.text');
    case 'integer':
      return t('types.integer');
    case 'decimal':
      return t('types.decimal');
    case 'datetime':
      return t('types.datetime');
  }
}

export function OptionForm(props: EditorProps<OptionDraft>) {
  const { target } = props;
  const { t } = useTranslation('options');
  const { form, card } = useCollectionEditor<OptionDraft, OptionField, OptionInput>(
    useConsoleStores().options,
    props,
    {
      validate: validateOptionDraft,
      localRefusal: () => t('form.refused'),
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
      title={target.kind === 'new' ? t('form.newTitle') : t('form.title', { name: target.name })}
      formClassName="console-form-grid"
    >
      <TextField
        id="option-name"
        label={t('form.name')}
        value={draft.name}
        onChange={(v) => edit('name', v)}
        error={shown('name')}
        testId="option-name"
        required
        autoFocus={target.kind === 'new'}
      />
      <TextField
        id="option-label"
        label={t('form.label')}
        value={draft.label}
        onChange={(v) => edit('label', v)}
        error={shown('label')}
        testId="option-label"
      />
      <FormGroup label={t('form.type')} labelFor="option-type">
        <HTMLSelect
          id="option-type"
          fill
          value={draft.type}
          onChange={(e) => edit('type', e.currentTarget.value)}
          options={optionTypes.map((type) => ({ value: type, label: optionTypeLabel(t, type) }))}
          data-testid="option-type"
        />
      </FormGroup>
      <TextField
        id="option-value"
        label={t('form.value')}
        value={draft.value}
        onChange={(v) => edit('value', v)}
        error={shown('value')}
        help={valueHelp(t, draft.type)}
        placeholder={draft.type === 'datetime' ? campaignDateTimeFormat : undefined}
        testId="option-value"
      />
    </DetailFormCard>
  );
}
