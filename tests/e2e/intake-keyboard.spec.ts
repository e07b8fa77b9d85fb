import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { readReferenceCode, stepsFor } from "./intake";
import { answersWith } from "../fixtures/default-answers";
import type { Answers } from "../../lib/domain/question-set/answer-schema";
import type { Item } from "../../lib/domain/question-set/definition-schema";
import { t } from "../../lib/domain/question-set/text";

// A US browser: the date of birth is still typed day, month, year in three labelled boxes.
test.use({ locale: "en-US" });

/** What has the focus, in terms a test can aim at: "radio:sex=male", "region:neck", "button:Next", "field:phone". */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return "";
    const region = el.getAttribute("data-region");
    if (region) return `region:${region}`;
    if (el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox"))
      return `${el.type}:${el.name || el.id}=${el.value}`;
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return `field:${el.id}`;
    if (el instanceof HTMLButtonElement || el instanceof HTMLAnchorElement)
      return `${el.tagName}:${el.textContent?.trim()}`;
    return el.tagName;
  });
}

/** Presses Tab until the focus is on `target` (or matches it), as a keyboard user would. */
async function tabTo(page: Page, target: string | ((f: string) => boolean)) {
  const hit = typeof target === "string" ? (f: string) => f === target : target;
  for (let presses = 0; presses < 200; presses++) {
    if (hit(await focused(page))) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${String(target)}; last focus ${await focused(page)}`);
}

/** A radio group is one Tab stop; the arrow keys move through it, choosing as they go. */
async function chooseRadio(page: Page, name: string, value: string) {
  await tabTo(page, (f) => f.startsWith(`radio:${name}=`));
  for (let presses = 0; presses < 12 && (await focused(page)) !== `radio:${name}=${value}`; presses++) {
    await page.keyboard.press("ArrowDown");
  }
  expect(await focused(page)).toBe(`radio:${name}=${value}`);
  await page.keyboard.press("Space");
}

async function answerByKeyboard(page: Page, item: Item, value: Answers[string]) {
  switch (item.type) {
    case "single":
    case "scale":
      return chooseRadio(page, item.id, String(value));
    case "yesno":
      return chooseRadio(page, item.id, String(value));
    case "multi":
      for (const v of value as string[]) {
        await tabTo(page, `checkbox:${item.id}=${v}`);
        await page.keyboard.press("Space");
      }
      return;
    case "painmap":
      for (const [i, region] of (value as string[]).entries()) {
        await tabTo(page, `region:${region}`);
        // Both keys toggle a region.
        await page.keyboard.press(i % 2 ? "Enter" : "Space");
      }
      return;
    case "date": {
      // Three boxes, day first whatever the browser's locale.
      const [y, m, d] = String(value).split("-");
      await tabTo(page, `field:${item.id}-day`);
      await page.keyboard.type(d!);
      await page.keyboard.press("Tab");
      await page.keyboard.type(m!);
      await page.keyboard.press("Tab");
      await page.keyboard.type(y!);
      return;
    }
    case "text":
    case "number":
      await tabTo(page, `field:${item.id}`);
      await page.keyboard.type(String(value));
      return;
    case "display":
      return;
  }
}

test("a patient completes the whole intake with the keyboard alone", async ({ page, db, publishedDefinition }) => {
  const name = `Kai Keys ${Date.now()}`;
  const answers = answersWith({ full_name: name, pain_map: ["lower-back-left", "buttock-right"] });
  await page.goto("/intake");

  await tabTo(page, "checkbox:consent=on");
  await page.keyboard.press("Space");
  await tabTo(page, "BUTTON:Next");
  await page.keyboard.press("Enter");

  for (const section of stepsFor(publishedDefinition, answers)) {
    // Each new step puts the focus on its heading, so Tab continues from the top of the step.
    await expect(page.getByRole("heading", { level: 2, name: t(section.title) })).toBeFocused();
    for (const item of section.items) {
      if (answers[item.id] !== undefined) await answerByKeyboard(page, item, answers[item.id]!);
    }
    await tabTo(page, "BUTTON:Next");
    await page.keyboard.press("Enter");
  }

  await expect(page.getByRole("heading", { level: 2, name: "Check your answers" })).toBeFocused();
  await expect(page.getByRole("region", { name: "About you" })).toContainText("1980-05-17");
  await tabTo(page, "BUTTON:Submit my answers");
  await page.keyboard.press("Enter");
  const code = await readReferenceCode(page);

  const { rows } = await db.query<{ referenceCode: string; answers: Answers }>(
    `SELECT "referenceCode", answers FROM "Submission" WHERE "patientName" = $1`,
    [name],
  );
  expect(rows.map((r) => r.referenceCode)).toEqual([code]);
  const stored = Object.fromEntries(Object.entries(rows[0]!.answers).sort());
  expect(stored).toEqual(Object.fromEntries(Object.entries(answers).sort()));
});

test("the body map: every region is a named checkbox that Space and Enter toggle, listed in words", async ({
  page,
  publishedDefinition,
}) => {
  await page.goto("/intake");
  await tabTo(page, "checkbox:consent=on");
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  // Every step before "Your pain" (the safety questions, then "About you"), answered by keyboard.
  const answers = answersWith({});
  for (const section of stepsFor(publishedDefinition, answers)) {
    if (section.id === "your_pain") break;
    await expect(page.getByRole("heading", { level: 2, name: t(section.title) })).toBeFocused();
    for (const item of section.items) {
      if (answers[item.id] !== undefined) await answerByKeyboard(page, item, answers[item.id]!);
    }
    await tabTo(page, "BUTTON:Next");
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { level: 2, name: "Your pain" })).toBeFocused();

  const map = page.getByRole("group", { name: "Where do you feel the pain?" });
  const lowerBack = map.getByRole("checkbox", { name: "Lower back, left", exact: true });
  const buttock = map.getByRole("checkbox", { name: "Left buttock", exact: true });
  const marked = page.getByText("You marked:").locator("..");

  await tabTo(page, "region:lower-back-left");
  await expect(lowerBack).toBeFocused();
  // The focus is visible on the drawing itself, not only announced.
  expect(await lowerBack.evaluate((el) => getComputedStyle(el).strokeWidth)).toBe("5px");
  await page.keyboard.press("Space");
  await expect(lowerBack).toHaveAttribute("aria-checked", "true");
  await tabTo(page, "region:buttock-left");
  await page.keyboard.press("Enter");
  await expect(buttock).toHaveAttribute("aria-checked", "true");
  await expect(marked).toContainText("Lower back, left");
  await expect(marked).toContainText("Left buttock");
  await page.keyboard.press("Space");
  await expect(buttock).toHaveAttribute("aria-checked", "false");
  await expect(marked).not.toContainText("Left buttock");
  // Still on the same step: Space and Enter on a region never scroll the page away or submit the step.
  await expect(page.getByRole("heading", { level: 2, name: "Your pain" })).toBeVisible();

  await tabTo(page, "BUTTON:Remove Lower back, left");
  await page.keyboard.press("Enter");
  await expect(lowerBack).toHaveAttribute("aria-checked", "false");
  await expect(page.getByText("You have not marked any areas yet.")).toBeVisible();
  await expect(lowerBack).toBeFocused();
});
