import crypto from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { expect, test, signIn } from "./fixtures";
import { discardOpenDraft } from "./admin";
import { idFromLabel } from "../../lib/domain/question-set/editor/ids";
import { t } from "../../lib/domain/question-set/text";

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would; fails after 400 presses. */
async function tabTo(page: Page, target: Locator, backwards = false) {
  for (let i = 0; i < 400; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

// Specs share one database: a draft left by a failed run would stop every later spec from starting one.
test.afterEach(async ({ db }) => {
  await db.query(`DELETE FROM "QuestionSetVersion" WHERE status = 'DRAFT'`);
});

// FIXME(issue 15): in this headless Chromium a Tab pressed on a focused <select> (a question's type) did not move the
// focus on, so tabTo never reached the next control; the spec timed out there twice on 2026-12-02. Needs a look.
test.fixme("with the keyboard alone, an admin starts a draft, adds a question, a condition on it and an answer to another question", async ({
  page,
  createStaff,
  publishedDefinition,
}) => {
  test.slow();
  const suffix = crypto.randomBytes(3).toString("hex").replace(/^\d/, "x");
  const question = `Do your feet tingle at night (${suffix})?`;
  const itemId = idFromLabel(question, [], "question");
  const first = t(publishedDefinition.sections[0]!.title);
  const durationSection = publishedDefinition.sections.find((s) => s.items.some((i) => i.id === "duration"))!;

  await signIn(page.request, await createStaff("ADMIN"));
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto("/admin");
  const newDraft = page
    .getByRole("region", { name: "Back spasm intake" })
    .getByRole("button", { name: /New draft from version/ });
  await tabTo(page, newDraft);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(draft)", { timeout: 60_000 });

  // A question in the first section (open when the editor opens), typed and added with Enter.
  await tabTo(page, page.getByLabel(`New question in “${first}”`));
  await page.keyboard.type(question);
  await page.keyboard.press("Enter");
  await expect(page.getByLabel(`Question ${itemId}`)).toHaveValue(question);

  // A condition on it: its card opened when it was added.
  await tabTo(page, page.getByRole("button", { name: `Add condition: show ${itemId} only when` }), true);
  await page.keyboard.press("Enter");
  await expect(page.getByLabel(`Asked in comparison Show ${itemId} only when 1`)).toBeVisible();

  // An answer to a question in another section, reached through the outline.
  const outline = page.getByRole("navigation", { name: "Outline of the draft" });
  await tabTo(
    page,
    outline.getByRole("link", { name: new RegExp(`^Section \\d+: ${t(durationSection.title)}$`) }),
    true,
  );
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByLabel("New answer to duration"));
  await page.keyboard.type("Since childhood");
  await page.keyboard.press("Enter");
  // Its stored code comes from its wording.
  await expect(page.getByLabel("Option since_childhood of duration")).toHaveValue("Since childhood");

  await expect(page.getByText("Draft saved.")).toBeVisible({ timeout: 15_000 });
  await discardOpenDraft(page);
});
