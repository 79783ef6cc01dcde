import { defineConfig } from 'vitest/config';

// Unit tests run against code and fixtures; browser tests against a build made once in global setup.
export default defineConfig({
  test: {
    env: { GONGSHI_TODAY: '2026-11-20' },
    projects: [
      // Some unit tests run the CLIs in child processes; on a loaded 2-core machine they need more than the default 5 s.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/bench/**/*.test.ts'], testTimeout: 30_000, env: { GONGSHI_TODAY: '2026-11-20' } } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: ['test/e2e/admin.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          env: { GONGSHI_TODAY: '2026-11-20' },
        },
      },
      // The clerk's editor runs over a copy of content/, not over a build: no global setup.
      { test: { name: 'admin', include: ['test/e2e/admin.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, env: { GONGSHI_TODAY: '2026-11-20' } } },
    ],
  },
});
