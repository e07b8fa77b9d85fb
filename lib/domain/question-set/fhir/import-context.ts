import type { Condition, Item, Option } from "../definition-schema";
import { ext, type FhirExtension, type FhirItem } from "./extensions";
import { fromExtension } from "./structured-extension";

/** One thing that could not be imported as it was, named by the FHIR linkId it came from. */
export type ImportNote = { linkId: string; message: string };

/** Per Questionnaire: items read, imported as questions, imported as computed scores, left out. */
export type ImportCounts = { items: number; kept: number; computed: number; left: number };

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** Items and sections whose enableWhen is read once every id is known; `groups` are flattened ancestors. */
export type Pending = { target: { enableWhen?: Condition }; from: FhirItem; groups: FhirItem[] }[];

export type ContainedOption = Option & { ordinal?: number; system?: string; display?: string };

export type ImportContext = {
  note: (linkId: string, message: string) => void;
  idFor: (linkId: string, pattern: RegExp, kind: "q" | "section") => string;
  ids: Map<string, string>;
  items: Map<string, Item>;
  pending: Pending;
  valueSets: Map<string, ContainedOption[]>;
  /** Points per option value, from ordinalValue: what an SDC "sum of ordinals" score counts. */
  ordinals: Map<string, Record<string, number>>;
  /** Calculated totals we can compute as a score (sum of the answers' ordinal values). */
  ordinalScores: { linkId: string; title: string }[];
  /** True when the file carries our extensions: our own option code systems are then expected. */
  ours: boolean;
  counts: ImportCounts;
};

/** Our extension's value: structured (current exports) or JSON text (older ones). */
export function readExt(
  list: FhirExtension[] | undefined,
  url: string,
  linkId: string,
  ctx: Pick<ImportContext, "note">,
) {
  const e = ext(list, url);
  if (!e) return undefined;
  try {
    return fromExtension(e, true);
  } catch {
    ctx.note(linkId, `Extension ${e.url} could not be read and was ignored`);
    return undefined;
  }
}

/** Options of a ValueSet contained in the file (`answerValueSet: "#id"`): compose concepts or expansion. */
export function containedValueSets(contained: unknown): Map<string, ContainedOption[]> {
  const sets = new Map<string, ContainedOption[]>();
  if (!Array.isArray(contained)) return sets;
  for (const r of contained) {
    if (!isObj(r) || r.resourceType !== "ValueSet" || typeof r.id !== "string") continue;
    const options: ContainedOption[] = [];
    const add = (system: unknown, c: Obj) => {
      if (typeof c.code !== "string" || !c.code) return;
      const ordinal = (c.extension as FhirExtension[] | undefined)?.find((e) => /ordinalValue|itemWeight/.test(e.url));
      const value = ordinal?.valueDecimal ?? ordinal?.valueInteger;
      options.push({
        value: c.code,
        label: { en: typeof c.display === "string" && c.display ? c.display : c.code },
        ...(typeof system === "string" && { system }),
        ...(typeof c.display === "string" && { display: c.display }),
        ...(value !== undefined && { ordinal: value }),
      });
    };
    const compose = isObj(r.compose) && Array.isArray(r.compose.include) ? r.compose.include : [];
    for (const inc of compose) {
      if (isObj(inc) && Array.isArray(inc.concept)) for (const c of inc.concept) if (isObj(c)) add(inc.system, c);
    }
    const expansion = isObj(r.expansion) && Array.isArray(r.expansion.contains) ? r.expansion.contains : [];
    if (options.length === 0) for (const c of expansion) if (isObj(c)) add(c.system, c);
    sets.set(r.id, options);
  }
  return sets;
}
