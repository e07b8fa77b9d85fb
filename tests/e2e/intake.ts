import type { Page } from "@playwright/test";
import defaultSet from "../../prisma/default-question-set.json";
import { parseDefinition, type Definition, type Item } from "../../lib/domain/question-set/definition-schema";
import type { Answers } from "../../lib/domain/question-set/answer-schema";
import { visibleItemIds } from "../../lib/domain/question-set/conditions";
import { t } from "../../lib/domain/question-set/text";
import { PAIN_REGIONS } from "../../lib/domain/pain-map/regions";
import { expect } from "./fixtures";

export function defaultDefinition(): Definition {
  const parsed = parseDefinition(defaultSet);
  if (!parsed.ok) throw new Error("default question set is invalid");
  return parsed.definition;
}

/** Answers one question the way a patient would: by its visible question and answer labels. */
async function answer(page: Page, item: Item, value: Answers[string], wording: (item: Item) => string) {
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
        .getByRole("radio", { name: value ? "Yes" : "No", exact: true })
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
    case "text":
    case "number":
    case "date":
      await page.getByLabel(question).fill(String(value));
      return;
    case "display":
      return;
  }
}

/**
 * Walks the wizard from the current step to the end, answering every shown question from `answers`,
 * then submits. Returns the reference code shown on the confirmation.
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
  const visible = visibleItemIds(definition, answers);
  const steps = definition.sections.filter((s) => s.items.some((i) => visible.has(i.id)));
  for (const [index, section] of steps.entries()) {
    await expect(page.getByRole("heading", { level: 2, name: t(section.title) })).toBeVisible();
    await expect(page.getByText(`Step ${index + 1} of ${steps.length}`)).toBeVisible();
    for (const item of section.items) {
      if (!visible.has(item.id) || answers[item.id] === undefined) continue;
      await answer(page, item, answers[item.id]!, wording);
    }
    await afterAnswering(section.id);
    const last = index === steps.length - 1;
    await page.getByRole("button", { name: last ? "Submit my answers" : "Next" }).click();
  }
  await expect(page.getByRole("heading", { name: /we have your answers/i })).toBeVisible();
  const code = (await page.getByText(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/).textContent())!.trim();
  return code;
}
