import "server-only";
import { getDb } from "../client";
import { hashProgressToken, isWellFormedProgressToken } from "./progress-token";

export async function deleteProgress(token: string | undefined) {
  if (!isWellFormedProgressToken(token)) return;
  const db = await getDb();
  await db.intakeProgress.deleteMany({ where: { tokenHash: hashProgressToken(token) } });
}
