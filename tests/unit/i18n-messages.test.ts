// The patient pages' own words: Spanish complete, a missing word reads the English (never a blank), the patient's
// language chosen from what they picked or their browser, and the form's field errors in their language.
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import { format, missingKeys, withFallback } from "@/lib/i18n/messages";
import { choosePatientLanguage, negotiateLanguage } from "@/lib/i18n/negotiate";
import { localAnswerError } from "@/lib/i18n/answer-errors";
import { CAUSES } from "@/lib/domain/causes/catalog";
import { EMERGENCY_SIGNS } from "@/lib/domain/causes/safety-net";
import { PAIN_REGIONS } from "@/lib/domain/pain-map/regions";
import { dateProblem } from "@/lib/domain/question-set/date-parts";
import { checkAnswer, REQUIRED_MESSAGE, type AnsweredItem } from "@/lib/domain/question-set/answer-schema";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function leaves(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}.${i}`));
  return Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

describe("the Spanish catalogue", () => {
  it("has every word the English has, none blank", () => {
    expect(missingKeys(es, en)).toEqual([]);
  });

  it("keeps every placeholder of each English text, so no number, phone or date is dropped", () => {
    const spanish = new Map(leaves(es));
    for (const [key, text] of leaves(en))
      expect([key, placeholders(spanish.get(key)!)]).toEqual([key, placeholders(text)]);
  });

  it("tells the patient in an emergency to call now and go to the emergency department, as the English does", () => {
    expect(es.safety.emergencyWithNumber).toBe(
      "Llame al {number} o vaya ahora a las urgencias más cercanas. No espere a que la clínica le llame.",
    );
    expect(es.consent.notEmergencyTitle).toBe("Este cuestionario no es un servicio de emergencias");
    expect(es.form.notSure).toBe("No estoy seguro");
    expect(es.confirmation.signs).toHaveLength(EMERGENCY_SIGNS.length);
  });
});

describe("the English catalogue", () => {
  it("is the same education, emergency signs and body-map areas the clinician side uses", () => {
    for (const cause of CAUSES) expect(en.causes[cause.id]).toEqual({ name: cause.name, education: cause.education });
    expect(Object.keys(en.causes)).toHaveLength(CAUSES.length);
    expect(en.confirmation.signs).toEqual(EMERGENCY_SIGNS);
    expect(en.painMap.regions).toEqual(Object.fromEntries(PAIN_REGIONS.map((r) => [r.id, r.label])));
  });
});

describe("a language's catalogue over English (fallback)", () => {
  it("reads the English for a word that is missing or blank, never an empty label", () => {
    const partial = withFallback({ form: { next: "Siguiente", back: "  " } }, en);
    expect(partial.form.next).toBe("Siguiente");
    expect(partial.form.back).toBe("Back");
    expect(partial.consent.agree).toBe(en.consent.agree);
  });

  it("ignores what is not the English shape: a number for a word, a list of the wrong length, unknown keys", () => {
    const odd = withFallback({ form: { next: 7 }, confirmation: { signs: ["uno"] }, extra: "x" }, en);
    expect(odd.form.next).toBe("Next");
    expect(odd.confirmation.signs).toEqual(en.confirmation.signs);
    expect(Object.hasOwn(odd, "extra")).toBe(false);
    expect(missingKeys({ form: { next: 7 } }, en)).toContain("form.next");
  });

  it("fills placeholders and leaves an unknown one visible", () => {
    expect(format(es.form.step, { current: 2, total: 8 })).toBe("Paso 2 de 8");
    expect(format("{a} {b}", { a: 1 })).toBe("1 {b}");
  });

  it("keeps a phone number and a clinic's own text in their own order inside a right-to-left sentence", () => {
    const sentence = format("קליניק {phone} ({hours})", { phone: "020 7946 0000", hours: "Mon–Fri 8–6" }, "rtl");
    expect(sentence).toBe("קליניק \u2068020 7946 0000\u2069 (\u2068Mon–Fri 8–6\u2069)");
    expect(format("Call {number}", { number: "999" }, "ltr")).toBe("Call 999");
    expect(format("{a} {b}", { a: 1 }, "rtl")).toBe("\u20681\u2069 {b}");
  });
});

describe("which language a patient sees first", () => {
  const offered = ["en", "es"];
  it("follows the browser's Accept-Language by weight, a regional Spanish matching Spanish", () => {
    expect(negotiateLanguage("es-MX,es;q=0.9,en;q=0.8", offered)).toBe("es");
    expect(negotiateLanguage("en-GB,en;q=0.9,es;q=0.8", offered)).toBe("en");
    expect(negotiateLanguage("fr;q=0.9, es;q=0.5", offered)).toBe("es");
    expect(negotiateLanguage("en;q=0.2, es;q=0.8", offered)).toBe("es");
  });

  it("is English when the browser asks for nothing the form offers, or refuses Spanish with q=0", () => {
    expect(negotiateLanguage("de-DE,fr", offered)).toBe("en");
    expect(negotiateLanguage("es;q=0", offered)).toBe("en");
    expect(negotiateLanguage(null, offered)).toBe("en");
    expect(negotiateLanguage("es", ["en"])).toBe("en");
  });

  it("keeps the patient's own choice (or the language their progress was saved in) over the browser's, when still offered", () => {
    expect(choosePatientLanguage(["es", "en"], "en", offered)).toBe("es");
    expect(choosePatientLanguage([undefined, "es"], "en", offered)).toBe("es");
    // A language the version no longer offers (or a forged cookie) falls through to the browser's.
    expect(choosePatientLanguage(["fr", "../../etc"], "es", offered)).toBe("es");
  });
});

describe("field errors in the patient's language", () => {
  const context = { messages: es, sources: en.errors, locale: "es" };
  const item = (extra: object) => ({ id: "q", text: { en: "Q" }, required: false, ...extra }) as AnsweredItem;
  const problems = [
    REQUIRED_MESSAGE,
    checkAnswer(item({ type: "single", options: [{ value: "a", label: { en: "A" } }] }), "z", "2026-01-01"),
    checkAnswer(item({ type: "multi", options: [{ value: "a", label: { en: "A" } }] }), ["z"], "2026-01-01"),
    checkAnswer(item({ type: "yesno", notSure: true }), "maybe", "2026-01-01"),
    checkAnswer(item({ type: "yesno" }), "maybe", "2026-01-01"),
    checkAnswer(item({ type: "scale", min: 0, max: 10 }), 11, "2026-01-01"),
    checkAnswer(item({ type: "number", integer: true, min: 1, max: 120 }), 0, "2026-01-01"),
    checkAnswer(item({ type: "number", min: 1 }), -1, "2026-01-01"),
    checkAnswer(item({ type: "number", integer: true, max: 5 }), 9, "2026-01-01"),
    checkAnswer(item({ type: "text", maxLength: 3 }), "long text", "2026-01-01"),
    checkAnswer(item({ type: "text", maxLength: 99, format: "email" }), "nope", "2026-01-01"),
    checkAnswer(item({ type: "text", maxLength: 99, format: "phone" }), "call me", "2026-01-01"),
    checkAnswer(item({ type: "painmap" }), ["elbow"], "2026-01-01"),
    dateProblem("2026--", { today: "2026-01-01" }),
    dateProblem("2026-13-01", { today: "2026-01-01" }),
    dateProblem("2023-02-30", { today: "2026-01-01" }),
    dateProblem("2023-04-31", { today: "2026-01-01" }),
    dateProblem("2030-01-01", { today: "2026-01-01", notInFuture: true }),
    dateProblem("1800-01-01", { today: "2026-01-01", maxAgeYears: 120 }),
  ].map((p) => (p === undefined || typeof p === "string" ? p : p.ok ? undefined : p.message));

  it("translates every message the answer schema gives for a bad answer", () => {
    for (const message of problems) {
      expect(message).toEqual(expect.any(String));
      const spanish = localAnswerError(message!, context);
      expect([message, spanish]).not.toEqual([message, message]);
      expect(spanish).not.toMatch(/\{\w+\}/);
    }
  });

  it("keeps the numbers and names the month and the missing date parts in Spanish", () => {
    expect(localAnswerError("Enter a whole number between 1 and 120", context)).toBe(
      "Escriba un número entero entre 1 y 120",
    );
    expect(localAnswerError("April has only 30 days", context)).toBe("Abril solo tiene 30 días");
    expect(localAnswerError("Enter the month and year", context)).toBe("Escriba el mes y el año");
    expect(
      localAnswerError('"None of these" cannot be combined with other choices', { ...context, label: () => "Nada" }),
    ).toBe("«Nada» no se puede elegir junto con otras opciones");
  });

  it("leaves English as it is, and a message no template knows as it came", () => {
    expect(localAnswerError(REQUIRED_MESSAGE, { messages: en, sources: undefined, locale: "en" })).toBe(
      REQUIRED_MESSAGE,
    );
    expect(localAnswerError("Something new", context)).toBe("Something new");
  });
});
