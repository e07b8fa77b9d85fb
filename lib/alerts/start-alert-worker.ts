import "server-only";
import { env } from "@/lib/env";
import { createAlertWorker, type AlertWorker } from "./alert-worker";

// One worker per server process, started by instrumentation.ts. Several processes (app instances) may each
// run one against the same PostgreSQL: claims are row-locked, so each alert goes out once.
const globalForWorker = globalThis as unknown as { __spineAlertWorker?: AlertWorker };

export function alertBaseUrl(): string {
  return env.NEXTAUTH_URL ?? `http://localhost:${env.PORT ?? "3000"}`;
}

export function startAlertWorker(): AlertWorker {
  if (!globalForWorker.__spineAlertWorker) {
    const worker = createAlertWorker({ baseUrl: alertBaseUrl(), pollIntervalMs: env.ALERT_POLL_INTERVAL_MS });
    globalForWorker.__spineAlertWorker = worker;
    if (env.ALERT_WORKER !== "off") worker.start();
  }
  return globalForWorker.__spineAlertWorker;
}

/** Sends what is due now instead of at the next poll (the admin's test alert), bounded so a page never hangs. */
export async function deliverDueAlertsNow(timeoutMs = 30_000): Promise<void> {
  const worker = startAlertWorker();
  await Promise.race([
    worker.drain().catch(() => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref?.()),
  ]);
}
