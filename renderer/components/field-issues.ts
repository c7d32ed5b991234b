import { issueText, type ErrorIssue } from '../../shared/errors';
import { messageText } from '../i18n/message-text';

/** The first message per field path, keyed by the path as the form names its fields. */
export type FieldMessages = ReadonlyMap<string, string>;

/**
 * Indexes `{path, message}` issues by path, each worded in the window's language when it has a
 * key. Issues of a wrapped argument (`option.value` for
 * `options.update`) are stripped of the wrapper so they land on the same field as a create's.
 */
export function messagesByPath(
  issues: readonly ErrorIssue[],
  wrapper?: string,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const issue of issues) {
    const path =
      wrapper && issue.path.startsWith(`${wrapper}.`)
        ? issue.path.slice(wrapper.length + 1)
        : issue.path;
    if (!out.has(path)) out.set(path, issueText(issue, messageText));
  }
  return out;
}

/** Field messages of the form itself first, then the service's for fields still clean. */
export function mergeMessages(local: FieldMessages, remote: FieldMessages): Map<string, string> {
  const out = new Map(local);
  for (const [path, message] of remote) if (!out.has(path)) out.set(path, message);
  return out;
}
