import { expect, test } from "./fixtures";
import { agreeToPrivacy, answerSection, completeIntake, fillDate, readReferenceCode, stepsFor } from "./intake";
import { answersWith } from "../fixtures/default-answers";
import type { Page } from "@playwright/test";
import type { Pool } from "pg";
import type { Answers } from "../../lib/domain/question-set/answer-schema";
import type { Definition } from "../../lib/domain/question-set/definition-schema";

/** Answers every step and stops on the review step, without submitting. */
async function reachReview(page: Page, definition: Definition, answers: Answers) {
  await page.goto("/intake");
  await agreeToPrivacy(page);
  for (const section of stepsFor(definition, answers)) {
    await answerSection(page, definition, section.id, answers);
    await page.getByRole("button", { name: "Next" }).click();
  }
  await expect(page.getByRole("heading", { level: 2, name: "Check your answers" })).toBeVisible();
}

async function submissionsOf(db: Pool, name: string) {
  const { rows } = await db.query<{ referenceCode: string; answers: Record<string, unknown> }>(
    `SELECT "referenceCode", answers FROM "Submission" WHERE "patientName" = $1`,
    [name],
  );
  return rows;
}

test("a double click on Submit stores one submission and shows its code", async ({ page, db, publishedDefinition }) => {
  const name = `Dee Double ${Date.now()}`;
  await reachReview(page, publishedDefinition, answersWith({ full_name: name }));
  await page.getByRole("button", { name: "Submit my answers" }).dblclick();
  const code = await readReferenceCode(page);
  expect((await submissionsOf(db, name)).map((r) => r.referenceCode)).toEqual([code]);
});

test("when the server cannot be reached the answers stay on the page and a retry sends them once", async ({
  page,
  db,
  publishedDefinition,
}) => {
  const name = `Nia Network ${Date.now()}`;
  await reachReview(page, publishedDefinition, answersWith({ full_name: name }));

  const keys: string[] = [];
  let offline = true;
  // Both ways of sending fail while offline: the server action and the JSON API the form falls back to.
  for (const pattern of ["**/intake", "**/api/v1/submissions"]) {
    await page.route(pattern, async (route) => {
      const body = route.request().postData() ?? "";
      // Only a submission carries an idempotency key; autosaves pass through.
      const key = /"idempotencyKey":"([^"]+)"/.exec(body)?.[1];
      if (route.request().method() !== "POST" || !key) return route.continue();
      keys.push(key);
      return offline ? route.abort("internetdisconnected") : route.continue();
    });
  }

  await page.getByRole("button", { name: "Submit my answers" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "could not reach the clinic's server" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Check your answers" })).toBeVisible();
  await expect(page.getByText(name)).toBeVisible();
  expect(await submissionsOf(db, name)).toHaveLength(0);

  offline = false;
  await page.getByRole("button", { name: "Submit my answers" }).click();
  const code = await readReferenceCode(page);
  expect((await submissionsOf(db, name)).map((r) => r.referenceCode)).toEqual([code]);
  expect(keys.length).toBeGreaterThanOrEqual(3);
  expect(new Set(keys).size, "every attempt reuses the idempotency key").toBe(1);
});

test("a form opened before a deploy still submits after it, through the JSON API", async ({
  page,
  db,
  publishedDefinition,
}) => {
  const name = `Dev Deploy ${Date.now()}`;
  await reachReview(page, publishedDefinition, answersWith({ full_name: name }));
  // After a deploy the old page's server action id is unknown to the new build, and the action call fails.
  await page.route("**/intake", async (route) => {
    const isSubmit = route.request().method() === "POST" && /"idempotencyKey"/.test(route.request().postData() ?? "");
    if (!isSubmit) return route.continue();
    return route.fulfill({ status: 404, contentType: "text/plain", body: "Server action not found." });
  });
  await page.getByRole("button", { name: "Submit my answers" }).click();
  const code = await readReferenceCode(page);
  expect((await submissionsOf(db, name)).map((r) => r.referenceCode)).toEqual([code]);
});

test("an EMERGENT answer warns the patient at once, lets them finish, and is repeated on the confirmation", async ({
  page,
  db,
  publishedDefinition,
}) => {
  const name = `Em Ergent ${Date.now()}`;
  // red-flags.spec expects its own emergency at the top of the queue, so this one leaves none behind.
  try {
    await emergentIntake(page, publishedDefinition, name);
  } finally {
    await db.query(`DELETE FROM "Submission" WHERE "patientName" = $1`, [name]);
  }
});

async function emergentIntake(page: Page, publishedDefinition: Definition, name: string) {
  const answers = answersWith({ full_name: name });
  await page.goto("/intake");
  await agreeToPrivacy(page);
  const warning = page.getByRole("complementary", { name: "Get emergency help now" });
  for (const section of stepsFor(publishedDefinition, answers)) {
    await answerSection(page, publishedDefinition, section.id, answers);
    if (section.id === "red_flags") {
      await expect(warning).toHaveCount(0);
      const bladder = page.getByRole("group", { name: /new leaks of urine/ });
      await bladder.getByRole("radio", { name: "Yes", exact: true }).check();
      await expect(warning).toBeVisible();
      await expect(warning).toContainText(/call your local emergency number/i);
      await expect(warning).toContainText("You can finish this form later");
      // Live both ways: changing the answer takes the warning away again.
      await bladder.getByRole("radio", { name: "No", exact: true }).check();
      await expect(warning).toHaveCount(0);
      await bladder.getByRole("radio", { name: "Yes", exact: true }).check();
      await expect(warning).toBeVisible();
    }
    await page.getByRole("button", { name: "Next" }).click();
  }
  await expect(warning).toBeVisible();
  await page.getByRole("button", { name: "Submit my answers" }).click();
  await readReferenceCode(page);
  await expect(page.getByText("Get emergency help now")).toBeVisible();
  await expect(page.getByText(/call your local emergency number/i).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Print this page" })).toBeVisible();
}

test("questions appear and disappear as answers change, and hidden answers are not submitted", async ({
  page,
  db,
  publishedDefinition,
}) => {
  const name = `Flo Flip ${Date.now()}`;
  await page.goto("/intake");
  await agreeToPrivacy(page);
  // The safety questions come first.
  await answerSection(page, publishedDefinition, "red_flags", answersWith({}));
  await page.getByRole("button", { name: "Next" }).click();
  const sex = page.getByRole("group", { name: "What sex were you assigned at birth?" });
  await sex.getByRole("radio", { name: "Female", exact: true }).check();
  await answerSection(page, publishedDefinition, "about_you", answersWith({ full_name: name, sex: "female" }));
  await page.getByRole("button", { name: "Next" }).click();
  await answerSection(page, publishedDefinition, "your_pain", answersWith({}));
  await page.getByRole("button", { name: "Next" }).click();

  const pregnant = page.getByRole("group", { name: "Are you pregnant?" });
  const weeks = page.getByLabel("How many weeks pregnant are you?");
  await expect(pregnant).toBeVisible();
  await expect(weeks).toHaveCount(0);
  await pregnant.getByRole("radio", { name: "Yes", exact: true }).check();
  await expect(weeks).toBeVisible();
  await weeks.fill("20");

  // Changing an earlier answer hides the chain that hung on it.
  await page.getByRole("button", { name: "Back", exact: true }).click();
  await page.getByRole("button", { name: "Back", exact: true }).click();
  await sex.getByRole("radio", { name: "Male", exact: true }).check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(pregnant).toHaveCount(0);
  await expect(weeks).toHaveCount(0);

  const code = await completeIntake(page, publishedDefinition, answersWith({ full_name: name, sex: "male" }));
  const [row] = await submissionsOf(db, name);
  expect(row!.referenceCode).toBe(code);
  expect(row!.answers).not.toHaveProperty("pregnant");
  expect(row!.answers).not.toHaveProperty("pregnancy_weeks");
});

test("a step with mistakes is not left: an error summary names them and the first one has the focus", async ({
  page,
  publishedDefinition,
}) => {
  await page.goto("/intake");
  await page.getByRole("button", { name: "Next" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toContainText("Tick the box to agree");
  await expect(page.getByRole("checkbox", { name: /I agree/ })).toBeFocused();
  await agreeToPrivacy(page);
  await answerSection(page, publishedDefinition, "red_flags", answersWith({}));
  await page.getByRole("button", { name: "Next" }).click();

  await fillDate(page, "Your date of birth", "2999-01-01");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "About you" })).toBeVisible();
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: /Your full name — Please answer this question/ })).toBeVisible();
  await expect(summary.getByRole("link", { name: /date of birth — The date cannot be in the future/ })).toBeVisible();
  await expect(
    summary.getByRole("link", { name: /Phone number — Give a phone number or an email address/ }),
  ).toBeVisible();
  await expect(page.getByLabel("Your full name")).toBeFocused();
  await expect(page.getByLabel("Your full name")).toHaveAccessibleDescription(/Please answer this question/);

  await summary.getByRole("link", { name: /date of birth/ }).click();
  await expect(
    page.getByRole("group", { name: "Your date of birth" }).getByLabel("Day", { exact: true }),
  ).toBeFocused();
});

test("the review step lists every answer, and Edit goes back to that question and returns to the review", async ({
  page,
  publishedDefinition,
}) => {
  const name = `Rey Review ${Date.now()}`;
  await reachReview(page, publishedDefinition, answersWith({ full_name: name, pain_map: ["abdomen"] }));
  const review = page.getByRole("region", { name: "About you" });
  await expect(review).toContainText(name);
  await expect(page.getByRole("region", { name: "Your pain" })).toContainText("Abdomen (belly)");
  await expect(page.getByRole("region", { name: "Anything else" })).toContainText("Not answered");

  await page.getByRole("button", { name: "Edit your answer to: Your full name" }).click();
  await expect(page.getByLabel("Your full name")).toBeFocused();
  await page.getByLabel("Your full name").fill(`${name} Jr`);
  await page.getByRole("button", { name: "Save and return to review" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Check your answers" })).toBeVisible();
  await expect(review).toContainText(`${name} Jr`);
});
