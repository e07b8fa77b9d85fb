import "server-only";
import crypto from "node:crypto";
import { auditContentOf, canonicalJson, type AuditEventContent } from "@/lib/domain/staff-security/audit-chain";
import { Prisma } from "../generated/prisma/client";
import type { DbTx } from "../types";
import type { Actor } from "../types";

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

/**
 * Appends an audit event; pass the transaction that makes the change so both commit or neither (a root client
 * works too: the append is one statement).
 *
 * The event is linked into the hash chain by the database function append_audit_event (see its migration), which
 * holds the chain's lock until commit: record the event last in a transaction so the lock is held briefly.
 */
export async function recordAuditEvent(tx: DbTx, entry: AuditEntry) {
  await tx.$queryRaw`SELECT ${appendAuditEventSql(entry)} AS "hash"`;
}

/**
 * The append_audit_event(...) call for an entry, for callers that append within a larger statement (one round
 * trip for a change and its audit event). The id and time are fixed here because both are part of the hash.
 */
export function appendAuditEventSql(entry: AuditEntry, at = new Date()): Prisma.Sql {
  const content: AuditEventContent = auditContentOf({
    id: crypto.randomUUID(),
    at: at.toISOString(),
    origin: entry.origin ?? null,
    actorId: entry.actor?.id ?? null,
    actorEmail: entry.actor?.email ?? null,
    actorRole: entry.actor?.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    details: entry.details ?? null,
  });
  const details = entry.details === undefined || entry.details === null ? null : JSON.stringify(entry.details);
  return Prisma.sql`"append_audit_event"(${content.id}, ${content.at}::timestamp(3), ${content.origin},
    ${content.actorId}, ${content.actorEmail}, ${content.actorRole}, ${content.action}, ${content.entityType},
    ${content.entityId}, ${details}::jsonb, ${canonicalJson(content)})`;
}
