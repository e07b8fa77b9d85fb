import crypto from "node:crypto";

export type MetricsAccess = "disabled" | "refused" | "allowed";

/**
 * Who may read /api/metrics: nobody while no token is configured (the route then looks absent), and otherwise only
 * a caller sending `Authorization: Bearer <token>`. Compared in constant time: the token guards operational data.
 */
export function metricsAccess(configured: string | undefined, authorization: string | null): MetricsAccess {
  if (!configured) return "disabled";
  const sent = /^Bearer (.+)$/i.exec(authorization ?? "")?.[1]?.trim() ?? "";
  const a = crypto.createHash("sha256").update(sent).digest();
  const b = crypto.createHash("sha256").update(configured).digest();
  return sent && crypto.timingSafeEqual(a, b) ? "allowed" : "refused";
}
