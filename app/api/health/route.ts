import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** For load balancers and uptime checks: the app answers and its database answers. */
export async function GET() {
  try {
    await (
      await getDb()
    ).$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false, error: "database unavailable" }, { status: 503 });
  }
}
