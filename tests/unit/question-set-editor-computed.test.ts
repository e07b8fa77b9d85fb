// Computed values in the editor: an admin adds an age worked out from a date question, renames it, points it at
// another date question or removes it; conditions can compare it as a number and the validation panel names it.
import { describe, expect, it } from "vitest";
// Editing tests add English words; a language offered to patients would report their missing translations.
import { defaultSetInEnglishOnly as defaultSet, applied } from "./fixtures/default-set";
import type { Definition, Item } from "../../lib/domain/question-set/definition-schema";
import {
  addAgeValue,
  changeComputedSource,
  deleteComputedValue,
  describeComputedValue,
  findComputedValue,
  renameComputedValue,
  takenIds,
  usagePlace,
} from "../../lib/domain/question-set/editor/computed";
import {
  conditionTargets,
  findConditionTarget,
  operatorsFor,
  targetLabel,
} from "../../lib/domain/question-set/editor/conditions";
import { idFromLabel } from "../../lib/domain/question-set/editor/ids";
import { addItem, deleteItem, findItem, newItem, updateItem } from "../../lib/domain/question-set/editor/items";
import { deleteRedFlagRule } from "../../lib/domain/question-set/editor/rules";
import { deleteSection } from "../../lib/domain/question-set/editor/sections";
import { panelForAnchor } from "../../lib/domain/question-set/editor/outline";
import { anchorFor, validateDraft } from "../../lib/domain/question-set/editor/validate";
import { reviewChanges } from "../../lib/domain/question-set/editor/review";
import { visibleWithComputed } from "../../lib/domain/question-set/rule-answers";
import { firedRules } from "../../lib/domain/triage/fired-rules";

const OVER_50_RULE = "first-episode-over-50";

/** The default set with a second date question, "When did the pain start?", in "Your pain". */
function withPainStartDate(): Definition {
  return applied(addItem(defaultSet(), "your_pain", newItem("pain_start", "date", "When did the pain start?")));
}

/** Shows "Any bone-thinning treatment?" only when `when` holds. */
function withConditionOnQuestion(definition: Definition, when: Item["enableWhen"]): Definition {
  const item = newItem("bone_treatment", "yesno", "Have you had treatment for thin bones?");
  return applied(addItem(definition, "your_pain", { ...item, enableWhen: when } as Item));
}

describe("adding an age worked out from a date question", () => {
  it("adds an age from the date of birth, its id made from the title, and the draft stays publishable", () => {
    const def = applied(addAgeValue(defaultSet(), "Age in years", "date_of_birth"));
    expect(findComputedValue(def, "age_in_years")).toEqual({
      id: "age_in_years",
      kind: "ageInYears",
      from: "date_of_birth",
      title: { en: "Age in years" },
    });
    expect(validateDraft(def)).toEqual([]);
  });

  it("gives a second value with the same title an id of its own", () => {
    // The default set already has "Age" (id age).
    const def = applied(addAgeValue(defaultSet(), "Age", "date_of_birth"));
    expect(def.computed?.map((c) => c.id)).toEqual(["age", "age_2"]);
  });

  it("calls an untitled age “Age in years”", () => {
    const def = applied(addAgeValue(defaultSet(), "  ", "date_of_birth"));
    expect(def.computed?.at(-1)?.title).toEqual({ en: "Age in years" });
  });

  it("refuses a question that is not a date, and one that does not exist, changing nothing", () => {
    const def = defaultSet();
    expect(addAgeValue(def, "Age", "pain_now")).toMatchObject({ ok: false, code: "not-a-date" });
    expect(addAgeValue(def, "Age", "no_such_question")).toMatchObject({ ok: false, code: "not-found" });
    expect(def.computed).toHaveLength(1);
  });

  it("keeps a new question from taking a computed value's id", () => {
    const def = defaultSet();
    expect(takenIds(def)).toContain("age");
    expect(idFromLabel("Age?", takenIds(def), "question")).toBe("age_2");
  });
});

describe("renaming an age and changing its date question", () => {
  it("renames the title; the id, its other languages and the rule that reads it stay", () => {
    const start = defaultSet();
    const spanish: Definition = { ...start, computed: [{ ...start.computed![0]!, title: { en: "Age", es: "Edad" } }] };
    const def = applied(renameComputedValue(spanish, "age", "Age in years"));
    expect(findComputedValue(def, "age")?.title).toEqual({ en: "Age in years", es: "Edad" });
    expect(validateDraft(def)).toEqual([]);
  });

  it("keeps an emptied title for the validation panel to name, as with any text being typed", () => {
    const def = applied(renameComputedValue(defaultSet(), "age", ""));
    expect(validateDraft(def).map((p) => p.message)).toContain("Computed value age: the title cannot be empty");
  });

  it("works the age out from another date question", () => {
    const def = applied(changeComputedSource(withPainStartDate(), "age", "pain_start"));
    expect(findComputedValue(def, "age")?.from).toBe("pain_start");
  });

  it("refuses a question that is not a date question", () => {
    expect(changeComputedSource(defaultSet(), "age", "first_episode")).toMatchObject({ ok: false, code: "not-a-date" });
    expect(changeComputedSource(defaultSet(), "no_such_value", "date_of_birth")).toMatchObject({
      ok: false,
      code: "not-found",
    });
  });

  it("says what the value is in words, naming its date question by its wording", () => {
    const def = defaultSet();
    expect(describeComputedValue(def, def.computed![0]!)).toBe(
      "Age in whole years on the day the form is sent, from “Your date of birth”",
    );
  });
});

describe("removing an age", () => {
  it("is refused while the over-50 rule reads it, naming the rule", () => {
    const def = defaultSet();
    const result = deleteComputedValue(def, "age");
    expect(result).toMatchObject({
      ok: false,
      code: "in-use",
      usages: [{ kind: "red-flag-rule", ownerId: OVER_50_RULE }],
    });
    expect(!result.ok && result.message).toBe(
      '“Age” is used by red-flag rule "First episode of back pain at 50 or over, with another warning sign". ' +
        "Change those first.",
    );
    expect(!result.ok && result.code === "in-use" && usagePlace(result.usages[0]!)).toEqual({
      kind: "rule",
      ruleId: OVER_50_RULE,
    });
  });

  it("is refused while a question is shown by it, naming the question", () => {
    const def = withConditionOnQuestion(applied(deleteRedFlagRule(defaultSet(), OVER_50_RULE)), {
      item: "age",
      op: "gte",
      value: 50,
    });
    const result = deleteComputedValue(def, "age");
    expect(result).toMatchObject({ ok: false, usages: [{ kind: "item-condition", ownerId: "bone_treatment" }] });
    expect(!result.ok && result.message).toContain('the condition on question "bone_treatment"');
  });

  it("removes it once nothing reads it, leaving no empty list behind", () => {
    const def = applied(deleteComputedValue(applied(deleteRedFlagRule(defaultSet(), OVER_50_RULE)), "age"));
    expect(def.computed).toBeUndefined();
    expect(validateDraft(def)).toEqual([]);
  });

  it("keeps the date of birth from being deleted while an age is worked out from it", () => {
    const result = deleteItem(defaultSet(), "date_of_birth");
    expect(result).toMatchObject({ ok: false, usages: [{ kind: "computed-value", ownerId: "age" }] });
    expect(!result.ok && result.message).toContain("the computed value “Age”");
    expect(deleteSection(defaultSet(), "about_you")).toMatchObject({ ok: false, code: "in-use" });
  });
});

describe("conditions on a computed value", () => {
  it("are offered next to the questions, compared as numbers and labelled by the title", () => {
    const def = defaultSet();
    const age = conditionTargets(def).find((i) => i.id === "age");
    expect(age).toMatchObject({ type: "number" });
    expect(operatorsFor(age!)).toEqual(["equals", "notEquals", "gt", "gte", "lt", "lte", "answered"]);
    expect(targetLabel(def, age!)).toBe("Age (computed value)");
    expect(targetLabel(def, findConditionTarget(def, "pain_now")!)).toMatch(/ \(pain_now\)$/);
    expect(conditionTargets(def).at(-1)?.id).toBe("age");
  });

  it("are not offered to the date question the value is worked out from", () => {
    const ids = conditionTargets(defaultSet(), new Set(["date_of_birth"])).map((i) => i.id);
    expect(ids).not.toContain("age");
    expect(ids).not.toContain("date_of_birth");
  });

  it("show a question by the age, in the preview as on the intake", () => {
    const def = withConditionOnQuestion(defaultSet(), { item: "age", op: "gte", value: 50 });
    expect(validateDraft(def)).toEqual([]);
    const today = "2026-12-02";
    expect(visibleWithComputed(def, { date_of_birth: "1950-06-01" }, today).has("bone_treatment")).toBe(true);
    expect(visibleWithComputed(def, { date_of_birth: "1990-06-01" }, today).has("bone_treatment")).toBe(false);
  });

  it("fire the over-50 rule from the date of birth", () => {
    const answers = { date_of_birth: "1970-01-15", first_episode: true, night_pain: true };
    const fired = (today: string) => firedRules(defaultSet(), answers, today).rules.map((r) => r.id);
    expect(fired("2020-01-15")).toContain(OVER_50_RULE);
    expect(fired("2020-01-14")).not.toContain(OVER_50_RULE);
  });
});

describe("the validation panel on computed values", () => {
  it("says in words that an age is worked out from a question that is not a date, and links to the panel", () => {
    const start = defaultSet();
    const def: Definition = { ...start, computed: [{ ...start.computed![0]!, from: "pain_now" }] };
    const problem = validateDraft(def).find((p) => p.path.startsWith("computed"));
    expect(problem?.message).toMatch(
      /^Computed value “Age”: it is worked out from “.+”, which is not a date question; choose a date question$/,
    );
    expect(problem?.anchor).toBe(anchorFor({ kind: "computed", computedId: "age" }));
    expect(problem?.anchor).toBe("editor-computed-age");
    expect(panelForAnchor(def, problem!.anchor)).toEqual({ kind: "computed" });
    // The outline's own entry opens the same panel.
    expect(panelForAnchor(def, "editor-computed")).toEqual({ kind: "computed" });
  });

  it("says so when the date question it is worked out from has gone", () => {
    const start = defaultSet();
    const def: Definition = { ...start, computed: [{ ...start.computed![0]!, from: "date_of_arrival" }] };
    expect(validateDraft(def).map((p) => p.message)).toContain(
      "Computed value “Age”: the date question it is worked out from (date_of_arrival) is not in the question set; " +
        "choose a date question",
    );
  });

  it("says so when its id is also a question's", () => {
    const start = defaultSet();
    const clash: Definition = { ...start, computed: [{ ...start.computed![0]!, id: "pain_now" }] };
    expect(validateDraft(clash).map((p) => p.message)).toContain(
      "Computed value “Age”: its id pain_now is also the id of a question or of another computed value",
    );
  });
});

describe("conditions that would hide a date question behind its own age", () => {
  const withDateOfBirthShownWhen = (definition: Definition, when: Item["enableWhen"]) => {
    const found = findItem(definition, "date_of_birth")!;
    return applied(updateItem(definition, "date_of_birth", { ...found.item, enableWhen: when } as Item));
  };

  it("are refused when the date of birth is shown only for an age worked out from it", () => {
    const def = withDateOfBirthShownWhen(defaultSet(), { item: "age", op: "gte", value: 50 });
    expect(validateDraft(def).map((p) => p.message)).toContainEqual(
      expect.stringContaining(
        'depends on "age", which is worked out from its own question "date_of_birth", so it could never be shown',
      ),
    );
  });

  it("are refused when they go round in a circle through the age", () => {
    const shownByAge = withConditionOnQuestion(defaultSet(), { item: "age", op: "gte", value: 50 });
    const def = withDateOfBirthShownWhen(shownByAge, { item: "bone_treatment", op: "answered" });
    expect(validateDraft(def).map((p) => p.message)).toContainEqual(
      expect.stringContaining("Show-when conditions go round in a circle"),
    );
    // Without the circle, a question shown by the age is fine.
    expect(validateDraft(shownByAge)).toEqual([]);
  });
});

describe("reviewing a draft before publishing", () => {
  it("lists computed values added, renamed, moved to another date question and removed", () => {
    const published = withPainStartDate();
    const added = applied(addAgeValue(published, "Age when the pain started", "pain_start"));
    const renamed = applied(renameComputedValue(added, "age", "Age in years"));
    const entries = reviewChanges(published, renamed).entries;
    expect(entries).toContainEqual({
      kind: "added",
      subject: "Computed value “Age when the pain started”",
      detail: "Age in whole years on the day the form is sent, from “When did the pain start?”",
    });
    expect(entries).toContainEqual({
      kind: "reworded",
      subject: "Computed value “Age in years”",
      field: "Title",
      before: "Age",
      after: "Age in years",
    });
    const moved = applied(changeComputedSource(published, "age", "pain_start"));
    expect(reviewChanges(published, moved).entries).toContainEqual({
      kind: "changed",
      subject: "Computed value “Age”",
      detail: "now worked out from “When did the pain start?” instead of “Your date of birth”",
    });
    const removed = applied(deleteComputedValue(applied(deleteRedFlagRule(published, OVER_50_RULE)), "age"));
    expect(reviewChanges(published, removed).entries).toContainEqual({
      kind: "removed",
      subject: "Computed value “Age”",
    });
  });

  it("names a computed value in a condition by its title", () => {
    const rule = reviewChanges(applied(deleteRedFlagRule(defaultSet(), OVER_50_RULE)), defaultSet()).entries;
    expect(rule).toEqual([
      expect.objectContaining({ kind: "added", detail: expect.stringContaining("“Age” is at least 50") }),
    ]);
  });
});
