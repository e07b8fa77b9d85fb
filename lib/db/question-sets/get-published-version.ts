import "server-only";
import { getDb } from "../client";
import { loadDefinition } from "./load-definition";

export const DEFAULT_QUESTION_SET_KEY = "back-spasm-intake";

/** The version new patients answer, or null when nothing has been published yet. */
export async function getPublishedVersion(key = DEFAULT_QUESTION_SET_KEY) {
  const db = await getDb();
  const row = await db.questionSetVersion.findFirst({
    where: { status: "PUBLISHED", questionSet: { key } },
    select: { id: true, version: true, definition: true },
  });
  return row ? { id: row.id, version: row.version, definition: loadDefinition(row.definition, row.id) } : null;
}
