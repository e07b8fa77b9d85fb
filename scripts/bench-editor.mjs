// npm run bench:editor — the question-set editor with the default set, as an admin opens it in Chromium: the
// production server on a fresh PostgreSQL database (TEST_DATABASE_URL's server), a draft copied from the published
// default set, then BENCH_LOADS (default 5) loads of the draft's page. Prints the load time (navigation start until
// the editor is interactive: React has hydrated the "Review and publish" button), the DOM size (elements, form fields,
// buttons, page height) and the JavaScript the page loads, and, as its last line, one JSON object with the figures.
//
// BENCH_SKIP_BUILD=1 reuses the build in .next; BENCH_DATABASE_NAME (default spine_bench_editor) lets two checkouts
// on one machine run it side by side; CHROMIUM_PATH (default /usr/bin/chromium).
import crypto from "node:crypto";
import { hash } from "@node-rs/argon2";
import { chromium } from "@playwright/test";
import { Secret } from "otpauth";
import { dropDatabase, freshDatabase, signIn, withClient } from "./lib/bench-staff.mjs";
import { buildProduction, median, serveProduction } from "./lib/serve-production.mjs";
import { hashRecoveryCode } from "../lib/auth/recovery-code.ts";
import { encryptTotpSecret } from "../lib/auth/totp-secret-box.ts";

const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const serverUrl = new URL(process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test");
const dbName = process.env.BENCH_DATABASE_NAME ?? "spine_bench_editor";
const authSecret = crypto.randomBytes(32).toString("base64url");
const log = (...args) => console.error(...args);

/** An admin with an authenticator enrolled (admins must have one) and one recovery code to sign in with. */
async function createAdmin(databaseUrl) {
  const email = `bench-admin-${crypto.randomBytes(4).toString("hex")}@clinic.test`;
  const password = crypto.randomBytes(16).toString("base64url");
  const recoveryCode = crypto.randomBytes(9).toString("base64url");
  const totp = encryptTotpSecret(new Secret({ size: 20 }).base32, authSecret);
  await withClient(databaseUrl, async (c) =>
    c.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "totpSecret", "totpEnabledAt", "recoveryCodeHashes", "updatedAt")
       VALUES ($1, $2, 'Bench Admin', $3, 'ADMIN', $4, now(), $5, now())`,
      [
        `bench${crypto.randomBytes(8).toString("hex")}`,
        email,
        await hash(password),
        totp,
        [hashRecoveryCode(recoveryCode)],
      ],
    ),
  );
  return { email, password, recoveryCode };
}

/** What the open page holds once the editor is ready. */
function measurePage() {
  const scripts = performance
    .getEntriesByType("resource")
    .filter((e) => e.initiatorType === "script" || e.name.endsWith(".js"));
  const nav = performance.getEntriesByType("navigation")[0];
  return {
    elements: document.getElementsByTagName("*").length,
    formFields: document.querySelectorAll("input, textarea, select").length,
    buttons: document.querySelectorAll("button").length,
    pageHeightPx: document.documentElement.scrollHeight,
    jsBytes: scripts.reduce((sum, e) => sum + (e.decodedBodySize || 0), 0),
    jsTransferBytes: scripts.reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize || 0), 0),
    jsFiles: new Set(scripts.map((e) => e.name)).size,
    htmlBytes: nav ? nav.decodedBodySize : 0,
  };
}

async function main() {
  const databaseUrl = await freshDatabase(serverUrl, dbName);
  if (process.env.BENCH_SKIP_BUILD !== "1") {
    log("Building the production app …");
    buildProduction();
  }
  const server = await serveProduction({ build: false, databaseUrl, env: { AUTH_SECRET: authSecret } });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const admin = await createAdmin(databaseUrl);
    const jar = await signIn(server.baseURL, admin.email, admin.password, { code: admin.recoveryCode });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { hostname } = new URL(server.baseURL);
    await context.addCookies(jar.entries().map(([name, value]) => ({ name, value, domain: hostname, path: "/" })));
    const page = await context.newPage();
    await page.goto(`${server.baseURL}/admin`);
    await page
      .getByRole("button", { name: /New draft from version/ })
      .first()
      .click();
    await page.getByRole("heading", { level: 1, name: /\(draft\)/ }).waitFor({ timeout: 60_000 });
    const editorUrl = page.url();

    const ready = page.getByRole("button", { name: /^Review and publish version/ });
    const loads = [];
    let figures;
    for (let i = 0; i < LOADS + 1; i++) {
      const started = Date.now();
      await page.goto(editorUrl);
      await ready.waitFor({ timeout: 120_000 });
      // Interactive = React has hydrated the publish button (it carries React's props then).
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll("button")].some(
            (b) =>
              b.textContent?.startsWith("Review and publish") &&
              Object.keys(b).some((k) => k.startsWith("__reactProps")),
          ),
        null,
        { timeout: 120_000, polling: 50 },
      );
      const elapsed = Date.now() - started;
      // The first load warms the server's caches; it is not counted.
      if (i > 0) loads.push(elapsed);
      figures = await page.evaluate(measurePage);
    }
    await context.close();

    const result = {
      loadMedianMs: median(loads),
      loadMaxMs: Math.max(...loads),
      ...figures,
    };
    log(`\nThe editor with the default set (draft copied from the published version), ${LOADS} loads:`);
    log(`load until interactive   median ${result.loadMedianMs} ms   max ${result.loadMaxMs} ms`);
    log(
      `DOM                      ${result.elements} elements, ${result.formFields} form fields, ${result.buttons} buttons, ${result.pageHeightPx} px tall`,
    );
    log(
      `JavaScript               ${result.jsBytes} bytes uncompressed (${result.jsTransferBytes} transferred) in ${result.jsFiles} files; HTML ${result.htmlBytes} bytes`,
    );
    log("\nNote: this machine has 2 cores; figures taken while other jobs run on it are pessimistic and noisy.");
    console.log(JSON.stringify(result));
  } finally {
    await browser.close();
    await server.stop();
    await dropDatabase(serverUrl, dbName);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
