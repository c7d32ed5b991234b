import { NumberProperty } from './property-fields';
import type { ActivityEditorProps } from './activity-editor-props';

export function WaitFields({ activity, onChange }: ActivityEditorProps<'wait'>) {
  return (
    <NumberProperty
      label="Delay (seconds)"
      value={activity.seconds}
      min={0}
      max={30 * 86_400}
      onChange={(seconds) => onChange({ ...activity, seconds })}
    />
  );
}
