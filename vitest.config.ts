import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Network tests talk to fakes on loopback; keep every test bounded.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // fast-check properties run from a fixed seed (FC_SEED to change it): see the file.
    setupFiles: ['tests/setup/fast-check.ts'],
  },
});
