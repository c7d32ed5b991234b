import { Button, Tag } from '@blueprintjs/core';
import { useNavigate } from 'react-router';
import { routePath } from '../../navigation/console-routes';
import { useWorkflowEditor } from '../../stores/stores-context';
import { RunControls } from './run-controls';

/** Back to the list, Save with the version and the unsaved-changes mark, the run controls. */
export function EditorToolbar() {
  const stored = useWorkflowEditor((s) => s.stored);
  const dirty = useWorkflowEditor((s) => s.dirty);
  const saving = useWorkflowEditor((s) => s.saving);
  const save = useWorkflowEditor((s) => s.save);
  const navigate = useNavigate();
  // Back to the list's address: unsaved changes ask first (LeaveConfirmation).
  const close = () => void navigate(routePath({ node: 'workflows', item: null, wizard: null }));
  return (
    <div className="workflow-toolbar" role="toolbar" aria-label="Workflow">
      <Button icon="arrow-left" variant="minimal" text="Workflows" onClick={close} />
      <Button
        icon="floppy-disk"
        text="Save"
        intent={dirty ? 'primary' : 'none'}
        loading={saving}
        disabled={!dirty}
        onClick={() => void save()}
      />
      {stored && (
        <Tag minimal data-testid="workflow-version">
          Version {stored.version}
        </Tag>
      )}
      {dirty && (
        <Tag intent="warning" minimal data-testid="unsaved-changes">
          Unsaved changes
        </Tag>
      )}
      <RunControls />
    </div>
  );
}
