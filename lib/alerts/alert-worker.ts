import "server-only";
import { plainDeliveryError } from "./destination-check";
import { alertEmail, alertWebhookBody, type AlertFacts } from "@/lib/domain/alerts/alert-message";
import { getDb, type Db } from "@/lib/db/client";
import { claimDueDeliveries, type ClaimedDelivery } from "@/lib/db/alerts/claim-due-deliveries";
import { getAlertSettings } from "@/lib/db/alerts/get-alert-settings";
import { getClinicSettings } from "@/lib/db/clinic-settings/get-clinic-settings";
import { clinicTimeZone } from "@/lib/domain/clinic-settings/clinic-settings";
import { isTimeZone } from "@/lib/domain/time/clinic-time";
import { recordDeliveryOutcome } from "@/lib/db/alerts/record-delivery-outcome";
import { realAlertSenders, type AlertSenders } from "./senders";
import { log as logger } from "@/lib/observability/logger";
import { countAlertDelivery } from "@/lib/observability/metrics";

/** The worker's idea of now: tests pass a clock they move by hand instead of sleeping. */
export type Clock = () => Date;

export type AlertWorkerOptions = {
  /** The portal's public address, for the dashboard link in each alert (NEXTAUTH_URL). */
  baseUrl: string;
  db?: () => Promise<Db>;
  clock?: Clock;
  /** How often to look for due alerts when there is nothing to do. */
  pollIntervalMs?: number;
  batchSize?: number;
  senders?: AlertSenders;
  /** Where problems are reported; messages name delivery ids and errors only, never patient data. */
  log?: (message: string) => void;
};

export type AlertPassResult = { claimed: number; sent: number; retrying: number; failed: number };

export type AlertWorker = {
  /** Claims and sends one batch of due alerts. */
  runOnce: () => Promise<AlertPassResult>;
  /** Runs passes until nothing is due (tests; the admin's "send test alert"). */
  drain: () => Promise<AlertPassResult>;
  start: () => void;
  /**
   * Stops claiming (polling ends, and a pass in progress claims no further batch) and waits for the batch being
   * sent: each claimed alert is sent and recorded before this resolves. The server calls it on SIGTERM.
   */
  stop: () => Promise<void>;
};

export function createAlertWorker(options: AlertWorkerOptions): AlertWorker {
  const clock = options.clock ?? (() => new Date());
  const dbOf = options.db ?? getDb;
  const pollIntervalMs = options.pollIntervalMs ?? 5_000;
  const batchSize = options.batchSize ?? 10;
  const senders = options.senders ?? realAlertSenders;
  const log = options.log ?? ((message: string) => logger.warn({ event: "alert-delivery" }, message));
  const baseUrl = options.baseUrl.replace(/\/+$/, "");

  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();

  async function runOnce(): Promise<AlertPassResult> {
    if (stopped) return { claimed: 0, sent: 0, retrying: 0, failed: 0 };
    const db = await dbOf();
    const claims = await claimDueDeliveries(db, clock(), batchSize);
    const result: AlertPassResult = { claimed: claims.length, sent: 0, retrying: 0, failed: 0 };
    if (claims.length === 0) return result;
    const [settings, clinic] = await Promise.all([getAlertSettings(db), getClinicSettings(db)]);
    // Times in the message are the clinic's, as on the dashboard; an unknown zone name falls back to UTC.
    const zone = clinicTimeZone(clinic);
    const timeZone = isTimeZone(zone) ? zone : "UTC";
    // Each claimed row is one recipient, sent and recorded on its own: one slow or failing recipient
    // neither delays nor repeats another.
    await Promise.all(
      claims.map(async (claim) => {
        let outcome: { sent: true } | { sent: false; error: string };
        let detail = "";
        try {
          await deliver(claim, settings, timeZone);
          outcome = { sent: true };
        } catch (error) {
          // Admins read plain words on the alerts page; the operator's log keeps the network detail.
          outcome = { sent: false, error: plainDeliveryError(error) };
          detail = describeError(error);
        }
        const finished = clock();
        const recorded = await recordDeliveryOutcome(db, claim, outcome, finished);
        countAlertDelivery(recorded, claim.channelKind, claim, finished);
        if (recorded === "sent") result.sent += 1;
        else if (recorded === "retrying") result.retrying += 1;
        else if (recorded === "failed") result.failed += 1;
        if (!outcome.sent)
          log(
            `delivery ${claim.id} attempt ${claim.attempts} ${recorded === "failed" ? "failed for good" : "failed"}: ${detail}`,
          );
      }),
    );
    return result;
  }

  async function deliver(
    claim: ClaimedDelivery,
    settings: Awaited<ReturnType<typeof getAlertSettings>>,
    timeZone: string,
  ) {
    const now = clock();
    const facts = { ...factsOf(claim, now, baseUrl), timeZone };
    if (claim.channelKind === "EMAIL") return senders.email(settings, claim.recipient, alertEmail(facts));
    if (!claim.webhookSecret) throw new Error("The webhook channel has no signing secret");
    return senders.webhook(claim.recipient, claim.webhookSecret, alertWebhookBody(facts), claim.id, now);
  }

  async function drain(): Promise<AlertPassResult> {
    const total: AlertPassResult = { claimed: 0, sent: 0, retrying: 0, failed: 0 };
    for (;;) {
      const pass = await runOnce();
      total.claimed += pass.claimed;
      total.sent += pass.sent;
      total.retrying += pass.retrying;
      total.failed += pass.failed;
      if (pass.claimed === 0) return total;
    }
  }

  function schedule(delayMs: number) {
    if (!running) return;
    timer = setTimeout(() => {
      current = drain().then(
        () => schedule(pollIntervalMs),
        (error: unknown) => {
          log(`pass failed: ${describeError(error)}`);
          schedule(pollIntervalMs);
        },
      );
    }, delayMs);
    // The worker never keeps a process alive on its own.
    timer.unref?.();
  }

  return {
    runOnce,
    drain,
    start() {
      if (running) return;
      running = true;
      schedule(0);
    },
    async stop() {
      running = false;
      stopped = true;
      if (timer) clearTimeout(timer);
      await current.catch(() => undefined);
    },
  };
}

function factsOf(claim: ClaimedDelivery, now: Date, baseUrl: string): AlertFacts {
  if (claim.purpose === "TEST" || !claim.submission) {
    return {
      purpose: "TEST",
      level: null,
      referenceCode: null,
      at: now,
      link: `${baseUrl}/admin/alerts`,
      alertId: claim.id,
    };
  }
  const s = claim.submission;
  return {
    purpose: claim.purpose,
    level: s.triageLevel,
    referenceCode: s.referenceCode,
    at: s.createdAt,
    link: `${baseUrl}/dashboard/submissions/${encodeURIComponent(s.id)}`,
    escalationMinutes: Math.max(1, Math.floor((now.getTime() - s.createdAt.getTime()) / 60_000)),
    alertId: claim.id,
  };
}

/** A short, single-line error for the dashboard and the log: SMTP and HTTP errors name no patient. */
function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    const causeText =
      cause instanceof Error && cause.message && cause.message !== error.message ? ` (${cause.message})` : "";
    return `${error.message}${causeText}`.replace(/\s+/g, " ").trim();
  }
  return String(error);
}
