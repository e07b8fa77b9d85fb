// The server's one logger: JSON lines on stdout (pino), each with the request id when there is a request, so an
// operator can follow one request across lines and match it to the X-Request-Id a client or proxy saw.
//
// No patient data, ever: log ids, codes, counts, status names and error *names*. A database error's message can
// quote the values of its statement (answers, names), so pass `errorName(error)`, never the error itself.
import pino from "pino";
import { currentRequestId } from "./request-context";

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
type Level = (typeof LEVELS)[number];

// Read here rather than through lib/env.ts: scripts and the alert worker log before (or without) the app's config.
const requested = process.env.LOG_LEVEL as Level | undefined;
const level: Level = requested && LEVELS.includes(requested) ? requested : "info";

const globalForLog = globalThis as unknown as { __spineLogger?: pino.Logger };

export const log: pino.Logger =
  globalForLog.__spineLogger ??
  (globalForLog.__spineLogger = pino({
    level,
    base: { service: "spine-intake" },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Level names, not numbers: easier to read and to filter on without pino's table.
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  }));

/** What to log about an error: its class name only (see the note at the top). */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : "unknown error";
}
