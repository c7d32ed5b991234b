import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { allowedImports, layerMessage, layers } from './lint/layers.js';

const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https'];

/** Packages a folder must not use (STYLE.md): such an import fails the build. */
const boundary = (files, modules, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: modules.map((name) => ({ name, message })),
        patterns: modules.includes('fs') ? [{ group: ['node:*'], message }] : [],
      },
    ],
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
  // Which packages a layer may use; which of our folders it may import is the layers rule's.
  boundary(
    ['shared/**'],
    [...nodeBuiltins, 'electron', 'react', 'react-dom'],
    'shared/ is pure: types, zod schemas and pure functions only.',
  ),
  boundary(
    ['renderer/**'],
    [...nodeBuiltins, 'electron'],
    'The renderer uses only browser libraries.',
  ),
  boundary(
    ['electron/**', 'emulators/**'],
    ['electron'],
    'Services run under plain Node: only electron/shell/ imports Electron.',
  ),
  {
    files: ['**/*.{ts,tsx}'],
    // Tests and their support stand outside the layers: they may reach any part they test.
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/test-support/**', 'e2e/**', 'bench/**'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { alwaysTryTypes: true } },
      'boundaries/elements': layers,
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: layerMessage,
          policies: [
            ...Object.entries(allowedImports).map(([type, to]) => ({
              from: { element: { type } },
              allow: { to: { element: { types: { anyOf: to } } } },
            })),
          ],
        },
      ],
    },
  },
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
    files: ['electron/shell/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
