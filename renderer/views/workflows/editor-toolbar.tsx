import { Button, Tag } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { routePath } from '../../navigation/console-routes';
import { useWorkflowEditor } from '../../stores/stores-context';
import { RunControls } from './run-controls';

interface PanelToggle {
  collapsed: boolean;
  toggle(): void;
}

/** Folds a side panel away or back, for the keyboard (the mouse can drag its separator too). */
function PanelButton({
  toggle,
  icon,
  name,
  controls,
}: {
  toggle: PanelToggle;
  icon: 'panel-stats' | 'th-list';
  name: 'properties' | 'log';
  controls: string;
}) {
  const { t } = useTranslation('workflows');
  const shown = !toggle.collapsed;
  const text =
    name === 'properties'
      ? shown
        ? t('toolbar.hideProperties')
        : t('toolbar.showProperties')
      : shown
        ? t('toolbar.hideLog')
        : t('toolbar.showLog');
  return (
    <Button
      variant="minimal"
      icon={icon}
      active={!toggle.collapsed}
      aria-label={text}
      title={text}
      aria-expanded={!toggle.collapsed}
      aria-controls={controls}
      onClick={toggle.toggle}
    />
  );
}

/**
 * Back to the list, Save with the version and the unsaved-changes mark, the run controls, and
 * (in the editor) the buttons that fold the property panel and the run log away.
 */
export function EditorToolbar({
  panels,
}: {
  panels?: { properties: PanelToggle; log: PanelToggle };
}) {
  const stored = useWorkflowEditor((s) => s.stored);
  const dirty = useWorkflowEditor((s) => s.dirty);
  const saving = useWorkflowEditor((s) => s.saving);
  const save = useWorkflowEditor((s) => s.save);
  const navigate = useNavigate();
  const { t } = useTranslation('workflows');
  // Back to the list's address: unsaved changes ask first (LeaveConfirmation).
  const close = () => void navigate(routePath({ node: 'workflows', item: null, wizard: null }));
  return (
    <div className="workflow-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <Button icon="arrow-left" variant="minimal" text={t('toolbar.back')} onClick={close} />
      <Button
        icon="floppy-disk"
        text={t('toolbar.save')}
        intent={dirty ? 'primary' : 'none'}
        loading={saving}
        disabled={!dirty}
        onClick={() => void save()}
      />
      {stored && (
        <Tag minimal data-testid="workflow-version">
          {t('toolbar.version', { version: stored.version })}
        </Tag>
      )}
      {dirty && (
        <Tag intent="warning" minimal data-testid="unsaved-changes">
          {t('toolbar.unsaved')}
        </Tag>
      )}
      <RunControls />
      {panels && (
        <span className="workflow-panel-toggles">
          <PanelButton
            toggle={panels.properties}
            icon="panel-stats"
            name="properties"
            controls="workflow-properties"
          />
          <PanelButton toggle={panels.log} icon="th-list" name="log" controls="workflow-log" />
        </span>
      )}
    </div>
  );
}
