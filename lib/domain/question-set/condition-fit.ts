import { PAIN_REGION_IDS } from "../pain-map/regions";
import { NOT_SURE } from "./not-sure";
import { NUMERIC_OPS, type LeafCondition } from "./condition-schema";
import type { Item, Option } from "./definition-shape";
import { ITEM_TYPE_NAMES as TYPE_NAMES } from "./item-type-names";

const REGIONS = new Set<string>(PAIN_REGION_IDS);

/** Whether a leaf condition's operator and value make sense for the question it names. */
export function leafProblem(
  cond: LeafCondition,
  item: Exclude<Item, { type: "display" }>,
): { field: "op" | "value"; message: string } | undefined {
  const { op, value } = cond;
  const kind = TYPE_NAMES[item.type];
  const on = `"${cond.item}"`;
  if (op === "answered") return undefined;
  if (NUMERIC_OPS.includes(op)) {
    return item.type === "scale" || item.type === "number"
      ? undefined
      : { field: "op", message: `compares ${on} as a number with "${op}", but it is a ${kind} question` };
  }
  if (op === "includes") {
    if (item.type === "single" || item.type === "multi") return optionProblem(item.options, String(value), cond.item);
    if (item.type === "painmap") {
      return REGIONS.has(String(value))
        ? undefined
        : { field: "value", message: `refers to body-map region "${String(value)}", which does not exist` };
    }
    return {
      field: "op",
      message: `uses "includes" on ${on}, but "includes" needs a choice or body-map question, not a ${kind} question`,
    };
  }
  // equals / notEquals
  switch (item.type) {
    case "yesno":
      return typeof value === "boolean" || (item.notSure && value === NOT_SURE)
        ? undefined
        : {
            field: "value",
            message: `compares yes/no question ${on} with ${JSON.stringify(value)}; use true or false`,
          };
    case "single":
      return typeof value === "string"
        ? optionProblem(item.options, value, cond.item)
        : { field: "value", message: `compares ${on} with ${JSON.stringify(value)}; use one of its option values` };
    case "scale":
    case "number":
      return typeof value === "number"
        ? undefined
        : { field: "value", message: `compares ${kind} question ${on} with ${JSON.stringify(value)}; use a number` };
    case "text":
    case "date":
      return typeof value === "string"
        ? undefined
        : { field: "value", message: `compares ${kind} question ${on} with ${JSON.stringify(value)}; use text` };
    case "multi":
    case "painmap":
      return { field: "op", message: `uses "${op}" on ${kind} question ${on}; use "includes" instead` };
  }
}

function optionProblem(options: readonly Option[], value: string, itemId: string) {
  return options.some((o) => o.value === value)
    ? undefined
    : { field: "value" as const, message: `refers to option "${value}", which question "${itemId}" does not have` };
}
