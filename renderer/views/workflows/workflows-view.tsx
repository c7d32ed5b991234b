import { ViewFrame } from '../../components/view-frame';
import { useWorkflowEditor } from '../../stores/stores-context';
import { WorkflowEditor } from './workflow-editor';
import { WorkflowsList } from './workflows-list';

/** Production > Workflows: the list, or the workflow opened from it. */
export function WorkflowsView() {
  const name = useWorkflowEditor((s) => s.name);
  const label = useWorkflowEditor((s) => s.draft?.label);
  // The open workflow names the view: its label, and its internal name when they differ.
  const title = name === null ? undefined : label && label !== name ? `${label} (${name})` : name;
  return (
    <ViewFrame nodeId="workflows" fill {...(title === undefined ? {} : { title })}>
      {name ? <WorkflowEditor key={name} name={name} /> : <WorkflowsList />}
    </ViewFrame>
  );
}
