import { z } from 'zod';
import { msg } from '../i18n/message';
import { said } from '../validation-messages';

/**
 * Secret fields are write-only across the contract: the renderer sends one of these and only
 * ever reads back whether a secret is set.
 */
export const secretInputSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('keep') }),
  z.object({
    action: z.literal('set'),
    value: z.string().min(1, said(msg('messages:input.secretEmpty'))),
  }),
  z.object({ action: z.literal('clear') }),
]);
export type SecretInput = z.infer<typeof secretInputSchema>;

export interface SecretState {
  isSet: boolean;
}
