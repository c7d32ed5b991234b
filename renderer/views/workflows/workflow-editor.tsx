import { Callout, Spinner } from '@blueprintjs/core';
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { useWorkflowEditor, useWorkflowRun } from '../../stores/stores-context';
import { ActivityPalette } from './activity-palette';
import { EditorMessages } from './editor-messages';
import { EditorToolbar } from './editor-toolbar';
import { ActivityProperties } from './properties/activity-properties';
import { ResultDialog } from './result-dialog';
import { RunLogPanel } from './run-log-panel';
import { WorkflowCanvas } from './workflow-canvas';

/** An open workflow: toolbar, palette, diagram, property panel, run log. */
export function WorkflowEditor({ name }: { name: string }) {
  const draft = useWorkflowEditor((s) => s.draft);
  const loadError = useWorkflowEditor((s) => s.loadError);
  const add = useWorkflowEditor((s) => s.add);
  const follow = useWorkflowRun((s) => s.follow);

  useEffect(() => {
    void follow(name);
    return () => void follow(null);
  }, [follow, name]);

  if (loadError)
    return (
      <Callout intent="danger" title={`The workflow ${name} could not be opened`}>
        {loadError}
      </Callout>
    );
  if (!draft) return <Spinner size={24} aria-label="Loading the workflow" />;
  return (
    <div className="workflow-editor" data-testid="workflow-editor" data-workflow={name}>
      <EditorToolbar />
      <EditorMessages />
      <div className="workflow-editor-main">
        <ActivityPalette onAdd={(type) => add(type)} />
        <ReactFlowProvider>
          <WorkflowCanvas />
        </ReactFlowProvider>
        <aside className="workflow-side" aria-label="Properties">
          <ActivityProperties />
        </aside>
      </div>
      <section className="workflow-log-panel" aria-label="Run log panel">
        <RunLogPanel />
      </section>
      <ResultDialog />
    </div>
  );
}
