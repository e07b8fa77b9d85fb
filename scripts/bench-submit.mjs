// npm run bench:submit — submissions through POST /api/v1/submissions at 20 connections for 20 s, on PostgreSQL
// and on PGlite, next to the floor (GET /api/health, one database round trip) measured the same way.
// Only the rate limit is raised; validation, triage, audit and the transaction all run as in production.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { buildProduction, serveProduction } from "./lib/serve-production.mjs";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
// Untimed warm-up of both routes first, so the figures are the server's steady state rather than its first seconds
// of loading route modules and compiling hot code. Warm-up patients' keys start with "warmup" and are not counted.
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const serverUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

// A complete "nothing alarming" intake, the common case (the same patient the tests use).
const answers = JSON.parse(fs.readFileSync(new URL("../tests/fixtures/routine-answers.json", import.meta.url), "utf8"));

function run(opts) {
  return new Promise((resolve, reject) =>
    autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts }, (err, res) =>
      err ? reject(err) : resolve(res),
    ),
  );
}

async function measure(label, databaseUrl, countRows) {
  const server = await serveProduction({
    build: false,
    databaseUrl,
    keepData: true,
    env: { RATE_LIMIT_SUBMISSIONS_PER_MINUTE: "100000000" },
  });
  try {
    const submissions = (onKey, keyPrefix = "") => ({
      url: `${server.baseURL}/api/v1/submissions`,
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: [
        {
          // Every request is a new patient: a fresh idempotency key each time.
          setupRequest: (req, context) => {
            context.key = keyPrefix + crypto.randomBytes(16).toString("hex");
            return { ...req, body: JSON.stringify({ idempotencyKey: context.key, answers }) };
          },
          onResponse: (status, _body, context) => {
            if (status >= 200 && status < 300) onKey(context.key);
          },
        },
      ],
    });
    if (WARMUP_SECONDS > 0) {
      await run({ url: `${server.baseURL}/api/health`, duration: WARMUP_SECONDS });
      await run({ ...submissions(() => {}, "warmup"), duration: WARMUP_SECONDS });
    }
    const baseline = await run({ url: `${server.baseURL}/api/health` });
    // Keys of acknowledged submissions: a request still in flight when the load generator stops is stored but never
    // acknowledged, so "rows = acknowledgements" is checked for the acknowledged keys and the rest reported apart.
    const acknowledged = [];
    const submit = await run(submissions((key) => acknowledged.push(key)));
    await server.stop();
    const { total, ofAcknowledged } = await countRows(acknowledged);
    const result = {
      rps: Math.round(submit.requests.average),
      p50Ms: submit.latency.p50,
      p95Ms: percentile(submit, 95),
      p99Ms: submit.latency.p99,
      errors: submit.errors + submit.timeouts + submit.non2xx,
      acks: submit["2xx"],
      rows: ofAcknowledged,
      unacknowledgedRows: total - ofAcknowledged,
      baselineRps: Math.round(baseline.requests.average),
      baselineP95Ms: percentile(baseline, 95),
      ratio: Number((submit.requests.average / baseline.requests.average).toFixed(2)),
    };
    console.log(
      `${label}: ${result.rps} submissions/s, p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, p99 ${result.p99Ms} ms, ` +
        `errors ${result.errors}, 2xx ${result.acks}, rows for them ${result.rows} ` +
        `(+${result.unacknowledgedRows} cut off in flight at the stop); health ${result.baselineRps} req/s ` +
        `(p95 ${result.baselineP95Ms} ms); ratio ${result.ratio}`,
    );
    return result;
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** autocannon reports fixed percentiles (…, 90, 97.5, 99); p95 is interpolated between 90 and 97.5. */
function percentile(res, p) {
  const { p90, p97_5 } = res.latency;
  return Number((p90 + ((p - 90) / 7.5) * (p97_5 - p90)).toFixed(1));
}

const COUNT_ROWS = `SELECT count(*) FILTER (WHERE "idempotencyKey" NOT LIKE 'warmup%')::int AS "total",
  count(*) FILTER (WHERE "idempotencyKey" = ANY($1::text[]))::int AS "ofAcknowledged" FROM "Submission"`;

if (process.env.BENCH_SKIP_BUILD !== "1") buildProduction();

const dbName = `spine_bench_${crypto.randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const pgUrl = new URL(serverUrl);
pgUrl.pathname = `/${dbName}`;
const pgliteDir = fs.mkdtempSync(path.join(os.tmpdir(), "spine-bench-"));
try {
  const postgres = await measure("postgres", pgUrl.toString(), async (keys) => {
    const c = new pg.Client({ connectionString: pgUrl.toString() });
    await c.connect();
    const { rows } = await c.query(COUNT_ROWS, [keys]);
    await c.end();
    return rows[0];
  });
  const pglite = await measure("pglite", `pglite:${pgliteDir}`, async (keys) => {
    const db = await PGlite.create(pgliteDir);
    const { rows } = await db.query(COUNT_ROWS, [keys]);
    await db.close();
    return rows[0];
  });
  console.log(JSON.stringify({ postgres, pglite }));
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
  fs.rmSync(pgliteDir, { recursive: true, force: true });
}
