/**
 * Ids made from what the admin wrote: "How long have you had it?" becomes `how_long_have_you_had_it`, so a new
 * question, option, rule or score never needs its id typed (or shows up as `option_6` in an export).
 */
const MAX_ID_LENGTH = 40;

export function idFromLabel(
  label: string,
  used: Iterable<string>,
  fallback: string,
  separator: "_" | "-" = "_",
): string {
  const words = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let base = "";
  for (const word of words) {
    const next = base ? `${base}${separator}${word}` : word;
    if (next.length > MAX_ID_LENGTH) break;
    base = next;
  }
  if (!/^[a-z]/.test(base)) base = base ? `${fallback}${separator}${base}` : fallback;
  const taken = new Set(used);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${separator}${n}`)) return `${base}${separator}${n}`;
}
