import { checkDatabase } from "@/lib/ops/readiness";

export const dynamic = "force-dynamic";

/** Liveness, for load balancers and uptime checks: the app answers and its database answers, within 2 s. */
export async function GET() {
  const database = await checkDatabase();
  if (database.ok) return Response.json({ ok: true });
  return Response.json(
    { ok: false, error: "database unavailable", reason: database.reason },
    { status: 503, headers: { "Retry-After": "5", "Cache-Control": "no-store" } },
  );
}
