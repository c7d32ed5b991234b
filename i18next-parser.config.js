// `npm run i18n:extract`: adds the keys the sources use to every catalogue (empty outside
// English, to be translated) and drops the unused ones. `scripts/i18n/catalogues.test.ts` fails
// the build until every catalogue is complete. Where keys are found, and in which calls (`t`, and
// `msg` by which the main process words a message for the renderer), is shared with that test.
import keySources from './shared/i18n/key-sources.json' with { type: 'json' };

const lexer = { lexer: 'JsxLexer', functions: keySources.functions };

export default {
  locales: ['en', 'fr', 'nl', 'it'],
  input: [...keySources.sources, ...keySources.notSources.map((glob) => `!${glob}`)],
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
