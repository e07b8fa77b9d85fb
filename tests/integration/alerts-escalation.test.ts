// An EMERGENT submission that nobody acknowledges is sent again to the escalation list after the set time;
// acknowledging it on the dashboard stops that. Time is moved by a hand clock, never slept.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { acknowledgeSubmission } from "@/lib/db/submissions/acknowledge-submission";
import { startSmtpSink, type SmtpSink } from "../fixtures/alert-sinks";
import {
  EMERGENT_ANSWERS,
  URGENT_ANSWERS,
  addChannel,
  configureSmtp,
  handClock,
  publishedVersionId,
  submitPatient,
  testWorker,
} from "./helpers/alerts";
import { DATABASE_KINDS, seedStaff, useTestDatabase } from "./helpers/test-database";

describe.each(DATABASE_KINDS)("escalation of unacknowledged EMERGENT submissions (%s)", (kind) => {
  const db = useTestDatabase(kind);
  let smtp: SmtpSink;

  beforeAll(async () => {
    smtp = await startSmtpSink();
  });
  afterAll(async () => {
    await smtp.close();
  });
  afterEach(() => {
    smtp.messages.length = 0;
  });

  async function setUp(escalationMinutes = 10) {
    const versionId = await publishedVersionId();
    await configureSmtp(smtp.port, { escalationMinutes });
    await addChannel({ kind: "EMAIL", name: "On-call nurse", recipients: ["nurse@clinic.test"] });
    await addChannel({
      kind: "EMAIL",
      name: "Escalation: duty consultant",
      recipients: ["consultant@clinic.test"],
      levels: [],
      escalation: true,
    });
    return versionId;
  }

  const recipients = () => smtp.messages.map((m) => m.to[0]);

  it("sends an EMERGENT submission nobody acknowledged to the escalation list after 10 minutes, once", async () => {
    const versionId = await setUp();
    const submission = await submitPatient(versionId, EMERGENT_ANSWERS);
    const clock = handClock();
    const worker = testWorker(clock.now);

    await worker.drain();
    expect(recipients()).toEqual(["nurse@clinic.test"]);

    clock.advanceMinutes(9);
    await worker.drain();
    expect(recipients()).toEqual(["nurse@clinic.test"]);

    clock.advanceMinutes(1.5);
    expect(await worker.drain()).toMatchObject({ sent: 1 });
    expect(recipients()).toEqual(["nurse@clinic.test", "consultant@clinic.test"]);
    const escalation = smtp.messages[1]!;
    expect(escalation.subject).toContain(`NOT ACKNOWLEDGED: EMERGENT submission ${submission.referenceCode}`);
    expect(escalation.text).toContain("has not been acknowledged after 10 minutes");
    expect(escalation.raw).not.toContain("Brigid");

    clock.advanceMinutes(60);
    await worker.drain();
    expect(smtp.messages).toHaveLength(2);
  });

  it("does not escalate an EMERGENT submission a clinician acknowledged in time, and says so on its alerts", async () => {
    const versionId = await setUp();
    const { actor } = await seedStaff("CLINICIAN");
    const submission = await submitPatient(versionId, EMERGENT_ANSWERS);
    const clock = handClock();
    const worker = testWorker(clock.now);
    await worker.drain();

    clock.advanceMinutes(4);
    const stored = await db().submission.findUniqueOrThrow({ where: { referenceCode: submission.referenceCode } });
    expect(await acknowledgeSubmission(stored.id, actor, clock.now())).toMatchObject({
      ok: true,
      cancelledEscalations: 1,
    });

    clock.advanceMinutes(30);
    await worker.drain();
    expect(recipients()).toEqual(["nurse@clinic.test"]);

    const after = await db().submission.findUniqueOrThrow({ where: { id: stored.id } });
    expect(after).toMatchObject({ acknowledgedById: actor.id, rowVersion: stored.rowVersion + 1 });
    expect(after.acknowledgedAt?.getTime()).toBe(clock.now().getTime() - 30 * 60_000);
    const escalation = await db().alertDelivery.findFirstOrThrow({ where: { purpose: "ESCALATION" } });
    expect(escalation.state).toBe("CANCELLED");
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "submission.acknowledged" } });
    expect(audit).toMatchObject({ actorId: actor.id, entityId: stored.id });
    expect(audit.details).toEqual({ referenceCode: submission.referenceCode, cancelledEscalations: 1 });
  });

  it("answers a second acknowledgement with 'already acknowledged' and changes nothing", async () => {
    const versionId = await setUp();
    const first = await seedStaff("CLINICIAN");
    const second = await seedStaff("CLINICIAN");
    const submission = await submitPatient(versionId, EMERGENT_ANSWERS);
    const stored = await db().submission.findUniqueOrThrow({ where: { referenceCode: submission.referenceCode } });

    expect((await acknowledgeSubmission(stored.id, first.actor)).ok).toBe(true);
    expect(await acknowledgeSubmission(stored.id, second.actor)).toEqual({ ok: false, code: "already-acknowledged" });
    expect(await acknowledgeSubmission("no-such-submission", second.actor)).toEqual({ ok: false, code: "not-found" });

    const after = await db().submission.findUniqueOrThrow({ where: { id: stored.id } });
    expect(after).toMatchObject({ acknowledgedById: first.actor.id, rowVersion: 1 });
    expect(await db().auditEvent.count({ where: { action: "submission.acknowledged" } })).toBe(1);
  });

  it("waits the escalation time the admin set, and never escalates URGENT submissions", async () => {
    const versionId = await setUp(3);
    await submitPatient(versionId, URGENT_ANSWERS);
    await submitPatient(versionId, EMERGENT_ANSWERS);
    const clock = handClock();
    const worker = testWorker(clock.now);
    await worker.drain();
    expect(recipients().sort()).toEqual(["nurse@clinic.test", "nurse@clinic.test"]);

    clock.advanceMinutes(2.5);
    await worker.drain();
    expect(smtp.messages).toHaveLength(2);
    clock.advanceMinutes(1);
    await worker.drain();
    expect(recipients()).toEqual(["nurse@clinic.test", "nurse@clinic.test", "consultant@clinic.test"]);
    expect(smtp.messages[2]!.subject).toContain("EMERGENT");
    expect(await db().alertDelivery.count({ where: { purpose: "ESCALATION" } })).toBe(1);
  });
});
