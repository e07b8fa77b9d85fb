import type { Definition, Item, ScoreDefinition } from "../definition-schema";
import { EXT, STD, type FhirExtension, type FhirItem } from "./extensions";

/** Score items sit in a group of their own; `_` cannot start one of our ids, so they never clash. */
export const SCORES_GROUP = "_scores";
export const scoreLinkId = (scoreId: string) => `${SCORES_GROUP}.${scoreId}`;

const quote = (s: string) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
// Our responses are always section → question, so two steps reach every answer (and Medplum's FHIRPath,
// used to test these, has no repeat()).
const answers = (id: string) => `%resource.item.item.where(linkId=${quote(id)}).answer.value`;

/**
 * Each score as an SDC calculated, read-only item, so an SDC renderer computes the same total as our
 * engine (sum of the points each answer scores; percentage of maxPerItem × answered questions).
 */
export function scoreGroup(definition: Definition): FhirItem | undefined {
  if (definition.scores.length === 0) return undefined;
  const items = new Map(definition.sections.flatMap((s) => s.items.map((i) => [i.id, i] as const)));
  return {
    linkId: SCORES_GROUP,
    type: "group",
    text: "Scores",
    extension: [{ url: EXT.generated, valueBoolean: true }],
    item: definition.scores.map((score) => ({
      linkId: scoreLinkId(score.id),
      type: "decimal",
      text: score.title.en,
      readOnly: true,
      extension: [
        { url: EXT.generated, valueBoolean: true },
        {
          url: STD.calculatedExpression,
          valueExpression: { language: "text/fhirpath", expression: scoreExpression(score, items) },
        },
      ],
    })),
  };
}

export function scoreExpression(score: ScoreDefinition, items: ReadonlyMap<string, Item>): string {
  const terms = score.items.map((entry) => pointsExpression(entry, items.get(entry.item)));
  const answered = score.items.map((e) => `iif(${answers(e.item)}.exists(), 1, 0)`).join(" + ");
  const total = terms.join(" + ");
  if (score.method === "percentage") {
    return `iif((${answered}) > 0, ((${total}) / (${score.maxPerItem ?? 1} * (${answered})) * 100).round(1), {})`;
  }
  return `iif((${answered}) > 0, ${total}, {})`;
}

function pointsExpression(entry: ScoreDefinition["items"][number], item: Item | undefined): string {
  const a = answers(entry.item);
  if (!entry.values) return `iif(${a}.exists(), ${a}.first(), 0)`;
  const isCoding = item?.type === "single" || item?.type === "multi";
  const parts = Object.entries(entry.values).map(([key, points]) => {
    const match = isCoding
      ? `code = ${quote(key)}`
      : key === "true" || key === "false"
        ? `$this = ${key}`
        : `$this = ${Number(key)}`;
    return `${a}.where(${match}).count() * ${points}`;
  });
  return parts.length ? `(${parts.join(" + ")})` : "0";
}

export const isGenerated = (extension: readonly FhirExtension[] | undefined) =>
  extension?.some((e) => e.url === EXT.generated && e.valueBoolean === true) ?? false;
