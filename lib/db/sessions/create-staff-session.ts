import "server-only";
import { env } from "@/lib/env";
import type { DbTx } from "../types";

/** Opens a server-side session record at sign-in; its id goes into the cookie, so the cookie can be revoked. */
export async function createStaffSession(tx: DbTx, userId: string, now: Date = new Date()) {
  return tx.staffSession.create({
    data: {
      userId,
      createdAt: now,
      lastActivityAt: now,
      expiresAt: new Date(now.getTime() + env.SESSION_MAX_HOURS * 3_600_000),
    },
    select: { id: true, expiresAt: true },
  });
}
