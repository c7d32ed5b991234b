import { Callout, Icon } from '@blueprintjs/core';
import { useLayoutEffect, useRef } from 'react';
import type { IconName } from '@blueprintjs/icons';
import { useTranslation } from 'react-i18next';
import type { RunLogLine } from '../../../shared/domain/workflows/run-views';
import { consoleI18n } from '../../i18n/console-i18n';
import { formatTime } from '../../i18n/formats';
import { useWorkflowEditor, useWorkflowRun } from '../../stores/stores-context';

const levelIcons: Record<
  RunLogLine['level'],
  { icon: IconName; intent: 'primary' | 'warning' | 'danger' }
> = {
  info: { icon: 'info-sign', intent: 'primary' },
  warning: { icon: 'warning-sign', intent: 'warning' },
  error: { icon: 'error', intent: 'danger' },
};

function levelLabel(level: RunLogLine['level']): string {
  switch (level) {
    case 'info':
      return consoleI18n.t('workflows:log.info');
    case 'warning':
      return consoleI18n.t('workflows:log.warning');
    case 'error':
      return consoleI18n.t('workflows:log.error');
  }
}

/** The run log: the lines read back and those arriving live, each with its activity. */
export function RunLogPanel() {
  const { t } = useTranslation('workflows');
  const log = useWorkflowRun((s) => s.log);
  const logError = useWorkflowRun((s) => s.logError);
  const runId = useWorkflowRun((s) => s.runId);
  const activities = useWorkflowEditor((s) => s.draft?.activities);
  const labelOf = (id: string | null) =>
    id === null ? '' : (activities?.find((a) => a.id === id)?.label ?? id);
  const container = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  // New lines keep the newest in view, unless the administrator scrolled up to read.
  useLayoutEffect(() => {
    const panel = container.current;
    if (panel && following.current) panel.scrollTop = panel.scrollHeight;
  }, [log.length]);
  if (!runId) return <p className="workflow-muted workflow-log-empty">{t('log.empty')}</p>;
  return (
    <div
      ref={container}
      className="workflow-log"
      role="log"
      aria-label={t('log.label')}
      // It scrolls: the keyboard must reach it to read the older lines.
      tabIndex={0}
      data-testid="run-log"
      onScroll={({ currentTarget: panel }) => {
        following.current = panel.scrollHeight - panel.scrollTop - panel.clientHeight < 24;
      }}
    >
      {logError && <Callout intent="danger">{logError}</Callout>}
      <table className="workflow-log-table">
        <tbody>
          {log.map((line) => {
            const level = levelIcons[line.level];
            return (
              <tr key={line.seq} className={`workflow-log-${line.level}`} data-level={line.level}>
                <td>
                  <Icon icon={level.icon} intent={level.intent} title={levelLabel(line.level)} />
                </td>
                <td className="workflow-log-time">{formatTime(line.at)}</td>
                <td className="workflow-log-activity">{labelOf(line.activity)}</td>
                <td className="workflow-log-text">{line.text}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
