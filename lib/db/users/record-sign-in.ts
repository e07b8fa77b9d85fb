import "server-only";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";

export async function recordSignIn(outcome: "succeeded" | "failed", actor: Actor | null) {
  const db = await getDb();
  await recordAuditEvent(db, {
    actor,
    action: `auth.sign-in-${outcome}`,
    entityType: "User",
    entityId: actor?.id ?? null,
  });
}
