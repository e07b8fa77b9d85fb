import type { Coding } from "../definition-schema";
import type { FhirAnswerValue, FhirCoding, FhirItem } from "./extensions";
import type { Obj } from "./import-context";

const shown = (v: FhirAnswerValue) =>
  v.valueCoding?.display ?? v.valueCoding?.code ?? String(Object.values(v)[0] ?? "");

/**
 * FHIR `initial` as the default answer of the question `item` became, when its type has that kind of answer (a
 * coding that is one of the options, a string for a text question, …). Whether a default may be kept at all (not on
 * a red-flag question, …) is decided once the whole set is read: initial-answers.ts.
 */
export function readInitial(f: FhirItem, item: Obj): { initial?: unknown; problem?: string } {
  const values = f.initial ?? [];
  if (values.length === 0) return {};
  const quoted = values.map((v) => `"${shown(v)}"`).join(", ");
  const refuse = (why: string) => ({ problem: `Initial answer ${quoted} not kept: ${why}` });
  const one = values[0]!;
  const options = Array.isArray(item.options) ? (item.options as { value: string }[]) : [];
  switch (item.type) {
    case "single":
    case "multi": {
      const codes = values.map((v) => v.valueCoding?.code ?? v.valueString);
      const unknown = codes.filter((c) => !c || !options.some((o) => o.value === c));
      if (unknown.length) return refuse("it is not one of the question's options");
      if (item.type === "single")
        return values.length > 1 ? refuse("this question takes one answer") : { initial: codes[0] };
      return { initial: codes };
    }
    case "yesno":
      return typeof one.valueBoolean === "boolean" && values.length === 1
        ? { initial: one.valueBoolean }
        : refuse("a yes/no question's default must be one true or false");
    case "scale":
    case "number": {
      const n = one.valueInteger ?? one.valueDecimal;
      return typeof n === "number" && values.length === 1 ? { initial: n } : refuse("it is not one number");
    }
    case "text":
      return typeof one.valueString === "string" && values.length === 1
        ? { initial: one.valueString }
        : refuse("a text question's default must be one piece of text");
    case "date": {
      const d = one.valueDate ?? (one as { valueDateTime?: string }).valueDateTime?.slice(0, 10);
      return typeof d === "string" && values.length === 1 ? { initial: d } : refuse("it is not one date");
    }
    default:
      return refuse("this kind of question has no default answer here");
  }
}

/** FHIR `item.code` as our `codes`: the codings that name a code (a coding without one says nothing). */
export function readCodes(codes: readonly FhirCoding[] | undefined): Coding[] {
  return (codes ?? []).flatMap((c) =>
    typeof c.code === "string" && c.code
      ? [
          {
            ...(typeof c.system === "string" && c.system && { system: c.system }),
            code: c.code,
            ...(typeof c.display === "string" && { display: c.display }),
          },
        ]
      : [],
  );
}
