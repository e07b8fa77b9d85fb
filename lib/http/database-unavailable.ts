import { isDatabaseUnavailable } from "@/lib/db/errors";
import { errorName, log } from "@/lib/observability/logger";

/** Seconds a client should wait before trying again while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export const DATABASE_UNAVAILABLE_MESSAGE =
  "We could not save just now because the clinic's database is not answering. Nothing was lost; try again in a few seconds.";

/** 503, JSON like every API error, with Retry-After: the request can be sent again as it was (idempotency keys). */
export function databaseUnavailableResponse(): Response {
  return Response.json(
    { ok: false, error: DATABASE_UNAVAILABLE_MESSAGE, code: "database-unavailable" },
    {
      status: 503,
      headers: { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
    },
  );
}

/** Runs a route handler; a database outage answers 503 (see above) instead of an empty 500. Bugs still throw. */
export async function answeringDatabaseOutages(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      log.warn({ event: "database-unavailable", error: errorName(error) }, "database unavailable: answered 503");
      return databaseUnavailableResponse();
    }
    throw error;
  }
}
