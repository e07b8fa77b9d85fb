import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
export const baseURL = `http://127.0.0.1:${port}`;
// The e2e server gets its own database on this PostgreSQL server (see scripts/e2e-server.mjs).
const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: !!process.env.CI,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not available here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // Expects a production build (`next build`), as `npm test` makes before this suite.
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      NEXTAUTH_URL: baseURL,
      // The alert sinks the specs deliver to listen on 127.0.0.1.
      ALERT_ALLOW_PRIVATE_NETWORKS: "true",
      TEST_DATABASE_URL: testDatabaseUrl,
      // Every e2e patient comes from 127.0.0.1; the limits themselves are tested in the integration suite.
      RATE_LIMIT_SUBMISSIONS_PER_MINUTE: "10000",
      RATE_LIMIT_DRAFT_SAVES_PER_MINUTE: "10000",
    },
  },
});
