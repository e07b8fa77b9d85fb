// What the submission page is built from: the patient's contact details for the header and likely causes whose
// evidence names the question as well as the answer — against PGlite and PostgreSQL.
import { describe, expect, it } from "vitest";
import { viewSubmission } from "@/lib/db/submissions/view-submission";
import { DATABASE_KINDS, seedStaff, useTestDatabase } from "./helpers/test-database";
import { EMERGENT_ANSWERS, publishedVersionId, seedSubmission } from "./helpers/queue";

describe.each(DATABASE_KINDS)("the submission page's data (%s)", (kind) => {
  const db = useTestDatabase(kind);

  it("gives the header the phone as typed with a dialable tel: link, the email and the age on the clinic's calendar", async () => {
    const versionId = await publishedVersionId();
    const { actor } = await seedStaff("CLINICIAN");
    const submission = await seedSubmission(db(), versionId, {
      answers: { ...EMERGENT_ANSWERS, phone: "020 7946 0000", email: "pat@example.org", date_of_birth: "1970-07-02" },
    });
    // 1 July 23:30 in New York is already 2 July in UTC: the birthday has not come yet in the clinic.
    const now = new Date("2026-07-02T03:30:00Z");
    const ny = await viewSubmission(submission.id, actor, { timeZone: "America/New_York", now });
    expect(ny!.contact).toMatchObject({
      phone: "020 7946 0000",
      phoneHref: "tel:02079460000",
      email: "pat@example.org",
      dateOfBirth: "1970-07-02",
      age: 55,
    });
    expect((await viewSubmission(submission.id, actor, { timeZone: "UTC", now }))!.contact.age).toBe(56);
  });

  it("lists each likely cause with the question and answer that point to it", async () => {
    const versionId = await publishedVersionId();
    const { actor } = await seedStaff("CLINICIAN");
    const submission = await seedSubmission(db(), versionId, { answers: { leg_nerve: true, diagnoses: ["none"] } });
    const view = await viewSubmission(submission.id, actor);
    const evidence = view!.triage.causes.flatMap((c) => c.because);
    expect(evidence.length).toBeGreaterThan(0);
    const leg = evidence.find((e) => e.itemId === "leg_nerve");
    expect(leg).toMatchObject({ question: expect.stringMatching(/shooting pain/), answer: "Yes" });
    // "No diagnosed disc problem" is not evidence for a disc problem.
    expect(evidence.find((e) => e.itemId === "diagnoses")).toBeUndefined();
  });
});
