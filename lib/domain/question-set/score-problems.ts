import { NOT_SURE } from "./not-sure";
import type { Item, ItemType, ScoreDefinition } from "./definition-shape";
import { duplicates, type ProblemPath as Path, type RawProblem } from "./definition-problem";
import { ITEM_TYPE_NAMES as TYPE_NAMES } from "./item-type-names";

const SCORABLE: ReadonlySet<ItemType> = new Set<ItemType>(["single", "multi", "yesno", "scale", "number"]);

export function scoreProblems(score: ScoreDefinition, items: ReadonlyMap<string, Item>): RawProblem[] {
  const problems: RawProblem[] = [];
  const owner = `Score "${score.id}"`;
  const report = (path: Path, message: string) => problems.push({ path, message });

  if (score.method === "percentage" && score.maxPerItem === undefined) {
    report(["maxPerItem"], `${owner} is a percentage, so it needs maxPerItem (the most one question can score)`);
  }
  if (score.minAnswered !== undefined && score.minAnswered > score.items.length) {
    report(
      ["minAnswered"],
      `${owner} asks for ${score.minAnswered} answered questions, but counts only ${score.items.length}`,
    );
  }
  duplicates(
    score.items,
    (i) => i.item,
    (id, i) => report(["items", i, "item"], `${owner} counts question "${id}" more than once`),
  );
  score.items.forEach((entry, ei) => {
    const item = items.get(entry.item);
    const path: Path = ["items", ei];
    if (!item) return report([...path, "item"], `${owner} refers to unknown question "${entry.item}"`);
    if (!SCORABLE.has(item.type)) {
      return report(
        [...path, "item"],
        `${owner} cannot count ${TYPE_NAMES[item.type]} question "${entry.item}"; only choice, yes/no, scale and number questions score`,
      );
    }
    const values = entry.values;
    if (!values) {
      if (item.type === "single" || item.type === "multi" || item.type === "yesno") {
        report(
          [...path, "values"],
          `${owner} needs "values" for question "${entry.item}" saying what each answer scores`,
        );
      } else if (item.type === "number" && item.max === undefined) {
        report(
          [...path, "values"],
          `${owner} counts number question "${entry.item}" as is, so that question needs a max`,
        );
      }
      return;
    }
    for (const key of Object.keys(values)) {
      const known =
        item.type === "yesno"
          ? key === "true" || key === "false" || (item.notSure === true && key === NOT_SURE)
          : item.type === "single" || item.type === "multi"
            ? item.options.some((o) => o.value === key)
            : item.type === "scale"
              ? Number.isInteger(Number(key)) && Number(key) >= item.min && Number(key) <= item.max
              : key.trim() !== "" && Number.isFinite(Number(key));
      if (!known)
        report(
          [...path, "values", key],
          `${owner} gives a score for "${key}", which is not an answer question "${entry.item}" can have`,
        );
    }
  });

  const scored = new Set(score.items.map((i) => i.item));
  duplicates(
    score.subscales,
    (s) => s.id,
    (id, i) => report(["subscales", i, "id"], `${owner} has subscale "${id}" more than once`),
  );
  score.subscales.forEach((sub, si) => {
    if (sub.id === "total" || sub.id === "percentage")
      report(["subscales", si, "id"], `${owner}: "${sub.id}" is reserved and cannot name a subscale`);
    sub.items.forEach((id, ii) => {
      if (!scored.has(id))
        report(
          ["subscales", si, "items", ii],
          `${owner}: subscale "${sub.id}" refers to "${id}", which is not one of the score's questions`,
        );
    });
  });
  score.bands.forEach((band, bi) => {
    if (band.min > band.max)
      report(
        ["bands", bi, "max"],
        `${owner}: band "${band.label.en}" ends (${band.max}) before it starts (${band.min})`,
      );
  });
  const components = new Set([
    "total",
    ...(score.method === "percentage" ? ["percentage"] : []),
    ...score.subscales.map((s) => s.id),
  ]);
  score.classification.forEach((c, ci) => {
    const [key, comparisons] = "all" in c.when ? (["all", c.when.all] as const) : (["any", c.when.any] as const);
    comparisons.forEach((cmp, i) => {
      if (!components.has(cmp.component)) {
        report(
          ["classification", ci, "when", key, i, "component"],
          `${owner}: classification refers to "${cmp.component}"; use ${[...components].map((x) => `"${x}"`).join(", ")}`,
        );
      }
    });
  });
  return problems;
}
