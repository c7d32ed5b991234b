import { Callout, Spinner } from '@blueprintjs/core';
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { CollapsiblePanel } from '../../components/layout/collapsible-panel';
import { useCollapsiblePanel } from '../../components/layout/use-collapsible-panel';
import { useWorkflowEditor, useWorkflowRun } from '../../stores/stores-context';
import { ActivityPalette } from './activity-palette';
import { EditorMessages } from './editor-messages';
import { EditorToolbar } from './editor-toolbar';
import { ActivityProperties } from './properties/activity-properties';
import { ResultDialog } from './result-dialog';
import { RunLogPanel } from './run-log-panel';
import { WorkflowCanvas } from './workflow-canvas';

/**
 * An open workflow: toolbar, palette, diagram, property panel, run log. The property panel and
 * the run log are resized by their separators and folded away from the toolbar; their sizes are
 * kept for the next workflow opened, in this window or the next.
 */
export function WorkflowEditor({ name }: { name: string }) {
  const { t } = useTranslation('workflows');
  const properties = useCollapsiblePanel();
  const log = useCollapsiblePanel();
  const rows = useDefaultLayout({ id: 'workflow-editor-rows', storage: window.localStorage });
  const columns = useDefaultLayout({ id: 'workflow-editor-columns', storage: window.localStorage });
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
      <Callout intent="danger" title={t('editor.notOpened', { name })}>
        {loadError}
      </Callout>
    );
  if (!draft) return <Spinner size={24} aria-label={t('editor.loading')} />;
  return (
    <div className="workflow-editor" data-testid="workflow-editor" data-workflow={name}>
      <EditorToolbar
        panels={{
          properties: { collapsed: properties.collapsed, toggle: properties.toggle },
          log: { collapsed: log.collapsed, toggle: log.toggle },
        }}
      />
      <EditorMessages />
      <Group
        orientation="vertical"
        className="workflow-editor-rows"
        defaultLayout={rows.defaultLayout}
        onLayoutChanged={rows.onLayoutChanged}
      >
        <Panel id="diagram" minSize={200}>
          <Group
            orientation="horizontal"
            className="workflow-editor-main"
            defaultLayout={columns.defaultLayout}
            onLayoutChanged={columns.onLayoutChanged}
          >
            <Panel id="canvas" minSize={280}>
              <div className="workflow-editor-diagram">
                <ActivityPalette onAdd={(type) => add(type)} />
                <ReactFlowProvider>
                  <WorkflowCanvas />
                </ReactFlowProvider>
              </div>
            </Panel>
            <Separator className="console-separator" aria-label={t('editor.propertiesWidth')} />
            <CollapsiblePanel
              id="properties"
              state={properties}
              defaultSize={300}
              minSize={240}
              region={{
                as: 'aside',
                id: 'workflow-properties',
                className: 'workflow-side',
                label: t('editor.properties'),
              }}
            >
              <ActivityProperties />
            </CollapsiblePanel>
          </Group>
        </Panel>
        <Separator className="console-separator" aria-label={t('editor.logHeight')} />
        <CollapsiblePanel
          id="log"
          state={log}
          defaultSize={150}
          minSize={70}
          region={{
            as: 'section',
            id: 'workflow-log',
            className: 'workflow-log-panel',
            label: t('editor.logPanel'),
          }}
        >
          <RunLogPanel />
        </CollapsiblePanel>
      </Group>
      <ResultDialog />
    </div>
  );
}
