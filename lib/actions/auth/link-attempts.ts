import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { consumeRateLimit } from "@/lib/db/rate-limit/consume-rate-limit";
import { clientKeyFrom } from "@/lib/http/client-key";
import type { ActionFailure } from "../action-result";

export type RateLimitedFailure = ActionFailure<{ code: "rate-limited"; retryAfterSeconds: number }>;

/**
 * The `before` step of a one-time-link form: per address, before anything else (malformed posts count too), so
 * guessing tokens or flooding the password hash gets a few tries a minute.
 */
export async function countLinkAttempt(kind: "setup-link" | "staff-link"): Promise<RateLimitedFailure | null> {
  const limit = await consumeRateLimit(
    `${kind}:${clientKeyFrom(await headers())}`,
    env.RATE_LIMIT_LINK_ATTEMPTS_PER_MINUTE,
  );
  if (limit.ok) return null;
  return {
    ok: false,
    code: "rate-limited",
    message: "Too many attempts from this connection. Please wait a minute and try again.",
    retryAfterSeconds: limit.retryAfterSeconds,
  };
}
