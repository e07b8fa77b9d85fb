// Publishing as a clinical lead does it: the approver and their change note are recorded and listed, a version with
// no red-flag rules takes an explicit yes, and a discarded draft gives its number to the next draft.
import { describe, expect, it } from "vitest";
import { createDraftFrom } from "@/lib/db/question-sets/create-draft";
import { readVersion } from "@/lib/db/question-sets/read-version";
import { listVersions } from "@/lib/db/question-sets/list-versions";
import { publishVersion } from "@/lib/db/question-sets/publish-version";
import { retireVersion } from "@/lib/db/question-sets/retire-version";
import { saveDraftDefinition } from "@/lib/db/question-sets/save-draft-definition";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { DATABASE_KINDS, assertOk, seedStaff, useTestDatabase } from "./helpers/test-database";

describe.each(DATABASE_KINDS)("publishing and discarding versions (%s)", (kind) => {
  const db = useTestDatabase(kind);

  async function start() {
    await seedDefaultQuestionSet();
    const { actor: admin } = await seedStaff("ADMIN", { name: "Nurse Lead" });
    const v1 = await readVersion({ published: true });
    if (!v1) throw new Error("nothing published");
    return { admin, v1 };
  }

  it("keeps version numbers contiguous when drafts are discarded", async () => {
    const { admin, v1 } = await start();
    for (let i = 0; i < 3; i++) {
      const draft = await createDraftFrom(v1.id, admin);
      assertOk(draft);
      assertOk(await retireVersion(draft.versionId, admin));
    }
    const kept = await createDraftFrom(v1.id, admin);
    assertOk(kept);
    assertOk(await publishVersion(kept.versionId, admin));
    const next = await createDraftFrom(kept.versionId, admin);
    assertOk(next);
    const versions = await db().questionSetVersion.findMany({ orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, "RETIRED"],
      [2, "PUBLISHED"],
      [3, "DRAFT"],
    ]);
  });

  it("records who approved a version and their change note, and lists both", async () => {
    const { admin, v1 } = await start();
    const draft = await createDraftFrom(v1.id, admin);
    assertOk(draft);
    assertOk(await publishVersion(draft.versionId, admin, { changeNote: "  Plainer wording for the pain scale.  " }));
    const [set] = await listVersions();
    expect(set!.versions[0]).toMatchObject({
      version: 2,
      status: "PUBLISHED",
      publishedBy: "Nurse Lead",
      changeNote: "Plainer wording for the pain scale.",
    });
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "question-set.published" } });
    expect(event).toMatchObject({ actorId: admin.id, details: { version: 2 } });
  });

  it("publishes a version without red-flag rules only when that is confirmed", async () => {
    const { admin, v1 } = await start();
    const draft = await createDraftFrom(v1.id, admin);
    assertOk(draft);
    assertOk(await saveDraftDefinition(draft.versionId, 0, { ...v1.definition, redFlagRules: [] }, admin));
    expect(await publishVersion(draft.versionId, admin)).toEqual({ ok: false, code: "no-red-flag-rules-unconfirmed" });
    expect((await readVersion({ published: true }))?.id).toBe(v1.id);
    assertOk(await publishVersion(draft.versionId, admin, { confirmNoRedFlagRules: true }));
    expect((await readVersion({ published: true }))?.id).toBe(draft.versionId);
  });
});
