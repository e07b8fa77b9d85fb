// Bootstrap seeds the default question set on every start. A clinic still on the untouched first
// default gets the new version; one that edited its set keeps its own — on PGlite and PostgreSQL.
import { describe, expect, it } from "vitest";
import v1 from "../fixtures/default-question-set-v1.json";
import v2 from "../fixtures/default-question-set-v2.json";
import v3 from "../fixtures/default-question-set-v3.json";
import current from "@/prisma/default-question-set.json";
import { parseDefinition } from "@/lib/domain/question-set";
import { seedDefaultQuestionSet } from "@/lib/db/question-sets/seed-default-question-set";
import { DATABASE_KINDS, useTestDatabase } from "./helpers/test-database";

function parsed(raw: unknown) {
  const result = parseDefinition(raw);
  if (!result.ok) throw new Error("invalid definition");
  return result.definition;
}

describe.each(DATABASE_KINDS)("seeding the default question set (%s)", (kind) => {
  const db = useTestDatabase(kind);

  async function clinicOnV1(edit?: (d: ReturnType<typeof parsed>) => void) {
    const definition = parsed(v1);
    edit?.(definition);
    const set = await db().questionSet.create({ data: { key: definition.key, title: "Back spasm intake" } });
    const version = await db().questionSetVersion.create({
      data: { questionSetId: set.id, version: 1, status: "PUBLISHED", definition, publishedAt: new Date() },
    });
    return { set, version };
  }

  const versions = async () =>
    (await db().questionSetVersion.findMany({ orderBy: { version: "asc" } })).map((v) => ({
      version: v.version,
      status: v.status,
    }));

  it("publishes the current default on a new database, once", async () => {
    expect(await seedDefaultQuestionSet()).toBe("created");
    expect(await seedDefaultQuestionSet()).toBe("exists");
    expect(await versions()).toEqual([{ version: 1, status: "PUBLISHED" }]);
  });

  it("moves a clinic on the untouched first default to the new version, retiring the old one", async () => {
    const { version: old } = await clinicOnV1();
    expect(await seedDefaultQuestionSet()).toBe("upgraded");
    expect(await versions()).toEqual([
      { version: 1, status: "RETIRED" },
      { version: 2, status: "PUBLISHED" },
    ]);
    const published = await db().questionSetVersion.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    expect(published.definition).toEqual(parsed(current));
    // The old version is kept unchanged, for the submissions made on it.
    expect((await db().questionSetVersion.findUniqueOrThrow({ where: { id: old.id } })).definition).toEqual(parsed(v1));
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "question-set.seeded" } });
    expect(audit.details).toMatchObject({ version: 2, replaces: 1 });
    expect(await seedDefaultQuestionSet()).toBe("exists");
  });

  it("moves a clinic on the untouched second default (the back-only body map) to the current one", async () => {
    const set = await db().questionSet.create({ data: { key: "back-spasm-intake", title: "Back spasm intake" } });
    await db().questionSetVersion.create({
      data: { questionSetId: set.id, version: 1, status: "RETIRED", definition: parsed(v1), retiredAt: new Date() },
    });
    const old = await db().questionSetVersion.create({
      data: { questionSetId: set.id, version: 2, status: "PUBLISHED", definition: parsed(v2), publishedAt: new Date() },
    });
    expect(await seedDefaultQuestionSet()).toBe("upgraded");
    expect(await versions()).toEqual([
      { version: 1, status: "RETIRED" },
      { version: 2, status: "RETIRED" },
      { version: 3, status: "PUBLISHED" },
    ]);
    const published = await db().questionSetVersion.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    expect(published.definition).toEqual(parsed(current));
    expect(JSON.stringify(published.definition)).toContain('"code":"es"');
    expect((await db().questionSetVersion.findUniqueOrThrow({ where: { id: old.id } })).definition).toEqual(parsed(v2));
  });

  it("moves a clinic on the untouched third default to the one that marks STarT Back as licensed", async () => {
    const set = await db().questionSet.create({ data: { key: "back-spasm-intake", title: "Back spasm intake" } });
    const old = await db().questionSetVersion.create({
      data: { questionSetId: set.id, version: 1, status: "PUBLISHED", definition: parsed(v3), publishedAt: new Date() },
    });
    expect(await seedDefaultQuestionSet()).toBe("upgraded");
    expect(await versions()).toEqual([
      { version: 1, status: "RETIRED" },
      { version: 2, status: "PUBLISHED" },
    ]);
    const published = await db().questionSetVersion.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    expect(JSON.stringify(published.definition)).toContain('"instrument":"keele-start-back"');
    expect((await db().questionSetVersion.findUniqueOrThrow({ where: { id: old.id } })).definition).toEqual(parsed(v3));
  });

  it("never replaces a set an admin has edited", async () => {
    await clinicOnV1((d) => {
      d.title = { en: "Riverside back clinic intake" };
    });
    expect(await seedDefaultQuestionSet()).toBe("kept-edited");
    expect(await versions()).toEqual([{ version: 1, status: "PUBLISHED" }]);
  });

  it("leaves an untouched first default alone while an admin is drafting the next version", async () => {
    const { set } = await clinicOnV1();
    await db().questionSetVersion.create({
      data: { questionSetId: set.id, version: 2, status: "DRAFT", definition: parsed(v1) },
    });
    expect(await seedDefaultQuestionSet()).toBe("kept-edited");
    expect(await versions()).toEqual([
      { version: 1, status: "PUBLISHED" },
      { version: 2, status: "DRAFT" },
    ]);
  });
});
