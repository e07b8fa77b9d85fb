// `npm run bench:lighthouse`: Lighthouse 12 on /intake with its default mobile settings (emulated phone,
// simulated slow 4G and CPU slowdown), three runs, medians. Targets: performance ≥ 95, accessibility 100,
// best practices ≥ 95. Lighthouse 12.2.3 because 13 needs Node 22 and this project runs on Node 20.
// The bare page (/bench/bare, the framework plus one client component) is measured in the same runs, interleaved,
// as the yardstick for this machine at this moment. BENCH_LIGHTHOUSE_REPORTS=<dir> keeps every report's JSON.
// BENCH_CPU_SLOWDOWN=<n> replaces Lighthouse's 4× CPU slowdown: on a fast day, 4 × (today's benchmarkIndex / a slow
// day's) estimates what the slow day would have measured.
// Last line: one JSON object.
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { median, serveProduction } from "./lib/serve-production.mjs";

// The same build as bench:size, so that the bare page exists and the production build stays as it is.
process.env.SPINE_BENCH_PAGES = "1";
process.env.NEXT_DIST_DIR ||= ".next-bench";
const reportDir = process.env.BENCH_LIGHTHOUSE_REPORTS;
const cpuSlowdown = process.env.BENCH_CPU_SLOWDOWN;

const RUNS = 3;
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const TARGETS = { performance: 95, accessibility: 100, bestPractices: 95 };
const cli = path.resolve(import.meta.dirname, "../node_modules/lighthouse/cli/index.js");

const { baseURL, stop } = await serveProduction({ build: process.env.BENCH_SKIP_BUILD !== "1" });
try {
  if (reportDir) await mkdir(reportDir, { recursive: true });
  const runs = [];
  const bareRuns = [];
  const benchmarkIndexes = [];
  let browser = "";
  for (let i = 1; i <= RUNS; i++) {
    const bare = figures(await lighthouse(`${baseURL}/bench/bare`));
    bareRuns.push(bare);
    console.log(`run ${i} /bench/bare: ${JSON.stringify(bare)}`);
    const lhr = await lighthouse(`${baseURL}/intake`);
    if (reportDir) await writeFile(path.join(reportDir, `intake-${i}.json`), JSON.stringify(lhr));
    const run = figures(lhr);
    runs.push(run);
    benchmarkIndexes.push(lhr.environment.benchmarkIndex);
    browser = lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? "unknown";
    console.log(`run ${i} /intake: ${JSON.stringify(run)}`);
    for (const [id, category] of Object.entries(lhr.categories)) {
      if (category.score === 1) continue;
      const failing = category.auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
        .map((ref) => `${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`);
      if (failing.length > 0) console.log(`  ${id}: ${failing.join(", ")}`);
    }
  }
  // Scores move with the machine: Lighthouse's own CPU yardstick says how fast this one was (higher is faster).
  console.log(
    `environment: ${browser}, Lighthouse benchmarkIndex median ${median(benchmarkIndexes)}, CPU slowdown ${cpuSlowdown ?? 4}×`,
  );
  const medians = (list) =>
    Object.fromEntries(Object.keys(list[0]).map((key) => [key, median(list.map((r) => r[key]))]));
  const result = medians(runs);
  console.log(`/bench/bare medians: ${JSON.stringify(medians(bareRuns))}`);
  for (const [key, target] of Object.entries(TARGETS)) {
    console.log(`${key}: median ${result[key]} (target ≥ ${target}: ${result[key] >= target ? "met" : "NOT met"})`);
  }
  console.log(JSON.stringify(result));
} finally {
  await stop();
}

/** The figures a run is judged by; bytes are everything transferred, scripts only the JavaScript. */
function figures(lhr) {
  const a = lhr.audits;
  const scriptBytes = (a["network-requests"].details?.items ?? [])
    .filter((r) => r.resourceType === "Script")
    .reduce((n, r) => n + r.transferSize, 0);
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    bestPractices: Math.round(lhr.categories["best-practices"].score * 100),
    fcpMs: Math.round(a["first-contentful-paint"].numericValue),
    lcpMs: Math.round(a["largest-contentful-paint"].numericValue),
    tbtMs: Math.round(a["total-blocking-time"].numericValue),
    cls: Math.round(a["cumulative-layout-shift"].numericValue * 1000) / 1000,
    bootupMs: Math.round(a["bootup-time"].numericValue),
    mainThreadMs: Math.round(a["mainthread-work-breakdown"].numericValue),
    totalBytes: a["total-byte-weight"].numericValue,
    scriptBytes,
  };
}

/** One Lighthouse run in a fresh Chromium; the default config is the mobile one. */
function lighthouse(url) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        cli,
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        "--only-categories=performance,accessibility,best-practices",
        `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
        ...(cpuSlowdown ? [`--throttling.cpuSlowdownMultiplier=${Number(cpuSlowdown)}`] : []),
      ],
      {
        env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
        stdio: ["ignore", "pipe", 2],
      },
    );
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => (out += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code}`));
      try {
        resolve(JSON.parse(out));
      } catch (error) {
        reject(error);
      }
    });
  });
}
