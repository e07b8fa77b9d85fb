// npm run bench:startup — how long a restart takes: from starting `node scripts/start.mjs` (what `npm start` runs
// after its build) to the first 200 from /api/health/ready, on a database already at the current schema, on
// PostgreSQL (a fresh database on TEST_DATABASE_URL's server) and on PGlite (a temporary data directory). The
// first start of each migrates and is not timed. Also prints when the server began listening, and how long a
// SIGTERM took to stop it. BENCH_RUNS (default 5) runs each; BENCH_SKIP_BUILD=1 reuses the build (NEXT_DIST_DIR
// is honoured). The last line is one JSON object with the medians.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { buildProduction, freePort, median } from "./lib/serve-production.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const serverUrl = new URL(process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test");
const dbName = "spine_bench_startup";
const log = (...args) => console.error(...args);
const root = path.resolve(import.meta.dirname, "..");

async function admin(sql) {
  const client = new pg.Client({ connectionString: serverUrl.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** One start: milliseconds to "serving on" in the output, to the first ready 200, and for the SIGTERM stop. */
async function startOnce(databaseUrl) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: "bench-startup-secret-0123456789-0123456789",
    },
  });
  let listeningMs = null;
  let output = "";
  const watch = (chunk) => {
    output += chunk.toString("utf8");
    if (listeningMs === null && output.includes("[spine-intake] serving on")) listeningMs = performance.now() - started;
  };
  child.stdout.on("data", watch);
  child.stderr.on("data", watch);
  const exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  let gone = false;
  void exited.then(() => (gone = true));
  const url = `http://127.0.0.1:${port}/api/health/ready`;
  let readyMs = null;
  while (readyMs === null) {
    if (gone) throw new Error(`the server exited before it was ready:\n${output.slice(-2000)}`);
    if (performance.now() - started > 300_000) throw new Error("not ready within 5 minutes");
    try {
      if ((await fetch(url)).status === 200) readyMs = performance.now() - started;
    } catch {
      // not listening yet
    }
    if (readyMs === null) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const stopping = performance.now();
  child.kill("SIGTERM");
  const code = await exited;
  return { listeningMs, readyMs, stopMs: performance.now() - stopping, exitCode: code };
}

async function measure(label, databaseUrl) {
  log(`\n${label}: first start (migrates; not timed) …`);
  await startOnce(databaseUrl);
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await startOnce(databaseUrl);
    runs.push(run);
    log(
      `  run ${i + 1}: listening ${(run.listeningMs / 1000).toFixed(2)} s, ready ${(run.readyMs / 1000).toFixed(2)} s, ` +
        `SIGTERM stop ${(run.stopMs / 1000).toFixed(2)} s (exit ${run.exitCode})`,
    );
  }
  const result = {
    readyMedianS: Number((median(runs.map((r) => r.readyMs)) / 1000).toFixed(2)),
    readyMinS: Number((Math.min(...runs.map((r) => r.readyMs)) / 1000).toFixed(2)),
    readyMaxS: Number((Math.max(...runs.map((r) => r.readyMs)) / 1000).toFixed(2)),
    listeningMedianS: Number((median(runs.map((r) => r.listeningMs)) / 1000).toFixed(2)),
    stopMedianS: Number((median(runs.map((r) => r.stopMs)) / 1000).toFixed(2)),
  };
  log(
    `  ${label}: ready after ${result.readyMedianS} s (median of ${RUNS}; ${result.readyMinS}–${result.readyMaxS} s)`,
  );
  return result;
}

async function main() {
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    log("Building the production app …");
    buildProduction();
  }
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${dbName}`);
  const pgUrl = new URL(serverUrl);
  pgUrl.pathname = `/${dbName}`;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "spine-bench-startup-"));
  try {
    const postgres = await measure("PostgreSQL", pgUrl.toString());
    const pglite = await measure("PGlite", `pglite:${dataDir}`);
    log(
      `\nLoad average at the end: ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(" ")} (${os.cpus().length} cores)`,
    );
    console.log(JSON.stringify({ runs: RUNS, postgres, pglite, loadAverage: os.loadavg()[0] }));
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
