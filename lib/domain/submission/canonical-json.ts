/**
 * JSON with object keys in sorted order at every depth, so the same answers sent twice (in any key order) give the
 * same text, and hence the same request hash for an idempotency key.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value, 0)) ?? "null";
}

// Answers are two levels deep at most; a body nested thousands deep must not exhaust the stack (a 500).
const MAX_DEPTH = 8;

function sortKeys(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) return "[too deep]";
  if (Array.isArray(value)) return value.map((v) => sortKeys(v, depth + 1));
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.keys(value)
    .sort()
    .map((key): [string, unknown] => [key, sortKeys((value as Record<string, unknown>)[key], depth + 1)]);
  // fromEntries defines own properties, so a "__proto__" key is kept as data.
  return Object.fromEntries(entries);
}
