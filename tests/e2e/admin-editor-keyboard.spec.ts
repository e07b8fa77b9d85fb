import crypto from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { expect, test, signIn } from "./fixtures";
import { editorNames, quote } from "../../lib/domain/question-set/editor/names";
import { idFromLabel } from "../../lib/domain/question-set/editor/ids";
import { t } from "../../lib/domain/question-set/text";

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would; fails after 400 presses. */
async function tabTo(page: Page, target: Locator, backwards = false) {
  for (let i = 0; i < 400; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Specs share one database: a draft left by a failed run would stop every later spec from starting one.
test.afterEach(async ({ db }) => {
  await db.query(`DELETE FROM "QuestionSetVersion" WHERE status = 'DRAFT'`);
});

test("with the keyboard alone, an admin starts a draft, adds a choice question, an answer to it and a condition, moves it up, sees it saved, removes an answer and the question with the focus kept in place, and discards the draft", async ({
  page,
  db,
  createStaff,
  publishedDefinition,
}) => {
  test.slow();
  const suffix = crypto.randomBytes(3).toString("hex").replace(/^\d/, "x");
  const question = `Do your feet tingle at night (${suffix})?`;
  const itemId = idFromLabel(question, [], "question");
  // Labels name the question by its wording (lib/domain/question-set/editor/names.ts).
  const asked = quote(question);
  // The last section: the fewest controls between its outline link and its "New question" field.
  const last = publishedDefinition.sections.at(-1)!;
  const lastTitle = t(last.title);
  const place = last.items.length + 1;

  await signIn(page.request, await createStaff("ADMIN"));
  // Confirmations (starting and discarding a draft) are answered by the browser's dialog, not by a click.
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto("/admin");
  await tabTo(
    page,
    page.getByRole("region", { name: "Back spasm intake" }).getByRole("button", { name: /New draft from version/ }),
  );
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(draft)", { timeout: 60_000 });

  // The outline's link opens the section and takes the focus there.
  const outline = page.getByRole("navigation", { name: "Outline of the draft" });
  await tabTo(page, outline.getByRole("link", { name: new RegExp(`^Section \\d+: ${escapeRegExp(lastTitle)}$`) }));
  await page.keyboard.press("Enter");
  const section = page.getByRole("region", { name: new RegExp(`^Section \\d+: ${escapeRegExp(lastTitle)}$`) });
  await expect(section).toBeFocused();

  // A single-choice question: wording typed, type chosen with the arrow keys, added with Enter on the button.
  await tabTo(page, page.getByLabel(`New question in ${quote(lastTitle)}`));
  await page.keyboard.type(question);
  await page.keyboard.press("Tab");
  const type = page.getByLabel("Type of the new question");
  await expect(type).toBeFocused();
  for (let i = 0; i < 10 && (await type.inputValue()) !== "single"; i++) await page.keyboard.press("ArrowUp");
  await expect(type).toHaveValue("single");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: `Add question to ${quote(lastTitle)}` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel(`Wording of question ${place}`, { exact: true })).toHaveValue(question);

  // A condition on it (its card opened when it was added); the focus moves into the new condition, and the arrow
  // keys choose the question it asks about.
  await tabTo(page, page.getByRole("button", { name: `Add condition: show ${asked} only when` }), true);
  await page.keyboard.press("Enter");
  await expect(page.getByLabel(`Match for Show ${asked} only when 1`)).toBeFocused();
  await page.keyboard.press("Tab");
  const askedIn = page.getByLabel(`Asked in comparison Show ${asked} only when 1`);
  await expect(askedIn).toBeFocused();
  const firstAsked = await askedIn.inputValue();
  await page.keyboard.press("ArrowDown");
  await expect(askedIn).not.toHaveValue(firstAsked);
  const chosenAsked = await askedIn.inputValue();

  // An answer to it, added with Enter; its stored code comes from its wording.
  await tabTo(page, page.getByLabel(`New answer to ${asked}`), true);
  await page.keyboard.type("Since childhood");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel(`Answer 3 of ${asked}`, { exact: true })).toHaveValue("Since childhood");
  await expect(page.getByLabel(`Stored code of answer 3 of ${asked}`, { exact: true })).toHaveValue("since_childhood");

  // Moved up one place by its handle: Space picks it up, the up arrow moves it, Space drops it.
  await tabTo(page, page.getByRole("button", { name: `Drag ${asked}` }), true);
  // Each step waits for what a screen reader hears, as its user would.
  const heard = (text: RegExp) => expect(page.getByText(text)).toBeAttached();
  await page.keyboard.press("Space");
  await heard(new RegExp(`^Picked up question ${escapeRegExp(asked)}, at position ${place} of ${place}\\.$`));
  await page.keyboard.press("ArrowUp");
  await heard(new RegExp(`^question ${escapeRegExp(asked)} is over position ${place - 1} of ${place}\\.$`));
  await page.keyboard.press("Space");
  await heard(new RegExp(`^question ${escapeRegExp(asked)} dropped at position ${place - 1} of ${place}\\.$`));
  await expect(page.getByLabel(`Wording of question ${place - 1}`, { exact: true })).toHaveValue(question);

  const status = page.getByRole("status").filter({ hasText: /^Draft saved\.$/ });
  await expect(status).toBeVisible({ timeout: 15_000 });
  const { rows } = await db.query<{ definition: { sections: { id: string; items: Record<string, unknown>[] }[] } }>(
    `SELECT definition FROM "QuestionSetVersion" WHERE status = 'DRAFT'`,
  );
  const items = rows[0]!.definition.sections.find((s) => s.id === last.id)!.items;
  expect(items.map((i) => i.id)).toEqual([...last.items.slice(0, -1).map((i) => i.id), itemId, last.items.at(-1)!.id]);
  const added = items.find((i) => i.id === itemId)!;
  expect(added).toMatchObject({ type: "single", text: { en: question } });
  expect((added.options as { value: string }[]).map((o) => o.value)).toEqual([
    "option_1",
    "option_2",
    "since_childhood",
  ]);
  // The condition asks about the question the arrow key chose, not the first one offered.
  expect(added.enableWhen).toMatchObject({ all: [{ item: chosenAsked }] });

  // An answer removed (the browser's confirmation accepted): the focus moves to the next answer's wording, now in
  // its place, and the screen reader hears what went.
  await tabTo(page, page.getByRole("button", { name: `Remove answer “Option 2” from ${asked}` }));
  await page.keyboard.press("Enter");
  await heard(new RegExp(`^Answer “Option 2” removed from ${escapeRegExp(asked)}\\.$`));
  const secondAnswer = page.getByRole("textbox", { name: `Answer 2 of ${asked}`, exact: true });
  await expect(secondAnswer).toBeFocused();
  await expect(secondAnswer).toHaveValue("Since childhood");

  // The question deleted from its menu: the focus moves to the next question's handle, not to the top of the page.
  await tabTo(page, page.getByText(`More actions for ${asked}`, { exact: true }), true);
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: `Delete ${asked}`, exact: true }));
  await page.keyboard.press("Enter");
  await heard(new RegExp(`^Question ${escapeRegExp(asked)} deleted\\.$`));
  const next = editorNames(publishedDefinition).question(last.items.at(-1)!.id);
  await expect(page.getByRole("button", { name: `Drag ${next}`, exact: true })).toBeFocused();
  await expect(page.getByLabel(`Wording of question ${place}`, { exact: true })).toHaveCount(0);

  // Discarded the same way, so no draft is left for the next spec.
  await tabTo(page, page.getByRole("button", { name: "Discard this draft" }), true);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: /New draft from version/ }).first()).toBeVisible({ timeout: 20_000 });
});
