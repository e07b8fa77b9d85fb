import "server-only";
import { getDb } from "../client";
import { hashProgressToken, isWellFormedProgressToken, newProgressToken } from "./progress-token";

/**
 * Moves unexpired progress to a fresh token and kills the old one, in one statement. Called when a resume link is
 * used: whoever made or saw the link (it may not be the patient) can follow nothing typed afterwards.
 */
export async function rotateProgressToken(
  token: string | undefined,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date } | null> {
  if (!isWellFormedProgressToken(token)) return null;
  const next = newProgressToken();
  const db = await getDb();
  const [moved] = await db.intakeProgress.updateManyAndReturn({
    where: { tokenHash: hashProgressToken(token), expiresAt: { gt: now } },
    data: { tokenHash: hashProgressToken(next) },
    select: { expiresAt: true },
  });
  return moved ? { token: next, expiresAt: moved.expiresAt } : null;
}
