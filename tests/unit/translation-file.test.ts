import { describe, expect, it } from "vitest";
import { defaultSet } from "./fixtures/default-set";
import {
  addLanguage,
  completeness,
  readTranslationFile,
  setLanguageForPatients,
  setLanguageRightToLeft,
  translationFileFor,
} from "@/lib/domain/question-set/translations";
import { validateDraft } from "@/lib/domain/question-set/editor/validate";

const withUrdu = () => addLanguage(defaultSet(), "ur", "اردو");

/** What a translator sends back: every text of the file they were given, translated. */
function translated(file: NonNullable<ReturnType<typeof translationFileFor>>, translate = (en: string) => `ار ${en}`) {
  return {
    ...file,
    language: { ...file.language, rtl: true },
    texts: Object.fromEntries(Object.entries(file.texts).map(([key, t]) => [key, { en: t.en, ur: translate(t.en) }])),
  };
}

describe("a translator's file for a new language", () => {
  it("holds every patient text with its English and nothing translated yet", () => {
    const file = translationFileFor(withUrdu(), "ur")!;
    expect(file.language).toEqual({ code: "ur", name: "اردو" });
    const entries = Object.values(file.texts);
    expect(entries.length).toBe(completeness(withUrdu(), "ur").needed);
    expect(entries.every((t) => t.en.trim() !== "" && t.ur === "")).toBe(true);
    expect(Object.keys(file.texts)).toContain("item:saddle_numbness.text");
    // Clinician wording is not the patient's: it is not in the translator's file.
    expect(Object.keys(file.texts).some((key) => key.endsWith(".clinicianText"))).toBe(false);
  });

  it("leaves out the STarT Back wording, which its licence keeps in English, and does not take a translation of it", () => {
    const file = translationFileFor(withUrdu(), "ur")!;
    expect(Object.keys(file.texts)).not.toContain("item:sb3.text");
    expect(Object.keys(file.texts)).not.toContain("item:sb9.option:very_much.label");
    expect(Object.keys(file.texts)).toContain("item:sb1.help");
    const sb3 = defaultSet()
      .sections.flatMap((s) => s.items)
      .find((i) => i.id === "sb3")!.text.en;
    const withStartBack = { ...file, texts: { ...file.texts, "item:sb3.text": { en: sb3, ur: "ار" } } };
    const result = readTranslationFile(withUrdu(), JSON.stringify(withStartBack));
    if (!result.ok) throw new Error(result.message);
    expect(result.report.licensed).toEqual(["item:sb3.text"]);
    expect(result.report.applied).not.toContain("item:sb3.text");
    expect(validateDraft(result.report.definition).map((p) => p.path)).not.toContainEqual(
      expect.stringMatching(/\.ur$/),
    );
  });

  it("is not made for a language the set does not list", () => {
    expect(translationFileFor(defaultSet(), "ur")).toBeNull();
  });

  it("loaded back, completes the language, keeps it off for patients until the admin offers it, and sets the direction", () => {
    const result = readTranslationFile(withUrdu(), JSON.stringify(translated(translationFileFor(withUrdu(), "ur")!)));
    if (!result.ok) throw new Error(result.message);
    const { definition, untranslated, englishChanged } = result.report;
    expect(result.code).toBe("ur");
    expect(untranslated).toEqual([]);
    expect(englishChanged).toEqual([]);
    const c = completeness(definition, "ur");
    expect(c.missing).toBe(0);
    expect(c.stale).toBe(0);
    const language = definition.languages!.find((l) => l.code === "ur")!;
    expect(language.patients).toBe(false);
    expect(language.rtl).toBe(true);
    expect(definition.redFlagRules.find((r) => r.id === "saddle-anaesthesia")!.patientText.ur).toMatch(/^ار /);
    // Offered now, it publishes: nothing missing, nothing stale.
    const offered = setLanguageForPatients(definition, "ur", true);
    expect(validateDraft(offered)).toEqual([]);
  });

  it("keeps a language that is offered to patients offered", () => {
    const offered = setLanguageForPatients(defaultSet(), "es", true);
    const result = readTranslationFile(offered, JSON.stringify(translationFileFor(offered, "es")));
    expect(result.ok && result.report.definition.languages!.find((l) => l.code === "es")!.patients).toBe(true);
  });

  it("does not take a translation made from English that has changed since, and says which", () => {
    const file = translated(translationFileFor(withUrdu(), "ur")!);
    file.texts["item:saddle_numbness.text"]!.en = "An older wording of the saddle question";
    const result = readTranslationFile(withUrdu(), JSON.stringify(file));
    if (!result.ok) throw new Error(result.message);
    expect(result.report.englishChanged.map((c) => c.key)).toEqual(["item:saddle_numbness.text"]);
    expect(result.report.untranslated).toEqual(["item:saddle_numbness.text"]);
  });

  it.each([
    ["not JSON", "{ nope", "not valid JSON"],
    ["a question set instead", JSON.stringify(defaultSet()), "not a translation file"],
    ["English as the language", JSON.stringify({ language: { code: "en", name: "English" }, texts: {} }), "English"],
    [
      "a text that is not words",
      JSON.stringify({ language: { code: "ur", name: "اردو" }, texts: { title: { en: 1 } } }),
      "texts.title.en",
    ],
    ["far too large", " ".repeat(2_000_001), "too large"],
  ])("refuses %s with a reason and changes nothing", (_, text, reason) => {
    const result = readTranslationFile(withUrdu(), text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(reason);
  });
});

describe("writing direction", () => {
  it("is set and unset per language", () => {
    const rtl = setLanguageRightToLeft(withUrdu(), "ur", true);
    expect(rtl.languages!.find((l) => l.code === "ur")!.rtl).toBe(true);
    expect("rtl" in setLanguageRightToLeft(rtl, "ur", false).languages!.find((l) => l.code === "ur")!).toBe(false);
  });
});
