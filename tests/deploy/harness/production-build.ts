// The deployment test runs the production build the way `npm start` does. It builds only when there is no build,
// or when a source file changed after it (so `npm test`, which builds just before, does not build twice).
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
const SOURCES = [
  "app",
  "components",
  "lib",
  "prisma",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
  "tsconfig.base.json",
];

function newestSourceChange(): number {
  const listed = execFileSync(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", ...SOURCES],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  let newest = 0;
  for (const file of listed.split("\0")) {
    if (!file) continue;
    try {
      newest = Math.max(newest, fs.statSync(path.join(ROOT, file)).mtimeMs);
    } catch {
      // deleted in the working tree
    }
  }
  return newest;
}

/** Builds into NEXT_DIST_DIR (or .next) unless a build newer than every source file is there; returns what it did. */
export function ensureProductionBuild(): "reused" | "built" {
  const buildId = path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > newestSourceChange()) return "reused";
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
  return "built";
}
