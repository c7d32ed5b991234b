import { Radio, RadioGroup } from '@blueprintjs/core';
import { errorHandlings } from '../../../../shared/domain/workflows/common-settings';
import { useTranslation } from 'react-i18next';
import { errorHandlingLabel } from '../../../stores/workflows/workflow-labels';
import type { ActivityEditorProps } from './activity-editor-props';
import { ScriptProperty } from './script-property';

/** The "Advanced" tab: In case of errors, and the script run before the activity. */
export function AdvancedTab({ activity, onChange }: ActivityEditorProps) {
  const { t } = useTranslation('workflows');
  return (
    <>
      <RadioGroup
        label={t('advanced.onError')}
        selectedValue={activity.onError}
        onChange={(e) => {
          const onError = errorHandlings.find((h) => h === e.currentTarget.value);
          if (onError) onChange({ ...activity, onError });
        }}
      >
        {errorHandlings.map((h) => (
          <Radio key={h} value={h} label={errorHandlingLabel(h)} />
        ))}
      </RadioGroup>
      <ScriptProperty
        label={t('advanced.initScript')}
        rows={5}
        value={activity.initScript}
        onChange={(initScript) => onChange({ ...activity, initScript })}
      />
    </>
  );
}
