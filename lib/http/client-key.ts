import "server-only";
import crypto from "node:crypto";
import { env } from "@/lib/env";
import { purposeKey } from "@/lib/auth/keys";

// Rate-limit buckets last a minute: a rotated secret starts new ones, nothing needs the previous key.
const ADDRESS_KEY = purposeKey("address-hash", env.AUTH_SECRET);

/**
 * A stable, non-reversible key for the client's address, for rate limits. The address itself is personal data
 * and is never stored. The last X-Forwarded-For hop is the address seen by whoever is trusted to set it:
 * scripts/serve.mjs sets it from the connection, or, with TRUST_PROXY=true, keeps the reverse proxy's header,
 * whose last hop is the address the proxy saw (an earlier hop could be the client's own invention).
 */
export function clientKeyFrom(headers: Headers): string {
  const address = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || "unknown";
  return crypto.createHmac("sha256", ADDRESS_KEY).update(address).digest("base64url").slice(0, 22);
}
