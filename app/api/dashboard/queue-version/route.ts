import * as z from "zod";
import { authorize } from "@/lib/auth/guards";
import { countQueue } from "@/lib/db/submissions/count-queue";
import { listArrivalsSince } from "@/lib/db/submissions/list-arrivals-since";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

const query = z.object({ since: z.iso.datetime().optional() }).strict();

/**
 * What the open queue polls every few seconds: the newest arrival, the counts, and the submissions that came in
 * after `since` (reference code and level only: no names travel in the background).
 */
export async function GET(request: Request) {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: "Unknown or invalid parameter" }, { status: 400 });
  // Polling is not the clinician doing something: it must not keep an idle session alive.
  const staff = await authorize("queue:read", { background: true });
  if (!staff) return Response.json({ error: "Sign in again" }, { status: 401 });
  const now = new Date();
  const [counts, arrivals] = await Promise.all([
    countQueue(now, env.QUEUE_OVERDUE_EMERGENT_MINUTES),
    parsed.data.since ? listArrivalsSince(new Date(parsed.data.since)) : Promise.resolve([]),
  ]);
  return Response.json(
    {
      newestCreatedAt: counts.newestCreatedAt?.toISOString() ?? null,
      byLevel: counts.byLevel,
      byStatus: counts.byStatus,
      overdueEmergent: counts.overdueEmergent,
      arrivals,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
