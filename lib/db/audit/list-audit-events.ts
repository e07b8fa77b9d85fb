import "server-only";
import { AUDIT_PAGE_SIZE, NO_ACTOR, dayBounds, type AuditFilters } from "@/lib/domain/audit/audit-filters";
import type { Prisma } from "../generated/prisma/client";
import { getDb } from "../client";
import type { Actor, DbTx } from "../types";
import { recordAuditEvent } from "./record-audit-event";

export type AuditRow = {
  id: string;
  /** The event's place in the hash chain, as text (a BIGINT does not survive JSON). */
  seq: string;
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  actorRole: string | null;
  /** The account's current name, when the account still exists. */
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  origin: string | null;
  details: unknown;
};

export type AuditPage = {
  /** Newest first. */
  rows: AuditRow[];
  /** `before` for the "Older" link, when older events match. */
  olderCursor: string | null;
  /** `after` for the "Newer" link, when newer events match. */
  newerCursor: string | null;
};

export type ListAuditEventsOptions = {
  pageSize?: number;
  /** Who is looking: the view is recorded as an `audit.viewed` event after the read, in the same transaction. */
  viewer?: { actor: Actor; origin?: string | null };
  /** The clinic's zone, for the date filters; UTC when not given. */
  timeZone?: string;
};

function whereOf(filters: AuditFilters, timeZone: string): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput = {};
  if (filters.actor === NO_ACTOR) where.actorEmail = null;
  else if (filters.actor) where.actorEmail = filters.actor;
  if (filters.action) where.action = filters.action;
  if (filters.type) where.entityType = filters.type;
  if (filters.record) where.entityId = filters.record;
  if (filters.from || filters.to) where.at = dayBounds(filters, timeZone);
  return where;
}

/**
 * One page of the audit log, newest first. Keyset pagination on seq (the chain order), never OFFSET and never a
 * COUNT over the table: each page reads at most one page and one row, plus one row to learn whether the other
 * direction has anything, whatever the log's size.
 */
export async function listAuditEvents(filters: AuditFilters, options: ListAuditEventsOptions = {}): Promise<AuditPage> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const page = await readPage(tx, filters, options.pageSize ?? AUDIT_PAGE_SIZE, options.timeZone ?? "UTC");
    if (options.viewer) {
      await recordAuditEvent(tx, {
        actor: options.viewer.actor,
        action: "audit.viewed",
        entityType: "AuditEvent",
        origin: options.viewer.origin ?? null,
        // The view's own filters: who looked at what part of the log.
        details: { ...filters },
      });
    }
    return page;
  });
}

async function readPage(tx: DbTx, filters: AuditFilters, pageSize: number, timeZone: string): Promise<AuditPage> {
  const where = whereOf(filters, timeZone);
  const newerFirst = filters.after !== undefined;
  const found = await tx.auditEvent.findMany({
    where: {
      ...where,
      ...(filters.before ? { seq: { lt: BigInt(filters.before) } } : {}),
      ...(filters.after ? { seq: { gt: BigInt(filters.after) } } : {}),
    },
    orderBy: { seq: newerFirst ? "asc" : "desc" },
    take: pageSize + 1,
  });
  const more = found.length > pageSize;
  const page = found.slice(0, pageSize);
  if (newerFirst) page.reverse();

  const newest = page.at(0);
  const oldest = page.at(-1);
  const exists = async (seq: Prisma.BigIntFilter) =>
    (await tx.auditEvent.findFirst({ where: { ...where, seq }, select: { id: true } })) !== null;
  const hasOlder = newerFirst ? !!oldest && (await exists({ lt: oldest.seq })) : more;
  const hasNewer = newerFirst ? more : !!filters.before && !!newest && (await exists({ gt: newest.seq }));

  const actorIds = [...new Set(page.map((e) => e.actorId).filter((id): id is string => !!id))];
  const names =
    actorIds.length > 0
      ? new Map(
          (await tx.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })).map((u) => [
            u.id,
            u.name,
          ]),
        )
      : new Map<string, string>();

  return {
    rows: page.map((e) => ({
      id: e.id,
      seq: e.seq.toString(),
      at: e.at,
      actorId: e.actorId,
      actorEmail: e.actorEmail,
      actorRole: e.actorRole,
      actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      origin: e.origin,
      details: e.details ?? null,
    })),
    olderCursor: hasOlder && oldest ? oldest.seq.toString() : null,
    newerCursor: hasNewer && newest ? newest.seq.toString() : null,
  };
}
