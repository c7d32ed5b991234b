import { useEffect, useId } from 'react';
import { useUnsavedForms } from '../stores/stores-context';

/** Tells the navigation that this form holds unsaved changes, until it is saved or unmounted. */
export function useUnsavedMark(unsaved: boolean): void {
  const id = useId();
  const mark = useUnsavedForms((s) => s.mark);
  useEffect(() => {
    mark(id, unsaved);
    return () => mark(id, false);
  }, [id, unsaved, mark]);
}
