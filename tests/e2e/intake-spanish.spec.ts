import { expect, signInPage, test } from "./fixtures";
import { answerIn, expectInViewport, expectNoAxeViolations, stepsFor, withClinicNumbers } from "./intake";
import { offerSpanishToNewPatients } from "./published-version";
import { answersWith } from "../fixtures/default-answers";
import es from "../../messages/es.json";
import type { Definition } from "../../lib/domain/question-set/definition-schema";
import { visibleItemIds } from "../../lib/domain/question-set/conditions";
import { t } from "../../lib/domain/question-set/text";

// A phone whose browser asks for Spanish first.
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: "es-ES" });

const CLINIC = { clinicPhone: "020 7946 0000", emergencyNumber: "112" };

test.beforeAll(offerSpanishToNewPatients);

withClinicNumbers(CLINIC);

const englishOnly = (definition: Definition, sectionId: string) =>
  definition.languages?.find((l) => l.code === "es")?.englishOnlySections?.includes(sectionId) ?? false;

test("a Spanish-speaking patient answers on a phone in Spanish, switches language without losing answers, and gets emergency advice in Spanish", async ({
  page,
  db,
  publishedDefinition,
  createStaff,
}) => {
  // Ten axe runs and a whole intake on a busy 2-core machine take several minutes.
  test.setTimeout(900_000);
  const name = `Lucía Prueba ${Date.now()}`;
  const answers = answersWith({ full_name: name, saddle_numbness: true });
  const steps = stepsFor(publishedDefinition, answers);
  const total = steps.length + 2;

  await page.goto("/intake");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("combobox", { name: es.language.label })).toHaveValue("es");
  await expect(page.getByRole("heading", { level: 2, name: es.form.consentTitle })).toBeVisible();
  await expect(page.getByText(es.consent.notEmergencyTitle)).toBeVisible();
  await expectNoAxeViolations(page, "consent, in Spanish");
  await page.getByRole("checkbox", { name: es.consent.agree }).check();
  await page.getByRole("button", { name: es.form.next }).click();

  for (const [index, section] of steps.entries()) {
    const locale = englishOnly(publishedDefinition, section.id) ? "en" : "es";
    await expect(page.getByRole("heading", { level: 2, name: t(section.title, locale) })).toBeVisible();
    await expect(page.getByText(`Paso ${index + 2} de ${total}`, { exact: true })).toBeVisible();
    if (locale === "en") await expect(page.getByText(/solo están en inglés/)).toBeVisible();
    const visible = visibleItemIds(publishedDefinition, answers);
    for (const item of section.items) {
      if (!visible.has(item.id) || answers[item.id] === undefined) continue;
      await answerIn(page, item, answers[item.id]!, locale, es);
    }
    if (section.id === "red_flags") {
      // The emergency advice and its call button, in Spanish, on screen at once.
      const panel = page.getByRole("complementary", { name: es.safety.emergencyTitle });
      await expectInViewport(page, panel.getByText(es.safety.emergencyTitle));
      await expectInViewport(page, panel.getByRole("link", { name: "Llamar al 112" }));
      await expect(panel.getByRole("link", { name: "Llamar al 112" })).toHaveAttribute("href", "tel:112");
      await expectNoAxeViolations(page, "the safety questions with the emergency panel, in Spanish");

      // Mid-way to English and back: every answer and the step are kept.
      const saddle = publishedDefinition.sections[0]!.items.find((i) => i.id === "saddle_numbness")!;
      await page.getByRole("combobox", { name: es.language.label }).selectOption("en");
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("heading", { level: 2, name: t(section.title, "en") })).toBeVisible();
      await expect(
        page.getByRole("group", { name: t(saddle.text, "en") }).getByRole("radio", { name: "Yes", exact: true }),
      ).toBeChecked();
      await expect(page.getByRole("complementary", { name: "Get emergency help now" })).toBeVisible();
      await page.getByRole("combobox", { name: "Language" }).selectOption("es");
      await expect(page.locator("html")).toHaveAttribute("lang", "es");
      await expect(
        page.getByRole("group", { name: t(saddle.text, "es") }).getByRole("radio", { name: "Sí", exact: true }),
      ).toBeChecked();
    } else {
      await expectNoAxeViolations(page, `${section.id}, in Spanish`);
    }
    await page.getByRole("button", { name: es.form.next }).click();
  }

  await expect(page.getByRole("heading", { level: 2, name: es.form.reviewTitle })).toBeVisible();
  await expectNoAxeViolations(page, "the review, in Spanish");
  await page.getByRole("button", { name: es.form.submit }).click();
  await expect(page.getByRole("heading", { level: 1, name: es.safety.emergencyTitle })).toBeVisible({
    timeout: 15_000,
  });
  await expectInViewport(page, page.getByRole("link", { name: "Llamar al 112" }));
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expectNoAxeViolations(page, "the emergency confirmation, in Spanish");

  const { rows } = await db.query<{ id: string; language: string }>(
    `SELECT id, language FROM "Submission" WHERE "patientName" = $1`,
    [name],
  );
  expect(rows).toEqual([{ id: expect.any(String), language: "es" }]);

  // The clinician reads it in English (on the same Spanish-speaking browser), told the patient answered in Spanish.
  await page.context().clearCookies();
  const clinician = await createStaff("CLINICIAN");
  await signInPage(page, clinician);
  await page.goto(`/dashboard/submissions/${rows[0]!.id}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText(/Spanish/).first()).toBeVisible();
  await expect(page.getByText(t(publishedDefinition.sections[0]!.items[0]!.text, "en")).first()).toBeVisible();
});
