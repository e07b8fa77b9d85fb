// npm run bench:dashboard — 100,000 demo submissions in a fresh PostgreSQL database on TEST_DATABASE_URL's
// server, the production server on it, and a signed-in clinician timing the first queue page, a filtered page,
// a search by reference code and a submission's page over HTTP. Prints p50/p95 for each, the query plans'
// index use, and, as its last line, one JSON object with the p95 figures.
//
// BENCH_ROWS (default 100000), BENCH_REQUESTS per measurement (default 200), BENCH_SKIP_BUILD=1 to reuse a build
// (NEXT_DIST_DIR is honoured), BENCH_KEEP_DB=1 to keep the database afterwards and BENCH_REUSE_DB=1 to time a
// database kept that way again without seeding it anew.
import { spawnSync } from "node:child_process";
import os from "node:os";
import { createClinician, dropDatabase, freshDatabase, percentile, signIn, withClient } from "./lib/bench-staff.mjs";
import { buildProduction, serveProduction } from "./lib/serve-production.mjs";

// The bare page (/bench/bare, the JavaScript yardstick) exists only in a build made with this set, as for bench:size.
process.env.SPINE_BENCH_PAGES = "1";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const serverUrl = new URL(process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test");
// BENCH_DATABASE_NAME lets two checkouts on one machine run this side by side without dropping each other's data.
const dbName = process.env.BENCH_DATABASE_NAME ?? "spine_bench_dashboard";
const databaseUrl = (() => {
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  return url.toString();
})();

const log = (...args) => console.error(...args);

async function time(label, baseURL, jar, paths, mustContain) {
  const durations = [];
  // A few unmeasured requests first: the first hit of a route compiles nothing in production, but warms caches.
  for (const path of paths.slice(0, 5))
    await (await fetch(`${baseURL}${path}`, { headers: { cookie: jar.header() } })).text();
  for (let i = 0; i < REQUESTS; i++) {
    const path = paths[i % paths.length];
    const started = performance.now();
    const response = await fetch(`${baseURL}${path}`, { headers: { cookie: jar.header() }, redirect: "manual" });
    const body = await response.text();
    durations.push(performance.now() - started);
    if (response.status !== 200 || !body.includes(mustContain)) {
      throw new Error(`${label}: ${path} answered ${response.status} without "${mustContain}"`);
    }
  }
  durations.sort((a, b) => a - b);
  const result = {
    p50: Number(percentile(durations, 50).toFixed(1)),
    p95: Number(percentile(durations, 95).toFixed(1)),
  };
  log(
    `${label.padEnd(22)} p50 ${String(result.p50).padStart(6)} ms   p95 ${String(result.p95).padStart(6)} ms   (${REQUESTS} requests)`,
  );
  return result;
}

/**
 * The main queries as lib/db/submissions/list-queue.ts and count-queue.ts send them, for EXPLAIN: the same columns
 * and the same ORDER BY (an order the indexes do not match would show a plan the page never gets).
 */
function plans(sampleCode) {
  const page = (where) =>
    `SELECT "id","triageLevel","acknowledged","createdAt" FROM "Submission" WHERE ${where} ORDER BY "triageLevel","acknowledged","createdAt","id" LIMIT 51`;
  return {
    "queue, first page (one branch per open status)": ["NEW", "IN_REVIEW", "CONTACTED"]
      .map((s) => `(${page(`"status" = '${s}'`)})`)
      .join(" UNION ALL "),
    "filtered (CLOSED, URGENT, last year)": page(
      `"status" = 'CLOSED' AND "triageLevel" = 'URGENT' AND "createdAt" >= now() - interval '365 days'`,
    ),
    "filtered by cause": page(`"status" = 'NEW' AND "causeIds" @> ARRAY['disc']::text[]`),
    "search by reference code": page(
      `("referenceCode" = '${sampleCode}' OR "patientNameSearch" LIKE '${sampleCode.toLowerCase()}%')`,
    ),
    "search by name prefix": page(`"patientNameSearch" LIKE 'priya kh%'`),
    "counts (open, per level and status)": `SELECT "status", "triageLevel", count(*) FROM "Submission" WHERE "status" IN ('NEW','IN_REVIEW','CONTACTED') GROUP BY 1, 2`,
    "newest arrival": `SELECT max("createdAt") FROM "Submission"`,
  };
}

async function explainAll(client, sampleCode) {
  log("\nQuery plans (EXPLAIN ANALYZE on the seeded table):");
  for (const [label, sql] of Object.entries(plans(sampleCode))) {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`);
    const text = rows.map((r) => r["QUERY PLAN"]);
    const indexes = [
      ...new Set(
        text.flatMap((line) =>
          [...line.matchAll(/(?:Index(?: Only)? Scan(?: Backward)?|Bitmap Index Scan) (?:using|on) "?([\w]+)"?/g)].map(
            (m) => m[1],
          ),
        ),
      ),
    ];
    const seq = text.some((line) => /Seq Scan on "?Submission"?/.test(line));
    const total = text.find((line) => line.startsWith("Execution Time"))?.replace("Execution Time: ", "") ?? "?";
    log(
      `  ${label}: ${indexes.length ? `indexes ${indexes.join(", ")}` : "no index"}${seq ? ", SEQUENTIAL SCAN" : ""}; ${total}`,
    );
  }
}

/**
 * JavaScript a page makes the browser load: every <script src> in its HTML, fetched and counted uncompressed (the
 * same measure for every page, so the ratio to the bare page of the same build is fair).
 */
async function scriptBytes(baseURL, jar, path, mustContain) {
  const response = await fetch(`${baseURL}${path}`, { headers: { cookie: jar.header() } });
  const html = await response.text();
  // A 404 page has scripts too: without this check a missing yardstick would give a plausible, wrong ratio.
  if (response.status !== 200 || (mustContain && !html.includes(mustContain)))
    throw new Error(
      `${path} answered ${response.status}${mustContain ? ` without "${mustContain}"` : ""}: build with SPINE_BENCH_PAGES=1`,
    );
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]))];
  let bytes = 0;
  for (const src of sources) bytes += (await (await fetch(new URL(src, baseURL))).arrayBuffer()).byteLength;
  return { bytes, files: sources.length };
}

async function main() {
  const reuse = process.env.BENCH_REUSE_DB === "1";
  if (!reuse) await freshDatabase(serverUrl, dbName);
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    log("Building the production app …");
    buildProduction();
  }
  // The server migrates the empty database and publishes the default question set as it starts.
  const server = await serveProduction({
    build: false,
    databaseUrl,
    env: { RATE_LIMIT_SUBMISSIONS_PER_MINUTE: "100000" },
  });
  try {
    if (!reuse) log(`Seeding ${ROWS} submissions …`);
    const seeded = reuse
      ? { status: 0 }
      : spawnSync(process.execPath, ["--import", "tsx", "scripts/seed-demo-submissions.ts", "--count", String(ROWS)], {
          stdio: ["ignore", 2, 2],
          env: { ...process.env, DATABASE_URL: databaseUrl },
        });
    if (seeded.status !== 0) throw new Error("seeding failed");

    const { email, password } = await createClinician(databaseUrl);
    const sample = await withClient(databaseUrl, async (c) => {
      await c.query(`VACUUM ANALYZE "Submission"`);
      const { rows } = await c.query(`SELECT id, "referenceCode" FROM "Submission" TABLESAMPLE SYSTEM (2) LIMIT 200`);
      await explainAll(c, rows[0].referenceCode);
      return rows;
    });
    const rows = await withClient(
      databaseUrl,
      async (c) => (await c.query(`SELECT count(*)::int AS n FROM "Submission"`)).rows[0].n,
    );

    const jar = await signIn(server.baseURL, email, password);
    log(`\nTiming as a signed-in clinician against ${rows} submissions (sequential requests):`);
    const loadBefore = os.loadavg()[0];
    // The floor: the same server answering a route that reads one row, timed the same way, at the same moment.
    const floor = await time("health (floor)", server.baseURL, jar, ["/api/health"], "ok");
    const since = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    const queue = await time("queue, first page", server.baseURL, jar, ["/dashboard"], "Triage queue");
    const filtered = await time(
      "filtered page",
      server.baseURL,
      jar,
      [`/dashboard?status=CLOSED&level=URGENT&from=${since}`],
      "Triage queue",
    );
    const search = await time(
      "search by reference",
      server.baseURL,
      jar,
      sample.map((s) => `/dashboard?q=${s.referenceCode}`),
      "Triage queue",
    );
    const detail = await time(
      "submission detail",
      server.baseURL,
      jar,
      sample.map((s) => `/dashboard/submissions/${s.id}`),
      "All answers",
    );
    const bare = await scriptBytes(server.baseURL, jar, "/bench/bare", "Bare page");
    const queueJs = await scriptBytes(server.baseURL, jar, "/dashboard");
    const detailJs = await scriptBytes(server.baseURL, jar, `/dashboard/submissions/${sample[0].id}`);
    log("\nJavaScript loaded (uncompressed bytes; target ≤ 2× the bare page):");
    for (const [name, r] of [
      ["bare page", bare],
      ["queue", queueJs],
      ["submission page", detailJs],
    ]) {
      log(
        `${name.padEnd(22)} ${String(r.bytes).padStart(9)} bytes in ${r.files} files   ${(r.bytes / bare.bytes).toFixed(2)}×`,
      );
    }
    const load = [loadBefore, os.loadavg()[0]].map((l) => l.toFixed(1));
    log(
      `\nLoad average (1 min) ${load[0]} before timing, ${load[1]} after, on ${os.cpus().length} cores: figures taken while other jobs run are pessimistic. Target p95 ≤ 100 ms.`,
    );
    console.log(
      JSON.stringify({
        rows,
        loadAverage: Number(load[1]),
        healthP95Ms: floor.p95,
        queueP95Ms: queue.p95,
        filteredP95Ms: filtered.p95,
        searchP95Ms: search.p95,
        detailP95Ms: detail.p95,
        bareJsBytes: bare.bytes,
        queueJsBytes: queueJs.bytes,
        detailJsBytes: detailJs.bytes,
        queueJsRatio: Number((queueJs.bytes / bare.bytes).toFixed(2)),
        detailJsRatio: Number((detailJs.bytes / bare.bytes).toFixed(2)),
      }),
    );
  } finally {
    await server.stop();
    if (process.env.BENCH_KEEP_DB !== "1") {
      await dropDatabase(serverUrl, dbName);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
