// `npm run bench:size`: JavaScript bytes a patient downloads for /intake, in English and in Spanish (a browser asking
// for es-ES), up to the first questions (the consent step loads the wizard's code only once the patient uses the
// page; the figure at load is printed too), next to a bare page (one client component) from the same build.
// Target: each ≤ 1.3 × bare, counted up to the first questions. Last line: one JSON object.
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
  const intake = await scriptBytes(browser, `${baseURL}/intake`, "en-GB", { start: true });
  const spanish = await scriptBytes(browser, `${baseURL}/intake`, "es-ES", { start: true });
  const bare = await scriptBytes(browser, `${baseURL}/bench/bare`, "en-GB");
  const ratio = Math.round((intake.total / bare.total) * 1000) / 1000;
  const spanishRatio = Math.round((spanish.total / bare.total) * 1000) / 1000;
  const atLoadRatio = Math.round((intake.atLoad / bare.total) * 1000) / 1000;

  for (const [name, result] of [
    ["/intake (English)", intake],
    ["/intake (Spanish)", spanish],
    ["/bench/bare", bare],
  ]) {
    console.log(
      `${name}: ${result.total} bytes of JavaScript transferred in ${result.files.length} files` +
        (result === bare ? "" : ` by the first questions (${result.atLoad} bytes at load, on the consent step)`),
    );
    for (const f of result.files.sort((a, b) => b.bytes - a.bytes))
      console.log(`  ${String(f.bytes).padStart(8)}  ${f.url}`);
  }
  for (const [name, r] of [
    ["English", ratio],
    ["Spanish", spanishRatio],
  ])
    console.log(`${name} ratio ${r} (target ≤ ${TARGET_RATIO}: ${r <= TARGET_RATIO ? "met" : "NOT met"})`);
  console.log(`English ratio at load, on the consent step: ${atLoadRatio}`);
  console.log(
    JSON.stringify({
      intakeJsBytes: intake.total,
      intakeSpanishJsBytes: spanish.total,
      barePageJsBytes: bare.total,
      intakeJsBytesAtLoad: intake.atLoad,
      ratio,
      spanishRatio,
      atLoadRatio,
      spanishHtmlLang: spanish.lang,
    }),
  );
} finally {
  await browser?.close();
  await stop();
}

/** Bytes on the wire (compressed body + headers) of every script the page loads, in a fresh context. */
async function scriptBytes(browser, url, locale, { start = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale });
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
  // Which language the page was served in, so a Spanish figure is known to be the Spanish page.
  const lang = await page.evaluate(() => document.documentElement.lang);
  const atLoad = files.reduce((n, f) => n + f.bytes, 0);
  if (start) {
    // The consent step runs without the wizard's code, which comes once the patient uses the page: scroll, agree,
    // Next, up to the first questions (by ids, not words, so that it works in every language).
    await page.mouse.wheel(0, 300);
    await page.locator("#consent").check();
    await page.locator("form button[type=submit]").click();
    await page.locator('[role=progressbar][aria-valuenow="2"]').waitFor();
    await page.waitForLoadState("networkidle");
  }
  await context.close();
  return { total: files.reduce((n, f) => n + f.bytes, 0), atLoad, files, lang };
}
