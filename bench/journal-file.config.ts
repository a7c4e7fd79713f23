import { defineConfig } from 'vitest/config';

// npm's vitest, for bench/journal-file.bench-test.ts alone (not part of the unit tests: it
// writes and reads a file of several hundred megabytes).
export default defineConfig({
  test: {
    include: ['bench/journal-file.bench-test.ts'],
    environment: 'node',
    setupFiles: ['test/setup-messages.ts'],
    testTimeout: 15 * 60 * 1000,
  },
});
