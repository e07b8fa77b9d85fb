import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Actor, DbTx } from "../types";

export type AuditEntry = {
  actor: Actor | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Never patient answers: ids, codes and status names only. */
  details?: Prisma.InputJsonValue;
  /** Where the request came from: a hashed client address (see lib/http/client-key.ts), never the raw address. */
  origin?: string | null;
};

/** Appends an audit event; pass the transaction that makes the change so both commit or neither. */
export async function recordAuditEvent(tx: DbTx, entry: AuditEntry) {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      details: entry.details,
      origin: entry.origin ?? null,
    },
  });
}
