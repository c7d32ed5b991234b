import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'emulators/**/*.test.ts',
      'renderer/**/*.test.ts',
      'lint/**/*.test.ts',
      'faults/**/*.test.ts',
    ],
    environment: 'node',
    // scrypt and real sockets: a few tests take a second or two on 2 cores.
    testTimeout: 20_000,
  },
});
