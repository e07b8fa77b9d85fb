// `npm run test:deploy`: the deployment test (tests/deploy/deployment.test.ts) on its own, outside the unit and
// integration projects: it starts real processes (PostgreSQL database, two app instances, nginx) and takes minutes.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/deploy/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
