// A licensed instrument keeps its registered wording: the Keele STarT Back tool may be used only unchanged.
import { describe, expect, it } from "vitest";
import raw from "@/prisma/default-question-set.json";
import { parseDefinition, type Definition } from "@/lib/domain/question-set/definition-schema";
import { licenceLockOfText, licenceLocks } from "@/lib/domain/question-set/licensed-instruments";
import { translationProblems, translationRows } from "@/lib/domain/question-set/translations/status";

function defaultSet(): Definition {
  const parsed = parseDefinition(structuredClone(raw));
  if (!parsed.ok) throw new Error(parsed.problems[0]!.message);
  return parsed.definition;
}

function itemOf(definition: Definition, id: string) {
  const item = definition.sections.flatMap((s) => s.items).find((i) => i.id === id);
  if (!item) throw new Error(`no ${id}`);
  return item;
}

function problemsOf(definition: Definition) {
  const parsed = parseDefinition(definition);
  return parsed.ok ? [] : parsed.problems;
}

describe("licensed instruments", () => {
  it("the default set marks the Keele STarT Back tool, and its registered wording passes", () => {
    const definition = defaultSet();
    const locks = licenceLocks(definition);
    expect(locks.get("sb1")?.name).toBe("Keele STarT Back Screening Tool");
    expect(locks.get("sb9")?.copyright).toBe("© Keele University 01/08/07");
    expect(locks.get("score:start_back")?.instrument).toBe("keele-start-back");
    expect(locks.has("pain_now")).toBe(false);
  });

  it("refuses a STarT Back statement reworded, naming the instrument, its licence and the registered words", () => {
    const definition = defaultSet();
    itemOf(definition, "sb3").text.en = "I have only walked short distances";
    const problems = problemsOf(definition);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toMatch(/^sections\[\d+\]\.items\[3\]\.text\.en$/);
    expect(problems[0]!.message).toContain("Keele STarT Back Screening Tool");
    expect(problems[0]!.message).toContain("licence: free for non-commercial clinical use");
    expect(problems[0]!.message).toContain('registered: "I have only walked short distances because of my back pain"');
  });

  it("refuses changed answers to the bothersomeness question", () => {
    const definition = defaultSet();
    const sb9 = itemOf(definition, "sb9");
    if (sb9.type !== "single") throw new Error("sb9 is single choice");
    sb9.options[4]!.label.en = "Unbearably";
    expect(problemsOf(definition).map((p) => p.message)).toEqual([
      expect.stringContaining('The answers of "Overall, how bothersome has your back pain been in the last 2 weeks?"'),
    ]);
  });

  it("refuses a statement removed from the instrument", () => {
    const definition = defaultSet();
    const section = definition.sections.find((s) => s.id === "start_back")!;
    section.items = section.items.filter((i) => i.id !== "sb5");
    definition.scores = definition.scores.map((s) => ({ ...s, items: s.items.filter((i) => i.item !== "sb5") }));
    definition.scores = definition.scores.map((s) => ({
      ...s,
      subscales: s.subscales.map((sub) => ({ ...sub, items: sub.items.filter((i) => i !== "sb5") })),
    }));
    const messages = problemsOf(definition).map((p) => p.message);
    expect(messages).toContainEqual(expect.stringContaining("was removed, but it belongs to the Keele STarT Back"));
  });

  it("refuses a mark naming an instrument nobody registered", () => {
    const definition = defaultSet();
    definition.instruments = [{ instrument: "made-up-scale", items: ["pain_now"] }];
    expect(problemsOf(definition).map((p) => p.message)).toEqual([
      expect.stringContaining('"made-up-scale" is not a registered licensed instrument'),
    ]);
  });

  it("leaves the clinic free to change its own help text beside a licensed statement", () => {
    const definition = defaultSet();
    itemOf(definition, "sb1").help = { en: "Think of the back of your thigh too." };
    expect(problemsOf(definition)).toEqual([]);
  });

  it("refuses a STarT Back score whose points were changed, naming the licence", () => {
    const definition = defaultSet();
    const score = definition.scores.find((s) => s.id === "start_back")!;
    score.items = score.items.map((e) => (e.item === "sb9" ? { ...e, values: { ...e.values, moderately: 1 } } : e));
    const problems = problemsOf(definition);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toMatch(/^scores\[\d+\]\.items$/);
    expect(problems[0]!.message).toContain('The points of score "Keele STarT Back" are fixed by the Keele STarT Back');
    expect(problems[0]!.message).toContain("licence: free for non-commercial clinical use");
  });

  it("refuses a STarT Back score counted differently, with a statement left out of the psychosocial subscale, or another cut-off", () => {
    const definition = defaultSet();
    const score = definition.scores.find((s) => s.id === "start_back")!;
    score.method = "percentage";
    score.subscales = score.subscales.map((sub) => ({ ...sub, items: sub.items.filter((i) => i !== "sb5") }));
    score.classification = score.classification.map((c, i) =>
      i === 0 ? { ...c, when: { all: [{ component: "psychosocial", op: "gte" as const, value: 3 }] } } : c,
    );
    expect(problemsOf(definition).map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('How score "Keele STarT Back" is counted is fixed by'),
        expect.stringContaining('The subscales of score "Keele STarT Back" are fixed by'),
        expect.stringContaining('The classification of score "Keele STarT Back" is fixed by'),
      ]),
    );
  });

  it("leaves the clinic free to rename the STarT Back score", () => {
    const definition = defaultSet();
    definition.scores.find((s) => s.id === "start_back")!.title = { en: "STarT Back (Keele)" };
    expect(problemsOf(definition)).toEqual([]);
  });

  it("refuses a translation of a STarT Back statement or answer, even one saved past the editor", () => {
    const definition = defaultSet();
    itemOf(definition, "sb3").text.es = "Solo he caminado distancias cortas";
    const sb9 = itemOf(definition, "sb9");
    if (sb9.type !== "single") throw new Error("sb9 is single choice");
    sb9.options[0]!.label.fr = "Pas du tout";
    const messages = problemsOf(definition).map((p) => p.message);
    expect(messages).toEqual([
      expect.stringContaining('remove the "es" translation'),
      expect.stringContaining('remove the "fr" translation'),
    ]);
    expect(messages[0]).toContain("belongs to the Keele STarT Back Screening Tool");
  });

  it("offers a licensed statement's wording for translation in no language, but its help text in every one", () => {
    const definition = defaultSet();
    definition.languages = [
      ...(definition.languages ?? []),
      { code: "fr", name: "Français", patients: true, sources: {} },
    ];
    const rows = translationRows(definition, "fr");
    const sb3 = rows.find((r) => r.key === "item:sb3.text")!;
    expect(sb3).toMatchObject({ state: "english-only", licensed: "Keele STarT Back Screening Tool" });
    expect(rows.find((r) => r.key === "item:sb9.option:very_much.label")?.state).toBe("english-only");
    expect(rows.find((r) => r.key === "item:sb1.help")?.licensed).toBeUndefined();
    // So French offered to patients is not held back by texts nobody may translate.
    expect(translationProblems(definition).map((p) => p.path)).not.toContainEqual(expect.stringMatching(/sb3/));
    expect(licenceLockOfText(licenceLocks(definition), "item:pain_now.text")).toBeUndefined();
  });
});
