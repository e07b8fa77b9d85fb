import "server-only";
import crypto from "node:crypto";
import { env } from "@/lib/env";

/**
 * A stable, non-reversible key for the client's address, for rate limits. The address itself is personal data
 * and is never stored. Behind a reverse proxy (TRUST_PROXY=true) the first X-Forwarded-For hop is the client;
 * otherwise the hop the Next.js server itself appended (the last) is used, which a client cannot forge.
 */
export function clientKeyFrom(headers: Headers): string {
  const forwarded =
    headers
      .get("x-forwarded-for")
      ?.split(",")
      .map((s) => s.trim()) ?? [];
  const address = (env.TRUST_PROXY ? forwarded[0] : forwarded.at(-1)) || "unknown";
  return crypto.createHmac("sha256", env.AUTH_SECRET).update(address).digest("base64url").slice(0, 22);
}
