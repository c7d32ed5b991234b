import { Radio, RadioGroup } from '@blueprintjs/core';
import {
  errorHandlingLabels,
  errorHandlings,
  type Activity,
} from '../../../../shared/domain/workflows';

/** The "Advanced" tab: In case of errors — Suspend the process / Ignore / Abort. */
export function AdvancedTab({
  activity,
  onChange,
}: {
  activity: Activity;
  onChange(a: Activity): void;
}) {
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
