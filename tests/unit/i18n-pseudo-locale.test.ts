// A language is data plus one message file: a made-up third language ("xx", every word wrapped in ⟦…⟧) is added
// to the default set through the translation operations only and given a catalogue, and every patient screen is
// rendered in it. Any word on screen without the marks is English hard-coded in a patient component.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createElement as h, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import en from "@/messages/en.json";
import type { Messages } from "@/lib/i18n/messages";
import { defaultSet } from "./fixtures/default-set";
import { addLanguage, listTexts, setLanguageForPatients, setTranslation } from "@/lib/domain/question-set/translations";
import type { Definition } from "@/lib/domain/question-set/definition-schema";

// The form's server action and the router are not under test here; they are never called while rendering.
vi.mock("@/lib/actions/intake/submit-intake", () => ({ submitIntakeAction: async () => ({ ok: false }) }));
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {} }) }));

const { IntakeTextProvider } = await import("@/components/intake/intake-text");
const { IntakeForm } = await import("@/components/intake/intake-form");
const { IntakeStart } = await import("@/components/intake/intake-start");
const { Confirmation } = await import("@/components/intake/confirmation");
const { LanguagePicker } = await import("@/components/intake/language-picker");
const { loadMessages } = await import("@/lib/i18n/load-messages");
const { languageFor } = await import("@/lib/i18n/patient-language");

const mark = (text: string) => `⟦${text}⟧`;

function pseudo<T>(value: T): T {
  if (typeof value === "string") return mark(value) as T;
  if (Array.isArray(value)) return value.map(pseudo) as T;
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, pseudo(v)])) as T;
}

/** The default set with "xx" added the way an admin adds it: every patient text translated, switched on. */
function withPseudoLanguage(rtl = false): Definition {
  let set = addLanguage(defaultSet(), "xx", "⟦Pseudo⟧");
  for (const text of listTexts(set)) if (text.patient) set = setTranslation(set, "xx", text.key, mark(text.text.en));
  set = setLanguageForPatients(set, "xx", true);
  const languages = set.languages!.map((l) =>
    l.code === "xx" ? { ...l, rtl, englishOnlySections: undefined, englishOnlyNote: undefined } : l,
  );
  return { ...set, languages };
}

const RESUME_URL = "https://clinic.example/intake/resume?token=abc";
const REFERENCE_CODE = "H7KM-3QXT";

const CONTACT = {
  clinicName: "Clinic",
  clinicPhone: "020 7946 0000",
  emergencyNumber: "999",
  openingHours: null,
  responseTime: null,
};

/** Every piece of text a patient could read or hear: text between tags and the words in labelling attributes. */
function unmarkedText(html: string): string[] {
  const attributes = [...html.matchAll(/\s(?:aria-label|title|placeholder|alt|aria-valuetext)="([^"]*)"/g)].map(
    (m) => m[1]!,
  );
  const texts = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, "")
    .replace(/<title>([^<]*)<\/title>/g, " $1 ")
    .split(/<[^>]+>/);
  return (
    [...texts, ...attributes]
      .map((t) => t.replace(/&#x27;|&quot;|&amp;|&lt;|&gt;/g, " "))
      // The patient's own data, not words: their resume link and reference code.
      .map((t) => t.replace(RESUME_URL, "").replace(REFERENCE_CODE, ""))
      // Marked words, and what is not words: numbers, codes, phone numbers, punctuation.
      .map((t) => t.replace(/⟦[^⟧]*⟧/g, "").replace(/[\d\s.,:;·/()+*%=—–\-?!|"'«»⟦⟧]+/g, ""))
      .filter((t) => t !== "")
  );
}

function inPseudo(element: ReactElement, messages: Messages): string {
  return renderToStaticMarkup(
    h(IntakeTextProvider, { locale: "xx", messages, errorSources: en.errors, children: element }),
  );
}

describe("a third language added through data and one message file", () => {
  const messages = pseudo(en);
  const definition = withPseudoLanguage();

  it("reads its catalogue from the messages folder, with English for any word it lacks", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "h16-messages-"));
    const { form, ...rest } = messages;
    writeFileSync(path.join(dir, "xx.json"), JSON.stringify({ ...rest, form: { ...form, next: "" } }));
    const loaded = await loadMessages("xx", dir);
    expect(loaded.consent.agree).toBe(mark(en.consent.agree));
    expect(loaded.form.next).toBe("Next");
    // A code that is not a language never names a file.
    expect(await loadMessages("../xx", dir)).toBe(en);
  });

  it("shows every step of the intake with no unmarked word, the consent step first", () => {
    const sections = definition.sections.length;
    for (let step = 0; step <= sections + 1; step++) {
      const html = inPseudo(
        h(IntakeForm, {
          definition,
          versionId: "v1",
          contact: CONTACT,
          initialProgress:
            step === 0
              ? undefined
              : {
                  // An answer that fires an EMERGENT rule: the safety panel is on every step after it.
                  answers: { saddle_numbness: true },
                  step,
                  resumeUrl: RESUME_URL,
                  expiresAt: "2026-12-09T10:00:00.000Z",
                  savedAt: "2026-12-02T10:00:00.000Z",
                },
        }),
        messages,
      );
      expect([step, unmarkedText(html)]).toEqual([step, []]);
    }
  }, 30_000);

  it("opens a new patient's intake on the consent step with no unmarked word", () => {
    const html = inPseudo(
      h(IntakeStart, { definition, versionId: "v1", contact: CONTACT, openingSteps: definition.sections.length + 2 }),
      messages,
    );
    expect(html).toContain(mark(en.consent.agree));
    expect(unmarkedText(html)).toEqual([]);
  });

  it("shows the confirmation at every level with no unmarked word, education cards included", () => {
    for (const level of ["EMERGENT", "URGENT", "ROUTINE"] as const) {
      const html = inPseudo(
        h(Confirmation, {
          referenceCode: REFERENCE_CODE,
          guidance: {
            level,
            flags: [{ ruleId: "saddle-anaesthesia", title: mark("t"), patientText: mark("p") }],
            causes: Object.keys(en.causes),
          },
          contact: CONTACT,
          m: messages,
          dir: "ltr",
        }),
        messages,
      );
      expect([level, unmarkedText(html)]).toEqual([level, []]);
    }
  });

  it("offers the language in the picker by its own name", () => {
    const html = inPseudo(
      h(LanguagePicker, {
        current: "xx",
        offered: [
          { code: "en", name: "English" },
          { code: "xx", name: "⟦Pseudo⟧" },
        ],
      }),
      messages,
    );
    expect(html).toContain('<option value="xx" lang="xx" selected="">⟦Pseudo⟧</option>');
  });

  it("gives a right-to-left language dir=rtl, and offers it beside English once switched on", async () => {
    const rtl = await languageFor(withPseudoLanguage(true), ["xx"], null);
    expect(rtl).toMatchObject({ code: "xx", dir: "rtl" });
    expect(rtl.offered.map((l) => l.code)).toEqual(["en", "es", "xx"]);
    const ltr = await languageFor(withPseudoLanguage(false), [undefined], "xx, en;q=0.5");
    expect(ltr).toMatchObject({ code: "xx", dir: "ltr" });
    // Translating ~150 texts one edit at a time, twice: seconds on a loaded 2-core machine.
  }, 30_000);
});
