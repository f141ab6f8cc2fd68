import { defineConfig } from 'vitest/config';

// Three tiers, told apart by file name (as neo4j/graphql does):
//   *.test.ts      beside the source, pure, no database
//   *.int.test.ts  against one real embedded Neo4j started by test/helpers/global-setup.ts
//   *.e2e.test.ts  the whole app in Debian chromium
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: [
            'domain/src/**/*.test.ts',
            'measures/src/**/*.test.ts',
            'server/src/**/*.test.ts',
            'test/bench/**/*.test.ts',
            'web/src/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['test/integration/**/*.int.test.ts', 'test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One shared database: files may run in parallel because each test owns its ids.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
