import path from "node:path";
import { defineConfig } from "vitest/config";

// Mutation testing runs the unit suite only: the domain core it mutates is pure, and the integration suite
// (one database per file) would make every mutant cost minutes.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      "server-only": path.resolve(__dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: { include: ["tests/unit/**/*.test.ts"], environment: "node" },
});
