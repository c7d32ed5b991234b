import { z } from 'zod';
import { msg } from '../i18n/message';
import { customIssue } from '../validation-messages';

/** CRM addresses are https only; the message says so instead of a generic URL error. */
export const httpsUrlSchema = z
  .string()
  .trim()
  .superRefine((text, ctx) => {
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
    if (scheme && scheme !== 'https')
      ctx.addIssue(customIssue(msg('messages:input.httpsOnly', { scheme })));
    else if (!scheme || !/^https:\/\/[^\s/?#@]+(:\d{1,5})?(\/[^\s]*)?$/i.test(text))
      ctx.addIssue(customIssue(msg('messages:input.fullAddress')));
  })
  .transform((text) => text.replace(/\/+$/, ''));
