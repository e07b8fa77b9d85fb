// Shared by the benchmark scripts: build, then serve the production build on a free port with a throw-away
// embedded database, and stop it again. Server and build output go to stderr so that stdout stays the
// benchmark's own report.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

/** `next build` into NEXT_DIST_DIR (or .next), like `npm run build`. */
export function buildProduction() {
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    cwd: root,
    stdio: ["ignore", 2, 2],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node scripts/start.mjs` (migrations, default question set, serving the build) on PGlite in a fresh
 * temporary directory, or on `databaseUrl` when given. A random AUTH_SECRET keeps the repository's .data/
 * untouched; `env` adds settings (e.g. a raised rate limit).
 * @returns {Promise<{ baseURL: string, dataDir: string, stop: () => Promise<void> }>}
 */
export async function serveProduction({ build = true, databaseUrl, env = {}, keepData = false } = {}) {
  if (build) buildProduction();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "spine-bench-"));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    stdio: ["ignore", 2, 2],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      NEXTAUTH_URL: baseURL,
      DATABASE_URL: databaseUrl ?? `pglite:${dataDir}`,
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      ALERT_WORKER: "off",
      ...env,
    },
  });
  const exited = new Promise((resolve) => server.once("exit", resolve));

  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill("SIGTERM");
      const timer = setTimeout(() => server.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    if (!keepData) await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(`${baseURL}/api/health`, exited);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, dataDir, stop };
}

// BENCH_READY_TIMEOUT_S: a first start migrates a fresh database, which takes minutes on a machine loaded by other work.
async function waitForHealth(url, exited, timeoutMs = Number(process.env.BENCH_READY_TIMEOUT_S ?? 120) * 1000) {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error("the server exited before it was ready (see its output above)");
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000} s`);
}

/** Median of a list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
