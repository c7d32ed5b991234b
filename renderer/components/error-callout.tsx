import { Callout, Intent } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { issueMessages } from '../../shared/errors';
import type { ConsoleCallError } from '../api/console-call-error';
import { messageText } from '../i18n/message-text';

/**
 * A refusal from the service: its message, and the field issues when it names any, in the
 * window's language (again after a change of language).
 */
export function ErrorCallout({
  error,
  title,
  testId,
}: {
  error: ConsoleCallError | string | null;
  title: string;
  testId: string;
}) {
  // Rendered again when the language changes: a refusal is worded as it is read.
  useTranslation();
  if (!error) return null;
  const message = typeof error === 'string' ? error : error.message;
  const issues = typeof error === 'string' ? [] : error.issues;
  const detail = issues.length > 0 ? issueMessages(issues, messageText) : null;
  return (
    <Callout intent={Intent.DANGER} icon="error" title={title} className="console-callout">
      <span data-testid={testId}>
        {message}
        {detail && !message.includes(detail) && (
          <span className="console-callout-detail">{detail}</span>
        )}
      </span>
    </Callout>
  );
}
