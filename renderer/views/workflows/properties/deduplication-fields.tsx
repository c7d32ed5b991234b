import { NamesProperty, TextProperty } from './property-fields';
import type { ActivityEditorProps } from './activity-editor-props';

export function DeduplicationFields({ activity, onChange }: ActivityEditorProps<'deduplication'>) {
  return (
    <>
      <NamesProperty
        label="Duplicate keys"
        value={activity.keys}
        onChange={(keys) => onChange({ ...activity, keys })}
        help="Records with equal values in these columns are duplicates (names, separated by commas)."
      />
      <TextProperty
        label="Keep the most recently modified by"
        value={activity.modifiedColumn ?? ''}
        onChange={(v) => onChange({ ...activity, modifiedColumn: v.trim() || null })}
        placeholder="Column name, e.g. sfLastModifiedDate"
      />
    </>
  );
}
