/**
 * What an import kept on a question that the editor's fields do not otherwise show (FHIR item codes,
 * option codings from another terminology, a default answer, hidden display text), in words an admin
 * can read, and the one rule that keeps a kept coding's display true when an option is relabelled.
 */
import type { Item } from "../definition-schema";

export type KeptDetail = {
  /** The question's own codes, `system|code (display)`. */
  codes: string[];
  /** Options coded in another terminology: the option's label and `system|code`. */
  optionCodings: { label: string; coding: string }[];
  /** The default answer, as the patient would see it pre-filled. */
  initial?: string;
  /** Display text kept for the export and never shown to patients. */
  hidden: boolean;
};

const codeText = (system: string | undefined, code: string, display?: string) =>
  `${system ?? "(no system)"}|${code}${display ? ` (${display})` : ""}`;

export function keptDetail(item: Item): KeptDetail {
  if (item.type === "display") return { codes: [], optionCodings: [], hidden: item.hidden === true };
  const options = item.type === "single" || item.type === "multi" ? item.options : [];
  const label = (value: string) => options.find((o) => o.value === value)?.label.en ?? value;
  const initial = "initial" in item ? item.initial : undefined;
  return {
    codes: (item.codes ?? []).map((c) => codeText(c.system, c.code, c.display)),
    optionCodings: options.flatMap((o) =>
      o.coding ? [{ label: o.label.en, coding: codeText(o.coding.system, o.value) }] : [],
    ),
    ...(initial !== undefined && {
      initial: Array.isArray(initial)
        ? initial.map(label).join(", ")
        : typeof initial === "boolean"
          ? initial
            ? "Yes"
            : "No"
          : typeof initial === "string"
            ? label(initial)
            : String(initial),
    }),
    hidden: false,
  };
}

export const hasKeptDetail = (d: KeptDetail) =>
  d.codes.length > 0 || d.optionCodings.length > 0 || d.initial !== undefined || d.hidden;

/**
 * An option's English label was its coding's display (that is how an import fills both); when the admin
 * changes the label, the display follows, so the export never sends a display the form no longer shows.
 * A display that already differed from the label is the terminology's own wording and stays.
 */
export function withCodingDisplaysFollowingLabels(before: Item, after: Item): Item {
  if ((after.type !== "single" && after.type !== "multi") || (before.type !== "single" && before.type !== "multi"))
    return after;
  const old = new Map(before.options.map((o) => [o.value, o.label.en]));
  let changed = false;
  const options = after.options.map((o) => {
    const was = old.get(o.value);
    if (!o.coding || o.coding.display === undefined || was === undefined || was === o.label.en) return o;
    if (o.coding.display !== was) return o;
    changed = true;
    return { ...o, coding: { ...o.coding, display: o.label.en } };
  });
  return changed ? { ...after, options } : after;
}
