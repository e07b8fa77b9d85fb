import "server-only";
import { getDb } from "../client";
import { DEFAULT_QUESTION_SET_KEY } from "./get-published-version";

// The id of the version new patients get, remembered per process: every API submission without a versionId
// would otherwise ask the database first. After a publish (in any instance) the id is stale; that is harmless only
// because submitIntake asks again with { fresh: true } whenever an attempt on the remembered id fails, whether the
// answers do not fit it or the statement that stores them finds it retired.
const remembered = new Map<string, string>();

export async function getPublishedVersionId({
  fresh = false,
  key = DEFAULT_QUESTION_SET_KEY,
}: { fresh?: boolean; key?: string } = {}): Promise<string | null> {
  if (!fresh && remembered.has(key)) return remembered.get(key)!;
  const db = await getDb();
  const row = await db.questionSetVersion.findFirst({
    where: { status: "PUBLISHED", questionSet: { key } },
    select: { id: true },
  });
  if (row) remembered.set(key, row.id);
  else remembered.delete(key);
  return row?.id ?? null;
}
