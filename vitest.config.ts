import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // scrypt and real sockets: a few tests take a second or two on 2 cores.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          // Services, connectors, emulators, lint rules, and the renderer's stores and pure
          // functions: plain Node, as they run (or as their logic runs) in production.
          name: 'node',
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'emulators/**/*.test.ts',
            'renderer/**/*.test.ts',
            'lint/**/*.test.ts',
            'faults/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
          environment: 'node',
          setupFiles: ['renderer/test-support/i18n-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // The renderer's components, rendered with React Testing Library: they need a DOM.
          name: 'renderer-dom',
          include: ['renderer/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['renderer/test-support/i18n-setup.ts', 'renderer/test-support/dom-setup.ts'],
        },
      },
    ],
  },
});
