import "server-only";
import { verifyAuditChain, type ChainBreak } from "@/lib/domain/staff-security/audit-chain";
import type { DbTx } from "../types";

const PAGE = 1_000;

/** Walks the whole audit log in seq order, a page at a time, and returns every broken link. */
export async function verifyStoredAuditChain(db: DbTx): Promise<{ checked: number; breaks: ChainBreak[] }> {
  let after: bigint | undefined;
  let previousHash: string | null = null;
  let checked = 0;
  const breaks: ChainBreak[] = [];
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: after === undefined ? {} : { seq: { gt: after } },
      orderBy: { seq: "asc" },
      take: PAGE,
    });
    if (rows.length === 0) break;
    const result = verifyAuditChain(
      rows.map((r) => ({ ...r, at: r.at.toISOString() })),
      previousHash,
    );
    checked += rows.length;
    if (!result.ok) breaks.push(...result.breaks);
    // Continue from the stored hash so one broken link is reported once, not for every later event.
    previousHash = rows.at(-1)!.hash ?? previousHash;
    after = rows.at(-1)!.seq;
  }
  return { checked, breaks };
}
