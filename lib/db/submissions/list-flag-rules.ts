import "server-only";
import { flagsInClinicalOrder } from "@/lib/domain/queue/filter-order";
import { getDb } from "../client";

/**
 * The red-flag rules of the published question sets, for the queue's red-flag filter (id and English title), in
 * clinical order: EMERGENT rules first, then by title.
 */
export async function listFlagRules(): Promise<{ id: string; title: string; severity: string }[]> {
  const db = await getDb();
  // Read out of the JSON in SQL: the queue page should not parse whole definitions on every load.
  const rules = await db.$queryRaw<{ id: string; title: string; severity: string }[]>`
    SELECT DISTINCT ON (r->>'id') r->>'id' AS id, coalesce(r->'title'->>'en', r->>'id') AS title,
           coalesce(r->>'severity', 'URGENT') AS severity
    FROM "QuestionSetVersion" v, jsonb_array_elements(v."definition"->'redFlagRules') AS r
    WHERE v."status" = 'PUBLISHED'
    ORDER BY r->>'id'`;
  return flagsInClinicalOrder(rules);
}
