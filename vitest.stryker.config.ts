import path from "node:path";
import { defineConfig } from "vitest/config";

// Mutation testing runs the unit tests of the safety core only: the code it mutates is pure, the integration suite
// (one database per file) would make every mutant cost minutes, and the FHIR and editor suites load a validator and
// build fixtures while their files load, outside any test, so Stryker would rerun every test for each such mutant.
// A new unit test of the triage, conditions, answer or scoring code belongs in this list.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      "server-only": path.resolve(__dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: [
      "tests/unit/conditions.test.ts",
      "tests/unit/evaluate.test.ts",
      "tests/unit/triage-evidence.test.ts",
      "tests/unit/answer-schema.test.ts",
      "tests/unit/answer-limits.test.ts",
      "tests/unit/text-answers.test.ts",
      "tests/unit/start-back-score.test.ts",
      "tests/unit/oswestry-score.test.ts",
      "tests/unit/score-rules.test.ts",
      "tests/unit/live-flags.test.ts",
      "tests/unit/computed-values.test.ts",
      "tests/unit/cause-evidence.test.ts",
      "tests/unit/cause-pointers.test.ts",
      "tests/unit/default-question-set.test.ts",
      "tests/unit/question-roles.test.ts",
    ],
    environment: "node",
  },
});
