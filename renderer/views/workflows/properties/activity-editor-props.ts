import type { ActivityOf, ActivityType } from '../../../../shared/domain/workflows';

/** What every activity editor takes: the activity and where its changed copy goes. */
export interface ActivityEditorProps<T extends ActivityType> {
  activity: ActivityOf<T>;
  onChange(activity: ActivityOf<T>): void;
}
