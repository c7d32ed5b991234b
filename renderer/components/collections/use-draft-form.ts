import { useState, type FormEvent } from 'react';
import type { ConsoleCallError } from '../../api/console-call-error';
import { mergeMessages, messagesByPath } from '../field-issues';
import { useTouched } from '../use-touched';
import { useUnsavedMark } from '../use-unsaved-mark';

export interface DraftFormOptions<Draft> {
  initial: Draft;
  /** The form's own checks, keyed by the shared schema's paths. */
  validate(draft: Draft): Map<string, string>;
  /** What the callout says when the form's own checks refuse a save. */
  localRefusal(messages: ReadonlyMap<string, string>): string;
  saveError: ConsoleCallError | null;
  /** The argument an update wraps the record in (`option`), stripped from issue paths. */
  wrapper: string;
  save(draft: Draft): Promise<boolean>;
}

/**
 * The state of a detail form: the draft, live validation merged with the service's refusal,
 * which fields show their message, and the callout above the form.
 */
export function useDraftForm<Draft, Field extends string>(options: DraftFormOptions<Draft>) {
  const [initial] = useState(options.initial);
  const [draft, setDraft] = useState(initial);
  // Every change makes a new draft: the form is unsaved from the first edit until it remounts.
  useUnsavedMark(draft !== initial);
  const [refusedLocally, setRefusedLocally] = useState(false);
  // The service's field messages describe the draft it refused; editing makes them stale.
  const [remoteFresh, setRemoteFresh] = useState(false);
  const { touch, shows, attempt } = useTouched<Field>();

  const local = options.validate(draft);
  const remote = remoteFresh
    ? messagesByPath(options.saveError?.issues ?? [], options.wrapper)
    : new Map<string, string>();
  const messages = mergeMessages(local, remote);

  return {
    draft,
    messages,
    /** The message of `path` once its field was touched, or at once when the service gave it. */
    shown: (path: string, field: Field) =>
      shows(field) || remote.has(path) ? messages.get(path) : undefined,
    change(field: Field, next: (draft: Draft) => Draft) {
      touch(field);
      setRemoteFresh(false);
      setDraft(next);
    },
    async submit(event: FormEvent) {
      event.preventDefault();
      attempt();
      setRefusedLocally(local.size > 0);
      if (local.size > 0) return;
      setRemoteFresh(!(await options.save(draft)));
    },
    callout: {
      local: refusedLocally && local.size > 0 ? options.localRefusal(local) : null,
      remote: refusedLocally ? null : options.saveError,
    },
  };
}
