import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(__dirname),
  // Outside Next.js the real "server-only" throws on import; tests are server code, so use its no-op build.
  "server-only": path.resolve(__dirname, "node_modules/server-only/empty.js"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One database per test file; files run one at a time to keep the 2-core machine predictable.
          fileParallelism: false,
          // The alert sinks the tests deliver to listen on 127.0.0.1.
          env: { ALERT_ALLOW_PRIVATE_NETWORKS: "true" },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
