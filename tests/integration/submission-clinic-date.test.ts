// The age a submission is triaged with counts from the clinic's own date: around midnight the clinic's calendar and
// UTC's disagree, and a patient who turns 50 at the clinic's midnight is 50 for the over-50 rule from then on.
import { describe, expect, it } from "vitest";
import { clinicToday } from "@/lib/db/clinic-settings/clinic-today";
import { saveClinicSettings } from "@/lib/db/clinic-settings/save-clinic-settings";
import { clinicSettingsInput } from "@/lib/domain/clinic-settings/settings-schema";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { readVersion } from "@/lib/db/question-sets/read-version";
import { submitIntake } from "@/lib/db/submissions/submit-intake";
import type { TriageResult } from "@/lib/domain/triage";
import {
  DATABASE_KINDS,
  answersFor,
  assertOk,
  newIdempotencyKey,
  seedStaff,
  useTestDatabase,
} from "./helpers/test-database";

// 00:30 on 15 June in Auckland (NZST, UTC+12) is still 14 June in UTC.
const AUCKLAND_JUST_AFTER_MIDNIGHT = new Date("2026-06-14T12:30:00Z");
// A first episode with night pain, born 15 June 1976: 50 on the clinic's date, 49 on UTC's.
const TURNS_50_TODAY = answersFor({ date_of_birth: "1976-06-15", first_episode: true, night_pain: true });

describe.each(DATABASE_KINDS)("the clinic's date in triage (%s)", (kind) => {
  const db = useTestDatabase(kind);

  async function setTimeZone(timeZone: string) {
    const { actor } = await seedStaff("ADMIN");
    await saveClinicSettings(clinicSettingsInput.parse({ timeZone }), actor);
    // The zone is remembered per process for a minute; a test cannot wait that long.
    await clinicToday(new Date(), { fresh: true });
  }

  async function submitAt(now: Date) {
    await seedDefaultQuestionSet();
    const version = await readVersion({ published: true });
    const result = await submitIntake({
      versionId: version!.id,
      idempotencyKey: newIdempotencyKey(),
      answers: TURNS_50_TODAY,
      now,
    });
    assertOk(result);
    const row = await db().submission.findUniqueOrThrow({ where: { referenceCode: result.referenceCode } });
    return row.triage as TriageResult;
  }

  it("counts a patient who turned 50 at the clinic's midnight as 50, though UTC's date is still the day before", async () => {
    await setTimeZone("Pacific/Auckland");
    expect(await clinicToday(AUCKLAND_JUST_AFTER_MIDNIGHT)).toBe("2026-06-15");
    const triage = await submitAt(AUCKLAND_JUST_AFTER_MIDNIGHT);
    expect(triage.flags.map((f) => f.ruleId)).toContain("first-episode-over-50");
    expect(triage.level).toBe("URGENT");
  });

  it("counts the same patient at the same moment as 49 in a clinic whose date is still the 14th", async () => {
    await setTimeZone("Europe/London");
    expect(await clinicToday(AUCKLAND_JUST_AFTER_MIDNIGHT)).toBe("2026-06-14");
    const triage = await submitAt(AUCKLAND_JUST_AFTER_MIDNIGHT);
    expect(triage.flags.map((f) => f.ruleId)).not.toContain("first-episode-over-50");
  });

  it("uses UTC's date while the clinic has set no time zone", async () => {
    await clinicToday(new Date(), { fresh: true });
    expect(await clinicToday(new Date("2026-06-14T23:59:00Z"))).toBe("2026-06-14");
    expect(await clinicToday(new Date("2026-06-15T00:00:00Z"))).toBe("2026-06-15");
  });
});
