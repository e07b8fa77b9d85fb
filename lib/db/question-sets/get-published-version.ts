import "server-only";
import { getDb } from "../client";
import { getVersionDefinition } from "./get-version-definition";

export const DEFAULT_QUESTION_SET_KEY = "back-spasm-intake";

/** The version new patients answer, or null when nothing has been published yet. */
export async function getPublishedVersion(key = DEFAULT_QUESTION_SET_KEY) {
  const db = await getDb();
  const row = await db.questionSetVersion.findFirst({
    where: { status: "PUBLISHED", questionSet: { key } },
    select: { id: true },
  });
  const version = row ? await getVersionDefinition(row.id) : null;
  return version ? { id: version.id, version: version.version, definition: version.definition } : null;
}
