import "server-only";
import { getDb } from "../client";
import { hashDraftToken, isWellFormedDraftToken, newDraftToken } from "./progress-token";

/**
 * Moves an unexpired draft to a fresh token and kills the old one, in one statement. Called when a resume link is
 * used: whoever made or saw the link (it may not be the patient) can follow nothing typed afterwards.
 */
export async function rotateDraftToken(
  token: string | undefined,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date } | null> {
  if (!isWellFormedDraftToken(token)) return null;
  const next = newDraftToken();
  const db = await getDb();
  const [moved] = await db.intakeDraft.updateManyAndReturn({
    where: { tokenHash: hashDraftToken(token), expiresAt: { gt: now } },
    data: { tokenHash: hashDraftToken(next) },
    select: { expiresAt: true },
  });
  return moved ? { token: next, expiresAt: moved.expiresAt } : null;
}
