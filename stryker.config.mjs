// @ts-check
/**
 * Mutation testing of the safety core (`npm run test:mutation`): the red-flag evaluation, show-when conditions,
 * answer checks and scores. A mutant that survives is a change to clinical behaviour no test notices.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.stryker.config.ts" },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [
    "lib/domain/triage/**/*.ts",
    "lib/domain/question-set/conditions.ts",
    "lib/domain/question-set/answer-schema.ts",
    "lib/domain/scoring/**/*.ts",
  ],
  coverageAnalysis: "perTest",
  concurrency: 2,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 98, low: 95, break: 95 },
  // CI re-tests only the mutants whose code or covering tests changed since the committed results: a clean clone
  // runs the unit tests once for coverage and reuses the rest. `npm run test:mutation:full` re-tests everything
  // (and rewrites the file); commit the file after changing the safety core or its tests.
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
export default config;
