import { z } from 'zod';

/** Campaign internal names: a letter or underscore, then letters, digits, underscores. */
export const internalNameSchema = z
  .string()
  .trim()
  .min(1, 'Internal name is required.')
  .max(64, 'Internal name is at most 64 characters.')
  .regex(
    /^[A-Za-z_][A-Za-z0-9_]*$/,
    'Internal name must start with a letter or underscore and hold only letters, digits and underscores.',
  );

export const labelSchema = z.string().trim().max(255, 'Label is at most 255 characters.');
