import type { Condition, Item, LeafCondition } from "../definition-schema";
import { EXT, type FhirEnableWhen, type FhirItem } from "./extensions";
import { isObj, readExt, type ImportContext } from "./import-context";

const FROM_FHIR: Record<FhirEnableWhen["operator"], LeafCondition["op"]> = {
  "=": "equals",
  "!=": "notEquals",
  ">": "gt",
  ">=": "gte",
  "<": "lt",
  "<=": "lte",
  exists: "answered",
};

/** Our exact condition when we wrote one, otherwise FHIR's enableWhen list, typed for the compared question. */
export function readCondition(f: FhirItem, ctx: ImportContext): Condition | undefined {
  const exact = readExt(f.extension, EXT.condition, f.linkId, ctx);
  if (isObj(exact)) return renameCondition(exact as Condition, ctx.ids);
  if (!f.enableWhen?.length) return undefined;
  const leaves: Condition[] = [];
  for (const w of f.enableWhen) {
    const leaf = readWhen(w, ctx, f.linkId);
    if (leaf) leaves.push(leaf);
  }
  if (leaves.length === 0) return undefined;
  if (leaves.length === 1) return leaves[0];
  return f.enableBehavior === "any" ? { any: leaves } : { all: leaves };
}

function readWhen(w: FhirEnableWhen, ctx: ImportContext, linkId: string): Condition | undefined {
  const leftOut = (why: string) => {
    ctx.note(linkId, `A condition on "${w.question}" ${why}; that comparison was left out`);
    return undefined;
  };
  const op = FROM_FHIR[w.operator];
  if (!op) return leftOut(`uses operator "${w.operator}", which cannot be imported`);
  const id = ctx.ids.get(w.question);
  const target = id ? ctx.items.get(id) : undefined;
  if (!id || !target) return leftOut("refers to a question that was not imported");
  if (op === "answered") return w.answerBoolean === false ? { not: { item: id, op } } : { item: id, op };
  const raw =
    w.answerBoolean ?? w.answerDecimal ?? w.answerInteger ?? w.answerCoding?.code ?? w.answerString ?? w.answerDate;
  if (raw === undefined) return leftOut("has no answer our questions can compare with");
  const value = typedValue(target, raw);
  if (value === undefined) return leftOut(`compares a ${target.type} question with ${JSON.stringify(raw)}`);
  const numeric = op === "gt" || op === "gte" || op === "lt" || op === "lte";
  if (numeric && typeof value !== "number")
    return leftOut(`compares with "${w.operator}", which only works on numbers here`);
  // FHIR's "=" on a question with several answers means "one of them is"; that is our "includes".
  if (target.type === "multi" || target.type === "painmap") {
    if (op === "equals") return { item: id, op: "includes", value };
    if (op === "notEquals")
      return { all: [{ item: id, op: "answered" }, { not: { item: id, op: "includes", value } }] };
    return leftOut(`compares several answers with "${w.operator}"`);
  }
  return { item: id, op, value };
}

function typedValue(item: Item, raw: string | number | boolean): string | number | boolean | undefined {
  switch (item.type) {
    case "yesno":
      return typeof raw === "boolean" ? raw : undefined;
    case "scale":
    case "number":
      return typeof raw === "number" ? raw : undefined;
    case "single":
    case "multi":
    case "painmap":
      return typeof raw === "boolean" ? undefined : String(raw);
    case "text":
    case "date":
      return typeof raw === "string" ? raw : undefined;
    case "display":
      return undefined;
  }
}

function renameCondition(c: Condition, ids: ReadonlyMap<string, string>): Condition {
  if ("all" in c) return { all: c.all.map((x) => renameCondition(x, ids)) };
  if ("any" in c) return { any: c.any.map((x) => renameCondition(x, ids)) };
  if ("not" in c) return { not: renameCondition(c.not, ids) };
  return { ...c, item: ids.get(c.item) ?? c.item };
}
