// Unfinished intakes: saved under a resume token whose hash alone is stored, kept on the version they started,
// refused for forged tokens, and deleted once expired — on PGlite and PostgreSQL.
import { describe, expect, it } from "vitest";
import { deleteProgress } from "@/lib/db/progress/delete-progress";
import { hashProgressToken, newProgressToken } from "@/lib/db/progress/progress-token";
import { loadProgress } from "@/lib/db/progress/load-progress";
import { purgeExpiredProgress } from "@/lib/db/progress/purge-expired-progress";
import { saveProgress } from "@/lib/db/progress/save-progress";
import { readVersion } from "@/lib/db/question-sets/read-version";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { createDraftFrom } from "@/lib/db/question-sets/create-draft";
import { publishVersion } from "@/lib/db/question-sets/publish-version";
import { DATABASE_KINDS, assertOk, seedStaff, useTestDatabase } from "./helpers/test-database";

describe.each(DATABASE_KINDS)("unfinished intakes (%s)", (kind) => {
  const db = useTestDatabase(kind);

  async function published() {
    await seedDefaultQuestionSet();
    const version = await readVersion({ published: true });
    if (!version) throw new Error("nothing published");
    return version;
  }

  it("keeps a patient's answers under a resume token, storing only the token's hash", async () => {
    const version = await published();
    const token = newProgressToken();
    const saved = await saveProgress({
      token,
      versionId: version.id,
      answers: { full_name: "Dee Resume" },
      step: 2,
      ttlDays: 7,
    });
    assertOk(saved);
    const rows = await db().intakeProgress.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashProgressToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);

    const loaded = await loadProgress(token);
    expect(loaded).toMatchObject({ answers: { full_name: "Dee Resume" }, step: 2, version: { id: version.id } });

    await saveProgress({
      token,
      versionId: version.id,
      answers: { full_name: "Dee Resume", pain_now: 5 },
      step: 3,
      ttlDays: 7,
    });
    expect(await db().intakeProgress.count()).toBe(1);
    expect((await loadProgress(token))?.step).toBe(3);
  });

  it("opens nothing for a forged, malformed or unknown resume token", async () => {
    const version = await published();
    const token = newProgressToken();
    await saveProgress({ token, versionId: version.id, answers: { full_name: "Dee Resume" }, step: 1, ttlDays: 7 });
    expect(await loadProgress(newProgressToken())).toBeNull();
    expect(await loadProgress(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).toBeNull();
    expect(await loadProgress("not-a-token")).toBeNull();
    expect(await loadProgress(undefined)).toBeNull();
  });

  it("keeps saved progress on the version it started after a newer version is published", async () => {
    const v1 = await published();
    const token = newProgressToken();
    await saveProgress({ token, versionId: v1.id, answers: {}, step: 1, ttlDays: 7 });
    const { actor: admin } = await seedStaff("ADMIN");
    const v2 = await createDraftFrom(v1.id, admin);
    assertOk(v2);
    assertOk(await publishVersion(v2.versionId, admin));

    expect((await loadProgress(token))?.version.id).toBe(v1.id);
    assertOk(await saveProgress({ token, versionId: v1.id, answers: { full_name: "Still v1" }, step: 2, ttlDays: 7 }));
    // New progress cannot start on the retired version.
    expect(
      await saveProgress({ token: newProgressToken(), versionId: v1.id, answers: {}, step: 0, ttlDays: 7 }),
    ).toEqual({
      ok: false,
      code: "version-not-published",
    });
  });

  it("deletes expired progress and never reopens them", async () => {
    const version = await published();
    const old = newProgressToken();
    const fresh = newProgressToken();
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    await saveProgress({
      token: old,
      versionId: version.id,
      answers: { full_name: "Old" },
      step: 1,
      ttlDays: 7,
      now: eightDaysAgo,
    });
    await saveProgress({ token: fresh, versionId: version.id, answers: { full_name: "Fresh" }, step: 1, ttlDays: 7 });
    expect(await loadProgress(old)).toBeNull();

    expect(await purgeExpiredProgress()).toBe(1);
    expect(await db().intakeProgress.count()).toBe(1);
    expect((await loadProgress(fresh))?.answers).toEqual({ full_name: "Fresh" });
  });

  it("forgets saved progress when the patient submits or starts again", async () => {
    const version = await published();
    const token = newProgressToken();
    await saveProgress({ token, versionId: version.id, answers: {}, step: 1, ttlDays: 7 });
    await deleteProgress(token);
    expect(await db().intakeProgress.count()).toBe(0);
  });
});
