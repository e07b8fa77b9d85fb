// The score builder's operations: which questions a score counts and what each answer is worth, sum or
// percentage, subscales, bands and classification cases; and that problems land on the score's card.
import { describe, expect, it } from "vitest";
import { defaultSet, applied } from "./fixtures/default-set";
import type { Definition } from "../../lib/domain/question-set/definition-schema";
import { deleteItem } from "../../lib/domain/question-set/editor/items";
import {
  addBand,
  addClassificationCase,
  addComparison,
  addScore,
  addScoreItem,
  addSubscale,
  answerKeys,
  defaultValues,
  deleteScore,
  moveClassificationCase,
  moveScoreItem,
  newScore,
  removeBand,
  removeClassificationCase,
  removeComparison,
  removeScoreItem,
  removeSubscale,
  scorableItems,
  scoreComponents,
  setAnswerValue,
  setCaseMode,
  setScoreMethod,
  setScoreTitle,
  setSubscaleItem,
  setSubscaleTitle,
  suggestScoreId,
  syncAnswerValues,
  updateBand,
  updateClassificationCase,
  updateComparison,
} from "../../lib/domain/question-set/editor/scores";
import { findItemUsages } from "../../lib/domain/question-set/editor/usages";
import { validateDraft } from "../../lib/domain/question-set/editor/validate";
import { computeScores } from "../../lib/domain/scoring/compute-scores";

const scoreOf = (def: Definition, id: string) => def.scores.find((s) => s.id === id)!;

/** The default set with an empty "function" score added. */
function withNewScore(): Definition {
  return applied(addScore(defaultSet(), newScore("function", "Function")));
}

describe("adding and removing scores", () => {
  it("adds an empty sum score that validation asks to fill, and suggests an unused id", () => {
    const def = withNewScore();
    expect(scoreOf(def, "function")).toMatchObject({ method: "sum", items: [], bands: [], classification: [] });
    const problems = validateDraft(def);
    expect(problems.some((p) => p.anchor === "editor-score-function" && /at least one question/.test(p.message))).toBe(
      true,
    );
    expect(suggestScoreId(def)).toBe("score-1");
    expect(suggestScoreId(applied(addScore(def, newScore("score-1"))))).toBe("score-2");
  });

  it("refuses a second score with the same id or an id patients' records could not keep", () => {
    const def = withNewScore();
    expect(addScore(def, newScore("function"))).toMatchObject({ ok: false, code: "duplicate-id" });
    expect(addScore(def, newScore("Function Score"))).toMatchObject({ ok: false, code: "invalid-id" });
  });

  it("renames and deletes a score", () => {
    let def = applied(setScoreTitle(withNewScore(), "function", "Back function"));
    expect(scoreOf(def, "function").title.en).toBe("Back function");
    def = applied(deleteScore(def, "function"));
    expect(def.scores.map((s) => s.id)).toEqual(["start_back"]);
    expect(deleteScore(def, "function")).toMatchObject({ ok: false, code: "not-found" });
  });
});

describe("the questions a score counts", () => {
  it("offers only choice, yes/no, scale and number questions", () => {
    // The default set has questions of every type; only these five can count.
    const types = new Set(scorableItems(defaultSet()).map((i) => i.type));
    expect(types).toEqual(new Set(["single", "multi", "yesno", "scale", "number"]));
  });

  it("refuses a question that cannot score, one that does not exist, and one already counted", () => {
    let def = withNewScore();
    expect(addScoreItem(def, "function", "full_name")).toMatchObject({ ok: false });
    expect(addScoreItem(def, "function", "pain_map")).toMatchObject({ ok: false });
    expect(addScoreItem(def, "function", "no_such")).toMatchObject({ ok: false, code: "not-found" });
    def = applied(addScoreItem(def, "function", "pain_now"));
    expect(addScoreItem(def, "function", "pain_now")).toMatchObject({ ok: false, code: "duplicate-id" });
  });

  it("prefills what each answer is worth: choices by their order, yes 1 and no 0, numbers as given", () => {
    let def = withNewScore();
    def = applied(addScoreItem(def, "function", "sb9"));
    def = applied(addScoreItem(def, "function", "saddle_numbness"));
    def = applied(addScoreItem(def, "function", "pain_now"));
    const [choice, yesno, scale] = scoreOf(def, "function").items;
    expect(choice).toEqual({
      item: "sb9",
      values: { not_at_all: 0, slightly: 1, moderately: 2, very_much: 3, extremely: 4 },
    });
    expect(yesno).toEqual({ item: "saddle_numbness", values: { true: 1, false: 0 } });
    expect(scale).toEqual({ item: "pain_now" });
    expect(validateDraft(def)).toEqual([]);
  });

  it("changes and clears the points of one answer", () => {
    let def = applied(addScoreItem(withNewScore(), "function", "saddle_numbness"));
    def = applied(setAnswerValue(def, "function", "saddle_numbness", "true", 3));
    expect(scoreOf(def, "function").items[0]!.values).toEqual({ true: 3, false: 0 });
    def = applied(setAnswerValue(def, "function", "saddle_numbness", "false", undefined));
    expect(scoreOf(def, "function").items[0]!.values).toEqual({ true: 3 });
    expect(setAnswerValue(def, "function", "pain_now", "1", 1)).toMatchObject({ ok: false, code: "not-found" });
    expect(setAnswerValue(def, "function", "saddle_numbness", "true", Number.NaN)).toMatchObject({ ok: false });
  });

  it("gives options added to a counted question their default points, keeping the ones already set", () => {
    let def = applied(addScoreItem(withNewScore(), "function", "sb9"));
    def = applied(setAnswerValue(def, "function", "sb9", "slightly", 10));
    const sb9 = def.sections.flatMap((s) => s.items).find((i) => i.id === "sb9")!;
    if (sb9.type !== "single") throw new Error("sb9 is single choice");
    const extended = {
      ...sb9,
      options: [...sb9.options.slice(1), { value: "unbearable", label: { en: "Unbearable" } }],
    };
    def = {
      ...def,
      sections: def.sections.map((s) => ({ ...s, items: s.items.map((i) => (i.id === "sb9" ? extended : i)) })),
    };
    def = applied(syncAnswerValues(def, "function", "sb9"));
    expect(scoreOf(def, "function").items[0]!.values).toEqual({
      slightly: 10,
      moderately: 2,
      very_much: 3,
      extremely: 4,
      unbearable: 4,
    });
  });

  it("lists answers with their labels for the points table", () => {
    const def = defaultSet();
    const sb9 = def.sections.flatMap((s) => s.items).find((i) => i.id === "sb9")!;
    expect(answerKeys(sb9)[0]).toMatchObject({ key: "not_at_all" });
    const yesno = def.sections.flatMap((s) => s.items).find((i) => i.id === "saddle_numbness")!;
    expect(answerKeys(yesno)).toEqual([
      { key: "true", label: "Yes" },
      { key: "false", label: "No" },
    ]);
    expect(defaultValues(def.sections.flatMap((s) => s.items).find((i) => i.id === "pain_now")!)).toBeUndefined();
  });

  it("reorders the counted questions, and removing one takes it out of subscales too", () => {
    let def = withNewScore();
    for (const id of ["sb1", "sb2", "sb3"]) def = applied(addScoreItem(def, "function", id));
    def = applied(moveScoreItem(def, "function", "sb3", 0));
    expect(scoreOf(def, "function").items.map((e) => e.item)).toEqual(["sb3", "sb1", "sb2"]);
    def = applied(addSubscale(def, "function", "mood", "Mood"));
    def = applied(setSubscaleItem(def, "function", "mood", "sb1", true));
    def = applied(removeScoreItem(def, "function", "sb1"));
    expect(scoreOf(def, "function").items.map((e) => e.item)).toEqual(["sb3", "sb2"]);
    expect(scoreOf(def, "function").subscales[0]!.items).toEqual([]);
  });

  it("keeps a question a score counts from being deleted, naming the score", () => {
    const def = applied(addScoreItem(withNewScore(), "function", "pain_now"));
    const refused = deleteItem(def, "pain_now");
    if (refused.ok || refused.code !== "in-use") throw new Error("expected in-use");
    expect(refused.message).toContain('score "Function"');
    expect(findItemUsages(def, "pain_now")).toContainEqual(
      expect.objectContaining({ kind: "score", ownerId: "function" }),
    );
  });
});

describe("sum or percentage", () => {
  it("switching to percentage offers the most one question can score, and back to sum drops it", () => {
    let def = withNewScore();
    def = applied(addScoreItem(def, "function", "pain_now"));
    def = applied(addScoreItem(def, "function", "saddle_numbness"));
    def = applied(setScoreMethod(def, "function", "percentage"));
    expect(scoreOf(def, "function")).toMatchObject({ method: "percentage", maxPerItem: 10 });
    def = applied(setScoreMethod(def, "function", "percentage", 5));
    expect(scoreOf(def, "function").maxPerItem).toBe(5);
    def = applied(setScoreMethod(def, "function", "sum"));
    expect(scoreOf(def, "function")).not.toHaveProperty("maxPerItem");
  });

  it("a percentage score with nothing to go on yet is listed as a problem until maxPerItem is set", () => {
    const def = applied(setScoreMethod(withNewScore(), "function", "percentage"));
    expect(scoreOf(def, "function")).not.toHaveProperty("maxPerItem");
    expect(validateDraft(def).some((p) => p.path === "scores[1].maxPerItem")).toBe(true);
  });
});

describe("subscales", () => {
  it("adds a subscale, names it, picks questions in the score's order, and refuses reserved or repeated ids", () => {
    let def = withNewScore();
    for (const id of ["sb1", "sb2", "sb3"]) def = applied(addScoreItem(def, "function", id));
    def = applied(addSubscale(def, "function", "mood", "New subscale"));
    def = applied(setSubscaleTitle(def, "function", "mood", "Mood"));
    def = applied(setSubscaleItem(def, "function", "mood", "sb3", true));
    def = applied(setSubscaleItem(def, "function", "mood", "sb1", true));
    expect(scoreOf(def, "function").subscales).toEqual([{ id: "mood", title: { en: "Mood" }, items: ["sb1", "sb3"] }]);
    def = applied(setSubscaleItem(def, "function", "mood", "sb3", false));
    expect(scoreOf(def, "function").subscales[0]!.items).toEqual(["sb1"]);
    expect(setSubscaleItem(def, "function", "mood", "pain_now", true)).toMatchObject({ ok: false });
    expect(addSubscale(def, "function", "mood", "Again")).toMatchObject({ ok: false, code: "duplicate-id" });
    expect(addSubscale(def, "function", "total", "Total")).toMatchObject({ ok: false, code: "invalid-id" });
    expect(scoreComponents(scoreOf(def, "function")).map((c) => c.id)).toEqual(["total", "mood"]);
  });

  it("removing a subscale removes the comparisons that read it, and a case left with none", () => {
    let def = withNewScore();
    def = applied(addScoreItem(def, "function", "sb1"));
    def = applied(addSubscale(def, "function", "mood", "Mood"));
    def = applied(addClassificationCase(def, "function"));
    def = applied(addClassificationCase(def, "function"));
    const [first, second] = scoreOf(def, "function").classification;
    def = applied(
      updateClassificationCase(def, "function", 0, {
        ...first!,
        when: addComparison(first!.when, { component: "mood", op: "gte", value: 1 }),
      }),
    );
    def = applied(
      updateClassificationCase(def, "function", 1, {
        ...second!,
        when: { all: [{ component: "mood", op: "equals", value: 0 }] },
      }),
    );
    def = applied(removeSubscale(def, "function", "mood"));
    expect(scoreOf(def, "function").subscales).toEqual([]);
    expect(scoreOf(def, "function").classification.map((c) => c.when)).toEqual([
      { all: [{ component: "total", op: "gte", value: 0 }] },
    ]);
  });
});

describe("bands", () => {
  it("each new band starts after the last, and bands can be edited and removed", () => {
    let def = applied(addScoreItem(withNewScore(), "function", "pain_now"));
    def = applied(addBand(def, "function"));
    def = applied(addBand(def, "function"));
    expect(scoreOf(def, "function").bands.map(({ min, max }) => [min, max])).toEqual([
      [0, 5],
      [6, 11],
    ]);
    // A band without a label is kept (autosave) and listed as a problem.
    expect(validateDraft(def).some((p) => p.path.startsWith("scores[1].bands[0].label"))).toBe(true);
    def = applied(updateBand(def, "function", 0, { min: 0, max: 4, label: { en: "Mild" } }));
    def = applied(updateBand(def, "function", 1, { min: 5, max: 10, label: { en: "Severe" } }));
    expect(validateDraft(def)).toEqual([]);
    def = applied(updateBand(def, "function", 1, { min: 5, max: 2, label: { en: "Severe" } }));
    expect(validateDraft(def).map((p) => p.path)).toContain("scores[1].bands[1].max");
    def = applied(removeBand(def, "function", 1));
    expect(scoreOf(def, "function").bands).toHaveLength(1);
    expect(removeBand(def, "function", 5)).toMatchObject({ ok: false, code: "out-of-range" });
  });
});

describe("classification cases", () => {
  it("builds cases from comparisons, all or any, in order; the first that matches labels the patient", () => {
    let def = withNewScore();
    def = applied(addScoreItem(def, "function", "saddle_numbness"));
    def = applied(addScoreItem(def, "function", "both_legs"));
    def = applied(addClassificationCase(def, "function"));
    def = applied(addClassificationCase(def, "function"));
    const cases = () => scoreOf(def, "function").classification;
    def = applied(
      updateClassificationCase(def, "function", 0, {
        label: { en: "Some" },
        when: updateComparison(cases()[0]!.when, 0, { component: "total", op: "gte", value: 1 }),
      }),
    );
    def = applied(
      updateClassificationCase(def, "function", 1, {
        label: { en: "Both" },
        when: setCaseMode(addComparison(cases()[1]!.when, { component: "total", op: "equals", value: 2 }), "any"),
      }),
    );
    expect(cases()[1]!.when).toEqual({
      any: [
        { component: "total", op: "gte", value: 0 },
        { component: "total", op: "equals", value: 2 },
      ],
    });
    def = applied(
      updateClassificationCase(def, "function", 1, { ...cases()[1]!, when: removeComparison(cases()[1]!.when, 0) }),
    );
    expect(validateDraft(def)).toEqual([]);

    const classify = (d: Definition) =>
      computeScores(d, { saddle_numbness: true, both_legs: true }).find((s) => s.id === "function")!.classification;
    expect(classify(def)).toBe("Some");
    def = applied(moveClassificationCase(def, "function", 1, 0));
    expect(classify(def)).toBe("Both");
    def = applied(removeClassificationCase(def, "function", 0));
    expect(cases().map((c) => c.label.en)).toEqual(["Some"]);
    expect(moveClassificationCase(def, "function", 0, 1)).toMatchObject({ ok: false, code: "out-of-range" });
  });

  it("a comparison naming something the score does not have is listed against the score", () => {
    let def = applied(addScoreItem(withNewScore(), "function", "pain_now"));
    def = applied(addClassificationCase(def, "function"));
    const [only] = scoreOf(def, "function").classification;
    def = applied(
      updateClassificationCase(def, "function", 0, {
        label: { en: "High" },
        when: { all: [{ component: "percentage", op: "gte", value: 50 }] },
      }),
    );
    expect(only).toBeDefined();
    const problem = validateDraft(def).find((p) => p.path === "scores[1].classification[0].when.all[0].component");
    expect(problem).toMatchObject({ anchor: "editor-score-function", place: { kind: "score", scoreId: "function" } });
  });
});
