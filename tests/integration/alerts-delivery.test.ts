// Red-flag alerts leave the clinic by email and signed webhook, from the outbox written with the submission:
// against a real SMTP server and a real HTTP receiver in this process, on PGlite and on PostgreSQL.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { enqueueTestAlert } from "@/lib/db/alerts/enqueue-test-alert";
import { MAX_ALERT_ATTEMPTS, retryDelayMs } from "@/lib/domain/alerts/retry-schedule";
import {
  DELIVERY_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifyWebhookSignature,
} from "@/lib/alerts/webhook-signature";
import { startSmtpSink, startWebhookReceiver, type SmtpSink, type WebhookReceiver } from "../fixtures/alert-sinks";
import {
  ALERT_ADMIN,
  EMERGENT_ANSWERS,
  PORTAL_URL,
  URGENT_ANSWERS,
  addChannel,
  configureSmtp,
  handClock,
  publishedVersionId,
  submitPatient,
  testWorker,
} from "./helpers/alerts";
import { DATABASE_KINDS, useTestDatabase } from "./helpers/test-database";

/** What must never leave the clinic in an alert: the patient's name, date of birth, phone and answer wording. */
const PATIENT_DATA = [
  "Brigid",
  "Okonkwo",
  "1961-03-09",
  "09/03/1961",
  "07700 900456",
  "leaks of urine",
  "lost control of your bladder",
  "You told us",
  "Patient reports",
];

function expectNoPatientData(text: string) {
  for (const fragment of PATIENT_DATA) expect(text).not.toContain(fragment);
}

describe.each(DATABASE_KINDS)("red-flag alerts by email and webhook (%s)", (kind) => {
  const db = useTestDatabase(kind);
  let smtp: SmtpSink;
  let hooks: WebhookReceiver;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    hooks = await startWebhookReceiver();
  });
  afterAll(async () => {
    await smtp.close();
    await hooks.close();
  });
  afterEach(() => {
    smtp.messages.length = 0;
    hooks.calls.length = 0;
    hooks.answerWith(200);
  });

  it("tells the on-call email and webhook once about an EMERGENT submission, with no patient data and a valid signature", async () => {
    const versionId = await publishedVersionId();
    await configureSmtp(smtp.port);
    await addChannel({ kind: "EMAIL", recipients: ["oncall@clinic.test"] });
    const webhookId = await addChannel({ kind: "WEBHOOK", recipients: [hooks.url] });

    const submission = await submitPatient(versionId, EMERGENT_ANSWERS);
    const clock = handClock();
    const stored = await db().submission.findUniqueOrThrow({ where: { referenceCode: submission.referenceCode } });
    expect(stored.triageLevel).toBe("EMERGENT");
    const queued = await db().alertDelivery.findMany({ where: { submissionId: stored.id } });
    expect(queued.map((d) => [d.purpose, d.channelKind, d.state])).toEqual(
      expect.arrayContaining([
        ["NEW_SUBMISSION", "EMAIL", "QUEUED"],
        ["NEW_SUBMISSION", "WEBHOOK", "QUEUED"],
      ]),
    );
    expect(queued).toHaveLength(2);

    const worker = testWorker(clock.now);
    expect(await worker.drain()).toMatchObject({ claimed: 2, sent: 2, retrying: 0, failed: 0 });
    expect(await worker.drain()).toMatchObject({ claimed: 0 });

    expect(smtp.messages).toHaveLength(1);
    const email = smtp.messages[0]!;
    const link = `${PORTAL_URL}/dashboard/submissions/${stored.id}`;
    expect(email.to).toEqual(["oncall@clinic.test"]);
    expect(email.from).toBe("alerts@clinic.test");
    expect(email.subject).toContain("EMERGENT");
    expect(email.subject).toContain(submission.referenceCode);
    expect(email.text).toContain(`Reference code: ${submission.referenceCode}`);
    expect(email.text).toContain(link);
    expect(email.text).toContain(stored.createdAt.toISOString().slice(0, 16).replace("T", " "));
    expectNoPatientData(email.raw);

    expect(hooks.calls).toHaveLength(1);
    const call = hooks.calls[0]!;
    const body = JSON.parse(call.body) as Record<string, unknown>;
    expect(body).toMatchObject({
      type: "submission.red_flag",
      triageLevel: "EMERGENT",
      referenceCode: submission.referenceCode,
      submittedAt: stored.createdAt.toISOString(),
      url: link,
    });
    expectNoPatientData(call.body);
    expectNoPatientData(JSON.stringify(call.headers));
    const channel = await db().alertChannel.findUniqueOrThrow({ where: { id: webhookId } });
    const signed = {
      secret: channel.webhookSecret!,
      body: call.body,
      timestamp: call.headers[TIMESTAMP_HEADER] as string,
      signature: call.headers[SIGNATURE_HEADER] as string,
      now: clock.now(),
    };
    expect(verifyWebhookSignature(signed)).toBe(true);
    expect(verifyWebhookSignature({ ...signed, body: call.body.replace("EMERGENT", "ROUTINE") })).toBe(false);
    expect(verifyWebhookSignature({ ...signed, secret: "whsec_someone-else" })).toBe(false);
    expect(verifyWebhookSignature({ ...signed, now: new Date(clock.now().getTime() + 10 * 60_000) })).toBe(false);
    expect(call.headers[DELIVERY_HEADER]).toBe(body.alertId);

    const after = await db().alertDelivery.findMany({ where: { submissionId: stored.id } });
    expect(after.every((d) => d.state === "SENT" && d.attempts === 1 && d.sentAt !== null)).toBe(true);
  });

  it("alerts nobody about a ROUTINE submission, and only URGENT-taking channels about an URGENT one", async () => {
    const versionId = await publishedVersionId();
    await configureSmtp(smtp.port);
    await addChannel({ kind: "EMAIL", name: "Emergencies only", recipients: ["er@clinic.test"], levels: ["EMERGENT"] });
    await addChannel({ kind: "EMAIL", name: "Clinic desk", recipients: ["desk@clinic.test"], levels: ["URGENT"] });

    await submitPatient(versionId, { full_name: "Rory Routine-Test" });
    expect(await db().alertDelivery.count()).toBe(0);

    const urgent = await submitPatient(versionId, URGENT_ANSWERS);
    expect(urgent.guidance.level).toBe("URGENT");
    await testWorker(handClock().now).drain();
    expect(smtp.messages.map((m) => m.to)).toEqual([["desk@clinic.test"]]);
    expect(smtp.messages[0]!.subject).toContain(`URGENT submission ${urgent.referenceCode}`);
    expect(smtp.messages[0]!.raw).not.toContain("Ulla");
  });

  it("stores the submission while SMTP is down, keeps its alert queued with the error and retry time, and sends it once SMTP is back", async () => {
    const versionId = await publishedVersionId();
    const down = await startSmtpSink();
    const port = down.port;
    await down.close();
    await configureSmtp(port);
    await addChannel({ kind: "EMAIL", recipients: ["oncall@clinic.test"] });

    const submission = await submitPatient(versionId, EMERGENT_ANSWERS);
    const clock = handClock();
    const worker = testWorker(clock.now);
    expect(await db().submission.count({ where: { referenceCode: submission.referenceCode } })).toBe(1);

    expect(await worker.drain()).toMatchObject({ claimed: 1, sent: 0, retrying: 1 });
    let delivery = await db().alertDelivery.findFirstOrThrow();
    expect(delivery.state).toBe("QUEUED");
    expect(delivery.attempts).toBe(1);
    expect(delivery.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(delivery.nextAttemptAt.getTime()).toBe(clock.now().getTime() + retryDelayMs(1));

    // Before the retry time nothing is tried; a second failure doubles the wait.
    expect(await worker.drain()).toMatchObject({ claimed: 0 });
    clock.advanceTo(delivery.nextAttemptAt);
    expect(await worker.drain()).toMatchObject({ claimed: 1, retrying: 1 });
    delivery = await db().alertDelivery.findFirstOrThrow();
    expect(delivery.nextAttemptAt.getTime()).toBe(clock.now().getTime() + retryDelayMs(2));
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));

    const back = await startSmtpSink(port);
    try {
      clock.advanceTo(delivery.nextAttemptAt);
      expect(await worker.drain()).toMatchObject({ claimed: 1, sent: 1 });
      clock.advanceMinutes(120);
      expect(await worker.drain()).toMatchObject({ claimed: 0 });
      expect(back.messages).toHaveLength(1);
      expect(back.messages[0]!.subject).toContain(submission.referenceCode);
      delivery = await db().alertDelivery.findFirstOrThrow();
      expect(delivery).toMatchObject({ state: "SENT", attempts: 3, lastError: null });
    } finally {
      await back.close();
    }
  });

  it("retries a webhook that keeps failing with growing waits and marks it failed, with the error, after the last attempt", async () => {
    const versionId = await publishedVersionId();
    await addChannel({ kind: "WEBHOOK", recipients: [hooks.url] });
    hooks.answerWith(503);
    await submitPatient(versionId, EMERGENT_ANSWERS);
    const clock = handClock();
    const worker = testWorker(clock.now);

    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ALERT_ATTEMPTS; attempt++) {
      const before = clock.now().getTime();
      await worker.drain();
      const row = await db().alertDelivery.findFirstOrThrow();
      expect(row.attempts).toBe(attempt);
      if (attempt < MAX_ALERT_ATTEMPTS) {
        expect(row.state).toBe("QUEUED");
        waits.push(row.nextAttemptAt.getTime() - before);
        clock.advanceTo(row.nextAttemptAt);
      }
    }
    const failed = await db().alertDelivery.findFirstOrThrow();
    expect(failed.state).toBe("FAILED");
    expect(failed.lastError).toContain("HTTP 503");
    expect(hooks.calls).toHaveLength(MAX_ALERT_ATTEMPTS);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]!);
    expect(waits[1]).toBe(2 * waits[0]!);
    clock.advanceMinutes(24 * 60);
    expect(await worker.drain()).toMatchObject({ claimed: 0 });
  });

  it("never sends again to a recipient already reached while another recipient of the same alert is retried", async () => {
    const versionId = await publishedVersionId();
    const down = await startSmtpSink();
    const deadPort = down.port;
    await down.close();
    await configureSmtp(smtp.port);
    await addChannel({ kind: "EMAIL", recipients: ["first@clinic.test", "second@clinic.test"] });
    const deadHook = `http://127.0.0.1:${deadPort}/hooks/nobody-home`;
    await addChannel({ kind: "WEBHOOK", recipients: [hooks.url, deadHook] });
    await submitPatient(versionId, EMERGENT_ANSWERS);
    const clock = handClock();
    const worker = testWorker(clock.now);

    await worker.drain();
    for (let i = 0; i < 3; i++) {
      clock.advanceMinutes(90);
      await worker.drain();
    }

    expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual(["first@clinic.test", "second@clinic.test"]);
    expect(hooks.calls).toHaveLength(1);
    const rows = await db().alertDelivery.findMany({ orderBy: { recipient: "asc" } });
    const byRecipient = Object.fromEntries(rows.map((r) => [r.recipient, [r.state, r.attempts]]));
    expect(byRecipient[hooks.url]).toEqual(["SENT", 1]);
    expect(byRecipient["first@clinic.test"]).toEqual(["SENT", 1]);
    expect(byRecipient[deadHook]).toEqual(["QUEUED", 4]);
  });

  it("takes over an alert whose worker died mid-send once its claim expires, and sends it once", async () => {
    const versionId = await publishedVersionId();
    await configureSmtp(smtp.port);
    await addChannel({ kind: "EMAIL", recipients: ["oncall@clinic.test"] });
    await submitPatient(versionId, EMERGENT_ANSWERS);
    const clock = handClock();
    // A worker claims the row and then its process is killed before it sends.
    const { claimDueDeliveries } = await import("@/lib/db/alerts/claim-due-deliveries");
    expect(await claimDueDeliveries(db(), clock.now(), 10)).toHaveLength(1);

    const survivor = testWorker(clock.now);
    expect(await survivor.drain()).toMatchObject({ claimed: 0 });
    clock.advanceMinutes(6);
    expect(await survivor.drain()).toMatchObject({ claimed: 1, sent: 1 });
    expect(smtp.messages).toHaveLength(1);
  });

  it("sends an admin's test alert to every recipient, without any patient, and records it in the audit log", async () => {
    await configureSmtp(smtp.port);
    await addChannel({ kind: "EMAIL", recipients: ["oncall@clinic.test", "lead@clinic.test"] });
    await addChannel({ kind: "WEBHOOK", recipients: [hooks.url] });
    await addChannel({ kind: "EMAIL", name: "Switched off", recipients: ["off@clinic.test"], enabled: false });
    const clock = handClock();

    expect(await enqueueTestAlert(ALERT_ADMIN, clock.now())).toEqual({ ok: true, queued: 3 });
    await testWorker(clock.now).drain();

    expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual(["lead@clinic.test", "oncall@clinic.test"]);
    expect(smtp.messages[0]!.subject).toBe("[Spine Intake] Test alert");
    expect(smtp.messages[0]!.text).toContain("No patient is involved");
    expect(JSON.parse(hooks.calls[0]!.body)).toMatchObject({ type: "test", referenceCode: null, triageLevel: null });
    expect(await db().auditEvent.count({ where: { action: "alerts.test-sent" } })).toBe(1);
  });

  it("has nothing to send a test alert to while no channel is configured", async () => {
    expect(await enqueueTestAlert(ALERT_ADMIN)).toEqual({ ok: false, code: "no-channels" });
    expect(await db().alertDelivery.count()).toBe(0);
  });
});
