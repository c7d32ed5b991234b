/**
 * The calls whose first argument is a catalogue key: React's and i18next's `t`, and `msg`, which
 * the main process uses to word a message it sends for the renderer to translate. The key check
 * and the extractor both read them.
 */
export const translationFunctions = ['t', 'msg'] as const;
