// An independent renderer reads our export: NLM's LHC-Forms (npm `lforms`, its built web component) in
// Chromium loads our Questionnaire with a patient's QuestionnaireResponse merged in, and every answer we
// sent must come back out of the form it drew. This is what an EHR's SDC form viewer would show a clinician.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultSet } from "../unit/fixtures/default-set";
import { answersWith } from "../fixtures/default-answers";
import { evaluate } from "../../lib/domain/triage";
import { pruneHiddenAnswers } from "../../lib/domain/question-set/conditions";
import { definitionToQuestionnaire } from "../../lib/domain/question-set/fhir/to-questionnaire";
import { toQuestionnaireResponse } from "../../lib/domain/export/fhir-questionnaire-response";
import { SCORES_GROUP } from "../../lib/domain/question-set/fhir/score-items";

const BASE = "https://clinic.example/fhir";
const LFORMS = path.join(process.cwd(), "node_modules/lforms/dist/lforms");
const ORIGIN = "http://lforms.test";
const PAGE = `<!doctype html><html><head><link rel="stylesheet" href="/webcomponent/styles.css"></head>
<body><div id="form"></div>
<script src="/webcomponent/assets/lib/zone.min.js"></script>
<script src="/webcomponent/runtime.js" type="module"></script>
<script src="/webcomponent/polyfills.js" type="module"></script>
<script src="/webcomponent/main.js" type="module"></script></body></html>`;

/** The parts of LHC-Forms' page global this test calls. */
type LhcWindow = {
  LForms: {
    FHIR?: { R4?: unknown };
    Util: {
      mergeFHIRDataIntoLForms: (type: string, data: unknown, form: unknown, version: string) => unknown;
      convertFHIRQuestionnaireToLForms: (q: unknown, version: string) => unknown;
      addFormToPage: (form: unknown, id: string, options: unknown) => Promise<void>;
      getFormFHIRData: (type: string, version: string, el: Element | null) => { item?: QrItem[] };
    };
  };
};
type QrItem = { linkId: string; answer?: Record<string, unknown>[]; item?: QrItem[] };

/** Every answer as "linkId = value" (codings as system|code), scores left out: LHC-Forms computes those itself. */
function answersOf(items: QrItem[] | undefined): string[] {
  return (items ?? []).flatMap((i) => {
    if (i.linkId === SCORES_GROUP) return [];
    const own = (i.answer ?? []).map((a) => {
      const [key, value] = Object.entries(a).find(([k]) => k.startsWith("value"))!;
      const coding = value as { system?: string; code?: string };
      return `${i.linkId} = ${key === "valueCoding" ? `${coding.system}|${coding.code}` : JSON.stringify(value)}`;
    });
    return [...own, ...answersOf(i.item), ...(i.answer ?? []).flatMap((a) => answersOf(a.item as QrItem[]))];
  });
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  page = await browser.newPage();
  // Nothing leaves the machine: the page and LHC-Forms' files are served from node_modules.
  await page.route(/^(?!http:\/\/lforms\.test\/)/, (route) => route.abort());
  await page.route(`${ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === "/") return route.fulfill({ contentType: "text/html", body: PAGE });
    const type = pathname.endsWith(".js") ? "text/javascript" : pathname.endsWith(".css") ? "text/css" : undefined;
    return route.fulfill({ contentType: type, body: await readFile(path.join(LFORMS, pathname)) });
  });
  await page.goto(`${ORIGIN}/`, { waitUntil: "domcontentloaded", timeout: 120_000 });
  await page.waitForFunction(() => (window as unknown as LhcWindow).LForms?.Util?.mergeFHIRDataIntoLForms, null, {
    timeout: 120_000,
  });
  // The FHIR support library extends the loaded LForms, so it comes after it.
  // (run in the page's global scope: loaded as a script tag, it did not attach LForms.FHIR here).
  const fhirSupport = await readFile(path.join(LFORMS, "fhir/R4/lformsFHIR.min.js"), "utf8");
  await page.evaluate((code) => (0, eval)(code), fhirSupport);
  await page.waitForFunction(() => (window as unknown as LhcWindow).LForms.FHIR?.R4, null, { timeout: 60_000 });
}, 180_000);

afterAll(async () => browser?.close());

describe("LHC-Forms, loading our Questionnaire and a patient's response", () => {
  const definition = defaultSet();
  const questionnaire = definitionToQuestionnaire(definition, { version: 3, status: "PUBLISHED", canonicalBase: BASE });
  const cases = {
    "a routine patient": {},
    "a cauda equina red flag with a marked pain map": {
      saddle_numbness: true,
      pain_now: 9,
      pain_map: ["lower-back-left", "buttock-right", "thigh-back-left"],
    },
  };

  for (const [name, patch] of Object.entries(cases)) {
    it(`shows every answer of ${name}`, async () => {
      const answers = pruneHiddenAnswers(definition, answersWith(patch));
      const triage = evaluate(definition, answers, { today: "2026-11-25" });
      const response = toQuestionnaireResponse(
        definition,
        {
          id: "cm9sub0001",
          referenceCode: "ABCD-2345",
          createdAt: new Date("2026-11-25T10:00:00Z"),
          version: 3,
          answers,
          scores: triage.scores,
        },
        BASE,
      );
      const rendered = await page.evaluate(
        async ({ q, qr }) => {
          const util = (window as unknown as LhcWindow).LForms.Util;
          const form = util.mergeFHIRDataIntoLForms(
            "QuestionnaireResponse",
            qr,
            util.convertFHIRQuestionnaireToLForms(q, "R4"),
            "R4",
          );
          await util.addFormToPage(form, "form", { fhirVersion: "R4" });
          return util.getFormFHIRData("QuestionnaireResponse", "R4", document.getElementById("form"));
        },
        { q: questionnaire, qr: response },
      );
      const sent = answersOf(response.item as QrItem[]);
      expect(sent.length).toBeGreaterThan(20);
      expect(answersOf(rendered.item).sort()).toEqual(expect.arrayContaining(sent));
    }, 120_000);
  }
});
