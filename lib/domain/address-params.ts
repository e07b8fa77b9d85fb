import type * as z from "zod";

export type AddressParams = URLSearchParams | Record<string, string | string[] | undefined>;

export type ParsedAddressParams<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/**
 * A page's query parameters through a strict (allow-listing) schema: empty ones are ignored, each may appear once,
 * and every problem is worded for the person who typed or shared the address, unknown parameters by name.
 */
export function parseAddressParams<S extends z.ZodType>(
  schema: S,
  params: AddressParams,
): ParsedAddressParams<z.output<S>> {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const raw: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    if (value === undefined || value === "") continue;
    if (Array.isArray(value) || key in raw) return { ok: false, errors: [`"${key}" may be given only once`] };
    raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) =>
      i.code === "unrecognized_keys" ? `Unknown filter: ${i.keys.join(", ")}` : `${i.path.join(".")}: ${i.message}`,
    ),
  };
}
