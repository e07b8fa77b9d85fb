// The admin's structural edits as pure operations on a definition: sections, questions, conditions,
// red-flag rules and scores; refusals that name what uses a question; the diff and the validation panel.
import { describe, expect, it } from "vitest";
// Editing tests add English words; a language offered to patients would report their missing translations.
import { defaultSetInEnglishOnly as defaultSet, applied } from "./fixtures/default-set";
import type { Definition, Item } from "../../lib/domain/question-set/definition-schema";
import {
  addItem,
  changeItemType,
  deleteItem,
  findItem,
  moveItem,
  moveItemToSection,
  newItem,
  suggestItemId,
  updateItem,
} from "../../lib/domain/question-set/editor/items";
import { addSection, deleteSection, moveSection, updateSection } from "../../lib/domain/question-set/editor/sections";
import {
  addRedFlagRule,
  addScore,
  deleteRedFlagRule,
  deleteScore,
  moveRedFlagRule,
  newRedFlagRule,
  updateRedFlagRule,
  updateScore,
} from "../../lib/domain/question-set/editor/rules";
import {
  appendAt,
  defaultLeaf,
  getAt,
  itemsInCondition,
  operatorsFor,
  replaceAt,
  toggleGroupMode,
  valueFromInput,
  withOp,
} from "../../lib/domain/question-set/editor/conditions";
import { findItemUsages } from "../../lib/domain/question-set/editor/usages";
import { diffDefinitions, deepEqual, isEmptyDiff } from "../../lib/domain/question-set/editor/diff";
import { anchorFor, validateDraft } from "../../lib/domain/question-set/editor/validate";
import { parseDraftShape } from "../../lib/domain/question-set/editor/draft-shape";

const ids = (def: Definition, sectionId: string) =>
  def.sections.find((s) => s.id === sectionId)!.items.map((i) => i.id);

describe("editing questions", () => {
  it("adds a question of each type that the meta-schema accepts once its wording is filled in", () => {
    for (const type of ["single", "multi", "yesno", "scale", "number", "text", "date", "painmap", "display"] as const) {
      const def = applied(addItem(defaultSet(), "your_pain", newItem(`new_${type}`, type, "Wording")));
      expect(findItem(def, `new_${type}`)?.item.type).toBe(type);
      expect(validateDraft(def)).toEqual([]);
    }
  });

  it("refuses a duplicate or malformed question id and an unknown section", () => {
    const def = defaultSet();
    expect(addItem(def, "your_pain", newItem("pain_now", "yesno"))).toMatchObject({ ok: false, code: "duplicate-id" });
    expect(addItem(def, "your_pain", newItem("Bad Id", "yesno"))).toMatchObject({ ok: false, code: "invalid-id" });
    expect(addItem(def, "nowhere", newItem("fine", "yesno"))).toMatchObject({ ok: false, code: "not-found" });
  });

  it("suggests a question id that is not taken", () => {
    const def = applied(addItem(defaultSet(), "your_pain", newItem("question_1", "yesno")));
    expect(suggestItemId(def)).toBe("question_2");
  });

  it("updates a question's settings but never its id", () => {
    const def = defaultSet();
    const item = findItem(def, "pain_now")!.item as Extract<Item, { type: "scale" }>;
    const next = applied(updateItem(def, "pain_now", { ...item, required: false, maxLabel: { en: "Unbearable" } }));
    expect(findItem(next, "pain_now")!.item).toMatchObject({ required: false, maxLabel: { en: "Unbearable" } });
    expect(updateItem(def, "pain_now", { ...item, id: "renamed" })).toMatchObject({ ok: false, code: "invalid-id" });
  });

  it("changes a question's type keeping its wording and condition", () => {
    const def = applied(changeItemType(defaultSet(), "pregnancy_weeks", "text"));
    const item = findItem(def, "pregnancy_weeks")!.item;
    expect(item.type).toBe("text");
    expect(item.text.en).toMatch(/week/i);
    expect(item.enableWhen).toEqual({ item: "pregnant", op: "equals", value: true });
  });

  it("moves a question up and down within its section, and refuses to move past the ends", () => {
    const def = defaultSet();
    const before = ids(def, "your_pain");
    const down = applied(moveItem(def, before[0]!, 1));
    expect(ids(down, "your_pain").slice(0, 2)).toEqual([before[1], before[0]]);
    expect(moveItem(def, before[0]!, -1)).toMatchObject({ ok: false, code: "out-of-range" });
  });

  it("moves a question into another section", () => {
    const def = applied(moveItemToSection(defaultSet(), "pain_now", "causes", 0));
    expect(ids(def, "causes")[0]).toBe("pain_now");
    expect(ids(def, "your_pain")).not.toContain("pain_now");
  });

  it("deletes a question nothing uses", () => {
    const def = applied(addItem(defaultSet(), "your_pain", newItem("spare", "yesno")));
    expect(findItem(applied(deleteItem(def, "spare")), "spare")).toBeUndefined();
  });

  it("refuses to delete a question a rule, a condition or a score uses, and lists every use", () => {
    const def = defaultSet();
    const saddle = deleteItem(def, "saddle_numbness");
    expect(saddle).toMatchObject({ ok: false, code: "in-use" });
    if (saddle.ok || saddle.code !== "in-use") throw new Error("expected in-use");
    expect(saddle.usages.map((u) => [u.kind, u.ownerId])).toContainEqual(["red-flag-rule", "saddle-anaesthesia"]);

    const pregnant = deleteItem(def, "pregnant");
    if (pregnant.ok || pregnant.code !== "in-use") throw new Error("expected in-use");
    expect(pregnant.usages).toContainEqual(
      expect.objectContaining({ kind: "item-condition", ownerId: "pregnancy_weeks" }),
    );
    expect(pregnant.message).toContain('the condition on question "pregnancy_weeks"');

    const scored = def.scores[0]!.items[0]!.item;
    const score = deleteItem(def, scored);
    if (score.ok || score.code !== "in-use") throw new Error("expected in-use");
    expect(score.usages.map((u) => u.kind)).toContain("score");
  });

  it("lists the uses in constraints too", () => {
    const usages = findItemUsages(defaultSet(), "phone");
    expect(usages.map((u) => u.kind)).toContain("constraint");
  });
});

describe("editing sections", () => {
  it("adds, renames and moves sections", () => {
    let def = applied(addSection(defaultSet(), { id: "work", title: { en: "Your work" }, items: [] }, 1));
    expect(def.sections[1]!.id).toBe("work");
    def = applied(updateSection(def, "work", { title: { en: "Work and hobbies" } }));
    expect(def.sections[1]!.title.en).toBe("Work and hobbies");
    def = applied(moveSection(def, "work", 0));
    expect(def.sections[0]!.id).toBe("work");
    // An empty section is kept in a draft but listed as a problem before publishing.
    expect(validateDraft(def)).toContainEqual(
      expect.objectContaining({ place: { kind: "section", sectionId: "work" }, anchor: "editor-section-work" }),
    );
  });

  it("refuses a duplicate section id", () => {
    expect(addSection(defaultSet(), { id: "causes", title: { en: "x" }, items: [] })).toMatchObject({
      ok: false,
      code: "duplicate-id",
    });
  });

  it("refuses to delete a section whose questions are used elsewhere, but not for uses inside it", () => {
    const def = defaultSet();
    expect(deleteSection(def, "red_flags")).toMatchObject({ ok: false, code: "in-use" });
    const own = applied(
      addSection(def, {
        id: "extra",
        title: { en: "Extra" },
        items: [
          newItem("extra_a", "yesno", "A?"),
          { ...newItem("extra_b", "yesno", "B?"), enableWhen: { item: "extra_a", op: "equals", value: true } },
        ],
      }),
    );
    expect(applied(deleteSection(own, "extra")).sections.map((s) => s.id)).not.toContain("extra");
  });
});

describe("red-flag rules and scores", () => {
  it("adds a rule, fills it in, reorders and deletes it", () => {
    let def = applied(addItem(defaultSet(), "red_flags", newItem("numb_feet", "yesno", "Are both feet numb?")));
    const skeleton = newRedFlagRule("numb-feet", { item: "numb_feet", op: "equals", value: true });
    def = applied(addRedFlagRule(def, skeleton));
    // The skeleton has no texts or citation yet: listed against the rule, not silently accepted.
    const problems = validateDraft(def);
    expect(problems.some((p) => p.anchor === "editor-rule-numb-feet" && /citation/.test(p.message))).toBe(true);
    def = applied(
      updateRedFlagRule(def, "numb-feet", {
        ...skeleton,
        severity: "EMERGENT",
        clinicianText: { en: "Bilateral foot numbness" },
        patientText: { en: "Numb feet need checking today" },
        citation: "NICE CKS Sciatica 2024",
      }),
    );
    expect(validateDraft(def)).toEqual([]);
    def = applied(moveRedFlagRule(def, "numb-feet", 0));
    expect(def.redFlagRules[0]!.id).toBe("numb-feet");
    expect(addRedFlagRule(def, skeleton)).toMatchObject({ ok: false, code: "duplicate-id" });
    def = applied(deleteRedFlagRule(def, "numb-feet"));
    expect(def.redFlagRules.some((r) => r.id === "numb-feet")).toBe(false);
  });

  it("adds, changes and deletes a score", () => {
    let def = applied(
      addScore(defaultSet(), {
        id: "pain_total",
        title: { en: "Pain total" },
        method: "sum",
        items: [{ item: "pain_now" }, { item: "pain_worst" }],
        subscales: [],
        bands: [{ min: 0, max: 20, label: { en: "Any" } }],
        classification: [],
      }),
    );
    expect(validateDraft(def)).toEqual([]);
    const score = def.scores.find((s) => s.id === "pain_total")!;
    def = applied(updateScore(def, "pain_total", { ...score, method: "percentage", maxPerItem: 10 }));
    expect(def.scores.find((s) => s.id === "pain_total")!.method).toBe("percentage");
    expect(deleteItem(def, "pain_worst")).toMatchObject({ ok: false, code: "in-use" });
    def = applied(deleteScore(def, "pain_total"));
    expect(def.scores.map((s) => s.id)).toEqual(["start_back"]);
  });
});

describe("the condition builder", () => {
  const def = defaultSet();
  const item = (id: string) => findItem(def, id)!.item;

  it("offers only the operators the meta-schema accepts for each type", () => {
    expect(operatorsFor(item("saddle_numbness"))).toEqual(["equals", "notEquals", "answered"]);
    expect(operatorsFor(item("onset_activity"))).toEqual(["includes", "answered"]);
    expect(operatorsFor(item("pain_now"))).toContain("gte");
  });

  it("builds leaves that validate for every operator of every question", () => {
    for (const target of def.sections.flatMap((s) => s.items).filter((i) => i.type !== "display")) {
      for (const op of operatorsFor(target)) {
        const leaf = withOp(defaultLeaf(target), target, op);
        const withRule = applied(
          addRedFlagRule(def, {
            ...newRedFlagRule("probe", leaf),
            clinicianText: { en: "c" },
            patientText: { en: "p" },
            citation: "x",
          }),
        );
        const problems = validateDraft(withRule).filter((p) => p.anchor === "editor-rule-probe");
        expect([target.id, op, problems]).toEqual([target.id, op, []]);
      }
    }
  });

  it("converts typed values to the question's answer type", () => {
    expect(valueFromInput(item("saddle_numbness"), "false")).toBe(false);
    expect(valueFromInput(item("pain_now"), "7")).toBe(7);
    expect(valueFromInput(item("duration"), "last_week")).toBe("last_week");
  });

  it("edits nested all/any/not groups by path", () => {
    let cond = { all: [{ item: "fever", op: "equals" as const, value: true }] } as Parameters<typeof getAt>[0];
    cond = appendAt(cond, [], { any: [] });
    cond = appendAt(cond, [1], { item: "night_pain", op: "equals", value: true });
    expect(getAt(cond, [1, 0])).toEqual({ item: "night_pain", op: "equals", value: true });
    cond = replaceAt(cond, [1], toggleGroupMode(getAt(cond, [1])!))!;
    expect(getAt(cond, [1])).toEqual({ all: [{ item: "night_pain", op: "equals", value: true }] });
    cond = replaceAt(cond, [0], null)!;
    expect(itemsInCondition(cond)).toEqual(["night_pain"]);
    expect(getAt({ not: { item: "fever", op: "answered" } }, ["not"])).toEqual({ item: "fever", op: "answered" });
  });
});

describe("the diff against the published version", () => {
  it("is empty for an unchanged copy, including one that went through JSON", () => {
    const def = defaultSet();
    expect(isEmptyDiff(diffDefinitions(def, JSON.parse(JSON.stringify(def))))).toBe(true);
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });

  it("lists added, removed and changed questions and rules", () => {
    const published = applied(addItem(defaultSet(), "red_flags", newItem("spare", "yesno", "Spare?")));
    let draft = applied(addItem(published, "red_flags", newItem("numb_feet", "yesno", "Numb feet?")));
    draft = applied(deleteRedFlagRule(draft, "night-pain"));
    draft = applied(deleteItem(draft, "spare"));
    draft = applied(
      addRedFlagRule(draft, {
        ...newRedFlagRule("numb-feet", { item: "numb_feet", op: "equals", value: true }),
        citation: "c",
      }),
    );
    const pain = findItem(draft, "pain_now")!.item;
    draft = applied(updateItem(draft, "pain_now", { ...pain, text: { en: "Reworded" } }));
    draft = applied(moveItem(draft, "pain_worst", 0));
    const diff = diffDefinitions(published, draft);
    expect(diff.items.added).toEqual(["numb_feet"]);
    expect(diff.items.removed).toEqual(["spare"]);
    expect(diff.items.changed).toContainEqual({ id: "pain_now", fields: ["text", "position"] });
    expect(diff.items.changed).toContainEqual({ id: "pain_worst", fields: ["position"] });
    expect(diff.redFlagRules).toEqual({ added: ["numb-feet"], removed: ["night-pain"], changed: [] });
    expect(diff.sections.changed.map((c) => c.id)).toEqual(["red_flags", "your_pain"]);
  });
});

describe("validation with places", () => {
  it("lists every problem with the card it belongs to", () => {
    const def = defaultSet();
    const broken: Definition = structuredClone(def);
    broken.sections[0]!.items[0]!.text.en = "";
    broken.redFlagRules[0]!.citation = "";
    const problems = validateDraft(broken);
    expect(problems.map((p) => p.anchor)).toEqual([
      anchorFor({ kind: "item", itemId: def.sections[0]!.items[0]!.id }),
      anchorFor({ kind: "rule", ruleId: def.redFlagRules[0]!.id }),
    ]);
    expect(problems[0]!.path).toBe("sections[0].items[0].text.en");
  });

  it("says each problem in words: the question by its wording, its section, and the field", () => {
    const broken: Definition = structuredClone(defaultSet());
    const pain = broken.sections.find((s) => s.id === "your_pain")!;
    const scale = pain.items.find((i) => i.id === "pain_now")!;
    delete (scale as Partial<Extract<typeof scale, { type: "scale" }>>).minLabel;
    broken.redFlagRules[0]!.citation = "";
    const messages = validateDraft(broken).map((p) => p.message);
    expect(messages).toEqual([
      `Question “${scale.text.en}” in “${pain.title.en}”: the words at the low end are missing`,
      `Red-flag rule “${broken.redFlagRules[0]!.title.en}”: Every red-flag rule needs a guideline citation`,
    ]);
    expect(messages.join(" ")).not.toMatch(/sections\[/);
  });
});

describe("the draft shape autosave accepts", () => {
  it("keeps a half-finished draft but refuses something that is not a definition", () => {
    const half = structuredClone(defaultSet());
    half.redFlagRules[0]!.citation = "";
    expect(parseDraftShape(half)).not.toBeNull();
    expect(parseDraftShape({ sections: "nope" })).toBeNull();
    expect(parseDraftShape({ ...half, sections: [{ id: "x", title: { en: "x" }, items: [{ id: "y" }] }] })).toBeNull();
  });
});
