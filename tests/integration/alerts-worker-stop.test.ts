// A server being stopped (SIGTERM → scripts/serve.mjs) stops its alert worker: the batch it already claimed is
// sent and recorded, nothing more is claimed, and what is left stays queued for the next instance or start.
import { describe, expect, it } from "vitest";
import type { AlertSenders } from "@/lib/alerts/senders";
import {
  EMERGENT_ANSWERS,
  addChannel,
  handClock,
  publishedVersionId,
  submitPatient,
  testWorker,
} from "./helpers/alerts";
import { DATABASE_KINDS, useTestDatabase } from "./helpers/test-database";

describe.each(DATABASE_KINDS)("stopping the alert worker (%s)", (kind) => {
  const db = useTestDatabase(kind);

  it("finishes the alert it is sending, records it as sent, and claims no further alert", async () => {
    const versionId = await publishedVersionId();
    await addChannel({ kind: "WEBHOOK", recipients: ["http://127.0.0.1:9/hooks/on-call"] });
    for (let i = 0; i < 3; i++) await submitPatient(versionId, EMERGENT_ANSWERS);

    let release!: () => void;
    const sending = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const firstSendStarted = new Promise<void>((resolve) => (started = resolve));
    const sent: string[] = [];
    const senders: AlertSenders = {
      email: () => Promise.reject(new Error("no email in this test")),
      webhook: async (_url, _secret, _body, deliveryId) => {
        started();
        await sending; // still on the wire when the stop arrives
        sent.push(deliveryId);
      },
    };
    const clock = handClock();
    const worker = testWorker(clock.now, { db: async () => db(), batchSize: 1, pollIntervalMs: 200, senders });
    worker.start();
    await firstSendStarted;

    const stopped = worker.stop();
    let stopResolved = false;
    void stopped.then(() => (stopResolved = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopResolved).toBe(false); // it waits for the alert on the wire
    release();
    await stopped;

    expect(sent).toHaveLength(1);
    const states = await db().alertDelivery.groupBy({ by: ["state"], _count: true, orderBy: { state: "asc" } });
    expect(Object.fromEntries(states.map((s) => [s.state, s._count]))).toEqual({ QUEUED: 2, SENT: 1 });

    // A stopped worker claims nothing, even when asked to send what is due.
    expect(await worker.drain()).toEqual({ claimed: 0, sent: 0, retrying: 0, failed: 0 });
    expect(await db().alertDelivery.count({ where: { state: "SENDING" } })).toBe(0);
  });
});
