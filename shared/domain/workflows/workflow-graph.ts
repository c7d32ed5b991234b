import { z } from 'zod';
import { msg, type ConsoleMessage } from '../../i18n/message';
import { customIssue, said } from '../../validation-messages';
import { internalNameSchema, labelSchema } from '../names';
import { activityOutputs, type ActivityOutput } from './activity-catalogue';
import { activitySchema, type Activity } from './activity-settings';
import { activityIdSchema } from './common-settings';

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

/** An output's name inside a message, worded in the reader's language. */
function outputName(output: ActivityOutput): ConsoleMessage {
  switch (output) {
    case 'ok':
      return msg('messages:input.output.ok');
    case 'reject':
      return msg('messages:input.output.reject');
    case 'error':
      return msg('messages:input.output.error');
  }
}

export const transitionSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, said(msg('messages:input.transitionId'))),
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
        ctx.addIssue(
          customIssue(msg('messages:input.activityTwice', { activity: a.id }), [
            'activities',
            i,
            'id',
          ]),
        );
      byId.set(a.id, a);
    });
    workflow.transitions.forEach((t, i) => {
      const from = byId.get(t.from);
      if (!from || !byId.has(t.to))
        ctx.addIssue(
          customIssue(msg('messages:input.transitionDangling', { transition: t.id }), [
            'transitions',
            i,
          ]),
        );
      else if (!outputsOf(from).includes(t.output))
        ctx.addIssue(
          customIssue(
            msg('messages:input.noSuchOutput', {
              activity: from.label || from.id,
              output: outputName(t.output),
            }),
            ['transitions', i],
          ),
        );
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
