// npm run bench:dashboard-clicks — browser time from a clinician's click to the updated page, for the two things a
// triage clinician does most: acknowledging a submission and applying a queue filter. Chromium (Playwright) drives
// the production build signed in; each measurement starts on a loaded, idle page (hydrated, nothing in flight) and
// ends when the page shows the result: the header says "acknowledged by …" or "assigned to …", or the first queue
// row has the level just filtered for.
//
// Several builds can be compared in one run on the same machine: BENCH_BUILDS="before=.next-main,after=.next"
// (label=dist dir, built beforehand with `NEXT_DIST_DIR=… npx next build`). Each build gets its own server and its
// own PostgreSQL database on TEST_DATABASE_URL's server with the same seeded rows, and the rounds alternate between
// builds so that load from other jobs falls on all of them alike. Without BENCH_BUILDS, the build in NEXT_DIST_DIR
// (or .next) is measured.
//
// BENCH_ROWS (default 5000) seeded submissions, BENCH_CLICKS (default 15) measurements of each kind per build.
// Last line of stdout: one JSON object with the medians and p95s per build.
import { spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { serveProduction } from "./lib/serve-production.mjs";
import { createClinician, dropDatabase, freshDatabase, percentile, signIn, withClient } from "./lib/bench-staff.mjs";

const ROWS = Number(process.env.BENCH_ROWS ?? 5000);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 15);
const serverUrl = new URL(process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test");
const builds = (process.env.BENCH_BUILDS ?? `current=${process.env.NEXT_DIST_DIR || ".next"}`).split(",").map((b) => {
  const [label, dir] = b.split("=");
  if (!label || !dir) throw new Error(`BENCH_BUILDS entry "${b}" is not label=distDir`);
  return { label, dir };
});
const log = (...args) => console.error(...args);

async function startBuild({ label, dir }) {
  const dbName = `spine_bench_clicks_${label.replace(/\W/g, "_")}`;
  const databaseUrl = await freshDatabase(serverUrl, dbName);
  const server = await serveProduction({
    build: false,
    databaseUrl,
    env: { NEXT_DIST_DIR: dir, RATE_LIMIT_SUBMISSIONS_PER_MINUTE: "100000" },
  });
  log(`[${label}] serving ${dir} at ${server.baseURL}; seeding ${ROWS} submissions …`);
  const seeded = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/seed-demo-submissions.ts", "--count", String(ROWS)],
    { stdio: ["ignore", 2, 2], env: { ...process.env, DATABASE_URL: databaseUrl } },
  );
  if (seeded.status !== 0) throw new Error("seeding failed");
  const { email, password } = await createClinician(databaseUrl);
  const toAcknowledge = await withClient(databaseUrl, async (c) => {
    // The demo data acknowledges most red-flag submissions; open a few again (the same way in every build's
    // database) so that each measured click acknowledges a fresh one.
    const { rows } = await c.query(
      `UPDATE "Submission" SET "acknowledgedAt" = NULL, "acknowledgedById" = NULL, status = 'NEW'
       WHERE id IN (SELECT id FROM "Submission" WHERE "triageLevel" IN ('EMERGENT', 'URGENT') ORDER BY "referenceCode" LIMIT $1)
       RETURNING id`,
      [CLICKS + 2],
    );
    await c.query(`VACUUM ANALYZE "Submission"`);
    return rows.map((r) => r.id);
  });
  if (toAcknowledge.length < CLICKS + 2) throw new Error(`[${label}] too few unacknowledged submissions seeded`);
  const jar = await signIn(server.baseURL, email, password);
  return { label, dir, dbName, server, jar, toAcknowledge, ack: [], assign: [], filter: [] };
}

/**
 * Splits a click's time at the request it causes (the server action's POST, the navigation's RSC fetch):
 * "network" is from the request leaving the browser to its last byte, the rest is the browser's own work
 * (event handling, rendering what came back, effects).
 */
function watchRequest(page, matches) {
  const marks = { sent: null, done: null };
  page.on("request", (r) => {
    if (marks.sent === null && matches(r)) marks.sent = performance.now();
  });
  page.on("requestfinished", (r) => {
    if (matches(r)) marks.done = performance.now();
  });
  return marks;
}

const isAction = (r) => r.method() === "POST" && r.headers()["next-action"] !== undefined;
const isNavigation = (r) => r.method() === "GET" && (r.headers()["rsc"] === "1" || r.url().includes("_rsc="));

function split(started, ended, marks) {
  const total = ended - started;
  const network = marks.sent !== null && marks.done !== null ? marks.done - marks.sent : null;
  return { total, network, browser: network === null ? null : total - network };
}

async function newPage(browser, run) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { hostname } = new URL(run.server.baseURL);
  await context.addCookies(run.jar.entries().map(([name, value]) => ({ name, value, domain: hostname, path: "/" })));
  return { context, page: await context.newPage() };
}

/** Click "Acknowledge" on a loaded submission page; stop when the header names who acknowledged it. */
async function timeAcknowledge(browser, run, id) {
  const { context, page } = await newPage(browser, run);
  try {
    await page.goto(`${run.server.baseURL}/dashboard/submissions/${id}`, { waitUntil: "networkidle" });
    const button = page.getByRole("button", { name: "Acknowledge", exact: true });
    await button.waitFor();
    const marks = watchRequest(page, isAction);
    const started = performance.now();
    await button.click();
    await page.getByText(/acknowledged by Bench Clinician at/).waitFor({ timeout: 30_000 });
    return split(started, performance.now(), marks);
  } finally {
    await context.close();
  }
}

/** Click "Assign to me" on a loaded submission page; stop when the header says it is assigned to the clinician. */
async function timeAssign(browser, run, id) {
  const { context, page } = await newPage(browser, run);
  try {
    await page.goto(`${run.server.baseURL}/dashboard/submissions/${id}`, { waitUntil: "networkidle" });
    const button = page.getByRole("button", { name: "Assign to me", exact: true });
    await button.waitFor();
    const marks = watchRequest(page, isAction);
    const started = performance.now();
    await button.click();
    await page.getByText(/assigned to Bench Clinician/).waitFor({ timeout: 30_000 });
    return split(started, performance.now(), marks);
  } finally {
    await context.close();
  }
}

/** Choose a triage level and press "Apply filters" on a loaded queue; stop when the first row has that level. */
async function timeFilter(browser, run, level) {
  const { context, page } = await newPage(browser, run);
  try {
    await page.goto(`${run.server.baseURL}/dashboard`, { waitUntil: "networkidle" });
    await page.getByLabel("Triage level").selectOption(level);
    const firstLevel = page.locator("table tbody tr").first().locator("td").first();
    const marks = watchRequest(page, isNavigation);
    const started = performance.now();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL((url) => url.searchParams.get("level") === level, { timeout: 30_000 });
    await firstLevel.filter({ hasText: level }).waitFor({ timeout: 30_000 });
    return split(started, performance.now(), marks);
  } finally {
    await context.close();
  }
}

/**
 * JavaScript bytes on the wire (compressed body + headers, as bench:size counts them) that a signed-in clinician's
 * browser loads for a page, in a fresh context: every script, including the chunks the page asks for as it starts.
 */
async function scriptBytes(browser, run, path) {
  const { context, page } = await newPage(browser, run);
  try {
    const client = await context.newCDPSession(page);
    await client.send("Network.enable");
    const scripts = new Set();
    let bytes = 0;
    client.on("Network.responseReceived", (e) => {
      if (e.type === "Script") scripts.add(e.requestId);
    });
    client.on("Network.loadingFinished", (e) => {
      if (scripts.has(e.requestId)) bytes += e.encodedDataLength;
    });
    const response = await page.goto(`${run.server.baseURL}${path}`, { waitUntil: "networkidle" });
    if (response?.status() !== 200)
      throw new Error(`${path} answered ${response?.status()} (bare page: build with SPINE_BENCH_PAGES=1)`);
    return { bytes, files: scripts.size };
  } finally {
    await context.close();
  }
}

const stats = (values) => {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  return sorted.length
    ? { median: Math.round(percentile(sorted, 50)), p95: Math.round(percentile(sorted, 95)) }
    : { median: null, p95: null };
};
const summary = (samples) => ({
  ...stats(samples.map((s) => s.total)),
  n: samples.length,
  networkMedian: stats(samples.map((s) => s.network)).median,
  browserMedian: stats(samples.map((s) => s.browser)).median,
});

async function main() {
  const runs = [];
  let browser;
  try {
    for (const build of builds) runs.push(await startBuild(build));
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    });
    // One unmeasured round per build: the first request of each route warms the server's caches.
    for (const run of runs) {
      const warmUp = run.toAcknowledge.pop();
      await timeAcknowledge(browser, run, warmUp);
      await timeAssign(browser, run, warmUp);
      await timeFilter(browser, run, "URGENT");
    }
    for (let i = 0; i < CLICKS; i++) {
      for (const run of runs) {
        run.ack.push(await timeAcknowledge(browser, run, run.toAcknowledge[i]));
        run.assign.push(await timeAssign(browser, run, run.toAcknowledge[i]));
        run.filter.push(await timeFilter(browser, run, i % 2 ? "ROUTINE" : "URGENT"));
      }
      log(
        `round ${i + 1}/${CLICKS}: ${runs.map((r) => `${r.label} ack ${Math.round(r.ack.at(-1).total)} ms, assign ${Math.round(r.assign.at(-1).total)} ms, filter ${Math.round(r.filter.at(-1).total)} ms`).join("; ")}`,
      );
    }
    const result = {};
    log(
      "\nJavaScript a signed-in clinician downloads (bytes on the wire; target ≤ 2× the bare page of the same build):",
    );
    for (const run of runs) {
      const bare = await scriptBytes(browser, run, "/bench/bare");
      const queue = await scriptBytes(browser, run, "/dashboard");
      const detail = await scriptBytes(browser, run, `/dashboard/submissions/${run.toAcknowledge[0]}`);
      run.js = {
        bareJsBytes: bare.bytes,
        queueJsBytes: queue.bytes,
        detailJsBytes: detail.bytes,
        queueJsRatio: Number((queue.bytes / bare.bytes).toFixed(2)),
        detailJsRatio: Number((detail.bytes / bare.bytes).toFixed(2)),
      };
      log(
        `${run.label.padEnd(10)} bare ${bare.bytes} (${bare.files} files)   queue ${queue.bytes} (${queue.files}) ${run.js.queueJsRatio}×   submission ${detail.bytes} (${detail.files}) ${run.js.detailJsRatio}×`,
      );
    }
    log(
      "\nClick to updated page (ms, Chromium at 1280×800, loaded idle page; median / p95 [median network + browser]):",
    );
    for (const run of runs) {
      result[run.label] = {
        acknowledge: summary(run.ack),
        assign: summary(run.assign),
        filter: summary(run.filter),
        ...run.js,
      };
      const { acknowledge, assign, filter } = result[run.label];
      const show = (r) =>
        `${String(r.median).padStart(5)} / ${String(r.p95).padStart(5)} [${r.networkMedian} + ${r.browserMedian}]`;
      log(
        `${run.label.padEnd(10)} acknowledge ${show(acknowledge)}   assign to me ${show(assign)}   apply filter ${show(filter)}   (${run.dir}, ${CLICKS} each)`,
      );
    }
    log("\nNote: this machine has 2 cores shared with other jobs; compare builds within one run, not across runs.");
    console.log(JSON.stringify({ rows: ROWS, clicks: CLICKS, ...result }));
  } finally {
    await browser?.close();
    for (const run of runs) {
      await run.server.stop();
      await dropDatabase(serverUrl, run.dbName);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
