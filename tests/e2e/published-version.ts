// The version of the default set new patients get, for specs that need a particular kind of it.
import pg from "pg";
import shippedDefault from "../../prisma/default-question-set.json";
import { E2E_DATABASE_URL } from "./fixtures";

/**
 * Makes sure new patients are offered Spanish. Specs share one database and run in file order: an admin spec before
 * this one may have published a rewording with Spanish switched off (as an admin without a translator would). Then
 * the shipped default (which offers Spanish) is published again as the next version, the way seeding upgrades an
 * untouched set; submissions keep the versions they were made on.
 */
export async function offerSpanishToNewPatients() {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ id: string; questionSetId: string; definition: typeof shippedDefault }>(
      `SELECT v.id, v."questionSetId", v.definition FROM "QuestionSetVersion" v
       JOIN "QuestionSet" s ON s.id = v."questionSetId"
       WHERE s.key = $1 AND v.status = 'PUBLISHED' FOR UPDATE`,
      [shippedDefault.key],
    );
    const published = rows[0];
    if (!published) throw new Error("no published default question set in the e2e database");
    if (published.definition.languages?.some((l) => l.code === "es" && l.patients)) {
      await client.query("ROLLBACK");
      return;
    }
    await client.query(`UPDATE "QuestionSetVersion" SET status = 'RETIRED', "retiredAt" = now() WHERE id = $1`, [
      published.id,
    ]);
    await client.query(
      `INSERT INTO "QuestionSetVersion" (id, "questionSetId", version, status, definition, "publishedAt", "updatedAt")
       SELECT 'e2e' || md5(random()::text), $1, max(version) + 1, 'PUBLISHED', $2, now(), now()
       FROM "QuestionSetVersion" WHERE "questionSetId" = $1`,
      [published.questionSetId, JSON.stringify(shippedDefault)],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}
