import { Radio, RadioGroup } from '@blueprintjs/core';
import { errorHandlingLabels, errorHandlings } from '../../../../shared/domain/workflows';
import type { ActivityEditorProps } from './activity-editor-props';

/** The "Advanced" tab: In case of errors — Suspend the process / Ignore / Abort. */
export function AdvancedTab({ activity, onChange }: ActivityEditorProps) {
  return (
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
  );
}
