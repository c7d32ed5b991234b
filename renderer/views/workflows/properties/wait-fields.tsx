import { useTranslation } from 'react-i18next';
import { NumberProperty } from './property-fields';
import type { ActivityEditorProps } from './activity-editor-props';

export function WaitFields({ activity, onChange }: ActivityEditorProps<'wait'>) {
  const { t } = useTranslation('workflows');
  return (
    <NumberProperty
      label={t('wait.delay')}
      value={activity.seconds}
      min={0}
      max={30 * 86_400}
      onChange={(seconds) => onChange({ ...activity, seconds })}
    />
  );
}
