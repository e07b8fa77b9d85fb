import { describe, expect, it } from "vitest";
import { parseDefinition } from "../../lib/domain/question-set/definition-schema";
import { clinicDefinition } from "./fixtures/clinic-definition";
import { breakable } from "./fixtures/parse";
import { oswestryDefinition } from "./fixtures/oswestry";
import { startBackDefinition } from "./fixtures/start-back";

const copy = () => breakable(clinicDefinition);

function problemsOf(json: unknown) {
  const parsed = parseDefinition(json);
  if (parsed.ok) throw new Error("expected the definition to be refused");
  return parsed.problems;
}

describe("question-set format check", () => {
  it("accepts a valid intake and fills in the documented defaults", () => {
    const parsed = parseDefinition(clinicDefinition);
    if (!parsed.ok) console.error(parsed.problems);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const items = parsed.definition.sections.flatMap((s) => s.items);
    const sex = items.find((i) => i.id === "sex");
    const painNow = items.find((i) => i.id === "pain_now");
    const notes = items.find((i) => i.id === "notes");
    expect(sex?.type === "single" && sex.required).toBe(false);
    expect(painNow?.type === "scale" && [painNow.min, painNow.max]).toEqual([0, 10]);
    expect(notes?.type === "text" && notes.maxLength).toBe(500);
    expect(parsed.definition.redFlagRules).toHaveLength(5);
  });

  it("accepts the test STarT Back and Oswestry instruments", () => {
    expect(parseDefinition(startBackDefinition).ok).toBe(true);
    expect(parseDefinition(oswestryDefinition).ok).toBe(true);
  });

  it("refuses something that is not a question set at all", () => {
    expect(problemsOf("hello")).toEqual([{ path: "", message: "Invalid input: expected object, received string" }]);
    expect(problemsOf({}).map((p) => p.path)).toEqual(expect.arrayContaining(["key", "title", "sections"]));
  });

  it("names the red-flag rule and the misspelt question when a rule refers to an unknown question", () => {
    const def = copy();
    def.redFlagRules[1].when = { item: "sadle_numbness", op: "equals", value: true };
    expect(problemsOf(def)).toEqual([
      {
        path: "redFlagRules[1].when.item",
        message: 'Red-flag rule "saddle-anaesthesia" refers to unknown question "sadle_numbness"',
      },
    ]);
  });

  it("finds an unknown question deep inside all/any/not", () => {
    const def = copy();
    def.redFlagRules[3].when = { all: [{ any: [{ not: { item: "ghost", op: "answered" } }] }] };
    expect(problemsOf(def)).toEqual([
      {
        path: "redFlagRules[3].when.all[0].any[0].not.item",
        message: 'Red-flag rule "severe-without-tingling" refers to unknown question "ghost"',
      },
    ]);
  });

  it("refuses a show-when condition that names an unknown question", () => {
    const def = copy();
    def.sections[0].items[3].enableWhen = { item: "gender", op: "equals", value: "female" };
    expect(problemsOf(def)).toEqual([
      {
        path: "sections[0].items[3].enableWhen.item",
        message: 'The condition on question "pregnant" refers to unknown question "gender"',
      },
    ]);
  });

  it("refuses a section condition that names an unknown question", () => {
    const def = copy();
    def.sections[2].enableWhen = { item: "nope", op: "answered" };
    expect(problemsOf(def)[0]).toEqual({
      path: "sections[2].enableWhen.item",
      message: 'The condition on section "red_flags" refers to unknown question "nope"',
    });
  });

  it("refuses a condition on an option the question does not have", () => {
    const def = copy();
    def.sections[0].items[3].enableWhen = { item: "sex", op: "equals", value: "woman" };
    expect(problemsOf(def)).toEqual([
      {
        path: "sections[0].items[3].enableWhen.value",
        message: 'The condition on question "pregnant" refers to option "woman", which question "sex" does not have',
      },
    ]);
  });

  it("refuses a condition on display text, on the question itself, or comparing yes/no as a number", () => {
    const def = copy();
    def.redFlagRules[0].when = { item: "pain_intro", op: "answered" };
    def.sections[0].items[4].enableWhen = { item: "pregnancy_weeks", op: "answered" };
    def.redFlagRules[2].when = { item: "fever", op: "gt", value: 1 };
    const messages = problemsOf(def).map((p) => p.message);
    expect(messages).toContain('Red-flag rule "fever" refers to "pain_intro", which is display text, not a question');
    expect(messages).toContain(
      'The condition on question "pregnancy_weeks" depends on its own question "pregnancy_weeks", so it could never be shown',
    );
    expect(messages).toContain(
      'Red-flag rule "cancer-over-50" compares "fever" as a number with "gt", but it is a yes/no question',
    );
  });

  it("refuses a yes/no condition compared with text", () => {
    const def = copy();
    def.redFlagRules[0].when = { item: "fever", op: "equals", value: "yes" };
    expect(problemsOf(def)[0]?.message).toBe(
      'Red-flag rule "fever" compares yes/no question "fever" with "yes"; use true or false',
    );
  });

  it("refuses a misspelt operator and says which ones exist", () => {
    const def = copy();
    def.redFlagRules[0].when = { all: [{ item: "fever", op: "eqals", value: true }] };
    const [problem] = problemsOf(def);
    expect(problem?.path).toBe("redFlagRules[0].when.all[0].op");
    expect(problem?.message).toMatch(/^Unknown operator "eqals"; use one of equals, notEquals/);
  });

  it("refuses a score that counts an unknown question", () => {
    const def = copy();
    def.scores[0].items[1].item = "pain_wrost";
    expect(problemsOf(def)).toEqual([
      { path: "scores[0].items[1].item", message: 'Score "pain_total" refers to unknown question "pain_wrost"' },
    ]);
  });

  it("refuses a score whose subscale or classification names something that is not in it", () => {
    const def = breakable(startBackDefinition);
    def.scores[0].subscales[0].items.push("sb10");
    def.scores[0].classification[0].when.all[0].component = "psycho";
    const messages = problemsOf(def).map((p) => p.message);
    expect(messages).toContain(
      'Score "start_back": subscale "psychosocial" refers to "sb10", which is not one of the score\'s questions',
    );
    expect(messages).toContain('Score "start_back": classification refers to "psycho"; use "total", "psychosocial"');
  });

  it("refuses score values for answers the question cannot have, and a percentage without maxPerItem", () => {
    const def = breakable(oswestryDefinition);
    def.scores[0].items[0].values["6"] = 6;
    delete def.scores[0].maxPerItem;
    const messages = problemsOf(def).map((p) => p.message);
    expect(messages).toContain(
      'Score "oswestry" gives a score for "6", which is not an answer question "odi1" can have',
    );
    expect(messages).toContain(
      'Score "oswestry" is a percentage, so it needs maxPerItem (the most one question can score)',
    );
  });

  it("refuses a question id used twice, even in different sections", () => {
    const def = copy();
    def.sections[1].items[10].id = "phone";
    expect(problemsOf(def)).toEqual([
      { path: "sections[1].items[10].id", message: 'Question id "phone" is used more than once' },
    ]);
  });

  it("refuses duplicate section, red-flag rule, score and option ids", () => {
    const def = copy();
    def.sections[1].id = "about_you";
    def.redFlagRules[2].id = "fever";
    def.scores.push(structuredClone(def.scores[0]));
    def.sections[0].items[2].options[1].value = "female";
    const messages = problemsOf(def).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Section id "about_you" is used more than once',
        'Red-flag rule id "fever" is used more than once',
        'Score id "pain_total" is used more than once',
        'Question "sex" has the option "female" more than once',
      ]),
    );
  });

  it("refuses a cause that is not in the article's catalogue", () => {
    const def = copy();
    def.sections[1].items[5].options[0].causes = ["lifting-technique", "bad-luck"];
    def.sections[1].items[8].causes = ["nerves"];
    expect(problemsOf(def)).toEqual([
      {
        path: "sections[1].items[5].options[0].causes[1]",
        message: 'Option "lift" of question "onset_activity" points at unknown cause "bad-luck"',
      },
      { path: "sections[1].items[8].causes[0]", message: 'Question "leg_tingling" points at unknown cause "nerves"' },
    ]);
  });

  it("refuses a scale whose minimum is not below its maximum", () => {
    const def = copy();
    Object.assign(def.sections[1].items[1], { min: 10, max: 10 });
    expect(problemsOf(def)[0]).toEqual({
      path: "sections[1].items[1].max",
      message: 'Question "pain_now": the scale\'s maximum (10) must be above its minimum (10)',
    });
  });

  it("refuses an exclusive value that is not an option, and a constraint on an unknown question", () => {
    const def = copy();
    def.sections[1].items[5].exclusiveValues = ["none"];
    def.constraints[0].items = ["phone", "mobile"];
    const messages = problemsOf(def).map((p) => p.message);
    expect(messages).toContain('Question "onset_activity" lists "none" as exclusive, but has no such option');
    expect(messages).toContain('Constraint 1 (at least one of) refers to unknown question "mobile"');
  });

  it("reports misspelt fields, missing text and unknown question types in plain words", () => {
    const def = copy();
    def.sections[0].items[0].requird = true;
    delete def.sections[1].title;
    def.sections[2].items[0].type = "checkbox";
    def.redFlagRules[0].citation = " ";
    expect(problemsOf(def)).toEqual(
      expect.arrayContaining([
        { path: "sections[0].items[0]", message: 'Unknown field "requird"' },
        { path: "sections[1].title", message: '"title" is missing' },
        {
          path: "sections[2].items[0].type",
          message: expect.stringMatching(/^Unknown question type; use one of single, multi/),
        },
        { path: "redFlagRules[0].citation", message: "Every red-flag rule needs a guideline citation" },
      ]),
    );
  });

  it("accepts bands that overlap", () => {
    const def = breakable(oswestryDefinition);
    def.scores[0].bands.push({ min: 10, max: 30, label: { en: "Overlapping" } });
    expect(parseDefinition(def).ok).toBe(true);
  });
});

describe("show-when conditions that go round in a circle", () => {
  const yesno = (id: string, enableWhen?: unknown) => ({
    id,
    type: "yesno",
    text: { en: id },
    ...(enableWhen ? { enableWhen } : {}),
  });
  const set = (sections: unknown[]) => ({ key: "loop", title: { en: "Loop" }, sections });

  it("refuses two questions that each decide whether the other is shown, naming the circle", () => {
    const problems = problemsOf(
      set([
        {
          id: "only",
          title: { en: "Only" },
          items: [yesno("a", { item: "b", op: "answered" }), yesno("b", { not: { item: "a", op: "answered" } })],
        },
      ]),
    );
    expect(problems).toEqual([
      {
        path: "sections[0].items[0].enableWhen",
        message: expect.stringContaining('circle: "a" → "b" → "a"'),
      },
    ]);
  });

  it("refuses a circle of three questions spread over sections", () => {
    const problems = problemsOf(
      set([
        { id: "one", title: { en: "One" }, items: [yesno("a", { item: "c", op: "equals", value: true })] },
        { id: "two", title: { en: "Two" }, items: [yesno("b", { item: "a", op: "equals", value: true })] },
        { id: "three", title: { en: "Three" }, items: [yesno("c", { any: [{ item: "b", op: "answered" }] })] },
      ]),
    );
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('"a" → "c" → "b" → "a"')]);
  });

  it("refuses a circle closed through a section's condition", () => {
    const problems = problemsOf(
      set([
        { id: "one", title: { en: "One" }, items: [yesno("a", { item: "b", op: "answered" })] },
        { id: "two", title: { en: "Two" }, enableWhen: { item: "a", op: "answered" }, items: [yesno("b")] },
      ]),
    );
    expect(problems).toEqual([
      { path: "sections[0].items[0].enableWhen", message: expect.stringContaining('"a" → "b" → "a"') },
    ]);
  });

  it("accepts a question that depends on a later one, and two questions that depend on the same one", () => {
    const parsed = parseDefinition(
      set([
        {
          id: "only",
          title: { en: "Only" },
          items: [
            yesno("early", { item: "late", op: "answered" }),
            yesno("also", { item: "late", op: "answered" }),
            yesno("late"),
          ],
        },
      ]),
    );
    expect(parsed.ok).toBe(true);
  });
});
