import type { ActivityEditorProps } from '../activity-editor-props';
import { CheckProperty, TextProperty } from '../property-fields';

/** The "Behavior" tab: which transitions the activity offers, and the rejection file. */
export function CrmBehaviorTab({ activity, onChange }: ActivityEditorProps<'crmConnector'>) {
  const behavior = activity.behavior;
  const set = (patch: Partial<typeof behavior>) =>
    onChange({ ...activity, behavior: { ...behavior, ...patch } });
  return (
    <>
      <CheckProperty
        label="Generate an outbound transition"
        checked={behavior.outbound}
        onChange={(outbound) => set({ outbound })}
      />
      <CheckProperty
        label="Process rejects"
        checked={behavior.processRejects}
        onChange={(processRejects) => set({ processRejects })}
      />
      <CheckProperty
        label="Process errors"
        checked={behavior.processErrors}
        onChange={(processErrors) => set({ processErrors })}
      />
      <CheckProperty
        label="Keep the rejections in a file"
        checked={behavior.rejectionFile !== null}
        onChange={(keep) => set({ rejectionFile: keep ? 'rejections.csv' : null })}
      />
      {behavior.rejectionFile !== null && (
        <TextProperty
          label="Rejection file"
          value={behavior.rejectionFile}
          onChange={(rejectionFile) => set({ rejectionFile })}
          help="A CSV file: an absolute path, or relative to the data folder."
        />
      )}
    </>
  );
}
