// The intake opens on the consent step without the questions' code (it is what a slow phone paints first), fetches
// that code as soon as the patient starts using the page, and hands over to the questions with nothing lost.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

function scriptsOf(page: Page): Set<string> {
  const urls = new Set<string>();
  page.on("request", (request) => {
    if (request.resourceType() === "script") urls.add(request.url());
  });
  return urls;
}

async function stepWords(page: Page): Promise<{ current: number; total: number }> {
  const words = await page.getByRole("progressbar", { name: "Progress" }).getAttribute("aria-valuetext");
  const [, current, total] = words!.match(/Step (\d+) of (\d+)/)!;
  return { current: Number(current), total: Number(total) };
}

test("a new patient reads the consent step before the questions load, and the questions come as they scroll", async ({
  page,
}) => {
  const scripts = scriptsOf(page);
  await page.goto("/intake");
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("heading", { level: 2, name: "Before you start" })).toBeVisible();
  const opening = await stepWords(page);
  expect(opening.current).toBe(1);
  const atLoad = new Set(scripts);
  // Looking is not using: nothing more is fetched while the patient only reads.
  await page.waitForTimeout(1000);
  expect([...scripts].filter((url) => !atLoad.has(url))).toEqual([]);

  const questionsCode = page.waitForRequest((r) => r.resourceType() === "script" && !atLoad.has(r.url()));
  await page.mouse.wheel(0, 300);
  await questionsCode;

  await page.getByRole("checkbox", { name: /I agree/ }).check();
  await page.getByRole("button", { name: "Next" }).click();
  const first = page.getByRole("heading", { level: 2 });
  await expect(first).not.toHaveText("Before you start");
  await expect(first).toBeFocused();
  expect(await stepWords(page)).toEqual({ current: 2, total: opening.total });
  // The move to the first questions is saved, as the wizard's own Next saves it.
  // (The first status is the save's own; the copy button below has one too.)
  await expect(page.getByRole("region", { name: "Saving your answers" }).getByRole("status").first()).toHaveText(
    /^Saved at \d{2}:\d{2} — you can leave and come back/,
  );

  // The browser's Back returns to the consent step, still agreed.
  await page.goBack();
  await expect(page.getByRole("heading", { level: 2, name: "Before you start" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /I agree/ })).toBeChecked();
  await page.goForward();
  await expect(first).not.toHaveText("Before you start");
});

test("a patient who presses Next without agreeing is told, before anything loads", async ({ page }) => {
  await page.goto("/intake");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  // The patient is taken to the box, with the reason next to it.
  const box = page.getByRole("checkbox", { name: /I agree/ });
  await expect(box).toBeFocused();
  await expect(box).toHaveAccessibleDescription("Tick the box to agree before you continue");
  await expect(box).toBeInViewport();
  await page.getByRole("checkbox", { name: /I agree/ }).check();
  await expect(page.getByText("There is a problem")).toHaveCount(0);
});

test("when the questions cannot load, Next says so, and works once the connection is back", async ({ page }) => {
  await page.goto("/intake");
  await page.waitForLoadState("networkidle");
  await page.route("**/_next/static/**", (route) => route.abort("internetdisconnected"));

  await page.getByRole("checkbox", { name: /I agree/ }).check();
  await page.getByRole("button", { name: "Next" }).click();
  const problem = page.getByRole("alert").filter({ hasText: "The questions did not load" });
  await expect(problem).toBeInViewport();
  await expect(page.getByRole("heading", { level: 2, name: "Before you start" })).toBeVisible();

  await page.unroute("**/_next/static/**");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("heading", { level: 2 })).not.toHaveText("Before you start");
  await expect(problem).toHaveCount(0);
});
