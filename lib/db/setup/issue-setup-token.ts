import "server-only";
import crypto from "node:crypto";
import { getDb } from "../client";

const SETUP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/**
 * While no staff account exists, issues a fresh one-time setup token (older unused ones are dropped).
 * Returns null once anyone has an account: there is never a default password or an open setup page.
 */
export async function issueSetupTokenIfNoStaff(): Promise<string | null> {
  const db = await getDb();
  if ((await db.user.count()) > 0) return null;
  const token = crypto.randomBytes(32).toString("base64url");
  await db.$transaction([
    db.setupToken.deleteMany({ where: { usedAt: null } }),
    db.setupToken.create({
      data: { tokenHash: hashToken(token), expiresAt: new Date(Date.now() + SETUP_TOKEN_TTL_MS) },
    }),
  ]);
  return token;
}
