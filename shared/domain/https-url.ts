import { z } from 'zod';

/** CRM addresses are https only; the message says so instead of a generic URL error. */
export const httpsUrlSchema = z
  .string()
  .trim()
  .superRefine((text, ctx) => {
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
    if (scheme && scheme !== 'https')
      ctx.addIssue({
        code: 'custom',
        message: `Only https:// addresses are accepted (not ${scheme}://): the connection must be encrypted.`,
      });
    else if (!scheme || !/^https:\/\/[^\s/?#@]+(:\d{1,5})?(\/[^\s]*)?$/i.test(text))
      ctx.addIssue({
        code: 'custom',
        message: 'Enter a full address, e.g. https://mydomain.my.salesforce.com.',
      });
  })
  .transform((text) => text.replace(/\/+$/, ''));
