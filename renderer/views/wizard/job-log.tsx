import { Classes, Icon } from '@blueprintjs/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobLogLine } from '../../stores/jobs/jobs-store';

const icons = { info: 'dot', warning: 'warning-sign', error: 'error' } as const;
const timeOf = (at: string) => at.slice(11, 19);

/** The job's log as it arrives, warnings and errors marked; it keeps the last line in view. */
export function JobLog({ lines }: { lines: readonly JobLogLine[] }) {
  const box = useRef<HTMLDivElement>(null);
  const { t } = useTranslation('wizard');
  useEffect(() => {
    const element = box.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [lines.length]);
  return (
    <div
      ref={box}
      className="console-job-log"
      role="log"
      aria-live="polite"
      data-testid="wizard-log"
    >
      {lines.length === 0 && <div className={Classes.TEXT_MUTED}>{t('log.empty')}</div>}
      {lines.map((line, index) => (
        <div
          // Lines are only ever appended: the index is their identity.
          key={index}
          className={`console-job-log-line console-job-log-${line.level}`}
          data-testid="wizard-log-line"
          data-level={line.level}
        >
          <Icon
            icon={icons[line.level]}
            size={12}
            aria-label={
              line.level === 'info'
                ? t('log.info')
                : line.level === 'warning'
                  ? t('log.warning')
                  : t('log.error')
            }
          />
          <span className={`${Classes.TEXT_MUTED} console-mono`}>{timeOf(line.at)}</span>
          <span>{line.text}</span>
        </div>
      ))}
    </div>
  );
}
