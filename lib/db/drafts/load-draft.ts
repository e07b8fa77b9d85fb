import "server-only";
import { getDb } from "../client";
import { loadDefinition } from "../question-sets/load-definition";
import { hashDraftToken, isWellFormedDraftToken } from "./draft-token";

/** The unexpired draft behind a resume token, with the version it started on; null for unknown or forged tokens. */
export async function loadDraft(token: string | undefined, now = new Date()) {
  if (!isWellFormedDraftToken(token)) return null;
  const db = await getDb();
  const draft = await db.intakeDraft.findUnique({
    where: { tokenHash: hashDraftToken(token) },
    include: { questionSetVersion: { select: { id: true, version: true, definition: true } } },
  });
  if (!draft || draft.expiresAt <= now) return null;
  return {
    answers: draft.answers as Record<string, unknown>,
    step: draft.step,
    expiresAt: draft.expiresAt,
    version: {
      id: draft.questionSetVersion.id,
      version: draft.questionSetVersion.version,
      definition: loadDefinition(draft.questionSetVersion.definition, draft.questionSetVersion.id),
    },
  };
}
