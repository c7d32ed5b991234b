import type { ActivityOf, ActivityType } from '../../../../shared/domain/workflows';

/**
 * What every activity editor takes: the activity and where its changed copy goes. Without a
 * type, any activity (the tabs every type shares).
 */
export interface ActivityEditorProps<T extends ActivityType = ActivityType> {
  activity: ActivityOf<T>;
  onChange(activity: ActivityOf<T>): void;
}
