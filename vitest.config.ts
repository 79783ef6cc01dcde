import { defineConfig } from 'vitest/config';

// Unit tests run against code and fixtures; browser tests against a build made once in global setup.

// GONGSHI_PROPERTY_RUNS=N multiplies the runs of every property test (test/fixtures/property.ts), so
// their time limit grows with it: at 20× the content-folder property takes 15–50 s on this machine,
// and a fixed 30 s limit reported a timeout as if the property had failed.
const runFactor = Math.max(1, Number(process.env.GONGSHI_PROPERTY_RUNS ?? 1) || 1);

export default defineConfig({
  test: {
    env: { GONGSHI_TODAY: '2026-11-20' },
    projects: [
      // Some unit tests run the CLIs in child processes; on a loaded 2-core machine they need more than the default 5 s.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/bench/**/*.test.ts'], testTimeout: 30_000 * runFactor, env: { GONGSHI_TODAY: '2026-11-20' } } },
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
