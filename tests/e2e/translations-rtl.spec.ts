// A language is data plus one message file: an admin adds a right-to-left language to the default set through the
// editor (its translator's file loaded back), a catalogue file is dropped into messages/, and a patient on a phone
// completes the intake in it with no code change. The language is a fixture under Yiddish's code ("yi", written in
// Hebrew script; axe accepts only registered codes, so a private-use one would not do): its words are the English
// behind Hebrew letters, so the browser lays them out right to left and any English left on screen stands out. The
// catalogue file exists only while this spec runs.
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, signIn } from "./fixtures";
import { publishOpenDraft, openFromOutline, startDraftFromPublished } from "./admin";
import { answerIn, expectInViewport, expectNoAxeViolations, stepsFor, withClinicNumbers } from "./intake";
import { answersWith } from "../fixtures/default-answers";
import en from "../../messages/en.json";
import type { Messages } from "../../lib/i18n/messages";
import { format } from "../../lib/i18n/messages";
import { addLanguage, listTexts, readTranslationFile } from "../../lib/domain/question-set/translations";
import { visibleItemIds } from "../../lib/domain/question-set/conditions";
import { t } from "../../lib/domain/question-set/text";

const CODE = "yi";
const NAME = "ייִדיש (בדיקה)";
const CATALOGUE = path.join(process.cwd(), "messages", `${CODE}.json`);
const CLINIC = { clinicPhone: "020 7946 0000", emergencyNumber: "112" };

// Hebrew letters also right before each placeholder, as in a real translation: a number between two
// right-to-left words is where the bidi algorithm would reverse its groups.
const rtl = (text: string) => `אב ${text.replace(/\{(\w+)\}/g, "אב {$1}")}`;
function pseudo<T>(value: T): T {
  if (typeof value === "string") return rtl(value) as T;
  if (Array.isArray(value)) return value.map(pseudo) as T;
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, pseudo(v)])) as T;
}
const words: Messages = pseudo(en);

test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test.beforeAll(() => writeFileSync(CATALOGUE, JSON.stringify(words)));
test.afterAll(() => rmSync(CATALOGUE, { force: true }));
withClinicNumbers(CLINIC);

test("an admin adds a right-to-left language from a translator's file, and a patient on a phone answers in it", async ({
  page,
  browser,
  createStaff,
  publishedDefinition,
}) => {
  test.setTimeout(900_000);
  await signIn(page.request, await createStaff("ADMIN"));
  page.on("dialog", (dialog) => void dialog.accept());
  await startDraftFromPublished(page);
  await openFromOutline(page, "Translations");
  await page.getByLabel("New language code").fill(CODE);
  await page.getByLabel("Its own name").fill(NAME);
  await page.getByRole("button", { name: "Add language" }).click();

  // What the translator sends back: every patient text but the licensed STarT Back step (English only, as in
  // Spanish), and the direction of the script.
  const texts = Object.fromEntries(
    listTexts(publishedDefinition)
      .filter((text) => text.patient && text.sectionId !== "start_back")
      .map((text) => [text.key, { en: text.text.en, [CODE]: rtl(text.text.en) }]),
  );
  const englishOnlyNote = rtl("These questions are in English only: their licence does not allow a translation.");
  const file = {
    language: { code: CODE, name: NAME, rtl: true, englishOnlySections: ["start_back"], englishOnlyNote },
    texts,
  };
  await page.getByLabel("Load a translation file").setInputFiles({
    name: `translation.${CODE}.json`,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(
    page.getByText(`Loaded ${Object.keys(texts).length} ${NAME} translations into this draft.`),
  ).toBeVisible();
  await expect(page.getByText(`${NAME}: `).filter({ hasText: "0 missing, 0 out of date" })).toBeVisible();
  await expect(page.getByLabel(`${NAME} is written right to left`)).toBeChecked();
  await page.getByLabel(`Offer ${NAME} to patients in this version`).check();
  await expect(page.getByRole("heading", { name: "No problems: this draft can be published" })).toBeVisible();
  await publishOpenDraft(page);
  // What the patient now reads: the same file applied to the set, for the questions' words in the language.
  const loaded = readTranslationFile(addLanguage(publishedDefinition, CODE, NAME), JSON.stringify(file));
  if (!loaded.ok) throw new Error(loaded.message);
  const translated = loaded.report.definition;

  // A patient on a phone picks the language on the first screen.
  // A context of its own (axe needs one made with newContext), so the admin's session is not the patient's.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const patient = await phone.newPage();
  const answers = answersWith({ full_name: "Dana Test", saddle_numbness: true });
  const steps = stepsFor(publishedDefinition, answers);
  await patient.goto("/intake");
  await patient.getByRole("combobox", { name: en.language.label }).selectOption(CODE);
  await expect(patient.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(patient.locator("html")).toHaveAttribute("lang", CODE);
  await expect(patient.getByRole("heading", { level: 2, name: words.form.consentTitle })).toBeVisible();
  await expectNoAxeViolations(patient, "consent, right to left");
  await patient.getByRole("checkbox", { name: words.consent.agree }).check();
  await patient.getByRole("button", { name: words.form.next }).click();

  for (const [index, section] of steps.entries()) {
    const locale = section.id === "start_back" ? "en" : CODE;
    if (locale === "en") await expect(patient.getByText(englishOnlyNote)).toBeVisible();
    await expect(
      patient.getByRole("heading", {
        level: 2,
        name: t(translated.sections.find((s) => s.id === section.id)!.title, locale),
      }),
    ).toBeVisible();
    await expect(
      patient.getByText(format(words.form.step, { current: index + 2, total: steps.length + 2 }, "rtl"), {
        exact: true,
      }),
    ).toBeVisible();
    const visible = visibleItemIds(publishedDefinition, answers);
    for (const item of translated.sections.find((s) => s.id === section.id)!.items) {
      if (!visible.has(item.id) || answers[item.id] === undefined) continue;
      await answerIn(patient, item, answers[item.id]!, locale, words);
    }
    if (section.id === "red_flags") {
      const panel = patient.getByRole("complementary", { name: words.safety.emergencyTitle });
      const call = panel.getByRole("link", {
        name: format(words.safety.callNumber, { number: CLINIC.emergencyNumber }, "rtl"),
      });
      await expectInViewport(patient, panel.getByText(words.safety.emergencyTitle));
      await expectInViewport(patient, call);
      await expect(call).toHaveAttribute("href", `tel:${CLINIC.emergencyNumber}`);
    }
    await expectNoAxeViolations(patient, `${section.id}, right to left`);
    await patient.getByRole("button", { name: words.form.next }).click();
  }

  await expect(patient.getByRole("heading", { level: 2, name: words.form.reviewTitle })).toBeVisible();
  await expectNoAxeViolations(patient, "the review, right to left");
  await patient.getByRole("button", { name: words.form.submit }).click();
  await expect(patient.getByRole("heading", { level: 1, name: words.safety.emergencyTitle })).toBeVisible({
    timeout: 15_000,
  });
  await expect(patient.locator("html")).toHaveAttribute("dir", "rtl");
  await expectInViewport(
    patient,
    patient.getByRole("link", { name: format(words.safety.callNumber, { number: CLINIC.emergencyNumber }, "rtl") }),
  );
  await expectNoAxeViolations(patient, "the emergency confirmation, right to left");
  await phone.close();
});

test("the clinic's number reads in its own order inside a right-to-left sentence", async ({
  browser,
  publishedDefinition,
}) => {
  // Runs after the test above has published the language. Left to itself, the bidi algorithm lays the groups of
  // "020 7946 0000" out right to left in a right-to-left paragraph ("0000 7946 020"): a wrong number to dial.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const patient = await phone.newPage();
  await patient.goto("/intake");
  await patient.getByRole("combobox", { name: en.language.label }).selectOption(CODE);
  await expect(patient.locator("html")).toHaveAttribute("dir", "rtl");
  await patient.getByRole("checkbox", { name: words.consent.agree }).check();
  await patient.getByRole("button", { name: words.form.next }).click();
  const fever = publishedDefinition.sections.flatMap((s) => s.items).find((item) => item.id === "fever")!;
  const translatedFever = { ...fever, text: { ...fever.text, [CODE]: rtl(t(fever.text, "en")) } } as typeof fever;
  await answerIn(patient, translatedFever, true, CODE, words);

  const panel = patient.getByRole("complementary", { name: words.safety.urgentTitle });
  const sentence = panel.getByText(format(words.safety.urgentWithPhone, { phone: CLINIC.clinicPhone }, "rtl"));
  await expectInViewport(patient, sentence);
  const groups = await sentence.evaluate((element, number) => {
    const node = [...element.childNodes].find((child) => child.textContent?.includes(number))!;
    const at = node.textContent!.indexOf(number);
    let offset = at;
    return number.split(" ").map((group) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + group.length);
      offset += group.length + 1;
      return { group, left: range.getBoundingClientRect().left };
    });
  }, CLINIC.clinicPhone);
  const onScreen = [...groups].sort((a, b) => a.left - b.left).map((g) => g.group);
  expect(onScreen.join(" ")).toBe(CLINIC.clinicPhone);
  await phone.close();
});
