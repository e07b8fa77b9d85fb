import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import defaultSet from "../../prisma/default-question-set.json";
import { parseDefinition, type Definition, type Item } from "../../lib/domain/question-set/definition-schema";
import type { Answers } from "../../lib/domain/question-set/answer-schema";
import { visibleItemIds } from "../../lib/domain/question-set/conditions";
import { t } from "../../lib/domain/question-set/text";
import { PAIN_REGIONS } from "../../lib/domain/pain-map/regions";
import type { Messages } from "../../lib/i18n/messages";
import { expect, test } from "./fixtures";

export function defaultDefinition(): Definition {
  const parsed = parseDefinition(defaultSet);
  if (!parsed.ok) throw new Error("default question set is invalid");
  return parsed.definition;
}

/** Answers one question the way a patient would: by its visible question and answer labels. */
export async function answer(page: Page, item: Item, value: Answers[string], wording: (item: Item) => string) {
  const question = wording(item);
  switch (item.type) {
    case "single": {
      const label = t(item.options.find((o) => o.value === value)!.label);
      await page.getByRole("group", { name: question }).getByRole("radio", { name: label, exact: true }).check();
      return;
    }
    case "yesno":
      await page
        .getByRole("group", { name: question })
        .getByRole("radio", { name: value === "not_sure" ? "Not sure" : value ? "Yes" : "No", exact: true })
        .check();
      return;
    case "scale":
      await page
        .getByRole("group", { name: question })
        .getByRole("radio", { name: String(value), exact: true })
        .check();
      return;
    case "multi":
    case "painmap": {
      const group = page.getByRole("group", { name: question });
      for (const v of value as string[]) {
        const label =
          item.type === "multi"
            ? t(item.options.find((o) => o.value === v)!.label)
            : PAIN_REGIONS.find((r) => r.id === v)!.label;
        await group.getByRole("checkbox", { name: label, exact: true }).check();
      }
      return;
    }
    case "date":
      await fillDate(page, question, String(value));
      return;
    case "text":
    case "number":
      await page.getByLabel(question).fill(String(value));
      return;
    case "display":
      return;
  }
}

/** Types a YYYY-MM-DD date into the question's Day, Month and Year boxes. */
export async function fillDate(page: Page, question: string, iso: string) {
  const [year = "", month = "", day = ""] = iso.split("-");
  const group = page.getByRole("group", { name: question });
  await group.getByLabel("Day", { exact: true }).fill(day);
  await group.getByLabel("Month", { exact: true }).fill(month);
  await group.getByLabel("Year", { exact: true }).fill(year);
}

/** The built-in first step: the privacy notice and the agreement box. */
export async function agreeToPrivacy(page: Page) {
  await expect(page.getByRole("heading", { level: 2, name: "Before you start" })).toBeVisible();
  await page.getByRole("checkbox", { name: /I agree/ }).check();
  await page.getByRole("button", { name: "Next" }).click();
}

/** The steps a patient with these answers sees: consent, one per shown section, review. */
export function stepsFor(definition: Definition, answers: Answers) {
  const visible = visibleItemIds(definition, answers);
  return definition.sections.filter((s) => s.items.some((i) => visible.has(i.id)));
}

/** Answers the shown questions of one section from `answers`. */
export async function answerSection(
  page: Page,
  definition: Definition,
  sectionId: string,
  answers: Answers,
  wording: (item: Item) => string = (item) => t(item.text),
) {
  const visible = visibleItemIds(definition, answers);
  const section = definition.sections.find((s) => s.id === sectionId)!;
  for (const item of section.items) {
    if (!visible.has(item.id) || answers[item.id] === undefined) continue;
    await answer(page, item, answers[item.id]!, wording);
  }
}

/**
 * Walks the wizard from the current step to the end (agreeing to the privacy notice if it is showing),
 * answering every shown question from `answers`, then submits from the review step. Returns the
 * reference code shown on the confirmation.
 */
export async function completeIntake(
  page: Page,
  definition: Definition,
  answers: Answers,
  {
    wording = (item: Item) => t(item.text),
    afterAnswering = async () => {},
  }: {
    wording?: (item: Item) => string;
    /** Runs once a step's questions are answered, before moving on: to check what the patient sees there. */
    afterAnswering?: (sectionId: string) => Promise<void>;
  } = {},
): Promise<string> {
  const steps = stepsFor(definition, answers);
  const heading = page.getByRole("heading", { level: 2 }).first();
  await expect(heading).toBeVisible();
  if ((await heading.textContent())?.trim() === "Before you start") await agreeToPrivacy(page);
  await expect(heading).not.toHaveText("Before you start");
  const current = (await heading.textContent())?.trim();
  const from = Math.max(
    0,
    steps.findIndex((s) => t(s.title) === current),
  );
  for (const [index, section] of steps.entries()) {
    if (index < from) continue;
    await expect(page.getByRole("heading", { level: 2, name: t(section.title) })).toBeVisible();
    await expect(page.getByText(`Step ${index + 2} of ${steps.length + 2}`)).toBeVisible();
    for (const item of section.items) {
      if (!visibleItemIds(definition, answers).has(item.id) || answers[item.id] === undefined) continue;
      await answer(page, item, answers[item.id]!, wording);
    }
    await afterAnswering(section.id);
    await page.getByRole("button", { name: "Next" }).click();
  }
  await expect(page.getByRole("heading", { level: 2, name: "Check your answers" })).toBeVisible();
  await page.getByRole("button", { name: "Submit my answers" }).click();
  return readReferenceCode(page);
}

export async function readReferenceCode(page: Page): Promise<string> {
  const code = page.getByTestId("reference-code");
  await expect(code).toHaveText(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/, { timeout: 15_000 });
  return (await code.textContent())!.trim();
}

/** Visible and wholly inside the screen: where a patient on this viewport is looking, not only in the page. */
export async function expectInViewport(page: Page, locator: ReturnType<Page["locator"]>) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
}

/**
 * Answers one question as a reader of another language finds it: the question set's words in `locale` (English in a
 * step offered in English only), the app's Yes/No/Not sure, date boxes and body areas from that language's catalogue.
 */
export async function answerIn(
  page: Page,
  item: Item,
  value: Answers[string],
  locale: string,
  words: Pick<Messages, "form" | "painMap">,
) {
  const group = page.getByRole("group", { name: t(item.text, locale) });
  switch (item.type) {
    case "single":
      await group.getByRole("radio", { name: t(item.options.find((o) => o.value === value)!.label, locale) }).check();
      return;
    case "yesno": {
      const name = value === "not_sure" ? words.form.notSure : value ? words.form.yes : words.form.no;
      await group.getByRole("radio", { name, exact: true }).check();
      return;
    }
    case "scale":
      await group.getByRole("radio", { name: String(value), exact: true }).check();
      return;
    case "multi":
      for (const v of value as string[])
        await group.getByRole("checkbox", { name: t(item.options.find((o) => o.value === v)!.label, locale) }).check();
      return;
    case "painmap":
      for (const v of value as string[])
        await group
          .getByRole("checkbox", { name: words.painMap.regions[v as keyof typeof words.painMap.regions], exact: true })
          .check();
      return;
    case "date": {
      const [year = "", month = "", day = ""] = String(value).split("-");
      await group.getByLabel(words.form.day, { exact: true }).fill(day);
      await group.getByLabel(words.form.month, { exact: true }).fill(month);
      await group.getByLabel(words.form.year, { exact: true }).fill(year);
      return;
    }
    case "text":
    case "number":
      await page.getByLabel(t(item.text, locale)).fill(String(value));
      return;
    case "display":
      return;
  }
}

export async function expectNoAxeViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page } as unknown as ConstructorParameters<
    typeof AxeBuilder
  >[0]).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    `axe on ${where}`,
  ).toEqual([]);
}

/**
 * The clinic's phone and emergency numbers set for each test of the calling spec, and cleared after it: other specs
 * expect a clinic that has set no numbers.
 */
export function withClinicNumbers(clinic: { clinicPhone: string; emergencyNumber: string }) {
  test.beforeEach(async ({ db }) => {
    await db.query(
      `INSERT INTO "ClinicSettings" (id, "clinicPhone", "emergencyNumber", "updatedAt") VALUES ('default', $1, $2, now())
       ON CONFLICT (id) DO UPDATE SET "clinicPhone" = $1, "emergencyNumber" = $2`,
      [clinic.clinicPhone, clinic.emergencyNumber],
    );
  });
  test.afterEach(async ({ db }) => {
    await db.query(`UPDATE "ClinicSettings" SET "clinicPhone" = NULL, "emergencyNumber" = NULL WHERE id = 'default'`);
  });
}
