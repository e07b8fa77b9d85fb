import type { FhirExtension } from "./extensions";

/**
 * Rules, scores and conditions as nested FHIR extensions rather than JSON text, so a FHIR tool can
 * read (and a FHIR validator check) every field. Objects become complex extensions named by their
 * keys; arrays become repeated `array-item` children; empty ones are written as `[]`/`{}` text.
 */
const ARRAY_ITEM = "array-item";
// A key that is not a plain name (an option code with spaces, say) is not a valid extension url.
const MAP_ENTRY = "map-entry";
const PLAIN_KEY = /^[A-Za-z0-9_.-]+$/;

export function toExtension(url: string, value: unknown): FhirExtension {
  if (typeof value === "string") return { url, valueString: value };
  if (typeof value === "boolean") return { url, valueBoolean: value };
  if (typeof value === "number") {
    return Number.isInteger(value) && Math.abs(value) < 2 ** 31
      ? { url, valueInteger: value }
      : { url, valueDecimal: value };
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return { url, valueString: "[]" };
    return { url, extension: value.map((v) => toExtension(ARRAY_ITEM, v)) };
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return { url, valueString: "{}" };
    return {
      url,
      extension: entries.map(([k, v]) =>
        PLAIN_KEY.test(k) && k !== MAP_ENTRY && k !== ARRAY_ITEM
          ? toExtension(k, v)
          : { url: MAP_ENTRY, extension: [{ url: "key", valueString: k }, toExtension("value", v)] },
      ),
    };
  }
  throw new Error(`Cannot write ${typeof value} as a FHIR extension`);
}

/** The value `toExtension` wrote; also reads the JSON text older exports carried. */
export function fromExtension(e: FhirExtension, legacyJson = false): unknown {
  if (e.extension?.length) {
    if (e.extension.every((x) => x.url === ARRAY_ITEM)) return e.extension.map((x) => fromExtension(x));
    return Object.fromEntries(
      e.extension.map((x) => {
        if (x.url !== MAP_ENTRY) return [x.url, fromExtension(x)];
        const key = x.extension?.find((y) => y.url === "key")?.valueString ?? "";
        const value = x.extension?.find((y) => y.url === "value");
        return [key, value ? fromExtension(value) : undefined];
      }),
    );
  }
  if (e.valueString !== undefined) {
    if (e.valueString === "[]") return [];
    if (e.valueString === "{}") return {};
    if (legacyJson) return JSON.parse(e.valueString);
    return e.valueString;
  }
  return e.valueBoolean ?? e.valueInteger ?? e.valueDecimal;
}
