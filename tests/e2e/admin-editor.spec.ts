import crypto from "node:crypto";
import { expect, test, signIn } from "./fixtures";
import { completeIntake } from "./intake";
import { openFromOutline, publishOpenDraft, startDraftFromPublished } from "./admin";
import { answersWith } from "../fixtures/default-answers";
import { parseDefinition } from "../../lib/domain/question-set/definition-schema";
import { idFromLabel } from "../../lib/domain/question-set/editor/ids";
import { quote } from "../../lib/domain/question-set/editor/names";
import { t } from "../../lib/domain/question-set/text";

test("an admin adds a conditional question with a red-flag rule and a citation, previews, publishes; a patient triggers it and a clinician sees the citation", async ({
  page,
  browser,
  db,
  createStaff,
  publishedDefinition,
}) => {
  // Admin, patient and clinician in one story, and the v2 intake walks eight steps: more than the default minute
  // on a shared machine (the trace shows steady progress, no stall, when the minute runs out).
  test.slow();
  const suffix = crypto.randomBytes(3).toString("hex").replace(/^\d/, "x");
  // Ids come from the wording the admin types; the suffix keeps them unique in the shared e2e database.
  const question = `Are both of your feet numb right now (${suffix})?`;
  const itemId = idFromLabel(question, [], "question");
  const ruleTitle = `Both feet numb ${suffix}`;
  // Labels name the question by its wording and the rule by its title (lib/domain/question-set/editor/names.ts).
  const asked = quote(question);
  const rule = quote(ruleTitle);
  const citation = `E2E guideline ${suffix}, section 4.2`;
  const bothLegs = publishedDefinition.sections.flatMap((s) => s.items).find((i) => i.id === "both_legs")!;
  // The new question goes beside the question it depends on, in the safety section (titled by the published set).
  const safetySection = publishedDefinition.sections.find((s) => s.items.some((i) => i.id === "both_legs"))!;
  const safety = quote(t(safetySection.title));

  await signIn(page.request, await createStaff("ADMIN"));
  page.on("dialog", (dialog) => void dialog.accept());
  await startDraftFromPublished(page);

  // The question, shown only when both legs are affected.
  await page.getByLabel(`New question in ${safety}`).fill(question);
  await page.getByRole("button", { name: `Add question to ${safety}` }).click();
  // Added last in its section; its wording field is named by that place.
  await expect(page.getByLabel(`Wording of question ${safetySection.items.length + 1}`, { exact: true })).toHaveValue(
    question,
  );
  await page.getByRole("button", { name: `Add condition: show ${asked} only when` }).click();
  await page.getByLabel(`Asked in comparison Show ${asked} only when 1`).selectOption("both_legs");

  // Its red-flag rule, on the outline's rules page.
  await openFromOutline(page, /^Red-flag rules \(\d+\)$/);
  await page.getByLabel("Title of the new red-flag rule").fill(ruleTitle);
  await page.getByRole("button", { name: "Add red-flag rule" }).click();
  await page.getByLabel(`Severity of ${rule}`).selectOption("EMERGENT");
  await page.getByLabel(`Asked in comparison Rule ${rule} fires when 1`).selectOption(itemId);
  await page.getByLabel(`Clinician text of rule ${rule}`).fill("Bilateral foot numbness: assess for cauda equina");
  await page.getByLabel(`Patient text of rule ${rule}`).fill("Numb feet on both sides need checking now.");
  await page.getByLabel(`Citation of rule ${rule}`).fill(citation);
  // The title field is named by the rule's place (added last), as its other labels follow the title.
  await page
    .getByLabel(`Title of red-flag rule ${publishedDefinition.redFlagRules.length + 1}`, { exact: true })
    .fill("Both feet numb");
  // Spanish is offered to patients, so the new English has no Spanish yet: this admin stops offering Spanish for the
  // version rather than translating (the translation rules are tested in tests/integration/translations.test.ts).
  await openFromOutline(page, "Translations");
  await page.getByLabel("Offer Español to patients in this version").uncheck();
  await expect(page.getByRole("heading", { name: "No problems: this draft can be published" })).toBeVisible();
  // Autosave: no button pressed.
  await expect(page.getByText("Draft saved.")).toBeVisible({ timeout: 15_000 });

  // The preview shows the question only once its condition holds, and warns at once.
  const preview = page.getByRole("complementary", { name: "Patient preview" });
  await expect(preview.getByText(question)).toHaveCount(0);
  await preview
    .getByRole("group", { name: t(bothLegs.text) })
    .getByLabel("Yes")
    .check();
  await preview.getByRole("group", { name: question }).getByLabel("Yes").check();
  await expect(preview.getByRole("alert").filter({ hasText: "Get emergency help now" })).toContainText(
    "Numb feet on both sides need checking now.",
  );

  await publishOpenDraft(page);

  const { rows } = await db.query<{ definition: unknown }>(
    `SELECT v.definition FROM "QuestionSetVersion" v JOIN "QuestionSet" s ON s.id = v."questionSetId"
     WHERE s.key = 'back-spasm-intake' AND v.status = 'PUBLISHED'`,
  );
  const parsed = parseDefinition(rows[0]?.definition);
  if (!parsed.ok) throw new Error("published definition invalid");

  const patient = await browser.newPage();
  await patient.goto("/intake");
  const code = await completeIntake(
    patient,
    parsed.definition,
    answersWith({ full_name: "Nell Numb", both_legs: true, [itemId]: true }),
  );
  await patient.close();

  await signIn(page.request, await createStaff("CLINICIAN"));
  await page.goto("/dashboard");
  await page.getByRole("link", { name: code }).click();
  const flags = page.getByRole("region", { name: "Red flags" });
  await expect(flags).toContainText("Both feet numb");
  await expect(flags).toContainText(`Citation: ${citation}`);
});
