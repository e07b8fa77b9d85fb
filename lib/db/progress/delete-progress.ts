import "server-only";
import { getDb } from "../client";
import { hashDraftToken, isWellFormedDraftToken } from "./progress-token";

export async function deleteDraft(token: string | undefined) {
  if (!isWellFormedDraftToken(token)) return;
  const db = await getDb();
  await db.intakeDraft.deleteMany({ where: { tokenHash: hashDraftToken(token) } });
}
