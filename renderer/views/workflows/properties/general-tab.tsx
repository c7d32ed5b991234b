import { useTranslation } from 'react-i18next';
import type { ActivityEditorProps } from './activity-editor-props';
import { DeduplicationFields } from './deduplication-fields';
import { FileImportFields } from './file-import-fields';
import { JavascriptFields } from './javascript-fields';
import { TextProperty } from './property-fields';
import { QueryFields } from './query-fields';
import { SchedulerFields } from './scheduler-fields';
import { UpdateDataFields } from './update-data-fields';
import { WaitFields } from './wait-fields';

/** The main tab of the activities other than the CRM connector: Label and their settings. */
export function GeneralTab({ activity, onChange }: ActivityEditorProps) {
  const { t } = useTranslation('workflows');
  return (
    <>
      <TextProperty
        label={t('properties.label')}
        value={activity.label}
        onChange={(label) => onChange({ ...activity, label })}
      />
      <TypeFields activity={activity} onChange={onChange} />
    </>
  );
}

function TypeFields({ activity, onChange }: ActivityEditorProps) {
  switch (activity.type) {
    case 'scheduler':
      return <SchedulerFields activity={activity} onChange={onChange} />;
    case 'query':
      return <QueryFields activity={activity} onChange={onChange} />;
    case 'fileImport':
      return <FileImportFields activity={activity} onChange={onChange} />;
    case 'deduplication':
      return <DeduplicationFields activity={activity} onChange={onChange} />;
    case 'updateData':
      return <UpdateDataFields activity={activity} onChange={onChange} />;
    case 'javascript':
      return <JavascriptFields activity={activity} onChange={onChange} />;
    case 'wait':
      return <WaitFields activity={activity} onChange={onChange} />;
    case 'start':
    case 'end':
    case 'crmConnector':
      return null;
  }
}
