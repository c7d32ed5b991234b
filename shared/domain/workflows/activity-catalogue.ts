/**
 * Production > Workflows: a graph of activities joined by transitions. Activities pass
 * populations (work tables in the record store) along their outputs.
 */
export const activityTypes = [
  'start',
  'scheduler',
  'query',
  'crmConnector',
  'fileImport',
  'deduplication',
  'updateData',
  'javascript',
  'wait',
  'end',
] as const;
export type ActivityType = (typeof activityTypes)[number];

/** The transitions an activity can fire. */
export const activityOutputs = ['ok', 'reject', 'error'] as const;
export type ActivityOutput = (typeof activityOutputs)[number];
