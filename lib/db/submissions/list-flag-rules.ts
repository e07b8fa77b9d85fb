import "server-only";
import { getDb } from "../client";

/** The red-flag rules of the published question sets, for the queue's red-flag filter (id and English title). */
export async function listFlagRules(): Promise<{ id: string; title: string }[]> {
  const db = await getDb();
  // Read out of the JSON in SQL: the queue page should not parse whole definitions on every load.
  return db.$queryRaw<{ id: string; title: string }[]>`
    SELECT DISTINCT ON (r->>'id') r->>'id' AS id, coalesce(r->'title'->>'en', r->>'id') AS title
    FROM "QuestionSetVersion" v, jsonb_array_elements(v."definition"->'redFlagRules') AS r
    WHERE v."status" = 'PUBLISHED'
    ORDER BY r->>'id'`;
}
