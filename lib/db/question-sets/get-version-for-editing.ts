import "server-only";
import type { Definition } from "@/lib/domain/question-set";
import { parseDraftShape } from "@/lib/domain/question-set/editor/draft-shape";
import { getDb } from "../client";
import { loadDefinition } from "./load-definition";

/**
 * A version for the editor page, with the published version of the same set to diff against. Drafts
 * may hold problems (autosave keeps half-finished work), so they are read with the looser draft shape.
 */
export async function getVersionForEditing(id: string) {
  const db = await getDb();
  const row = await db.questionSetVersion.findUnique({
    where: { id },
    include: { questionSet: { select: { key: true, title: true } } },
  });
  if (!row) return null;
  const definition: Definition | null =
    row.status === "DRAFT" ? parseDraftShape(row.definition) : loadDefinition(row.definition, row.id);
  if (!definition) throw new Error(`Draft ${row.id} does not have the shape of a question-set definition`);
  const published = await db.questionSetVersion.findFirst({
    where: { questionSetId: row.questionSetId, status: "PUBLISHED" },
    select: { id: true, version: true, definition: true },
  });
  const draft = await db.questionSetVersion.findFirst({
    where: { questionSetId: row.questionSetId, status: "DRAFT" },
    select: { id: true },
  });
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    rowVersion: row.rowVersion,
    questionSetKey: row.questionSet.key,
    questionSetTitle: row.questionSet.title,
    definition,
    updatedAt: row.updatedAt,
    existingDraftId: draft?.id ?? null,
    published:
      published && published.id !== row.id
        ? {
            id: published.id,
            version: published.version,
            definition: loadDefinition(published.definition, published.id),
          }
        : null,
  };
}
