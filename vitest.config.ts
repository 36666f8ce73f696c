import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // The write-back test classifies 50,000 rows through the whole engine.
    testTimeout: 60_000,
    // Tests that install the Apps Script fakes on globalThis must not share a worker's globals mid-test.
    isolate: true,
  },
});
