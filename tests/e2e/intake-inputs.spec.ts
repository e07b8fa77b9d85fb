// The controls a patient uses on a phone: the 0–10 scales, the date of birth and the body map, measured on the
// page the way a thumb and a keyboard meet them.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { agreeToPrivacy, answerSection, fillDate, stepsFor } from "./intake";
import { answersWith } from "../fixtures/default-answers";
import type { Definition } from "../../lib/domain/question-set/definition-schema";
import { t } from "../../lib/domain/question-set/text";
import { PAIN_REGIONS } from "../../lib/domain/pain-map/regions";

const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 800 };

/** Walks the steps before `sectionId` with an unalarming patient's answers. */
async function reachStep(page: Page, definition: Definition, sectionId: string) {
  await page.goto("/intake");
  await agreeToPrivacy(page);
  const answers = answersWith({});
  for (const section of stepsFor(definition, answers)) {
    if (section.id === sectionId) break;
    await expect(page.getByRole("heading", { level: 2, name: t(section.title) })).toBeVisible();
    await answerSection(page, definition, section.id, answers);
    await page.getByRole("button", { name: "Next" }).click();
  }
  const target = definition.sections.find((s) => s.id === sectionId)!;
  await expect(page.getByRole("heading", { level: 2, name: t(target.title) })).toBeVisible();
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error("not on screen");
  return { left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height, width: b.width, height: b.height };
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

for (const viewport of [
  { name: "a 360 px phone", size: PHONE },
  { name: "a laptop", size: LAPTOP },
]) {
  test(`the 0–10 scales on ${viewport.name}: the end words sit under 0 and 10, every number is a 44 px target`, async ({
    page,
    publishedDefinition,
  }) => {
    await page.setViewportSize(viewport.size);
    await reachStep(page, publishedDefinition, "your_pain");
    expect(await noSidewaysScroll(page), "no sideways scrolling").toBeLessThanOrEqual(viewport.size.width);

    const scales = publishedDefinition.sections.flatMap((s) => s.items).filter((i) => i.type === "scale");
    expect(scales.length).toBeGreaterThan(0);
    for (const item of scales) {
      const group = page.getByRole("group", { name: t(item.text) });
      // The whole tile (number and radio) is the label, so the tile is the target.
      const tile = (n: number) =>
        group.locator("label").filter({ has: page.getByRole("radio", { name: String(n), exact: true }) });
      for (let n = item.min; n <= item.max; n++) {
        const b = await box(tile(n));
        expect(b.width, `${item.id} ${n} wide`).toBeGreaterThanOrEqual(44);
        expect(b.height, `${item.id} ${n} tall`).toBeGreaterThanOrEqual(44);
      }
      const zero = await box(tile(item.min));
      const ten = await box(tile(item.max));
      const lowWords = await box(group.getByText(t(item.minLabel), { exact: true }));
      const highWords = await box(group.getByText(t(item.maxLabel), { exact: true }));
      expect(lowWords.top, "the low end's words are under 0").toBeGreaterThanOrEqual(zero.bottom - 1);
      expect(Math.abs(lowWords.left - zero.left), "…starting where 0 starts").toBeLessThanOrEqual(2);
      if (viewport.size === PHONE) {
        expect(lowWords.right, "…and inside 0's column").toBeLessThanOrEqual(zero.right + 2);
        expect(lowWords.bottom - zero.bottom, "…right under it").toBeLessThanOrEqual(zero.height);
      }
      expect(highWords.top, "the high end's words are under 10").toBeGreaterThanOrEqual(ten.bottom - 1);
      expect(Math.abs(highWords.right - ten.right), "…ending where 10 ends").toBeLessThanOrEqual(2);
      expect(highWords.top - ten.bottom, "…right under it").toBeLessThanOrEqual(ten.height);
      // A screen reader hears what each end means with the question.
      await expect(group).toHaveAccessibleDescription(
        new RegExp(`${item.min} = ${t(item.minLabel)}.*${item.max} = ${t(item.maxLabel)}`),
      );
    }
  });
}

test.describe("on a 360 px phone", () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test("the date of birth is three labelled boxes, and an impossible date is explained", async ({
    page,
    publishedDefinition,
  }) => {
    await reachStep(page, publishedDefinition, "about_you");
    const dob = page.getByRole("group", { name: "Your date of birth" });
    for (const label of ["Day", "Month", "Year"]) {
      const input = dob.getByLabel(label, { exact: true });
      await expect(input).toBeVisible();
      await expect(input).toHaveAttribute("inputmode", "numeric");
      expect((await box(input)).height, `${label} is thumb-sized`).toBeGreaterThanOrEqual(44);
    }
    expect(await dob.locator("input").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).type))).toEqual(
      ["text", "text", "text"],
    );
    await answerSection(page, publishedDefinition, "about_you", answersWith({}));
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });

    for (const [iso, message] of [
      ["1985-02-31", "February 1985 has only 28 days"],
      ["2999-01-01", "The date cannot be in the future. Check the year"],
      ["1890-06-15", "The date is more than 120 years ago. Check the year"],
      ["1985-13-01", "The month must be a number from 1 to 12"],
    ] as const) {
      await fillDate(page, "Your date of birth", iso);
      await page.getByRole("button", { name: "Next" }).click();
      await expect(summary.getByRole("link", { name: `Your date of birth — ${message}` })).toBeVisible();
      await expect(dob).toHaveAccessibleDescription(new RegExp(message));
    }
    await dob.getByLabel("Year", { exact: true }).fill("");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(summary.getByRole("link", { name: /Your date of birth — / })).toBeVisible();

    // One-digit day and month are fine: the answer is stored as the ISO date.
    await fillDate(page, "Your date of birth", "1980-5-7");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Your pain" })).toBeVisible();
    // Back on the step, the boxes show the stored date.
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await expect(dob.getByLabel("Day", { exact: true })).toHaveValue("07");
    await expect(dob.getByLabel("Month", { exact: true })).toHaveValue("05");
    await expect(dob.getByLabel("Year", { exact: true })).toHaveValue("1980");
  });

  test("the body map covers the whole body: every area a 24 px target, in order top to bottom, left to right", async ({
    page,
    publishedDefinition,
  }) => {
    await reachStep(page, publishedDefinition, "your_pain");
    expect(await noSidewaysScroll(page), "no sideways scrolling").toBeLessThanOrEqual(360);
    const map = page.getByRole("group", { name: "Where do you feel the pain?" });
    await expect(map).toHaveAccessibleDescription(/Tap or click/);
    for (const region of PAIN_REGIONS) {
      const b = await box(map.getByRole("checkbox", { name: region.label, exact: true }));
      expect(Math.min(b.width, b.height), region.label).toBeGreaterThanOrEqual(24);
    }

    // The keyboard meets the areas in the order of the body: front view, then back view.
    const first = PAIN_REGIONS[0]!;
    await map.getByRole("checkbox", { name: first.label, exact: true }).focus();
    const order: string[] = [];
    for (let i = 0; i < PAIN_REGIONS.length; i++) {
      order.push((await page.evaluate(() => document.activeElement?.getAttribute("data-region"))) ?? "");
      await page.keyboard.press("Tab");
    }
    expect(order).toEqual(PAIN_REGIONS.map((r) => r.id));

    // A tap marks an area and lists it in words.
    await map.getByRole("checkbox", { name: "Right hip", exact: true }).tap();
    await expect(map.getByRole("checkbox", { name: "Right hip", exact: true })).toHaveAttribute("aria-checked", "true");
    await expect(page.getByText("You marked:").locator("..")).toContainText("Right hip");
  });
});
