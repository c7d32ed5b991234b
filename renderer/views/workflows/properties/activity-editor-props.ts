import type { ActivityType } from '../../../../shared/domain/workflows/activity-catalogue';
import type { ActivityOf } from '../../../../shared/domain/workflows/activity-settings';

/**
 * What every activity editor takes: the activity and where its changed copy goes. Without a
 * type, any activity (the tabs every type shares).
 */
export interface ActivityEditorProps<T extends ActivityType = ActivityType> {
  activity: ActivityOf<T>;
  onChange(activity: ActivityOf<T>): void;
}
