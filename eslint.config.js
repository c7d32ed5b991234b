import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https'];

/** Folder boundaries of STYLE.md: a crossing import fails the build. */
const boundary = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group, message })) }],
  },
});

const oneClock =
  'Read the time from the injected Clock (electron/core/clock.ts), never from the system directly.';
const readsOfTheSystemClock = [
  "CallExpression[callee.object.name='Date'][callee.property.name='now']",
  "NewExpression[callee.name='Date'][arguments.length=0]",
  "CallExpression[callee.name='Date']",
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'release/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  boundary(
    ['shared/**'],
    [[...nodeBuiltins, 'electron', 'react', 'react-dom', '**/electron/**', '**/renderer/**']],
    'shared/ is pure: types, zod schemas and pure functions only.',
  ),
  boundary(
    ['renderer/**'],
    [[...nodeBuiltins, 'electron', '**/electron/**']],
    'The renderer imports only shared/ (and browser libraries).',
  ),
  boundary(
    ['electron/**'],
    [['electron', '**/renderer/**']],
    'Services run under plain Node: only electron/shell/, main.ts and preload.ts import Electron.',
  ),
  {
    // DESIGN.md's one clock: main reads "now" from the injected clock, so tests can set it.
    files: ['electron/**/*.ts', 'shared/**/*.ts'],
    ignores: ['electron/core/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...readsOfTheSystemClock.map((selector) => ({ selector, message: oneClock })),
      ],
    },
  },
  {
    files: ['electron/shell/**', 'electron/main.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'Main never imports the renderer.' }] },
      ],
    },
  },
);
