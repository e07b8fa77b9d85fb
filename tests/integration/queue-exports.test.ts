// Exports from the dashboard: the filtered queue as CSV (formulas neutralised) and one submission as a FHIR R4
// QuestionnaireResponse, each with its audit event; and the stats — against PGlite and PostgreSQL.
import { describe, expect, it } from "vitest";
import { exportQueueCsv, QUEUE_CSV_CONTACT_HEADER, QUEUE_CSV_HEADER } from "@/lib/db/submissions/export-queue-csv";
import { exportSubmissionFhir } from "@/lib/db/submissions/export-submission-fhir";
import { getDashboardStats } from "@/lib/db/submissions/get-dashboard-stats";
import { listQueue } from "@/lib/db/submissions/list-queue";
import { DATABASE_KINDS, rowsAsText, seedStaff, useTestDatabase } from "./helpers/test-database";
import { EMERGENT_ANSWERS, URGENT_ANSWERS, publishedVersionId, seedSubmission } from "./helpers/queue";

/** A minimal RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe.each(DATABASE_KINDS)("dashboard exports (%s)", (kind) => {
  const db = useTestDatabase(kind);

  it("exports the filtered queue as CSV in queue order, formulas neutralised, with an audit event", async () => {
    const versionId = await publishedVersionId();
    const { actor } = await seedStaff("CLINICIAN");
    await seedSubmission(db(), versionId, { name: '=HYPERLINK("http://evil","x")', answers: URGENT_ANSWERS });
    await seedSubmission(db(), versionId, { name: "@SUM(A1)", answers: EMERGENT_ANSWERS });
    await seedSubmission(db(), versionId, { name: 'Routine, "Rita"' });
    await seedSubmission(db(), versionId, { name: "Closed Carl", status: "CLOSED" });

    const all = await exportQueueCsv({}, actor, "origin-1");
    const rows = parseCsv(all.csv);
    expect(rows[0]).toEqual([...QUEUE_CSV_HEADER]);
    expect(rows.slice(1).map((r) => [r[1], r[4]])).toEqual([
      ["EMERGENT", "'@SUM(A1)"],
      ["URGENT", '\'=HYPERLINK("http://evil","x")'],
      ["ROUTINE", 'Routine, "Rita"'],
    ]);
    expect(all.rows).toBe(3);

    const urgentOnly = parseCsv((await exportQueueCsv({ level: "URGENT", q: "=hyp" }, actor)).csv);
    expect(urgentOnly).toHaveLength(2);

    const audit = await db().auditEvent.findMany({ where: { action: "queue.exported" }, orderBy: { seq: "asc" } });
    expect(audit.map((a) => a.details)).toEqual([
      { format: "csv", filters: {}, rows: 3, truncated: false },
      { format: "csv", filters: { level: "URGENT", search: true }, rows: 1, truncated: false },
    ]);
    expect(audit[0]!.origin).toBe("origin-1");
    expect(rowsAsText(audit)).not.toContain("hyp");
  });

  it("adds phone, email and date of birth only when asked, with times in the clinic's offset, and audits it", async () => {
    const versionId = await publishedVersionId();
    const { actor } = await seedStaff("CLINICIAN");
    const arrived = new Date("2026-07-02T03:30:00.000Z");
    await seedSubmission(db(), versionId, {
      arrived,
      answers: { phone: "0555 010 0000", email: "pat@example.org", date_of_birth: "1970-01-02" },
    });

    const plain = parseCsv((await exportQueueCsv({}, actor, null, { timeZone: "America/New_York" })).csv);
    expect(plain[0]).toEqual([...QUEUE_CSV_HEADER]);
    expect(plain[1]![3]).toBe("2026-07-01T23:30:00-04:00");
    expect(plain[1]).not.toContain("0555 010 0000");

    const withContact = parseCsv((await exportQueueCsv({}, actor, null, { withContact: true })).csv);
    expect(withContact[0]).toEqual([...QUEUE_CSV_HEADER, ...QUEUE_CSV_CONTACT_HEADER]);
    expect(withContact[1]!.slice(-3)).toEqual(["0555 010 0000", "pat@example.org", "1970-01-02"]);
    expect(withContact[1]![3]).toBe("2026-07-02T03:30:00+00:00");

    const audit = await db().auditEvent.findMany({ where: { action: "queue.exported" }, orderBy: { seq: "asc" } });
    expect(audit.map((a) => (a.details as { contactData?: unknown }).contactData)).toEqual([
      undefined,
      ["phone", "email", "dateOfBirth"],
    ]);
  });

  it("finds the contact columns by the questions' roles when the clinic's set calls them something else", async () => {
    const versionId = await publishedVersionId();
    const { actor } = await seedStaff("CLINICIAN");
    const { id } = await seedSubmission(db(), versionId, {
      answers: { phone: "0555 010 0000", email: "pat@example.org", date_of_birth: "1970-01-02" },
    });
    // The same set as if its admin had named the three questions otherwise before it took answers.
    const rename = (json: unknown) =>
      JSON.parse(
        JSON.stringify(json)
          .replace('"id":"phone"', '"id":"mobile"')
          .replace('"id":"email"', '"id":"mail_address"')
          .replace('"id":"date_of_birth"', '"id":"born_on"')
          .replace('"items":["phone","email"]', '"items":["mobile","mail_address"]')
          .replace('"from":"date_of_birth"', '"from":"born_on"')
          .replace('"phone":', '"mobile":')
          .replace('"email":', '"mail_address":')
          .replace('"date_of_birth":', '"born_on":'),
      );
    const version = await db().questionSetVersion.findUniqueOrThrow({ where: { id: versionId } });
    await db().questionSetVersion.update({
      where: { id: versionId },
      data: { definition: rename(version.definition) },
    });
    const submission = await db().submission.findUniqueOrThrow({ where: { id } });
    await db().submission.update({ where: { id }, data: { answers: rename(submission.answers) } });

    const withContact = parseCsv((await exportQueueCsv({}, actor, null, { withContact: true })).csv);
    expect(withContact[1]!.slice(-3)).toEqual(["0555 010 0000", "pat@example.org", "1970-01-02"]);
    // The queue's age column reads the same question.
    expect((await listQueue({}, actor.id)).rows.map((r) => r.dateOfBirth)).toEqual(["1970-01-02"]);
  });

  it("exports one submission as an R4 QuestionnaireResponse with a versioned canonical and typed answers", async () => {
    const versionId = await publishedVersionId();
    const { actor } = await seedStaff("CLINICIAN");
    const submission = await seedSubmission(db(), versionId, { answers: EMERGENT_ANSWERS });
    const result = await exportSubmissionFhir(submission.id, actor, "https://clinic.example/fhir/", "o");
    expect(result).not.toBeNull();
    const resource = result!.resource;
    expect(resource.resourceType).toBe("QuestionnaireResponse");
    expect(resource.status).toBe("completed");
    expect(resource.questionnaire).toBe("https://clinic.example/fhir/Questionnaire/back-spasm-intake|1");
    expect(resource.identifier.value).toBe(submission.referenceCode);
    const items = resource.item.flatMap((section) => section.item ?? []);
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) {
      expect(item.linkId).toMatch(/^_?[a-z0-9_.]+$/i);
      expect(item.answer!.length).toBeGreaterThan(0);
      for (const answer of item.answer!) expect(Object.keys(answer)).toHaveLength(1);
    }
    const saddle = items.find((i) => i.linkId === "saddle_numbness");
    expect(saddle?.answer).toEqual([{ valueBoolean: true }]);
    const audit = await db().auditEvent.findMany({ where: { action: "submission.exported" } });
    expect(audit).toMatchObject([{ entityId: submission.id, actorId: actor.id, origin: "o" }]);
    expect(await exportSubmissionFhir("no-such-id", actor, "https://clinic.example/fhir")).toBeNull();
  });

  it("exports one submission as a Bundle a hospital can file: response, triage RiskAssessment, score Observations", async () => {
    const versionId = await publishedVersionId();
    const { actor } = await seedStaff("CLINICIAN");
    const submission = await seedSubmission(db(), versionId, { answers: EMERGENT_ANSWERS });
    const result = await exportSubmissionFhir(submission.id, actor, "https://clinic.example/fhir", "o", "bundle");
    const bundle = result!.resource;
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    const types = bundle.entry.map((e) => e.resource.resourceType);
    expect(types).toEqual(expect.arrayContaining(["Patient", "QuestionnaireResponse", "RiskAssessment"]));
    const risk = bundle.entry.find((e) => e.resource.resourceType === "RiskAssessment")!.resource as unknown as {
      prediction: { outcome: { text: string } }[];
    };
    expect(risk.prediction[0]!.outcome.text).toBe(`Triage level ${submission.triageLevel}`);
    const audit = await db().auditEvent.findMany({ where: { action: "submission.exported" } });
    expect(audit.map((a) => (a.details as { format: string }).format)).toEqual(["fhir-r4-bundle"]);
  });

  it("counts per day, per level, the common causes and the median time to acknowledge", async () => {
    const versionId = await publishedVersionId();
    const now = new Date(Date.UTC(2026, 2, 10, 12, 0, 0));
    const day = (d: number, minutes = 0) => new Date(Date.UTC(2026, 2, d, 9, minutes));
    const e1 = await seedSubmission(db(), versionId, { answers: EMERGENT_ANSWERS, arrived: day(9) });
    const e2 = await seedSubmission(db(), versionId, { answers: EMERGENT_ANSWERS, arrived: day(10) });
    const u1 = await seedSubmission(db(), versionId, { answers: URGENT_ANSWERS, arrived: day(10) });
    await seedSubmission(db(), versionId, { arrived: day(1) }); // outside a 7-day period
    await db().submission.update({ where: { id: e1.id }, data: { acknowledgedAt: day(9, 4) } });
    await db().submission.update({ where: { id: e2.id }, data: { acknowledgedAt: day(10, 10) } });
    await db().submission.update({ where: { id: u1.id }, data: { acknowledgedAt: day(10, 60) } });

    const stats = await getDashboardStats(7, now);
    expect(stats.perDay).toHaveLength(7);
    expect(stats.perDay.at(-1)).toEqual({ day: "2026-03-10", count: 2 });
    expect(stats.perDay.at(-2)).toEqual({ day: "2026-03-09", count: 1 });
    expect(stats.perLevel).toEqual([
      { level: "EMERGENT", count: 2 },
      { level: "URGENT", count: 1 },
      { level: "ROUTINE", count: 0 },
    ]);
    expect(stats.medianAcknowledge).toEqual([
      { level: "EMERGENT", seconds: 7 * 60, acknowledged: 2 },
      { level: "URGENT", seconds: 60 * 60, acknowledged: 1 },
    ]);
    expect(stats.causes.every((c) => c.count >= 1 && c.name.length > 0)).toBe(true);
  });

  it("counts by the clinic's local days, across the day New York's clocks go forward", async () => {
    const versionId = await publishedVersionId();
    // 8 March 2026 is 23 hours long in New York: it starts at 05:00 UTC (EST) and ends at 04:00 UTC (EDT).
    for (const at of [
      "2026-03-08T04:59:00Z", // 7 March, 23:59 EST
      "2026-03-08T05:00:00Z", // 8 March, 00:00 EST
      "2026-03-09T03:59:00Z", // 8 March, 23:59 EDT
      "2026-03-09T04:00:00Z", // 9 March, 00:00 EDT
    ])
      await seedSubmission(db(), versionId, { arrived: new Date(at) });

    const stats = await getDashboardStats(7, new Date("2026-03-09T16:00:00Z"), "America/New_York");
    expect(stats.to).toBe("2026-03-09");
    expect(stats.perDay.slice(-3)).toEqual([
      { day: "2026-03-07", count: 1 },
      { day: "2026-03-08", count: 2 },
      { day: "2026-03-09", count: 1 },
    ]);
    expect(stats.perLevel.reduce((n, l) => n + l.count, 0)).toBe(4);

    // The same rows by UTC days, for contrast: two on the 8th, two on the 9th.
    const utc = await getDashboardStats(7, new Date("2026-03-09T16:00:00Z"));
    expect(utc.perDay.slice(-2)).toEqual([
      { day: "2026-03-08", count: 2 },
      { day: "2026-03-09", count: 2 },
    ]);
  });
});
