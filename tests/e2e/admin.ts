// Helpers for the admin specs.
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import type { Definition } from "../../lib/domain/question-set/definition-schema";

/** From /admin, copies the default set's published version into a new draft and waits for the draft editor. */
export async function startDraftFromPublished(page: Page) {
  await page.goto("/admin");
  await page
    .getByRole("region", { name: "Back spasm intake" })
    .getByRole("button", { name: /New draft from version/ })
    .click();
  // Copying a version is a server round trip; on a busy machine it can take a while.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(draft)", { timeout: 60_000 });
}

/** Publishes the open draft the way an admin does: opens the review, confirms it, waits for the version list. */
export async function publishOpenDraft(page: Page) {
  await page.getByRole("button", { name: /^Review and publish version/ }).click();
  const dialog = page.getByRole("dialog", { name: /^Publish version \d+\?$/ });
  await dialog.getByRole("button", { name: /^Publish version \d+ now$/ }).click();
  await expect(page.getByText("Published. New patients now see this version.")).toBeVisible({ timeout: 20_000 });
}

/** Opens a part of the open draft from the editor's outline (a section, a question by its wording, the rules …). */
export async function openFromOutline(page: Page, name: string | RegExp) {
  await page.getByRole("navigation", { name: "Outline of the draft" }).getByRole("link", { name }).first().click();
}

/** Discards the open draft (specs share one database: a draft left behind would stop the next spec starting one). */
export async function discardOpenDraft(page: Page) {
  await page.getByRole("button", { name: "Discard this draft" }).click();
  await expect(page.getByRole("button", { name: /New draft from version/ }).first()).toBeVisible({ timeout: 20_000 });
}

/**
 * Types into a field of the draft editor and waits until the editor has taken the edit. After a full page load
 * (a deep link), a fill that lands before React hydrates the editor is reset by it, so the fill is repeated until
 * the save status shows the change.
 */
export async function fillDraftField(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  const taken = page.getByRole("status").filter({ hasText: /^(Unsaved changes|Saving…|Draft saved\.)/ });
  await expect(async () => {
    await field.fill(value);
    await expect(taken).toBeVisible({ timeout: 2_000 });
    await expect(field).toHaveValue(value, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * The label of a question's wording field, which the editor names by the question's place in its section
 * ("Wording of question 3"; see lib/domain/question-set/editor/names.ts), in a draft shaped like `definition`.
 */
export function wordingLabel(definition: Definition, itemId: string): string {
  for (const section of definition.sections) {
    const index = section.items.findIndex((i) => i.id === itemId);
    if (index >= 0) return `Wording of question ${index + 1}`;
  }
  throw new Error(`No question ${itemId}`);
}
