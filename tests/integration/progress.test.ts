// Unfinished intakes: saved under a resume token whose hash alone is stored, kept on the version they started,
// refused for forged tokens, and deleted once expired — on PGlite and PostgreSQL.
import { describe, expect, it } from "vitest";
import { deleteDraft } from "@/lib/db/progress/delete-progress";
import { hashDraftToken, newDraftToken } from "@/lib/db/progress/progress-token";
import { loadDraft } from "@/lib/db/progress/load-progress";
import { purgeExpiredDrafts } from "@/lib/db/progress/purge-expired-progress";
import { saveDraft } from "@/lib/db/progress/save-progress";
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
    const token = newDraftToken();
    const saved = await saveDraft({
      token,
      versionId: version.id,
      answers: { full_name: "Dee Draft" },
      step: 2,
      ttlDays: 7,
    });
    assertOk(saved);
    const rows = await db().intakeDraft.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashDraftToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);

    const loaded = await loadDraft(token);
    expect(loaded).toMatchObject({ answers: { full_name: "Dee Draft" }, step: 2, version: { id: version.id } });

    await saveDraft({
      token,
      versionId: version.id,
      answers: { full_name: "Dee Draft", pain_now: 5 },
      step: 3,
      ttlDays: 7,
    });
    expect(await db().intakeDraft.count()).toBe(1);
    expect((await loadDraft(token))?.step).toBe(3);
  });

  it("opens nothing for a forged, malformed or unknown resume token", async () => {
    const version = await published();
    const token = newDraftToken();
    await saveDraft({ token, versionId: version.id, answers: { full_name: "Dee Draft" }, step: 1, ttlDays: 7 });
    expect(await loadDraft(newDraftToken())).toBeNull();
    expect(await loadDraft(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).toBeNull();
    expect(await loadDraft("not-a-token")).toBeNull();
    expect(await loadDraft(undefined)).toBeNull();
  });

  it("keeps a draft on the version it started after a newer version is published", async () => {
    const v1 = await published();
    const token = newDraftToken();
    await saveDraft({ token, versionId: v1.id, answers: {}, step: 1, ttlDays: 7 });
    const { actor: admin } = await seedStaff("ADMIN");
    const draft = await createDraftFrom(v1.id, admin);
    assertOk(draft);
    assertOk(await publishVersion(draft.versionId, admin));

    expect((await loadDraft(token))?.version.id).toBe(v1.id);
    assertOk(await saveDraft({ token, versionId: v1.id, answers: { full_name: "Still v1" }, step: 2, ttlDays: 7 }));
    // A brand-new draft cannot start on the retired version.
    expect(await saveDraft({ token: newDraftToken(), versionId: v1.id, answers: {}, step: 0, ttlDays: 7 })).toEqual({
      ok: false,
      code: "version-not-published",
    });
  });

  it("deletes expired drafts and never reopens them", async () => {
    const version = await published();
    const old = newDraftToken();
    const fresh = newDraftToken();
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    await saveDraft({
      token: old,
      versionId: version.id,
      answers: { full_name: "Old" },
      step: 1,
      ttlDays: 7,
      now: eightDaysAgo,
    });
    await saveDraft({ token: fresh, versionId: version.id, answers: { full_name: "Fresh" }, step: 1, ttlDays: 7 });
    expect(await loadDraft(old)).toBeNull();

    expect(await purgeExpiredDrafts()).toBe(1);
    expect(await db().intakeDraft.count()).toBe(1);
    expect((await loadDraft(fresh))?.answers).toEqual({ full_name: "Fresh" });
  });

  it("forgets a draft when the patient submits or starts again", async () => {
    const version = await published();
    const token = newDraftToken();
    await saveDraft({ token, versionId: version.id, answers: {}, step: 1, ttlDays: 7 });
    await deleteDraft(token);
    expect(await db().intakeDraft.count()).toBe(0);
  });
});
