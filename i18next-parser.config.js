// `npm run i18n:extract`: adds the keys the sources use to every catalogue (empty outside
// English, to be translated) and drops the unused ones. `shared/i18n/catalogues.test.ts` fails
// the build until every catalogue is complete. The functions are those of
// shared/i18n/translation-functions.ts.
const lexer = { lexer: 'JsxLexer', functions: ['t', 'msg'] };

export default {
  locales: ['en', 'fr', 'nl', 'it'],
  input: [
    'renderer/**/*.{ts,tsx}',
    'electron/**/*.ts',
    'shared/**/*.ts',
    '!**/*.test.{ts,tsx}',
    '!**/*.d.ts',
    '!**/test-support/**',
  ],
  output: 'shared/i18n/locales/$LOCALE/$NAMESPACE.json',
  defaultNamespace: 'common',
  defaultValue: '',
  lexers: { ts: [lexer], tsx: [lexer] },
  keepRemoved: false,
  createOldCatalogs: false,
  sort: true,
  indentation: 2,
  failOnWarnings: false,
  verbose: false,
};
