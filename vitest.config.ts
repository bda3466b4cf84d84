import { defineConfig } from "vitest/config";

// Two tiers, as in @neo4j/graphql: fast unit tests in parallel, and tests against the real Neo4j
// (integration `.int.test.ts` and browser `.e2e.test.ts`) one file at a time, since they share one database.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["tests/integration/**/*.int.test.ts", "tests/e2e/**/*.e2e.test.ts"],
          globalSetup: ["tests/support/global-neo4j.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
