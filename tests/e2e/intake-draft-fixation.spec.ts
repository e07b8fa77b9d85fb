import { expect, test } from "./fixtures";
import { agreeToPrivacy, answerSection } from "./intake";
import { answersWith } from "../fixtures/default-answers";

test("whoever made a resume link can read nothing the patient types after using it", async ({
  browser,
  db,
  publishedDefinition,
}) => {
  const stamp = Date.now();
  // The link's maker starts an intake and sends its resume link to someone else.
  const makerContext = await browser.newContext();
  const maker = await makerContext.newPage();
  await maker.goto("/intake");
  await agreeToPrivacy(maker);
  // The safety questions come first, then "About you".
  await answerSection(maker, publishedDefinition, "red_flags", answersWith({}));
  await maker.getByRole("button", { name: "Next" }).click();
  await answerSection(maker, publishedDefinition, "about_you", answersWith({ full_name: `Mallory Maker ${stamp}` }));
  await maker.getByRole("button", { name: "Next" }).click();
  await expect(maker.getByText(/^Saved at \d{2}:\d{2} — you can leave and come back/)).toBeVisible();
  const link = await maker.getByRole("link", { name: /\/intake\/resume\?token=/ }).getAttribute("href");

  // The patient opens it: told what it continues, shown no answer until they choose to continue.
  const patientContext = await browser.newContext();
  const patient = await patientContext.newPage();
  await patient.goto(link!);
  await expect(patient.getByRole("heading", { level: 1, name: "Continue your intake" })).toBeVisible();
  await expect(patient.getByText("Mallory Maker")).toHaveCount(0);
  await patient.getByRole("button", { name: "Continue my intake" }).click();
  await patient.getByRole("button", { name: "Back", exact: true }).click();
  const patientName = `Vera Victim ${stamp}`;
  await patient.getByLabel("Your full name").fill(patientName);
  await patient.getByRole("button", { name: "Next" }).click();
  await expect
    .poll(async () => {
      // "IntakeDraft" is the table of saved progress: it keeps its old name on purpose (no migration).
      const { rows } = await db.query(`SELECT 1 FROM "IntakeDraft" WHERE answers->>'full_name' = $1`, [patientName]);
      return rows.length;
    })
    .toBe(1);
  const patientLink = await patient.getByRole("link", { name: /\/intake\/resume\?token=/ }).getAttribute("href");
  expect(patientLink).not.toBe(link);

  // The maker's link and the maker's own browser reach nothing the patient typed.
  await maker.goto(link!);
  await expect(maker.getByText("That resume link has expired or was already used")).toBeVisible();
  await maker.goto("/intake");
  await expect(maker.getByText(patientName)).toHaveCount(0);
  expect(await maker.content()).not.toContain(patientName);
  await makerContext.close();

  // The patient's own work is intact.
  await patient.reload();
  await patient.getByRole("button", { name: "Back", exact: true }).click();
  await expect(patient.getByLabel("Your full name")).toHaveValue(patientName);
  await patientContext.close();
});

test("a link from another site cannot wipe a patient's unfinished intake", async ({ page, publishedDefinition }) => {
  await page.goto("/intake");
  await agreeToPrivacy(page);
  const name = `Stella Stays ${Date.now()}`;
  await answerSection(page, publishedDefinition, "red_flags", answersWith({}));
  await page.getByRole("button", { name: "Next" }).click();
  await answerSection(page, publishedDefinition, "about_you", answersWith({ full_name: name }));
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText(/^Saved at \d{2}:\d{2} — you can leave and come back/)).toBeVisible();

  // Following (or prefetching, or loading as an image) the start-over address changes nothing by itself.
  await page.goto("/intake/new");
  await expect(page.getByRole("heading", { level: 1, name: "Start a new intake" })).toBeVisible();
  await page.goto("/intake");
  await page.getByRole("button", { name: "Back", exact: true }).click();
  await expect(page.getByLabel("Your full name")).toHaveValue(name);

  // Pressing the button does.
  await page.goto("/intake/new");
  await page.getByRole("button", { name: "Start a new intake" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Before you start" })).toBeVisible();
});
