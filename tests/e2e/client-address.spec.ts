import crypto from "node:crypto";
import { expect, test } from "./fixtures";

// Rate limits and the sign-in throttle count per client address. Without a trusted reverse proxy, the address is
// the connection's, whatever X-Forwarded-For the client sends (scripts/serve.mjs), so a client cannot make up a new
// address for every request.
test("a client that claims a different address on every request is still counted as one client", async ({
  request,
  db,
}) => {
  const buckets = async () =>
    (
      await db.query<{ key: string }>(
        `SELECT DISTINCT key FROM "RateLimitBucket" WHERE key LIKE 'intake-submit:%' ORDER BY key`,
      )
    ).rows.map((r) => r.key);

  const send = (forwardedFor?: string) =>
    request.post("/api/v1/submissions", {
      headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
      data: { idempotencyKey: crypto.randomBytes(16).toString("hex"), answers: {} },
    });

  expect((await send()).status()).toBe(422); // counted, though nothing is stored
  const own = await buckets();
  expect(own).toHaveLength(1);
  for (const claimed of ["203.0.113.7", "198.51.100.1, 203.0.113.8", "2001:db8::1"]) {
    expect((await send(claimed)).status()).toBe(422);
  }
  expect(await buckets()).toEqual(own);
});
