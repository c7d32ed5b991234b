import type { FormEvent } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { CollectionState } from '../../stores/collections/collection-store';
import type { EditorTarget } from '../../stores/store-deps';
import { useDraftForm, type DraftFormOptions } from './use-draft-form';

/** What a list-and-detail view hands the editor of its record. */
export interface EditorProps<Draft> {
  target: EditorTarget;
  /** Successful saves so far; the form is remounted on each, and tests wait on it. */
  revision: number;
  initial: Draft;
  onDelete: (name: string) => void;
}

type EditableStore<Input> = Pick<
  StoreApi<CollectionState<unknown, unknown, Input>>,
  'getState' | 'getInitialState' | 'subscribe'
>;

/**
 * The draft form of a record in an editable collection, wired to its store: the save goes
 * through the store, and `card` holds what DetailFormCard needs besides its title and ids.
 */
export function useCollectionEditor<Draft, Field extends string, Input>(
  store: EditableStore<Input>,
  props: EditorProps<Draft>,
  options: Omit<DraftFormOptions<Draft>, 'initial' | 'saveError' | 'save'> & {
    toInput(draft: Draft): Input;
  },
) {
  const saving = useStore(store, (s) => s.saving);
  const saveError = useStore(store, (s) => s.saveError);
  const save = useStore(store, (s) => s.save);
  const closeEditor = useStore(store, (s) => s.closeEditor);
  const form = useDraftForm<Draft, Field>({
    ...options,
    initial: props.initial,
    saveError,
    save: (draft) => save(options.toInput(draft)),
  });
  const { target, onDelete } = props;
  const card = {
    revision: props.revision,
    callout: form.callout,
    saving,
    onSubmit: (event: FormEvent) => void form.submit(event),
    onCancel: closeEditor,
    ...(target.kind === 'edit' ? { onDelete: () => onDelete(target.name) } : {}),
  };
  return { form, card };
}
