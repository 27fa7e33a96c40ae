import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Network tests talk to fakes on loopback; keep every test bounded.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
