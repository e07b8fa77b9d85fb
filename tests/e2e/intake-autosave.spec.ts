import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { agreeToPrivacy, answerSection } from "./intake";
import { answersWith } from "../fixtures/default-answers";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const SAVED = /^Saved at \d{2}:\d{2} — you can leave and come back/;
const savedStatus = (page: Page) =>
  // The first status is the save's own (the copy button below has one too).
  page.getByRole("region", { name: "Saving your answers" }).getByRole("status").first();

test("answers typed on a step without pressing Next are there after the phone closes the page", async ({
  context,
  db,
  publishedDefinition,
}) => {
  const page = await context.newPage();
  await page.goto("/intake");
  await agreeToPrivacy(page);
  await answerSection(page, publishedDefinition, "red_flags", answersWith({}));
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "About you" })).toBeVisible();
  await expect(savedStatus(page)).toHaveText(SAVED);

  // Typed, not sent: the page closes before the pause after typing is over, so only the save on closing keeps it.
  const name = `Pia Pagehide ${Date.now()}`;
  await page.getByLabel("Your full name").fill(name);
  await page.close();
  await expect
    .poll(async () => {
      // "IntakeDraft" is the table of saved progress: it keeps its old name on purpose (no migration).
      const { rows } = await db.query(`SELECT step FROM "IntakeDraft" WHERE answers->>'full_name' = $1`, [name]);
      return rows.length;
    })
    .toBe(1);

  const later = await context.newPage();
  await later.goto("/intake");
  await expect(later.getByText(/^Welcome back — you were on step 3 of \d+: About you$/)).toBeVisible();
  await expect(later.getByRole("heading", { level: 2, name: "About you" })).toBeVisible();
  await expect(later.getByLabel("Your full name")).toHaveValue(name);
});

test("answers are saved a moment after the patient stops typing, without pressing Next", async ({
  page,
  db,
  publishedDefinition,
}) => {
  await page.goto("/intake");
  await agreeToPrivacy(page);
  await answerSection(page, publishedDefinition, "red_flags", answersWith({}));
  await page.getByRole("button", { name: "Next" }).click();
  const name = `Tia Typing ${Date.now()}`;
  await page.getByLabel("Your full name").fill(name);
  await expect
    .poll(
      async () => (await db.query(`SELECT 1 FROM "IntakeDraft" WHERE answers->>'full_name' = $1`, [name])).rows.length,
      {
        timeout: 10_000,
      },
    )
    .toBe(1);
  await expect(savedStatus(page)).toHaveText(SAVED);
});

test("'Saved at' appears only once the server has saved: a failed save says so and succeeds on retry", async ({
  page,
  publishedDefinition,
}) => {
  let refused = 0;
  await page.route("**/intake/draft", async (route) => {
    if (refused < 2) {
      refused++;
      return route.fulfill({ status: 503, contentType: "application/json", body: '{"ok":false}' });
    }
    return route.continue();
  });
  await page.goto("/intake");
  await agreeToPrivacy(page);
  const status = savedStatus(page);
  await expect(status).toHaveText(/^Not saved yet: we could not reach the clinic's server/);
  await expect(status).not.toHaveText(/Saved at/);
  await answerSection(page, publishedDefinition, "red_flags", answersWith({ saddle_numbness: false }));
  // Retried on its own (2 s, then 4 s) until the server takes it.
  await expect(status).toHaveText(SAVED, { timeout: 15_000 });
  expect(refused).toBe(2);
});

test("browser Back moves to the previous step and Forward returns; Back on the first step leaves the intake", async ({
  page,
  publishedDefinition,
}) => {
  await page.goto("/");
  await page.goto("/intake");
  await agreeToPrivacy(page);
  const heading = page.getByRole("heading", { level: 2 });
  await expect(heading).toHaveText("Safety questions first");
  await answerSection(page, publishedDefinition, "red_flags", answersWith({}));
  await page.getByRole("button", { name: "Next" }).click();
  await expect(heading).toHaveText("About you");
  await page.getByLabel("Your full name").fill("Bea Back");

  await page.goBack();
  await expect(heading).toHaveText("Safety questions first");
  // Focus goes to the step's heading, as after Next, so a screen reader starts at the top of the step.
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/\/intake$/);
  await page.goForward();
  await expect(heading).toHaveText("About you");
  await expect(page.getByLabel("Your full name")).toHaveValue("Bea Back");

  // The form's own Back button and the browser's Forward agree.
  await page.getByRole("button", { name: "Back", exact: true }).click();
  await expect(heading).toHaveText("Safety questions first");
  await page.goForward();
  await expect(heading).toHaveText("About you");

  await page.goBack();
  await page.goBack();
  await expect(heading).toHaveText("Before you start");
  await page.goBack();
  await expect(page).not.toHaveURL(/\/intake/);
});
