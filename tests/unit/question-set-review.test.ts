// What a clinical lead reviews before publishing: each change in words, with the wording before and after.
import { describe, expect, it } from "vitest";
import { defaultSet, applied } from "./fixtures/default-set";
import type { Item } from "../../lib/domain/question-set/definition-schema";
import { addItem, deleteItem, findItem, newItem, updateItem } from "../../lib/domain/question-set/editor/items";
import { deleteRedFlagRule } from "../../lib/domain/question-set/editor/rules";
import { describeCondition, reviewChanges } from "../../lib/domain/question-set/editor/review";
import { idFromLabel } from "../../lib/domain/question-set/editor/ids";

const item = (definition: ReturnType<typeof defaultSet>, id: string) => findItem(definition, id)!.item as Item;

describe("the review shown before publishing", () => {
  it("lists nothing when the draft is the published version", () => {
    expect(reviewChanges(defaultSet(), defaultSet()).entries).toEqual([]);
  });

  it("shows a reworded question with its wording before and after, named by its wording and section", () => {
    const published = defaultSet();
    const pain = item(published, "pain_now");
    const draft = applied(
      updateItem(published, "pain_now", { ...pain, text: { en: "Right now, how much does it hurt?" } }),
    );
    expect(reviewChanges(published, draft).entries).toEqual([
      {
        kind: "reworded",
        subject: "Question “Right now, how much does it hurt?” in “Your pain”",
        field: "Wording",
        before: "How bad is your back pain right now?",
        after: "Right now, how much does it hurt?",
      },
    ]);
  });

  it("names added and removed options and relabelled ones by their labels", () => {
    const published = defaultSet();
    const sex = item(published, "sex");
    if (!("options" in sex)) throw new Error("sex has options");
    const options = [
      { ...sex.options[0]!, label: { en: "Female (as assigned at birth)" } },
      { value: "other", label: { en: "Another answer" } },
    ];
    const draft = applied(updateItem(published, "sex", { ...sex, options }));
    const entries = reviewChanges(published, draft).entries;
    expect(entries).toContainEqual({
      kind: "reworded",
      subject: "Option of Question “What sex were you assigned at birth?” in “About you”",
      field: "Option label",
      before: "Female",
      after: "Female (as assigned at birth)",
    });
    expect(entries).toContainEqual({
      kind: "added",
      subject: "Option “Another answer” of Question “What sex were you assigned at birth?” in “About you”",
    });
    expect(entries).toContainEqual({
      kind: "removed",
      subject: "Option “Male” of Question “What sex were you assigned at birth?” in “About you”",
    });
  });

  it("describes added questions, added conditions and removed rules in words", () => {
    const published = defaultSet();
    const question = { ...newItem("hours_sitting", "number", "How many hours a day do you sit?") };
    let draft = applied(addItem(published, "your_pain", question));
    draft = applied(
      updateItem(draft, "hours_sitting", {
        ...item(draft, "hours_sitting"),
        enableWhen: { item: "pain_now", op: "gte", value: 5 },
      }),
    );
    const rule = published.redFlagRules[0]!;
    draft = applied(deleteRedFlagRule(draft, rule.id));
    const review = reviewChanges(published, draft);
    expect(review.entries).toContainEqual({
      kind: "added",
      subject: "Question “How many hours a day do you sit?” in “Your pain”",
      detail: "(Number)",
    });
    expect(review.entries).toContainEqual({ kind: "removed", subject: `Red-flag rule “${rule.title.en}”` });
    expect(review.redFlagRuleCount).toBe(published.redFlagRules.length - 1);
    expect(describeCondition({ item: "pain_now", op: "gte", value: 5 }, draft)).toBe(
      "“How bad is your back pain right now?” is at least 5",
    );
  });

  it("counts a question's removal and a change of whether it must be answered", () => {
    const published = defaultSet();
    // A question nothing else refers to (no rule, score, condition or constraint), so deleting it is allowed.
    const elsewhere = JSON.stringify({ ...published, sections: published.sections.map((x) => x.enableWhen) });
    const used = (id: string) =>
      elsewhere.includes(`"${id}"`) || JSON.stringify(published.sections).includes(`"item":"${id}"`);
    const target = published.sections[1]!.items.find((i) => !used(i.id))!;
    const draft = applied(deleteItem(published, target.id));
    expect(reviewChanges(published, draft).entries).toContainEqual({
      kind: "removed",
      subject: `Question “${target.text.en}” in “${published.sections[1]!.title.en}”`,
    });
    const pain = item(published, "pain_now");
    const optional = applied(updateItem(published, "pain_now", { ...pain, required: false } as Item));
    expect(reviewChanges(published, optional).entries).toContainEqual({
      kind: "changed",
      subject: "Question “How bad is your back pain right now?” in “Your pain”",
      detail: "may now be skipped",
    });
  });
});

describe("ids made from what the admin wrote", () => {
  it("turns a question's wording into a short, unique id", () => {
    expect(idFromLabel("How long have you had it?", [], "question")).toBe("how_long_have_you_had_it");
    expect(idFromLabel("Très bien", ["tres_bien"], "option")).toBe("tres_bien_2");
    expect(idFromLabel("", ["question"], "question")).toBe("question_2");
    expect(idFromLabel("3 days or more", [], "option")).toBe("option_3_days_or_more");
    expect(idFromLabel("Fever with back pain", [], "rule", "-")).toBe("fever-with-back-pain");
    expect(idFromLabel("a".repeat(30) + " " + "b".repeat(30), [], "x").length).toBeLessThanOrEqual(40);
  });
});
