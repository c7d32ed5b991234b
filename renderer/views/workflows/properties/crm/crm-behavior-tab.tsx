import { useTranslation } from 'react-i18next';
import type { ActivityEditorProps } from '../activity-editor-props';
import { CheckProperty, TextProperty } from '../property-fields';

/** The "Behavior" tab: which transitions the activity offers, and the rejection file. */
export function CrmBehaviorTab({ activity, onChange }: ActivityEditorProps<'crmConnector'>) {
  const { t } = useTranslation('workflows');
  const behavior = activity.behavior;
  const set = (patch: Partial<typeof behavior>) =>
    onChange({ ...activity, behavior: { ...behavior, ...patch } });
  return (
    <>
      <CheckProperty
        label={t('behavior.outbound')}
        checked={behavior.outbound}
        onChange={(outbound) => set({ outbound })}
      />
      <CheckProperty
        label={t('processRejects')}
        checked={behavior.processRejects}
        onChange={(processRejects) => set({ processRejects })}
      />
      <CheckProperty
        label={t('behavior.processErrors')}
        checked={behavior.processErrors}
        onChange={(processErrors) => set({ processErrors })}
      />
      <CheckProperty
        label={t('behavior.keepRejections')}
        checked={behavior.rejectionFile !== null}
        onChange={(keep) => set({ rejectionFile: keep ? 'rejections.csv' : null })}
      />
      {behavior.rejectionFile !== null && (
        <TextProperty
          label={t('behavior.rejectionFile')}
          value={behavior.rejectionFile}
          onChange={(rejectionFile) => set({ rejectionFile })}
          help={t('behavior.rejectionFileHelp')}
        />
      )}
    </>
  );
}
