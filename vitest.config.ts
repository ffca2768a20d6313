import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/shared/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'extension',
          include: ['tests/extension/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/extension/setup.ts'],
        },
      },
      {
        test: {
          name: 'security',
          include: ['tests/security/**/*.test.ts'],
          environment: 'node',
          // The matrix, the fuzzer and the kill loop are long single tests; one file at a time on two cores.
          testTimeout: 240_000,
          hookTimeout: 120_000,
          // After everything else: the fuzzer and the kill loop take both cores, and the e2e tests
          // measure budgets (the register typeahead's 100 ms) that they pushed over when run beside them.
          sequence: { groupOrder: 1 },
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
