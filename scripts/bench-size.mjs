// `npm run bench:size`: JavaScript bytes a patient downloads for /intake, next to a bare page (one client
// component) from the same build. Target: intake ≤ 1.3 × bare. Last line: one JSON object.
import { chromium } from "@playwright/test";
import { serveProduction } from "./lib/serve-production.mjs";

// The bare page is built only for this benchmark, into its own folder so the production build stays as it is.
process.env.SPINE_BENCH_PAGES = "1";
process.env.NEXT_DIST_DIR ||= ".next-bench";

const TARGET_RATIO = 1.3;
const { baseURL, stop } = await serveProduction({ build: process.env.BENCH_SKIP_BUILD !== "1" });
let browser;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  const intake = await scriptBytes(browser, `${baseURL}/intake`);
  const bare = await scriptBytes(browser, `${baseURL}/bench/bare`);
  const ratio = Math.round((intake.total / bare.total) * 1000) / 1000;

  for (const [name, result] of [
    ["/intake", intake],
    ["/bench/bare", bare],
  ]) {
    console.log(`${name}: ${result.total} bytes of JavaScript transferred in ${result.files.length} files`);
    for (const f of result.files.sort((a, b) => b.bytes - a.bytes))
      console.log(`  ${String(f.bytes).padStart(8)}  ${f.url}`);
  }
  console.log(`ratio ${ratio} (target ≤ ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? "met" : "NOT met"})`);
  console.log(JSON.stringify({ intakeJsBytes: intake.total, barePageJsBytes: bare.total, ratio }));
} finally {
  await browser?.close();
  await stop();
}

/** Bytes on the wire (compressed body + headers) of every script the page loads, in a fresh context. */
async function scriptBytes(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const client = await context.newCDPSession(page);
  await client.send("Network.enable");
  const scripts = new Map();
  const files = [];
  client.on("Network.responseReceived", (e) => {
    if (e.type === "Script") scripts.set(e.requestId, e.response.url);
  });
  client.on("Network.loadingFinished", (e) => {
    const scriptUrl = scripts.get(e.requestId);
    if (scriptUrl) files.push({ url: new URL(scriptUrl).pathname, bytes: e.encodedDataLength });
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await context.close();
  return { total: files.reduce((n, f) => n + f.bytes, 0), files };
}
