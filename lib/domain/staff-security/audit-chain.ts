// The audit log's hash chain: each event's hash covers the previous event's hash and this event's content, so
// editing, deleting or reordering any event breaks every link after it. Pure: node:crypto hashing only, no I/O.
import crypto from "node:crypto";

/** What is hashed for one event: everything a reader relies on, in a fixed shape. */
export type AuditEventContent = {
  id: string;
  at: string; // ISO 8601, millisecond precision (the column is TIMESTAMP(3))
  origin: string | null;
  actorId: string | null;
  actorEmail: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  details: unknown;
};

export type ChainedAuditEvent = AuditEventContent & {
  seq: bigint | number | string;
  prevHash: string | null;
  hash: string | null;
};

/**
 * JSON with object keys sorted at every level, so the same content always gives the same bytes
 * (PostgreSQL's jsonb does not keep key order).
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  return JSON.stringify(value);
}

export function auditContentOf(event: AuditEventContent): AuditEventContent {
  return {
    id: event.id,
    at: event.at,
    origin: event.origin ?? null,
    actorId: event.actorId ?? null,
    actorEmail: event.actorEmail ?? null,
    actorRole: event.actorRole ?? null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    details: event.details ?? null,
  };
}

/** hash = SHA-256(prevHash + canonical JSON of the content), hex. The first event's prevHash is "". */
export function auditEventHash(prevHash: string | null, content: AuditEventContent): string {
  return crypto
    .createHash("sha256")
    .update(prevHash ?? "")
    .update(canonicalJson(auditContentOf(content)))
    .digest("hex");
}

export type ChainBreak = {
  seq: string;
  id: string;
  problem: "missing-hash" | "prev-hash-mismatch" | "content-hash-mismatch";
};

export type ChainVerification =
  { ok: true; checked: number; lastHash: string | null } | { ok: false; checked: number; breaks: ChainBreak[] };

/**
 * Walks events in seq order. `previousHash` is the hash before the first event given (for walking in pages).
 * Events written before the chain existed (no hash, at the very start) are skipped; any later gap is a break.
 */
export function verifyAuditChain(
  events: readonly ChainedAuditEvent[],
  previousHash: string | null = null,
): ChainVerification {
  const breaks: ChainBreak[] = [];
  let prev = previousHash;
  let chainStarted = previousHash !== null;
  for (const event of events) {
    const seq = String(event.seq);
    if (event.hash === null) {
      if (chainStarted) breaks.push({ seq, id: event.id, problem: "missing-hash" });
      continue;
    }
    chainStarted = true;
    if ((event.prevHash ?? null) !== prev) breaks.push({ seq, id: event.id, problem: "prev-hash-mismatch" });
    if (auditEventHash(event.prevHash, event) !== event.hash) {
      breaks.push({ seq, id: event.id, problem: "content-hash-mismatch" });
    }
    prev = event.hash;
  }
  return breaks.length === 0
    ? { ok: true, checked: events.length, lastHash: prev }
    : { ok: false, checked: events.length, breaks };
}
