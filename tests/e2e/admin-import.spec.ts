import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, signIn } from "./fixtures";
import { discardOpenDraft, fillDraftField, openFromOutline, publishOpenDraft, wordingLabel } from "./admin";

test("an admin imports a FHIR Questionnaire exported from another version, edits it and publishes", async ({
  page,
  db,
  createStaff,
  publishedDefinition,
}) => {
  await signIn(page.request, await createStaff("ADMIN"));
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto("/admin");
  const set = page.getByRole("region", { name: "Back spasm intake" });
  const published = set.getByRole("row").filter({ hasText: "new patients answer this" });
  const exportHref = await published.getByRole("link", { name: /FHIR Questionnaire of version/ }).getAttribute("href");
  const exported = await page.request.get(exportHref!);
  expect(exported.headers()["content-type"]).toContain("application/fhir+json");
  const questionnaire = await exported.json();
  expect(questionnaire.resourceType).toBe("Questionnaire");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "fhir-")), "questionnaire.json");
  fs.writeFileSync(file, JSON.stringify(questionnaire));

  await set.getByLabel(/Import a draft of/).setInputFiles(file);
  await set.getByRole("button", { name: "Import as new draft" }).click();
  await expect(set.getByText("Everything in the file was imported.")).toBeVisible();
  await set.getByRole("link", { name: "Open the imported draft" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(draft)");
  await expect(page.getByRole("heading", { name: "No problems: this draft can be published" })).toBeVisible();

  // A question no other spec reads by its wording: specs share one database.
  const reworded = "Have you tried resting, moving gently or pharmacy pain relief?";
  // A deep link to the question opens its section.
  await page.goto(`${page.url().split(/[?#]/)[0]}?item=tried_self_care`);
  // The imported draft has the published version's questions in the same places.
  await fillDraftField(page, wordingLabel(publishedDefinition, "tried_self_care"), reworded);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  // The reworded English makes its Spanish out of date: this admin stops offering Spanish for the version (the
  // translator's way is tested in tests/integration/question-set-versions.test.ts).
  await openFromOutline(page, "Translations");
  await page.getByLabel("Offer Español to patients in this version").uncheck();
  await publishOpenDraft(page);

  // The published version is the imported one with the edit; nothing else changed.
  const { rows } = await db.query<{ definition: { sections: { items: { id: string; text: { en: string } }[] }[] } }>(
    `SELECT v.definition FROM "QuestionSetVersion" v JOIN "QuestionSet" s ON s.id = v."questionSetId"
     WHERE s.key = 'back-spasm-intake' AND v.status = 'PUBLISHED'`,
  );
  const items = rows[0]!.definition.sections.flatMap((s) => s.items);
  expect(items.find((i) => i.id === "tried_self_care")?.text.en).toBe(reworded);
  // The Questionnaire's "_scores" group holds the SDC calculated score items, not questions of the set.
  const before = (questionnaire.item as { linkId: string; item: { linkId: string }[] }[])
    .filter((g) => g.linkId !== "_scores")
    .flatMap((g) => g.item.map((i) => i.linkId));
  expect(items.map((i) => i.id)).toEqual(before);
});

test("an admin imports another organisation's Questionnaire and sees, on each question, the codes the import kept", async ({
  page,
  createStaff,
}) => {
  await signIn(page.request, await createStaff("ADMIN"));
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto("/admin");
  const set = page.getByRole("region", { name: "Back spasm intake" });
  // The HL7 SDC weight-and-height sample: LOINC-coded questions and LOINC answer codes.
  await set.getByLabel(/Import a draft of/).setInputFiles(path.resolve("tests/fixtures/fhir/sdc-weight-height.json"));
  await set.getByRole("button", { name: "Import as new draft" }).click();
  await set.getByRole("link", { name: "Open the imported draft" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(draft)");

  await page.goto(`${page.url().split(/[?#]/)[0]}?item=q_2`);
  const kept = page.getByRole("group", { name: /Kept from the imported file for .*Clothing worn during measure/ });
  await expect(kept).toContainText("http://loinc.org|8352-7 (Clothing worn during measure)");
  await expect(kept).toContainText(/Answer codes.*http:\/\/loinc\.org\|LA/);

  // Specs share one database: no draft is left for the next one.
  await discardOpenDraft(page);
});

test("an admin previews an imported section of only hidden text: patients never see it, so the preview shows no empty section", async ({
  page,
  createStaff,
}) => {
  await signIn(page.request, await createStaff("ADMIN"));
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto("/admin");
  const hidden = [{ url: "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden", valueBoolean: true }];
  const questionnaire = {
    resourceType: "Questionnaire",
    status: "active",
    item: [
      { linkId: "pain", type: "group", text: "Your pain", item: [{ linkId: "where", type: "string", text: "Where?" }] },
      {
        linkId: "codes",
        type: "group",
        text: "Codes for other systems",
        item: [{ linkId: "note", type: "display", text: "Filed under the clinic's code", extension: hidden }],
      },
    ],
  };
  const set = page.getByRole("region", { name: "Back spasm intake" });
  await set.getByLabel(/Import a draft of/).setInputFiles({
    name: "hidden-section.json",
    mimeType: "application/fhir+json",
    buffer: Buffer.from(JSON.stringify(questionnaire)),
  });
  await set.getByRole("button", { name: "Import as new draft" }).click();
  await set.getByRole("link", { name: "Open the imported draft" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(draft)");

  await openFromOutline(page, /^Section \d+: Codes for other systems$/);
  const preview = page.getByRole("complementary", { name: "Patient preview" });
  await expect(preview).toContainText("Patients never see this section: it holds only hidden text");
  await preview.getByLabel("Show every section").check();
  await expect(preview.getByRole("region", { name: "Preview: Your pain" })).toBeVisible();
  await expect(preview.getByRole("region", { name: "Preview: Codes for other systems" })).toHaveCount(0);

  // Specs share one database: no draft is left for the next one.
  await discardOpenDraft(page);
});

test("an imported Questionnaire says which questions tell the clinic who the patient is before it can be published", async ({
  page,
  createStaff,
}) => {
  await signIn(page.request, await createStaff("ADMIN"));
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto("/admin");
  // Another organisation's file marks no question as the patient's name or date of birth: the queue and the summary
  // need both, so publishing would be refused, and the problems say so before the admin tries.
  const questionnaire = {
    resourceType: "Questionnaire",
    status: "active",
    item: [
      {
        linkId: "you",
        type: "group",
        text: "About you",
        item: [
          { linkId: "name", type: "string", text: "Your full name" },
          { linkId: "born", type: "date", text: "Your date of birth" },
        ],
      },
    ],
  };
  const set = page.getByRole("region", { name: "Back spasm intake" });
  await set.getByLabel(/Import a draft of/).setInputFiles({
    name: "no-roles.json",
    mimeType: "application/fhir+json",
    buffer: Buffer.from(JSON.stringify(questionnaire)),
  });
  await set.getByRole("button", { name: "Import as new draft" }).click();
  await set.getByRole("link", { name: "Open the imported draft" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(draft)");
  await expect(page.getByText(/No question is marked as asking for the patient's name/)).toBeVisible();
  await expect(page.getByText(/No question is marked as asking for the date of birth/)).toBeVisible();

  // A deep link opens the question with its settings.
  await page.goto(`${page.url().split(/[?#]/)[0]}?item=name`);
  await page
    .getByLabel(/What .*Your full name.* asks for/)
    .selectOption({ label: "The patient's name (the queue searches it)" });
  // The other question is in the same section, its settings folded.
  await page.getByRole("button", { name: /Show settings and condition of .*Your date of birth/ }).click();
  await page
    .getByLabel(/What .*Your date of birth.* asks for/)
    .selectOption({ label: "The date of birth (the summary gives the age)" });
  await expect(page.getByText(/No question is marked as asking for/)).toHaveCount(0);
  await expect(page.getByText("Draft saved.")).toBeVisible();

  // Specs share one database: no draft is left for the next one.
  await discardOpenDraft(page);
});

test("an admin choosing a file over 2 MB is told its size and the limit, and nothing is imported", async ({
  page,
  createStaff,
}) => {
  await signIn(page.request, await createStaff("ADMIN"));
  await page.goto("/admin");
  const set = page.getByRole("region", { name: "Back spasm intake" });
  await set.getByLabel(/Import a draft of/).setInputFiles({
    name: "too-large.json",
    mimeType: "application/json",
    buffer: Buffer.from(`{"resourceType":"Questionnaire","text":"${"x".repeat(2_400_000)}"}`),
  });
  await set.getByRole("button", { name: "Import as new draft" }).click();
  await expect(set.getByRole("alert")).toHaveText(
    "This file is 2.4 MB; the import takes files up to 2 MB. Nothing was imported.",
  );
  await expect(set.getByRole("link", { name: "Open the imported draft" })).toHaveCount(0);
});
