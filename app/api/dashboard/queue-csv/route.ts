import { headers } from "next/headers";
import { authorize } from "@/lib/auth/guards";
import { getClinicTimeZone } from "@/lib/db/clinic-settings/get-clinic-time-zone";
import { exportQueueCsv } from "@/lib/db/submissions/export-queue-csv";
import { parseQueueFilters } from "@/lib/domain/queue/queue-filters";
import { clientKeyFrom } from "@/lib/http/client-key";

export const dynamic = "force-dynamic";

/**
 * The current filtered queue as CSV: the same allow-listed parameters as /dashboard (anything else is a 400),
 * plus `contact=1`, which a clinician sends only by ticking the contact-details box.
 */
export async function GET(request: Request) {
  const params = new URLSearchParams(new URL(request.url).searchParams);
  const contact = params.get("contact");
  params.delete("contact");
  if (contact !== null && contact !== "1") {
    return Response.json({ error: "Invalid filters", problems: ["contact: only 1 is allowed"] }, { status: 400 });
  }
  const parsed = parseQueueFilters(params);
  if (!parsed.ok) return Response.json({ error: "Invalid filters", problems: parsed.errors }, { status: 400 });
  const staff = await authorize("submission:export");
  if (!staff) return Response.json({ error: "Sign in again" }, { status: 401 });
  const result = await exportQueueCsv(parsed.filters, staff, clientKeyFrom(await headers()), {
    timeZone: await getClinicTimeZone(),
    withContact: contact === "1",
  });
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
