/**
 * A licensed instrument's scoring is part of what its licence fixes: the Keele STarT Back tool counts one point per
 * agreed statement, two answers of the bothersomeness question, a psychosocial subscale of five, and fixed cut-offs.
 * The registry (licensed-instruments.ts) holds it by the instrument's parts (0 = its first registered item), so the
 * check works whatever ids a question set gives those parts.
 */
import { canonicalJson } from "./canonical-json";
import type { ScoreCondition, ScoreDefinition } from "./definition-schema";

export type RegisteredScore = {
  method: ScoreDefinition["method"];
  maxPerItem?: number;
  minAnswered?: number;
  /** Points for each answer (`"true"`/`"false"` for yes/no, the stored code for a choice), by registered part. */
  items: readonly { part: number; values: Readonly<Record<string, number>> }[];
  subscales: readonly { id: string; parts: readonly number[] }[];
  classification: readonly { when: ScoreCondition; label: string }[];
};

type Problem = { path: (string | number)[]; message: string };

/**
 * Where the draft's score differs from the registered scoring: how it is counted, the points, the subscales, the
 * classification. `partOf` maps the draft's question ids to the instrument's parts; `fixed` says who fixed it.
 */
export function licensedScoreProblems(
  score: ScoreDefinition,
  at: number,
  registered: RegisteredScore,
  partOf: ReadonlyMap<string, number>,
  fixed: string,
): Problem[] {
  const part = (id: string) => partOf.get(id) ?? id;
  const title = score.title.en.trim() || score.id;
  const drafted = {
    counting: { method: score.method, maxPerItem: score.maxPerItem, minAnswered: score.minAnswered },
    items: score.items.map((e) => ({ part: part(e.item), values: e.values ?? {} })),
    subscales: score.subscales.map((s) => ({ id: s.id, parts: s.items.map(part) })),
    classification: score.classification.map((c) => ({ when: c.when, label: c.label.en })),
  };
  const expected = {
    counting: { method: registered.method, maxPerItem: registered.maxPerItem, minAnswered: registered.minAnswered },
    items: registered.items,
    subscales: registered.subscales,
    classification: registered.classification,
  };
  const said: Record<keyof typeof drafted, { path: string; message: string }> = {
    counting: { path: "method", message: `How score "${title}" is counted is fixed by ${fixed}` },
    items: { path: "items", message: `The points of score "${title}" are fixed by ${fixed}` },
    subscales: { path: "subscales", message: `The subscales of score "${title}" are fixed by ${fixed}` },
    classification: { path: "classification", message: `The classification of score "${title}" is fixed by ${fixed}` },
  };
  return (Object.keys(said) as (keyof typeof drafted)[]).flatMap((key) =>
    canonicalJson(drafted[key]) === canonicalJson(expected[key])
      ? []
      : [{ path: ["scores", at, said[key].path], message: `${said[key].message}: put it back as registered` }],
  );
}
