import { useTranslation } from 'react-i18next';
import { NumberProperty } from './property-fields';
import type { ActivityEditorProps } from './activity-editor-props';
import { ScriptProperty } from './script-property';

export function JavascriptFields({ activity, onChange }: ActivityEditorProps<'javascript'>) {
  const { t } = useTranslation('workflows');
  return (
    <>
      <ScriptProperty
        label={t('javascript.script')}
        rows={10}
        value={activity.script}
        onChange={(script) => onChange({ ...activity, script })}
      />
      <NumberProperty
        label={t('javascript.timeout')}
        value={activity.timeoutSeconds}
        min={1}
        max={3600}
        onChange={(timeoutSeconds) => onChange({ ...activity, timeoutSeconds })}
      />
    </>
  );
}
