import "server-only";
import crypto from "node:crypto";
import { auditEventHash, type AuditEventContent } from "@/lib/domain/staff-security/audit-chain";
import type { Prisma } from "../generated/prisma/client";
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

// Any constant works: it names the one lock every audit writer takes, so the chain stays a single line.
const AUDIT_CHAIN_LOCK = 4_242_017;

type RootClient = DbTx & { $transaction: <T>(fn: (tx: DbTx) => Promise<T>) => Promise<T> };

/**
 * Appends an audit event; pass the transaction that makes the change so both commit or neither.
 *
 * The event is linked into the hash chain (hash = SHA-256(previous hash + canonical JSON of this event)). Writers are
 * serialised by a transaction-scoped advisory lock held until commit, so two concurrent writers cannot both link to
 * the same predecessor. Called with the root client rather than a transaction, it opens its own transaction.
 * Record the event last in a transaction: the lock is held from here until commit, so everything before it runs
 * in parallel with other writers.
 */
export async function recordAuditEvent(tx: DbTx, entry: AuditEntry) {
  if (isRootClient(tx)) {
    await tx.$transaction((inner) => appendLinked(inner, entry));
    return;
  }
  await appendLinked(tx, entry);
}

function isRootClient(tx: DbTx): tx is RootClient {
  return typeof (tx as Partial<RootClient>).$transaction === "function";
}

async function appendLinked(tx: DbTx, entry: AuditEntry) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK}::bigint)`;
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  const prevHash = last?.hash ?? null;
  // The id and time are fixed here, not by column defaults, because both are part of the hashed content.
  const content: AuditEventContent = {
    id: crypto.randomUUID(),
    at: new Date().toISOString(),
    origin: entry.origin ?? null,
    actorId: entry.actor?.id ?? null,
    actorEmail: entry.actor?.email ?? null,
    actorRole: entry.actor?.role ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    details: entry.details ?? null,
  };
  await tx.auditEvent.create({
    data: {
      ...content,
      at: new Date(content.at),
      details: entry.details,
      prevHash,
      hash: auditEventHash(prevHash, content),
    },
  });
}
