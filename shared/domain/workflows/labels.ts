import type { ActivityOutput } from './activity-catalogue';

/** The outputs' English names, for the graph's refusals (the window words its own labels). */
export const activityOutputLabels: Record<ActivityOutput, string> = {
  ok: 'OK',
  reject: 'Reject',
  error: 'Error',
};
