// The editor shows one part of the draft at a time; the outline and every link must say which part.
import { describe, expect, it } from "vitest";
import raw from "@/prisma/default-question-set.json";
import { parseDefinition, type Definition } from "@/lib/domain/question-set/definition-schema";
import { initialPanel, outlineOf, panelForAnchor } from "@/lib/domain/question-set/editor/outline";

function defaultSet(): Definition {
  const parsed = parseDefinition(structuredClone(raw));
  if (!parsed.ok) throw new Error(parsed.problems[0]!.message);
  return parsed.definition;
}

describe("the editor's outline", () => {
  it("lists every question by its wording with what depends on it", () => {
    const outline = outlineOf(defaultSet());
    const items = outline.flatMap((s) => s.items);
    const saddle = items.find((i) => i.id === "saddle_numbness")!;
    expect(saddle.wording).toMatch(/\S/);
    expect(saddle.rules).toBeGreaterThan(0);
    const sb1 = items.find((i) => i.id === "sb1")!;
    expect(sb1).toMatchObject({ scores: 1, licensed: true });
    expect(items.find((i) => i.id === "pain_now")).toMatchObject({ licensed: false });
    expect(items.some((i) => i.conditional)).toBe(true);
    expect(outline.map((s) => s.id)).toEqual(defaultSet().sections.map((s) => s.id));
  });

  it("opens the section of a linked question, the rules for a rule, the title for the set", () => {
    const def = defaultSet();
    expect(panelForAnchor(def, "editor-item-pain_now")).toEqual({ kind: "section", sectionId: "your_pain" });
    expect(panelForAnchor(def, "editor-section-start_back")).toEqual({ kind: "section", sectionId: "start_back" });
    expect(panelForAnchor(def, `editor-rule-${def.redFlagRules[0]!.id}`)).toEqual({ kind: "rules" });
    expect(panelForAnchor(def, "editor-scores")).toEqual({ kind: "scores" });
    expect(panelForAnchor(def, "translation-es-title")).toEqual({ kind: "translations" });
    expect(panelForAnchor(def, "editor-definition")).toEqual({ kind: "settings" });
    expect(panelForAnchor(def, "editor-item-no_such_question")).toBeUndefined();
    expect(panelForAnchor(def, "main-content")).toBeUndefined();
  });

  it("a deep link to a question opens its section; without one the first section is open", () => {
    const def = defaultSet();
    expect(initialPanel(def, "sb9")).toEqual({ kind: "section", sectionId: "start_back" });
    expect(initialPanel(def)).toEqual({ kind: "section", sectionId: def.sections[0]!.id });
    expect(initialPanel(def, "nonsense")).toEqual({ kind: "section", sectionId: def.sections[0]!.id });
  });
});
