import { checkReadiness } from "@/lib/ops/readiness";

export const dynamic = "force-dynamic";

/**
 * Readiness: send patients here now? The database answers, is at this build's schema, commits a write, and (on
 * the embedded database) its disk has room. 503 with the failing checks' reasons otherwise.
 */
export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(readiness, {
    status: readiness.ok ? 200 : 503,
    headers: readiness.ok ? { "Cache-Control": "no-store" } : { "Retry-After": "5", "Cache-Control": "no-store" },
  });
}
