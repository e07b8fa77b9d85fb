import { expect, test } from "./fixtures";
import { agreeToPrivacy, answerSection, completeIntake } from "./intake";
import { answersWith } from "../fixtures/default-answers";

test("a patient who leaves after step 4 picks up where they left off from the resume link, on another browser", async ({
  browser,
  db,
  publishedDefinition,
}) => {
  const name = `Rhea Resume ${Date.now()}`;
  const answers = answersWith({ full_name: name, pain_map: ["neck"] });

  const first = await browser.newContext();
  const page = await first.newPage();
  await page.goto("/intake");
  await agreeToPrivacy(page);
  // The safety questions come first, then "About you".
  await answerSection(page, publishedDefinition, "red_flags", answers);
  await page.getByRole("button", { name: "Next" }).click();
  await answerSection(page, publishedDefinition, "about_you", answers);
  await page.getByRole("button", { name: "Next" }).click();
  await answerSection(page, publishedDefinition, "your_pain", answers);
  await expect(page.getByText("Step 4 of")).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Your daily life" })).toBeVisible();
  await expect(page.getByText(/^Saved at \d{2}:\d{2} — you can leave and come back/)).toBeVisible();
  const resumeUrl = await page.getByRole("link", { name: /\/intake\/resume\?token=/ }).getAttribute("href");
  expect(resumeUrl).toMatch(/\/intake\/resume\?token=[\w-]{20,}$/);
  await first.close();

  const second = await browser.newContext();
  const later = await second.newPage();
  await later.goto(resumeUrl!);
  await expect(later.getByRole("heading", { level: 1, name: "Continue your intake" })).toBeVisible();
  await expect(later.getByText(name)).toHaveCount(0);
  await later.getByRole("button", { name: "Continue my intake" }).click();
  await expect(later.getByRole("heading", { level: 2, name: "Your daily life" })).toBeVisible();
  // The token moved into a cookie: it is no longer in the address bar for others to see.
  expect(later.url()).not.toContain("token=");
  await later.getByRole("button", { name: "Back", exact: true }).click();
  await expect(later.getByRole("group", { name: "Where do you feel the pain?" })).toBeVisible();
  await expect(later.getByRole("checkbox", { name: "Back of neck", exact: true })).toHaveAttribute(
    "aria-checked",
    "true",
  );
  await later.getByRole("button", { name: "Back", exact: true }).click();
  await expect(later.getByLabel("Your full name")).toHaveValue(name);

  const code = await completeIntake(later, publishedDefinition, answers);
  const { rows } = await db.query<{ referenceCode: string; answers: Record<string, unknown> }>(
    `SELECT "referenceCode", answers FROM "Submission" WHERE "patientName" = $1`,
    [name],
  );
  expect(rows.map((r) => r.referenceCode)).toEqual([code]);
  expect(rows[0]!.answers.pain_map).toEqual(["neck"]);
  await second.close();
});
