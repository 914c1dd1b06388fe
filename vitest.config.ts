import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A guard against a hung test, not a speed check: generous, since users' machines are busy
    // (npm test must pass with four CPU-bound processes beside it on two cores).
    testTimeout: 60_000,
  },
});
