import { z } from 'zod';
import { internalNameSchema, labelSchema } from '../names';
import { activityOutputs, type ActivityOutput } from './activity-catalogue';
import { activitySchema, type Activity } from './activity-settings';
import { activityIdSchema } from './common-settings';
import { activityOutputLabels } from './labels';

/** The transitions an activity offers, from its settings. */
export function outputsOf(activity: Activity): ActivityOutput[] {
  switch (activity.type) {
    case 'end':
      return [];
    case 'crmConnector': {
      const b = activity.behavior;
      return [
        ...(b.outbound ? (['ok'] as const) : []),
        ...(b.processRejects ? (['reject'] as const) : []),
        ...(b.processErrors ? (['error'] as const) : []),
      ];
    }
    case 'updateData':
    case 'fileImport':
      return activity.processRejects ? ['ok', 'reject'] : ['ok'];
    default:
      return ['ok'];
  }
}

export const transitionSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Not a transition id.'),
  from: activityIdSchema,
  output: z.enum(activityOutputs),
  to: activityIdSchema,
});
export type Transition = z.infer<typeof transitionSchema>;

export const workflowSchema = z
  .object({
    name: internalNameSchema,
    label: labelSchema,
    activities: z.array(activitySchema).max(200),
    transitions: z.array(transitionSchema).max(1000),
  })
  .superRefine((workflow, ctx) => {
    const byId = new Map<string, Activity>();
    workflow.activities.forEach((a, i) => {
      if (byId.has(a.id))
        ctx.addIssue({
          code: 'custom',
          path: ['activities', i, 'id'],
          message: `Two activities are named '${a.id}'.`,
        });
      byId.set(a.id, a);
    });
    workflow.transitions.forEach((t, i) => {
      const from = byId.get(t.from);
      if (!from || !byId.has(t.to))
        ctx.addIssue({
          code: 'custom',
          path: ['transitions', i],
          message: `Transition '${t.id}' joins an activity that does not exist.`,
        });
      else if (!outputsOf(from).includes(t.output))
        ctx.addIssue({
          code: 'custom',
          path: ['transitions', i],
          message: `Activity '${from.label || from.id}' has no ${activityOutputLabels[t.output]} transition.`,
        });
    });
  });
export type Workflow = z.output<typeof workflowSchema>;
export type WorkflowInput = z.input<typeof workflowSchema>;

/** A workflow as stored: every save makes a new version. */
export interface StoredWorkflow extends Workflow {
  version: number;
  updatedAt: string;
}

/** A stored workflow read back from a file (config store, run snapshot). */
export const storedWorkflowSchema: z.ZodType<
  StoredWorkflow,
  z.input<typeof workflowSchema>
> = workflowSchema.and(
  z.object({ version: z.number().int().min(1), updatedAt: z.iso.datetime({ offset: true }) }),
);
