import "server-only";
import type { Db } from "../client";

/** How many alerts the outbox holds in each state (all instances share it): a growing QUEUED count is a stuck worker. */
export async function countDeliveriesByState(db: Db): Promise<Record<string, number>> {
  const rows = await db.alertDelivery.groupBy({ by: ["state"], _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.state, r._count._all]));
}
