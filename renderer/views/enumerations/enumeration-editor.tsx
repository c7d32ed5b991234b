import { FormGroup } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { DetailFormCard } from '../../components/collections/detail-form-card';
import {
  useCollectionEditor,
  type EditorProps,
} from '../../components/collections/use-collection-editor';
import { TextField } from '../../components/text-field';
import type { Enumeration } from '../../../shared/domain/enumerations';
import { useConsoleStores } from '../../stores/stores-context';
import {
  addRow,
  enumerationFromDraft,
  moveRow,
  removeRow,
  updateRow,
  validateEnumerationDraft,
  type EnumerationDraft,
} from './enumeration-draft';
import { EnumerationValuesGrid, type ValuesGridActions } from './enumeration-values-grid';

type Field = 'name' | 'label' | 'values';

export function EnumerationEditor(props: EditorProps<EnumerationDraft>) {
  const { target } = props;
  const { t } = useTranslation('enumerations');
  const { form, card } = useCollectionEditor<EnumerationDraft, Field, Enumeration>(
    useConsoleStores().enumerations,
    props,
    {
      validate: validateEnumerationDraft,
      localRefusal: (local) => t('form.refused', { messages: [...local.values()].join(' ') }),
      wrapper: 'enumeration',
      toInput: enumerationFromDraft,
    },
  );
  const { draft, change } = form;
  // Row messages show as soon as the grid is touched: a duplicate is refused while typing.
  const rowMessages = new Map(
    [...form.messages].filter(
      ([path]) => path.startsWith('values.') && form.shown(path, 'values') !== undefined,
    ),
  );
  const rows: ValuesGridActions = {
    change: (i, c) => change('values', (d) => ({ ...d, values: updateRow(d.values, i, c) })),
    move: (i, delta) => change('values', (d) => ({ ...d, values: moveRow(d.values, i, delta) })),
    remove: (i) => change('values', (d) => ({ ...d, values: removeRow(d.values, i) })),
    add: () => change('values', (d) => ({ ...d, values: addRow(d.values) })),
  };

  return (
    <DetailFormCard
      {...card}
      testId="enumeration-editor"
      prefix="enumeration"
      title={target.kind === 'new' ? t('form.newTitle') : t('form.title', { name: target.name })}
    >
      <div className="console-form-grid">
        <TextField
          id="enumeration-name"
          label={t('form.name')}
          value={draft.name}
          onChange={(v) => change('name', (d) => ({ ...d, name: v }))}
          error={form.shown('name', 'name')}
          testId="enumeration-name"
          required
          autoFocus={target.kind === 'new'}
        />
        <TextField
          id="enumeration-label"
          label={t('form.label')}
          value={draft.label}
          onChange={(v) => change('label', (d) => ({ ...d, label: v }))}
          error={form.shown('label', 'label')}
          testId="enumeration-label"
        />
      </div>
      <FormGroup label={t('form.values')} helperText={form.shown('values', 'values')}>
        <EnumerationValuesGrid rows={draft.values} messages={rowMessages} actions={rows} />
      </FormGroup>
    </DetailFormCard>
  );
}
