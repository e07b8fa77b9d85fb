import "server-only";
import { getDb } from "../client";
import { loadDefinition } from "./load-definition";

export async function getVersion(id: string) {
  const db = await getDb();
  const row = await db.questionSetVersion.findUnique({
    where: { id },
    include: { questionSet: { select: { key: true, title: true } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    rowVersion: row.rowVersion,
    questionSetKey: row.questionSet.key,
    questionSetTitle: row.questionSet.title,
    definition: loadDefinition(row.definition, row.id),
    updatedAt: row.updatedAt,
  };
}
