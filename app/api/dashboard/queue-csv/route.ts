import { headers } from "next/headers";
import { authorize } from "@/lib/auth/guards";
import { exportQueueCsv } from "@/lib/db/submissions/export-queue-csv";
import { parseQueueFilters } from "@/lib/domain/queue/queue-filters";
import { clientKeyFrom } from "@/lib/http/client-key";

export const dynamic = "force-dynamic";

/** The current filtered queue as CSV: the same allow-listed parameters as /dashboard; anything else is a 400. */
export async function GET(request: Request) {
  const parsed = parseQueueFilters(new URL(request.url).searchParams);
  if (!parsed.ok) return Response.json({ error: "Invalid filters", problems: parsed.errors }, { status: 400 });
  const staff = await authorize("submission:export");
  if (!staff) return Response.json({ error: "Sign in again" }, { status: 401 });
  const result = await exportQueueCsv(parsed.filters, staff, clientKeyFrom(await headers()));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(result.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="triage-queue-${day}.csv"`,
      "Cache-Control": "no-store",
      "X-Export-Rows": String(result.rows),
      "X-Export-Truncated": String(result.truncated),
    },
  });
}
