// A clinician's changes to a submission: assign, status, notes — each with the row version it was based on, a
// stale one refused with who changed it and when, nothing overwritten — against PGlite and PostgreSQL.
import { describe, expect, it } from "vitest";
import { acknowledgeSubmission } from "@/lib/db/submissions/acknowledge-submission";
import { addSubmissionNote } from "@/lib/db/submissions/add-submission-note";
import { assignSubmission } from "@/lib/db/submissions/assign-submission";
import { changeSubmissionStatus } from "@/lib/db/submissions/change-submission-status";
import { viewSubmission } from "@/lib/db/submissions/view-submission";
import { staleMessage } from "@/lib/domain/submission/stale-message";
import { DATABASE_KINDS, assertOk, seedStaff, useTestDatabase } from "./helpers/test-database";
import { publishedVersionId, seedSubmission } from "./helpers/queue";

describe.each(DATABASE_KINDS)("changing a submission (%s)", (kind) => {
  const db = useTestDatabase(kind);

  async function setUp() {
    const versionId = await publishedVersionId();
    const submission = await seedSubmission(db(), versionId, { name: "Nina Notes" });
    const cleo = await seedStaff("CLINICIAN", { name: "Cleo Clinician" });
    const ben = await seedStaff("CLINICIAN", { name: "Ben Bennett" });
    return { submission, cleo: { ...cleo.actor, name: "Cleo Clinician" }, ben: { ...ben.actor, name: "Ben Bennett" } };
  }

  const snapshot = (id: string) =>
    db().submission.findUniqueOrThrow({
      where: { id },
      select: { status: true, assigneeId: true, rowVersion: true, _count: { select: { notes: true } } },
    });

  it("assigns to me and to a colleague, bumping the row version, with an audit event from the caller's address", async () => {
    const { submission, cleo, ben } = await setUp();
    const mine = await assignSubmission(
      { submissionId: submission.id, assigneeId: cleo.id, rowVersion: submission.rowVersion },
      cleo,
      "origin-key",
    );
    assertOk(mine);
    expect(mine.assigneeName).toBe("Cleo Clinician");
    const theirs = await assignSubmission(
      { submissionId: submission.id, assigneeId: ben.id, rowVersion: mine.rowVersion },
      cleo,
    );
    assertOk(theirs);
    expect(await snapshot(submission.id)).toMatchObject({ assigneeId: ben.id, rowVersion: submission.rowVersion + 2 });
    const events = await db().auditEvent.findMany({
      where: { entityId: submission.id, action: "submission.assigned" },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => [e.actorId, e.origin])).toEqual([
      [cleo.id, "origin-key"],
      [cleo.id, null],
    ]);
  });

  it("refuses to assign to a deactivated account and changes nothing", async () => {
    const { submission, cleo, ben } = await setUp();
    await db().user.update({ where: { id: ben.id }, data: { active: false } });
    const before = await snapshot(submission.id);
    const result = await assignSubmission(
      { submissionId: submission.id, assigneeId: ben.id, rowVersion: submission.rowVersion },
      cleo,
    );
    expect(result).toEqual({ ok: false, code: "invalid-assignee" });
    expect(await snapshot(submission.id)).toEqual(before);
  });

  it("moves NEW → IN_REVIEW → CONTACTED → CLOSED and refuses a skipped or backward step, changing nothing", async () => {
    const { submission, cleo } = await setUp();
    const skip = await changeSubmissionStatus(
      { submissionId: submission.id, to: "CONTACTED", rowVersion: submission.rowVersion },
      cleo,
    );
    expect(skip).toEqual({ ok: false, code: "invalid-transition", from: "NEW", to: "CONTACTED" });
    expect(await snapshot(submission.id)).toMatchObject({ status: "NEW", rowVersion: submission.rowVersion });

    let rowVersion = submission.rowVersion;
    for (const to of ["IN_REVIEW", "CONTACTED", "CLOSED"] as const) {
      const result = await changeSubmissionStatus({ submissionId: submission.id, to, rowVersion }, cleo);
      assertOk(result);
      rowVersion = result.rowVersion;
    }
    const backToNew = await changeSubmissionStatus({ submissionId: submission.id, to: "NEW", rowVersion }, cleo);
    expect(backToNew).toMatchObject({ ok: false, code: "invalid-transition" });
    expect(await snapshot(submission.id)).toMatchObject({ status: "CLOSED", rowVersion });
    const audit = await db().auditEvent.findMany({
      where: { entityId: submission.id, action: "submission.status_changed" },
      orderBy: { seq: "asc" },
      select: { details: true },
    });
    expect(audit.map((a) => (a.details as { to: string }).to)).toEqual(["IN_REVIEW", "CONTACTED", "CLOSED"]);
  });

  it("keeps notes with author and time, in order, and never copies their text into the audit log", async () => {
    const { submission, cleo, ben } = await setUp();
    const first = await addSubmissionNote(
      { submissionId: submission.id, body: "Called, no answer. <b>retry</b>", rowVersion: submission.rowVersion },
      cleo,
    );
    assertOk(first);
    const second = await addSubmissionNote(
      { submissionId: submission.id, body: "Spoke to patient.", rowVersion: first.rowVersion },
      ben,
    );
    assertOk(second);
    const view = await viewSubmission(submission.id, cleo);
    expect(view?.notes.map((n) => [n.authorName, n.body])).toEqual([
      ["Cleo Clinician", "Called, no answer. <b>retry</b>"],
      ["Ben Bennett", "Spoke to patient."],
    ]);
    expect(view?.notes.every((n) => n.createdAt instanceof Date)).toBe(true);
    const audit = await db().auditEvent.findMany({ where: { action: "submission.note_added" } });
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit.map((a) => a.details))).not.toContain("Spoke");
  });

  it("refuses a note with a lone surrogate or a hidden control character, and stores nothing", async () => {
    const { submission, cleo } = await setUp();
    const before = await snapshot(submission.id);
    const audit = await db().auditEvent.count();
    for (const body of ["Called back \ud800", "Called\u0000back", "Called \u001b[2J back"]) {
      const result = await addSubmissionNote(
        { submissionId: submission.id, body, rowVersion: submission.rowVersion },
        cleo,
      );
      expect(result).toMatchObject({
        ok: false,
        code: "invalid-text",
        message: expect.stringMatching(/^The note contains/),
      });
    }
    expect(await snapshot(submission.id)).toEqual(before);
    expect(await db().auditEvent.count()).toBe(audit);

    const tabbed = await addSubmissionNote(
      { submissionId: submission.id, body: "BP\t120/80\nHR\t72", rowVersion: submission.rowVersion },
      cleo,
    );
    assertOk(tabbed);
  });

  it("refuses a stale save with who changed it and when, and overwrites nothing", async () => {
    const { submission, cleo, ben } = await setUp();
    const seenByBoth = submission.rowVersion;
    // Cleo saves first.
    const cleoSave = await assignSubmission(
      { submissionId: submission.id, assigneeId: cleo.id, rowVersion: seenByBoth },
      cleo,
    );
    assertOk(cleoSave);
    const after = await snapshot(submission.id);

    // Ben's page still shows the old version: each of his changes is refused.
    const benAssign = await assignSubmission(
      { submissionId: submission.id, assigneeId: ben.id, rowVersion: seenByBoth },
      ben,
    );
    const benStatus = await changeSubmissionStatus(
      { submissionId: submission.id, to: "IN_REVIEW", rowVersion: seenByBoth },
      ben,
    );
    const benNote = await addSubmissionNote(
      { submissionId: submission.id, body: "Based on an old page", rowVersion: seenByBoth },
      { ...ben },
    );
    for (const result of [benAssign, benStatus, benNote]) {
      expect(result).toMatchObject({ ok: false, code: "stale", lastChange: { byName: "Cleo Clinician" } });
      if (!result.ok && result.code === "stale") {
        expect(staleMessage(result.lastChange)).toMatch(
          /^Not saved: Cleo Clinician changed this submission at \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d UTC\./,
        );
      }
    }
    expect(await snapshot(submission.id)).toEqual(after);
    expect(after).toMatchObject({ assigneeId: cleo.id, status: "NEW", _count: { notes: 0 } });
  });

  it("names the acknowledger when an acknowledgement made the page stale", async () => {
    const { submission, cleo, ben } = await setUp();
    assertOk(await acknowledgeSubmission(submission.id, ben));
    const result = await changeSubmissionStatus(
      { submissionId: submission.id, to: "IN_REVIEW", rowVersion: submission.rowVersion },
      cleo,
    );
    expect(result).toMatchObject({ ok: false, code: "stale", lastChange: { byName: "Ben Bennett" } });
  });

  it("lets exactly one of two racing saves on the same version win", async () => {
    const { submission, cleo, ben } = await setUp();
    const results = await Promise.all([
      assignSubmission({ submissionId: submission.id, assigneeId: cleo.id, rowVersion: submission.rowVersion }, cleo),
      assignSubmission({ submissionId: submission.id, assigneeId: ben.id, rowVersion: submission.rowVersion }, ben),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect((await snapshot(submission.id)).rowVersion).toBe(submission.rowVersion + 1);
  });
});
