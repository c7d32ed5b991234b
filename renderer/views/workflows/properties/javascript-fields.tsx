import { FormGroup, TextArea } from '@blueprintjs/core';
import { useId } from 'react';
import { NumberProperty } from './property-fields';
import type { ActivityEditorProps } from './activity-editor-props';

export function JavascriptFields({ activity, onChange }: ActivityEditorProps<'javascript'>) {
  const id = useId();
  return (
    <>
      <FormGroup
        label="Script"
        labelFor={id}
        helperText="Runs with vars, instance and logInfo / logWarning / logError."
      >
        <TextArea
          id={id}
          fill
          rows={10}
          className="workflow-code"
          spellCheck={false}
          value={activity.script}
          onChange={(e) => onChange({ ...activity, script: e.currentTarget.value })}
        />
      </FormGroup>
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
