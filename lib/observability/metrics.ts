import "server-only";
// The portal's Prometheus metrics (prom-client). Counters and histograms live in prom-client's default registry
// of this process: each instance behind a load balancer answers /api/metrics for itself, and Prometheus adds the
// instances up (sum by (level) (rate(spine_submissions_total[5m]))). prom-client is a server-external package
// (next.config.ts), so scripts/serve.mjs's request timing lands in the same registry.
import client from "prom-client";
import { currentPostgresPool, DATABASE_POOL_SIZE } from "@/lib/db/create-client";

const globalForMetrics = globalThis as unknown as { __spineDefaultMetrics?: boolean };

function metric<T extends client.Metric>(name: string, make: () => T): T {
  return (client.register.getSingleMetric(name) as T | undefined) ?? make();
}

export const submissionsTotal = metric(
  "spine_submissions_total",
  () =>
    new client.Counter({
      name: "spine_submissions_total",
      help: "Intake submissions stored by this instance, by triage level (replays of the same submission not counted).",
      labelNames: ["level"],
    }),
);

export const alertDeliveriesTotal = metric(
  "spine_alert_deliveries_total",
  () =>
    new client.Counter({
      name: "spine_alert_deliveries_total",
      help: "Alert delivery attempts finished by this instance's worker, by outcome (sent, retrying, failed, lost-claim) and channel kind.",
      labelNames: ["state", "channel"],
    }),
);

export const alertDeliveryDelaySeconds = metric(
  "spine_alert_delivery_delay_seconds",
  () =>
    new client.Histogram({
      name: "spine_alert_delivery_delay_seconds",
      help: "From an alert entering the outbox to its delivery, by purpose (an escalation includes its wait for acknowledgement).",
      labelNames: ["purpose"],
      buckets: [1, 2, 5, 10, 30, 60, 120, 300, 600, 1_800, 3_600],
    }),
);

metric(
  "spine_db_pool_connections",
  () =>
    new client.Gauge({
      name: "spine_db_pool_connections",
      help: "This instance's PostgreSQL connection pool: open (total), idle, and requests waiting for a connection (waiting), and its size (max). Absent on the embedded database.",
      labelNames: ["state"],
      collect() {
        const pool = currentPostgresPool();
        if (!pool) return;
        this.set({ state: "total" }, pool.totalCount);
        this.set({ state: "idle" }, pool.idleCount);
        this.set({ state: "waiting" }, pool.waitingCount);
        this.set({ state: "max" }, DATABASE_POOL_SIZE);
      },
    }),
);

/** Process CPU, memory, event-loop lag and garbage collection, once per process. */
export function ensureDefaultMetrics(): void {
  if (globalForMetrics.__spineDefaultMetrics) return;
  globalForMetrics.__spineDefaultMetrics = true;
  client.collectDefaultMetrics();
}

export function countStoredSubmission(level: string): void {
  submissionsTotal.inc({ level });
}

export function countAlertDelivery(
  state: string,
  channel: string,
  delivery: { purpose: string; createdAt: Date },
  now: Date,
): void {
  alertDeliveriesTotal.inc({ state, channel });
  if (state === "sent") {
    alertDeliveryDelaySeconds.observe(
      { purpose: delivery.purpose },
      Math.max(0, (now.getTime() - delivery.createdAt.getTime()) / 1000),
    );
  }
}

/** The whole registry in Prometheus's text format. */
export async function renderMetrics(): Promise<{ body: string; contentType: string }> {
  ensureDefaultMetrics();
  return { body: await client.register.metrics(), contentType: client.register.contentType };
}

const outbox = metric(
  "spine_alert_outbox_deliveries",
  () =>
    new client.Gauge({
      name: "spine_alert_outbox_deliveries",
      help: "Alerts in the shared outbox by state, read from the database at scrape time (the same on every instance: use max, not sum).",
      labelNames: ["state"],
    }),
);

const OUTBOX_STATES = ["QUEUED", "SENDING", "SENT", "FAILED", "CANCELLED"] as const;

/** Null when the database could not be read: the gauge is left empty rather than showing old numbers. */
export function recordOutboxStates(counts: Record<string, number> | null): void {
  outbox.reset();
  if (!counts) return;
  for (const state of OUTBOX_STATES) outbox.set({ state }, counts[state] ?? 0);
}
