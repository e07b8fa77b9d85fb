import "server-only";
import { getDb } from "../client";
import { readVersion } from "../question-sets/read-version";
import { hashProgressToken, isWellFormedProgressToken } from "./progress-token";

/** The unexpired progress behind a resume token, with the version it started on; null for unknown or forged tokens. */
export async function loadProgress(token: string | undefined, now = new Date()) {
  if (!isWellFormedProgressToken(token)) return null;
  const db = await getDb();
  const progress = await db.intakeProgress.findUnique({
    where: { tokenHash: hashProgressToken(token) },
    select: { answers: true, step: true, language: true, expiresAt: true, updatedAt: true, questionSetVersionId: true },
  });
  if (!progress || progress.expiresAt <= now) return null;
  const version = await readVersion({ id: progress.questionSetVersionId });
  if (!version) return null;
  return {
    answers: progress.answers as Record<string, unknown>,
    step: progress.step,
    language: progress.language,
    expiresAt: progress.expiresAt,
    savedAt: progress.updatedAt,
    version: { id: version.id, version: version.version, definition: version.definition },
  };
}
