import { countDeliveriesByState } from "@/lib/db/alerts/count-deliveries-by-state";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { log, errorName } from "@/lib/observability/logger";
import { recordOutboxStates, renderMetrics } from "@/lib/observability/metrics";
import { metricsAccess } from "@/lib/observability/metrics-token";

export const dynamic = "force-dynamic";

/**
 * Prometheus scrape target for this instance. Not a staff page: a monitoring system calls it with METRICS_TOKEN.
 * Without the setting the route does not exist (404); with it, a wrong or missing token is 401.
 */
export async function GET(request: Request) {
  const access = metricsAccess(env.METRICS_TOKEN, request.headers.get("authorization"));
  if (access === "disabled") return Response.json({ ok: false, error: "Not found" }, { status: 404 });
  if (access === "refused") {
    return Response.json(
      { ok: false, error: "A valid metrics token is required" },
      { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="metrics"' } },
    );
  }
  try {
    recordOutboxStates(await countDeliveriesByState(await getDb()));
  } catch (error) {
    // The process's own metrics are still worth reading while the database is down.
    recordOutboxStates(null);
    log.warn({ event: "metrics-outbox-unavailable", error: errorName(error) }, "alert outbox not counted");
  }
  const { body, contentType } = await renderMetrics();
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
}
