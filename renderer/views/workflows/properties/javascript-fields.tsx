import { NumberProperty } from './property-fields';
import type { ActivityEditorProps } from './activity-editor-props';
import { ScriptProperty } from './script-property';

export function JavascriptFields({ activity, onChange }: ActivityEditorProps<'javascript'>) {
  return (
    <>
      <ScriptProperty
        label="Script"
        rows={10}
        value={activity.script}
        onChange={(script) => onChange({ ...activity, script })}
      />
      <NumberProperty
        label="Time limit (seconds)"
        value={activity.timeoutSeconds}
        min={1}
        max={3600}
        onChange={(timeoutSeconds) => onChange({ ...activity, timeoutSeconds })}
      />
    </>
  );
}
