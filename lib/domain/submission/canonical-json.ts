/**
 * JSON with object keys in sorted order at every depth, so the same answers sent twice (in any key order) give the
 * same text, and hence the same request hash for an idempotency key.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? "null";
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.keys(value)
    .sort()
    .map((key): [string, unknown] => [key, sortKeys((value as Record<string, unknown>)[key])]);
  // fromEntries defines own properties, so a "__proto__" key is kept as data.
  return Object.fromEntries(entries);
}
