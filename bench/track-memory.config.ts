import { defineConfig } from 'vitest/config';

// npm's vitest, for bench/track-memory.bench-test.ts alone: it renders every part of whole
// sessions as real FLAC and runs with the garbage collector exposed, to count what stays alive.
export default defineConfig({
  test: {
    include: ['bench/track-memory.bench-test.ts'],
    environment: 'node',
    setupFiles: ['test/setup-messages.ts'],
    testTimeout: 30 * 60 * 1000,
    pool: 'forks',
    execArgv: ['--expose-gc'],
  },
});
