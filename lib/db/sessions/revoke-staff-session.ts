import "server-only";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";

/** Sign-out: this session ends now; a copy of its cookie is refused from the next request. */
export async function revokeStaffSession(sessionId: string, userId: string, origin: string | null = null) {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const { count } = await tx.staffSession.updateMany({
      where: { id: sessionId, userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) return;
    await recordAuditEvent(tx, {
      actor: null,
      action: "auth.signed-out",
      entityType: "User",
      entityId: userId,
      origin,
      details: { sessionId },
    });
  });
}
