// What an imported FHIR file kept on a question, as the editor shows it, and an option relabelled in the
// editor: the export must not go on sending the old wording as the coding's display.
import { describe, expect, it } from "vitest";
import type { Item } from "../../lib/domain/question-set/definition-schema";
import {
  hasKeptDetail,
  keptDetail,
  withCodingDisplaysFollowingLabels,
} from "../../lib/domain/question-set/editor/kept-detail";
import { definitionToQuestionnaire } from "../../lib/domain/question-set/fhir/to-questionnaire";
import { defaultSet } from "./fixtures/default-set";

const LOINC = "http://loinc.org";
const interest: Item = {
  id: "interest",
  type: "single",
  text: { en: "Little interest or pleasure in doing things" },
  required: true,
  codes: [{ system: LOINC, code: "44250-9", display: "Little interest or pleasure in doing things" }],
  options: [
    { value: "LA6568-5", label: { en: "Not at all" }, coding: { system: LOINC, display: "Not at all" } },
    { value: "LA6569-3", label: { en: "Several days" }, coding: { system: LOINC, display: "Several days" } },
    { value: "own", label: { en: "Prefer not to say" } },
  ],
  initial: "LA6569-3",
};

describe("what the editor shows an import kept", () => {
  it("lists the question's codes, the coded answers as system|code, and the default answer by its label", () => {
    expect(keptDetail(interest)).toEqual({
      codes: ["http://loinc.org|44250-9 (Little interest or pleasure in doing things)"],
      optionCodings: [
        { label: "Not at all", coding: "http://loinc.org|LA6568-5" },
        { label: "Several days", coding: "http://loinc.org|LA6569-3" },
      ],
      initial: "Several days",
      hidden: false,
    });
  });

  it("says a display text is hidden from patients", () => {
    const note: Item = { id: "note", type: "display", text: { en: "For staff" }, hidden: true };
    expect(keptDetail(note)).toMatchObject({ hidden: true });
    expect(hasKeptDetail(keptDetail(note))).toBe(true);
  });

  it("shows yes/no and multiple-choice defaults in words", () => {
    const yes: Item = { id: "y", type: "yesno", text: { en: "Q" }, required: false, initial: false };
    expect(keptDetail(yes).initial).toBe("No");
    const multi: Item = { ...interest, type: "multi", initial: ["LA6568-5", "own"] };
    expect(keptDetail(multi).initial).toBe("Not at all, Prefer not to say");
  });

  it("shows nothing for a question of the clinic's own set", () => {
    for (const item of defaultSet().sections.flatMap((s) => s.items))
      expect(hasKeptDetail(keptDetail(item)), item.id).toBe(false);
  });
});

describe("relabelling a coded answer", () => {
  const relabel = (item: Item, value: string, en: string): Item =>
    item.type === "single" || item.type === "multi"
      ? { ...item, options: item.options.map((o) => (o.value === value ? { ...o, label: { ...o.label, en } } : o)) }
      : item;

  it("carries the new label into the coding's display, so the export sends what the patient reads", () => {
    const next = withCodingDisplaysFollowingLabels(interest, relabel(interest, "LA6568-5", "Not at all (0 days)"));
    expect(next.type === "single" && next.options[0]!.coding).toEqual({
      system: LOINC,
      display: "Not at all (0 days)",
    });
    expect(next.type === "single" && next.options[1]).toEqual(interest.type === "single" && interest.options[1]);

    const definition = defaultSet();
    definition.sections[0]!.items.push(next);
    const q = definitionToQuestionnaire(definition, { canonicalBase: "https://clinic.example/fhir", version: 1 });
    const exported = JSON.stringify(q.item!.flatMap((g) => g.item ?? []).find((i) => i.linkId === "interest"));
    expect(exported).toContain('"display":"Not at all (0 days)"');
    expect(exported).not.toContain('"display":"Not at all"');
  });

  it("keeps a terminology's own display that already differed from the label", () => {
    const own: Item = {
      ...interest,
      options: [{ value: "LA6568-5", label: { en: "None" }, coding: { system: LOINC, display: "Not at all" } }],
    } as Item;
    const next = withCodingDisplaysFollowingLabels(own, relabel(own, "LA6568-5", "No days"));
    expect(next.type === "single" && next.options[0]!.coding?.display).toBe("Not at all");
  });

  it("leaves an edit that is not a relabel as it was", () => {
    const next = { ...interest, required: false };
    expect(withCodingDisplaysFollowingLabels(interest, next)).toBe(next);
  });
});
