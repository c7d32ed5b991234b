import { useTranslation } from 'react-i18next';
import { NamesProperty, TextProperty } from './property-fields';
import type { ActivityEditorProps } from './activity-editor-props';

export function DeduplicationFields({ activity, onChange }: ActivityEditorProps<'deduplication'>) {
  const { t } = useTranslation('workflows');
  return (
    <>
      <NamesProperty
        label={t('deduplication.keys')}
        value={activity.keys}
        onChange={(keys) => onChange({ ...activity, keys })}
        help={t('deduplication.keysHelp')}
      />
      <TextProperty
        label={t('deduplication.modified')}
        value={activity.modifiedColumn ?? ''}
        onChange={(v) => onChange({ ...activity, modifiedColumn: v.trim() || null })}
        placeholder={t('deduplication.modifiedPlaceholder')}
      />
    </>
  );
}
