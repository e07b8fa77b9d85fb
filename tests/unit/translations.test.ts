// Translations as versioned data: each translation remembers the English it was made from, so the clinic can see
// which translations are missing or out of date before a version reaches patients in that language.
import { describe, expect, it } from "vitest";
import { mustParse } from "./fixtures/parse";
import type { Definition, DefinitionInput } from "../../lib/domain/question-set/definition-schema";
import { t } from "../../lib/domain/question-set/text";
import { validateDraft } from "../../lib/domain/question-set/editor/validate";
import { applyWordingChanges } from "../../lib/domain/question-set/edit-wording";
import {
  addLanguage,
  completeness,
  confirmTranslation,
  listTexts,
  patientLanguages,
  setLanguageForPatients,
  setTranslation,
  sourceHash,
  translationProblems,
  translationRows,
} from "../../lib/domain/question-set/translations";

const base: DefinitionInput = {
  key: "tiny",
  title: { en: "Back pain questions" },
  sections: [
    {
      id: "safety",
      title: { en: "Safety first" },
      items: [
        { id: "saddle", type: "yesno", text: { en: "Numbness between your legs?" } },
        {
          id: "sex",
          type: "single",
          text: { en: "Sex" },
          options: [
            { value: "female", label: { en: "Female" } },
            { value: "male", label: { en: "Male" } },
          ],
        },
      ],
    },
    { id: "licensed", title: { en: "Licensed tool" }, items: [{ id: "tool1", type: "yesno", text: { en: "Q1" } }] },
    {
      id: "you",
      title: { en: "About you" },
      items: [
        { id: "name", type: "text", role: "patientName", text: { en: "Name" } },
        { id: "born", type: "date", role: "dateOfBirth", text: { en: "Born" } },
      ],
    },
  ],
  redFlagRules: [
    {
      id: "saddle-flag",
      severity: "EMERGENT",
      title: { en: "Saddle numbness" },
      when: { item: "saddle", op: "equals", value: true },
      clinicianText: { en: "Possible cauda equina" },
      patientText: { en: "Go to an emergency department now." },
      citation: "NICE CKS",
    },
  ],
};

function withSpanish(patients = true): Definition {
  return setLanguageForPatients(addLanguage(mustParse(base), "es", "Español"), "es", patients);
}

/** Every patient text translated into Spanish, made from the English as it is now. */
function fullySpanish(): Definition {
  let d = withSpanish();
  for (const text of listTexts(d)) if (text.patient) d = setTranslation(d, "es", text.key, `ES ${text.text.en}`);
  return d;
}

const key = "item:saddle.text";
const rowFor = (d: Definition, k: string) => translationRows(d, "es").find((r) => r.key === k);

describe("a translation remembers the English it was made from", () => {
  it("is current right after it is written", () => {
    const d = setTranslation(withSpanish(), "es", key, "¿Entumecimiento entre las piernas?");
    expect(rowFor(d, key)).toMatchObject({ state: "current", translation: "¿Entumecimiento entre las piernas?" });
    expect(d.languages?.[0]?.sources[key]).toBe(sourceHash("Numbness between your legs?"));
  });

  it("goes stale when an admin changes the English in the draft", () => {
    const d = setTranslation(withSpanish(), "es", key, "¿Entumecimiento?");
    const edited = applyWordingChanges(d, [{ itemId: "saddle", text: "Numbness or tingling between your legs?" }]);
    expect(rowFor(edited, key)?.state).toBe("stale");
  });

  it("is current again when the English is edited back", () => {
    const d = setTranslation(withSpanish(), "es", key, "¿Entumecimiento?");
    const edited = applyWordingChanges(d, [{ itemId: "saddle", text: "Something else" }]);
    const back = applyWordingChanges(edited, [{ itemId: "saddle", text: "Numbness between your legs?" }]);
    expect(rowFor(back, key)?.state).toBe("current");
  });

  it("can be confirmed as still right after a change to the English that does not change its meaning", () => {
    const d = setTranslation(withSpanish(), "es", key, "¿Entumecimiento?");
    const edited = applyWordingChanges(d, [{ itemId: "saddle", text: "Numbness between your legs ?" }]);
    expect(rowFor(confirmTranslation(edited, "es", key), key)?.state).toBe("current");
  });

  it("counts a translation with no record of its English as stale, not current", () => {
    const d = withSpanish();
    const raw = structuredClone(d);
    (raw.sections[0]!.items[0]!.text as Record<string, string>).es = "¿Entumecimiento?";
    expect(rowFor(raw, key)?.state).toBe("stale");
  });

  it("keeps its state when the question moves, because it is keyed by ids, not positions", () => {
    const d = setTranslation(withSpanish(), "es", "item:sex.option:male.label", "Hombre");
    const moved = structuredClone(d);
    const sex = moved.sections[0]!.items[1]!;
    if (sex.type !== "single") throw new Error("fixture");
    sex.options.reverse();
    expect(rowFor(moved, "item:sex.option:male.label")).toMatchObject({
      state: "current",
      path: "sections[0].items[1].options[0].label",
    });
  });

  it("a blank translation is removed and counts as missing", () => {
    const d = setTranslation(setTranslation(withSpanish(), "es", key, "¿Entumecimiento?"), "es", key, "   ");
    expect(rowFor(d, key)?.state).toBe("missing");
    expect(d.sections[0]!.items[0]!.text).toEqual({ en: "Numbness between your legs?" });
  });

  it("the fingerprint is the same for the same words and differs for different ones", () => {
    expect(sourceHash("Sex")).toBe(sourceHash("Sex"));
    expect(sourceHash("Sex")).not.toBe(sourceHash("sex"));
    expect(sourceHash("Sex")).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
  });
});

describe("completeness per language", () => {
  it("counts the patient texts needed, and how many are current, stale and missing", () => {
    let d = setTranslation(withSpanish(), "es", key, "¿Entumecimiento?");
    d = setTranslation(d, "es", "section:safety.title", "Primero, la seguridad");
    d = applyWordingChanges(d, [{ itemId: "saddle", text: "Changed" }]);
    // title, 3 step titles, 4 questions, 2 options, tool question, patient advice = 12 patient texts.
    expect(completeness(d, "es")).toEqual({ needed: 12, current: 1, stale: 1, missing: 10, englishOnly: 0 });
  });

  it("does not ask for the clinic's own texts (clinician text, red-flag title)", () => {
    const keys = listTexts(withSpanish())
      .filter((x) => !x.patient)
      .map((x) => x.key);
    expect(keys).toEqual(["rule:saddle-flag.title", "rule:saddle-flag.clinicianText"]);
  });

  it("leaves out a step offered in English only (e.g. a licensed instrument), which still needs a note", () => {
    const d = { ...fullySpanish() };
    d.languages = d.languages!.map((l) => ({ ...l, englishOnlySections: ["licensed"] }));
    expect(completeness(d, "es").englishOnly).toBe(2);
    expect(translationProblems(d).map((p) => p.path)).toEqual(["languages[0].englishOnlyNote"]);
    d.languages = d.languages.map((l) => ({ ...l, englishOnlyNote: "Estas preguntas solo están en inglés." }));
    expect(translationProblems(d)).toEqual([]);
  });

  it("each language is counted on its own", () => {
    const d = addLanguage(fullySpanish(), "fr", "Français");
    expect(completeness(d, "es").missing).toBe(0);
    expect(completeness(d, "fr").missing).toBe(12);
  });
});

describe("publishing and fallback: a patient never sees a blank", () => {
  it("a language switched on for patients blocks publishing while any patient text is missing or stale", () => {
    const d = applyWordingChanges(fullySpanish(), [{ itemId: "saddle", text: "Changed English" }]);
    const withGap = setTranslation(d, "es", "rule:saddle-flag.patientText", "");
    const problems = translationProblems(withGap);
    expect(problems.map((p) => p.path)).toEqual(["sections[0].items[0].text.es", "redFlagRules[0].patientText.es"]);
    expect(problems[0]?.message).toMatch(/Español: the translation of question "Changed English" is out of date/);
    expect(problems[1]?.message).toMatch(/Español: no translation of advice to the patient/);
  });

  it("the validation panel lists each one with a link to the question's card", () => {
    const d = setTranslation(fullySpanish(), "es", key, "");
    expect(validateDraft(d)).toEqual([
      expect.objectContaining({ path: "sections[0].items[0].text.es", anchor: "editor-item-saddle" }),
    ]);
  });

  it("switching the language off for the version lets it publish, and patients are not offered it", () => {
    const d = setLanguageForPatients(setTranslation(fullySpanish(), "es", key, ""), "es", false);
    expect(translationProblems(d)).toEqual([]);
    expect(patientLanguages(d)).toEqual(["en"]);
    expect(patientLanguages(fullySpanish())).toEqual(["en", "es"]);
  });

  it("a complete, current translation publishes", () => {
    expect(validateDraft(fullySpanish())).toEqual([]);
  });

  it("a missing or blank translation falls back to the English", () => {
    expect(t({ en: "Sex" }, "es")).toBe("Sex");
    expect(t({ en: "Sex", es: "  " }, "es")).toBe("Sex");
    expect(t({ en: "Sex", es: "Sexo" }, "es")).toBe("Sexo");
  });

  it("the meta-schema refuses English as a translation and a malformed language code", () => {
    for (const code of ["en", "Spanish", "es_ES"]) {
      const problems = validateDraft({
        ...mustParse(base),
        languages: [{ code, name: "X", patients: false, sources: {} }],
      });
      expect(problems.map((p) => p.path)).toContain("languages[0].code");
    }
  });

  it("a language listed twice is a problem", () => {
    const d = withSpanish(false);
    expect(translationProblems({ ...d, languages: [...d.languages!, ...d.languages!] })[0]?.path).toBe(
      "languages[1].code",
    );
  });
});

describe("translations in FHIR", () => {
  it("an exported Questionnaire carries each translation in the standard extension on _text, and import keeps them", async () => {
    const { definitionToQuestionnaire } = await import("../../lib/domain/question-set/fhir/to-questionnaire");
    const { questionnaireToDefinition } = await import("../../lib/domain/question-set/fhir/from-questionnaire");
    let d = setTranslation(withSpanish(), "es", key, "¿Entumecimiento entre las piernas?");
    d = setTranslation(d, "es", "item:sex.option:male.label", "Hombre");
    const q = definitionToQuestionnaire(d);
    const saddle = q.item?.[0]?.item?.[0];
    expect(saddle?._text?.extension).toEqual([
      {
        url: "http://hl7.org/fhir/StructureDefinition/translation",
        extension: [
          { url: "lang", valueCode: "es" },
          { url: "content", valueString: "¿Entumecimiento entre las piernas?" },
        ],
      },
    ]);
    expect(q.item?.[0]?.item?.[1]?.answerOption?.[1]?.valueCoding?._display?.extension?.[0]?.extension?.[1]).toEqual({
      url: "content",
      valueString: "Hombre",
    });
    const back = questionnaireToDefinition(q, "tiny");
    if (!back.ok) throw new Error("import failed");
    expect(rowFor(mustParse(back.definition), key)).toMatchObject({ state: "current" });
    expect(back.definition.languages).toEqual(d.languages);
  });

  it("import reads the standard extension from another tool's Questionnaire, without our own extensions", async () => {
    const { definitionToQuestionnaire } = await import("../../lib/domain/question-set/fhir/to-questionnaire");
    const { questionnaireToDefinition } = await import("../../lib/domain/question-set/fhir/from-questionnaire");
    const q = structuredClone(definitionToQuestionnaire(setTranslation(withSpanish(), "es", key, "¿Entumecimiento?")));
    const saddle = q.item![0]!.item![0]!;
    saddle.extension = saddle.extension?.filter((e) => !e.url.includes("item-settings"));
    const back = questionnaireToDefinition(q, "tiny");
    if (!back.ok) throw new Error("import failed");
    expect(back.definition.sections[0]?.items[0]?.text).toEqual({
      en: "Numbness between your legs?",
      es: "¿Entumecimiento?",
    });
  });
});
