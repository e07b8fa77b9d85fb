import crypto from "node:crypto";
import { expect, test, signIn } from "./fixtures";
import { completeIntake } from "./intake";
import { publishOpenDraft, openFromOutline, startDraftFromPublished } from "./admin";
import { answersWith } from "../fixtures/default-answers";
import { parseDefinition } from "../../lib/domain/question-set/definition-schema";
import { editorNames, quote } from "../../lib/domain/question-set/editor/names";
import { t } from "../../lib/domain/question-set/text";

test("an admin builds a score with points, a band and a classification, previews and publishes; a clinician sees the score", async ({
  page,
  browser,
  db,
  createStaff,
  publishedDefinition,
}) => {
  // Three people in one story (admin, patient, clinician): more than the default minute on a shared machine.
  test.slow();
  const suffix = crypto.randomBytes(3).toString("hex");
  const scoreTitle = `Load ${suffix}`;
  // The title clinicians read, given after the score was added; the suffix keeps it unique in the shared database,
  // and labels name the score by it (lib/domain/question-set/editor/names.ts).
  const finalTitle = `Pain load ${suffix}`;
  const first = quote(scoreTitle);
  const score = quote(finalTitle);
  const sb1 = editorNames(publishedDefinition).question("sb1");
  const question = (id: string) =>
    t(publishedDefinition.sections.flatMap((s) => s.items).find((i) => i.id === id)!.text);
  const label = (text: string) => page.getByLabel(text, { exact: true });
  const button = (name: string) => page.getByRole("button", { name, exact: true });

  await signIn(page.request, await createStaff("ADMIN"));
  // Starting a draft asks for confirmation.
  page.on("dialog", (dialog) => void dialog.accept());
  await startDraftFromPublished(page);

  await openFromOutline(page, /^Scores \(\d+\)$/);
  await label("Title of the new score").fill(scoreTitle);
  await button("Add a score").click();
  // The id came from the first title; the title field is named by the score's place (added last).
  await expect(button(`Delete score ${first}`)).toBeVisible();
  await label(`Title of score ${publishedDefinition.scores.length + 1}`).fill(finalTitle);

  // Two questions: a 0–10 scale counted as given, and a yes/no worth 5 points for "yes".
  await label(`Question to add to score ${score}`).selectOption("pain_now");
  await button(`Add question to score ${score}`).click();
  await label(`Question to add to score ${score}`).selectOption("sb1");
  await button(`Add question to score ${score}`).click();
  await expect(label(`Points for “Yes” in ${sb1} (score ${score})`)).toHaveValue("1");
  await label(`Points for “Yes” in ${sb1} (score ${score})`).fill("5");

  await button(`Add a band to score ${score}`).click();
  await label(`To (band 1 of ${score})`).fill("15");
  await label(`Label of band 1 of ${score}`).fill("Any load");

  await button(`Add a classification case to score ${score}`).click();
  await label(`Comparison in comparison 1 of case 1 of ${score}`).selectOption("gte");
  await label(`Value in comparison 1 of case 1 of ${score}`).fill("8");
  await label(`Label of case 1 of ${score}`).fill("High load");
  await expect(page.getByRole("heading", { name: "No problems: this draft can be published" })).toBeVisible();

  // The preview works the score out for the answers given, as the clinician will see it.
  const preview = page.getByRole("complementary", { name: "Patient preview" });
  await preview
    .getByRole("group", { name: question("pain_now") })
    .getByRole("radio", { name: "4", exact: true })
    .check();
  await preview
    .getByRole("group", { name: question("sb1") })
    .getByRole("radio", { name: "Yes", exact: true })
    .check();
  await expect(preview.getByRole("region", { name: "Scores for these answers" })).toContainText(
    `${finalTitle} total 9/15 → Any load; High load`,
  );

  await button("Save draft").click();
  await expect(page.getByText("Draft saved.")).toBeVisible({ timeout: 15_000 });

  await page.reload();
  await openFromOutline(page, /^Scores \(\d+\)$/);
  await button(`Edit score ${score}`).click();
  await expect(label(`Points for “Yes” in ${sb1} (score ${score})`)).toHaveValue("5");
  await expect(label(`Label of case 1 of ${score}`)).toHaveValue("High load");

  await publishOpenDraft(page);

  const { rows } = await db.query<{ definition: unknown }>(
    `SELECT v.definition FROM "QuestionSetVersion" v JOIN "QuestionSet" s ON s.id = v."questionSetId"
     WHERE s.key = 'back-spasm-intake' AND v.status = 'PUBLISHED'`,
  );
  const parsed = parseDefinition(rows[0]?.definition);
  if (!parsed.ok) throw new Error("published definition invalid");
  expect(parsed.definition.sections.map((s) => s.id)).toEqual(publishedDefinition.sections.map((s) => s.id));
  expect(parsed.definition.redFlagRules.map((r) => r.id)).toEqual(publishedDefinition.redFlagRules.map((r) => r.id));

  const patient = await browser.newPage();
  await patient.goto("/intake");
  const code = await completeIntake(
    patient,
    parsed.definition,
    answersWith({ full_name: "Lena Load", pain_now: 4, sb1: true }),
  );
  await patient.close();

  await signIn(page.request, await createStaff("CLINICIAN"));
  await page.goto("/dashboard");
  await page.getByRole("link", { name: code }).click();
  await expect(page.getByRole("region", { name: "Scores" })).toContainText(
    `${finalTitle} total 9/15 → Any load; High load`,
  );
});
