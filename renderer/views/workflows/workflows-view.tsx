import { ViewFrame } from '../../components/view-frame';
import { useWorkflowEditor } from '../../stores/stores-context';
import { WorkflowEditor } from './workflow-editor';
import { WorkflowsList } from './workflows-list';

/** Production > Workflows: the list, or the workflow opened from it. */
export function WorkflowsView() {
  const name = useWorkflowEditor((s) => s.name);
  return (
    <ViewFrame nodeId="workflows" fill>
      {name ? <WorkflowEditor key={name} name={name} /> : <WorkflowsList />}
    </ViewFrame>
  );
}
