// Keeping patient data no longer than the clinic decided, and erasing it when a patient asks: closed submissions
// past RETENTION_CLOSED_YEARS are purged by housekeeping (one audit event per run), an admin can export one
// patient's data and erase it, and the audit chain still verifies afterwards — on PGlite and PostgreSQL.
import { describe, expect, it } from "vitest";
import { verifyStoredAuditChain } from "@/lib/db/audit/verify-audit-chain";
import { addSubmissionNote } from "@/lib/db/submissions/add-submission-note";
import { changeSubmissionStatus } from "@/lib/db/submissions/change-submission-status";
import { eraseSubmission } from "@/lib/db/submissions/erase-submission";
import { exportPatientData } from "@/lib/db/submissions/export-patient-data";
import { purgeClosedSubmissions } from "@/lib/db/submissions/purge-closed-submissions";
import { retentionCutoff } from "@/lib/domain/submission/retention";
import { runHousekeeping } from "@/lib/housekeeping/housekeeping";
import { DATABASE_KINDS, seedStaff, useTestDatabase } from "./helpers/test-database";
import { EMERGENT_ANSWERS, publishedVersionId, seedSubmission } from "./helpers/queue";
import { addChannel } from "./helpers/alerts";

const NOW = new Date("2031-06-15T12:00:00.000Z");

describe.each(DATABASE_KINDS)("retention and erasure (%s)", (kind) => {
  const db = useTestDatabase(kind);

  async function closedAt(name: string, at: Date | null, status: "CLOSED" | "CONTACTED" = "CLOSED") {
    const row = await seedSubmission(db(), await publishedVersionId(), { name, status });
    await db().submission.update({ where: { id: row.id }, data: { closedAt: at } });
    return row;
  }

  it("purges closed submissions older than the retention period, keeps one closed exactly at the cut-off, and audits the run once", async () => {
    const cutoff = retentionCutoff(NOW, 7);
    const old = await closedAt("Olive Old", new Date(cutoff.getTime() - 1));
    const boundary = await closedAt("Bea Boundary", cutoff);
    const recent = await closedAt("Rita Recent", new Date(cutoff.getTime() + 86_400_000));
    // Open for years (never closed): retention never starts.
    const open = await closedAt("Otto Open", null, "CONTACTED");
    await db().submission.update({ where: { id: open.id }, data: { createdAt: new Date("2010-01-01") } });
    const { actor } = await seedStaff("CLINICIAN");
    await addSubmissionNote(
      {
        submissionId: old.id,
        rowVersion: (await db().submission.findUniqueOrThrow({ where: { id: old.id } })).rowVersion,
        body: "Called back.",
      },
      { ...actor, name: "Test clinician" },
    );

    const result = await purgeClosedSubmissions(7, NOW);

    expect(result).toMatchObject({ submissions: 1, notes: 1 });
    const left = (await db().submission.findMany({ select: { id: true } })).map((r) => r.id).sort();
    expect(left).toEqual([boundary.id, recent.id, open.id].sort());
    expect(await db().submissionNote.count()).toBe(0);
    const events = await db().auditEvent.findMany({ where: { action: "retention.purged" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.details).toMatchObject({
      submissions: 1,
      notes: 1,
      retentionYears: 7,
      closedBefore: cutoff.toISOString(),
    });
    expect(JSON.stringify(events[0]!.details)).not.toContain("Olive");
    expect((await verifyStoredAuditChain(db())).breaks).toEqual([]);

    // A second run finds nothing and writes no event.
    expect((await purgeClosedSubmissions(7, NOW)).submissions).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "retention.purged" } })).toBe(1);
  });

  it("purges nothing while no retention period is set", async () => {
    await closedAt("Nell Never", new Date("2001-01-01"));
    expect((await runHousekeeping(NOW, undefined)).closedSubmissions).toBeNull();
    expect(await db().submission.count()).toBe(1);
    expect((await runHousekeeping(NOW, 10)).closedSubmissions).toBe(1);
    expect(await db().submission.count()).toBe(0);
  });

  it("works in batches: a run past the batch size leaves the rest for the next run", async () => {
    for (const name of ["A One", "B Two", "C Three"]) await closedAt(name, new Date("2001-01-01"));
    expect((await purgeClosedSubmissions(5, NOW, undefined, 2)).submissions).toBe(2);
    expect((await purgeClosedSubmissions(5, NOW, undefined, 2)).submissions).toBe(1);
    const runs = await db().auditEvent.findMany({ where: { action: "retention.purged" }, orderBy: { seq: "asc" } });
    expect(runs.map((e) => (e.details as { more: boolean }).more)).toEqual([true, false]);
  });

  it("records when a submission is closed and forgets it when it is re-opened", async () => {
    const { actor } = await seedStaff("CLINICIAN");
    const row = await seedSubmission(db(), await publishedVersionId(), { status: "CONTACTED" });
    const closed = await changeSubmissionStatus(
      { submissionId: row.id, to: "CLOSED", rowVersion: row.rowVersion },
      actor,
    );
    expect(closed.ok).toBe(true);
    expect((await db().submission.findUniqueOrThrow({ where: { id: row.id } })).closedAt).toBeInstanceOf(Date);
    await changeSubmissionStatus({ submissionId: row.id, to: "IN_REVIEW", rowVersion: row.rowVersion + 1 }, actor);
    expect((await db().submission.findUniqueOrThrow({ where: { id: row.id } })).closedAt).toBeNull();
  });

  it("exports one patient's data with the FHIR Bundle, then erases it: the audit keeps the reference code, the chain verifies", async () => {
    const { actor: admin } = await seedStaff("ADMIN");
    await addChannel({ kind: "WEBHOOK", recipients: ["https://hooks.clinic.test/a"], levels: ["EMERGENT"] });
    const row = await seedSubmission(db(), await publishedVersionId(), {
      name: "Erin Erase",
      answers: EMERGENT_ANSWERS,
    });
    const kept = await seedSubmission(db(), await publishedVersionId(), { name: "Kim Kept" });
    await addSubmissionNote(
      { submissionId: row.id, rowVersion: row.rowVersion, body: "Erin's note" },
      { ...admin, name: "Test admin" },
    );
    expect(await db().alertDelivery.count({ where: { submissionId: row.id } })).toBeGreaterThan(0);

    const exported = await exportPatientData(row.id, admin, "https://intake.clinic.test");
    expect(exported?.data.submission).toMatchObject({ referenceCode: row.referenceCode, patientName: "Erin Erase" });
    expect(exported?.data.notes.map((n) => n.body)).toEqual(["Erin's note"]);
    expect(exported?.data.fhirBundle.resourceType).toBe("Bundle");
    expect(JSON.stringify(exported?.data)).not.toContain("idempotencyKey");

    // The wrong code changes nothing.
    expect(await eraseSubmission({ submissionId: row.id, confirmReferenceCode: kept.referenceCode }, admin)).toEqual({
      ok: false,
      code: "confirmation-mismatch",
    });
    expect(await db().submission.count({ where: { id: row.id } })).toBe(1);

    const erased = await eraseSubmission(
      { submissionId: row.id, confirmReferenceCode: row.referenceCode.toLowerCase().replace("-", " ") },
      admin,
    );
    expect(erased).toMatchObject({ ok: true, referenceCode: row.referenceCode, notes: 1 });
    expect(await db().submission.count({ where: { id: row.id } })).toBe(0);
    expect(await db().submissionNote.count({ where: { submissionId: row.id } })).toBe(0);
    expect(await db().alertDelivery.count({ where: { submissionId: row.id } })).toBe(0);
    expect(await db().submission.count({ where: { id: kept.id } })).toBe(1);

    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "submission.erased" } });
    expect(event).toMatchObject({ entityId: row.id, actorEmail: admin.email });
    expect(event.details).toMatchObject({ referenceCode: row.referenceCode, notes: 1 });
    // No audit event of this submission, before or after erasure, holds the patient's name or answers.
    const history = await db().auditEvent.findMany({ where: { entityId: row.id } });
    expect(history.length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(history, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toMatch(
      /Erin|saddle/i,
    );
    expect((await verifyStoredAuditChain(db())).breaks).toEqual([]);

    expect(await eraseSubmission({ submissionId: row.id, confirmReferenceCode: row.referenceCode }, admin)).toEqual({
      ok: false,
      code: "not-found",
    });
  });
});
