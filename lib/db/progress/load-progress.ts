import "server-only";
import { getDb } from "../client";
import { readVersion } from "../question-sets/read-version";
import { hashDraftToken, isWellFormedDraftToken } from "./progress-token";

/** The unexpired draft behind a resume token, with the version it started on; null for unknown or forged tokens. */
export async function loadDraft(token: string | undefined, now = new Date()) {
  if (!isWellFormedDraftToken(token)) return null;
  const db = await getDb();
  const draft = await db.intakeDraft.findUnique({
    where: { tokenHash: hashDraftToken(token) },
    select: { answers: true, step: true, language: true, expiresAt: true, updatedAt: true, questionSetVersionId: true },
  });
  if (!draft || draft.expiresAt <= now) return null;
  const version = await readVersion({ id: draft.questionSetVersionId });
  if (!version) return null;
  return {
    answers: draft.answers as Record<string, unknown>,
    step: draft.step,
    language: draft.language,
    expiresAt: draft.expiresAt,
    savedAt: draft.updatedAt,
    version: { id: version.id, version: version.version, definition: version.definition },
  };
}
