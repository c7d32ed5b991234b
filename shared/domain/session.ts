import { msg, type MessageParamsData } from '../i18n/message';
import { z } from 'zod';
import { said } from '../validation-messages';
import { languageSchema, type Language } from '../i18n/languages';
import { internalNameSchema } from './names';

export const passwordSchema = z
  .string()
  .min(8, said(msg('messages:input.passwordMin')))
  .max(1024, said(msg('messages:input.passwordMax')));

export const setUpInstanceSchema = z.object({
  instanceName: internalNameSchema,
  password: passwordSchema,
});

export const logOnSchema = z.object({
  operator: z
    .string()
    .trim()
    .min(1, said(msg('messages:input.enterOperator')))
    .max(64),
  password: z
    .string()
    .min(1, said(msg('messages:input.enterPassword')))
    .max(1024),
});

export interface SessionStatus {
  /** False until the first start has named the instance and set the admin password. */
  setUp: boolean;
  instance: { internalName: string } | null;
  /** `language` is absent while the operator follows the system's language. */
  operator: { name: string; label: string; language?: Language } | null;
  /** After a log-on: what became of the schemas waiting for approval (see DESIGN step 4). */
  approvals?: {
    schema: string;
    ok: boolean;
    /** In English; `key` and `params` word it in the operator's language. */
    message: string;
    key?: string;
    params?: MessageParamsData;
  }[];
}

export const setLanguageSchema = z.object({ language: languageSchema });
