/**
 * The language to offer first: the patient's own choice if the form offers it, else the best match in the
 * browser's Accept-Language (by q, then order; "es-MX" matches "es"), else English.
 */
export function negotiateLanguage(acceptLanguage: string | null | undefined, offered: readonly string[]): string {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...rest] = part.trim().split(";");
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag && r.tag !== "*" && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const byLower = new Map(offered.map((code) => [code.toLowerCase(), code]));
  for (const { tag } of ranked) {
    const exact = byLower.get(tag);
    if (exact) return exact;
    const base = byLower.get(tag.split("-")[0]!);
    if (base) return base;
  }
  return offered.includes("en") ? "en" : (offered[0] ?? "en");
}

/** The patient's stored or chosen language when the form still offers it, else what the browser asks for. */
export function choosePatientLanguage(
  candidates: readonly (string | null | undefined)[],
  acceptLanguage: string | null | undefined,
  offered: readonly string[],
): string {
  const chosen = candidates.find((c): c is string => typeof c === "string" && offered.includes(c));
  return chosen ?? negotiateLanguage(acceptLanguage, offered);
}
