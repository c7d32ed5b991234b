import { Radio, RadioGroup } from '@blueprintjs/core';
import { errorHandlings } from '../../../../shared/domain/workflows/common-settings';
import { errorHandlingLabels } from '../../../../shared/domain/workflows/labels';
import type { ActivityEditorProps } from './activity-editor-props';
import { ScriptProperty } from './script-property';

/** The "Advanced" tab: In case of errors, and the script run before the activity. */
export function AdvancedTab({ activity, onChange }: ActivityEditorProps) {
  return (
    <>
      <RadioGroup
        label="In case of errors"
        selectedValue={activity.onError}
        onChange={(e) => {
          const onError = errorHandlings.find((h) => h === e.currentTarget.value);
          if (onError) onChange({ ...activity, onError });
        }}
      >
        {errorHandlings.map((h) => (
          <Radio key={h} value={h} label={errorHandlingLabels[h]} />
        ))}
      </RadioGroup>
      <ScriptProperty
        label="Initialization script"
        rows={5}
        value={activity.initScript}
        onChange={(initScript) => onChange({ ...activity, initScript })}
      />
    </>
  );
}
