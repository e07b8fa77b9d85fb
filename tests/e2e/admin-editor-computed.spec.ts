import AxeBuilder from "@axe-core/playwright";
import { expect, test, signIn } from "./fixtures";
import { discardOpenDraft, openFromOutline, startDraftFromPublished } from "./admin";
import { t } from "../../lib/domain/question-set/text";
import { editorNames } from "../../lib/domain/question-set/editor/names";

test("an admin sees the computed age the over-50 rule uses, cannot remove it while used, and shows a question by it", async ({
  page,
  createStaff,
  publishedDefinition,
}) => {
  const items = publishedDefinition.sections.flatMap((s) => s.items);
  const age = publishedDefinition.computed?.find((c) => c.kind === "ageInYears");
  if (!age) throw new Error("the published default set has no computed age");
  const dateOfBirth = items.find((i) => i.id === age.from)!;
  const over50 = publishedDefinition.redFlagRules.find((r) => JSON.stringify(r.when).includes(`"item":"${age.id}"`))!;
  // The question the admin shows only from 65: the worst pain, in the pain section.
  const worst = items.find((i) => i.id === "pain_worst")!;
  const painSection = publishedDefinition.sections.find((s) => s.items.includes(worst))!;
  const worstName = editorNames(publishedDefinition).question(worst.id);
  const label = (text: string) => page.getByLabel(text, { exact: true });
  const button = (name: string) => page.getByRole("button", { name, exact: true });

  await signIn(page.request, await createStaff("ADMIN"));
  // Starting (and discarding) a draft asks for confirmation.
  page.on("dialog", (dialog) => void dialog.accept());
  await startDraftFromPublished(page);

  await openFromOutline(page, /^Computed values \(\d+\)$/);
  const panel = page.getByRole("region", { name: "Computed values" });
  await expect(panel.getByRole("heading", { level: 3, name: t(age.title) })).toBeVisible();
  await expect(panel).toContainText(`Age in whole years on the day the form is sent, from “${t(dateOfBirth.text)}”`);
  await expect(panel.getByRole("link", { name: `Red-flag rule "${t(over50.title)}"` })).toBeVisible();

  // The admin gives it a clearer title; its id (which the rule reads) stays.
  await panel.getByRole("button", { name: `Edit computed value “${t(age.title)}”` }).click();
  await label(`Title of computed value ${age.id}`).fill("Age in years");
  await expect(panel.getByRole("heading", { level: 3, name: "Age in years" })).toBeVisible();

  // Removing it (from the keyboard) is refused while the rule reads it, and the refusal says where.
  await button("Remove computed value “Age in years”").focus();
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("alert")).toContainText(`“Age in years” is used by red-flag rule "${t(over50.title)}"`);
  // The panel, its open fields and the refusal: nothing axe can find. (@axe-core/playwright types its page with its own
  // playwright-core version; the object is the same.)
  const { violations } = await new AxeBuilder({ page } as unknown as ConstructorParameters<typeof AxeBuilder>[0])
    .include("#editor-computed")
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await expect(page.getByRole("navigation", { name: "Outline of the draft" })).toContainText("Computed values (1)");

  // A condition on the age: the worst-pain question is asked only from 65.
  await openFromOutline(page, new RegExp(`^Section \\d+: ${t(painSection.title)}$`));
  await button(`Show settings and condition of ${worstName}`).click();
  await button(`Add condition: show ${worstName} only when`).click();
  const comparison = `Show ${worstName} only when 1`;
  await label(`Asked in comparison ${comparison}`).selectOption({ label: "Age in years (computed value)" });
  await label(`Operator in comparison ${comparison}`).selectOption({ label: "is at least" });
  await label(`Value in comparison ${comparison}`).fill("65");
  await expect(page.getByRole("heading", { name: "No problems: this draft can be published" })).toBeVisible();

  // The preview asks nothing new, and works the condition out from the date of birth as the intake does.
  const preview = page.getByRole("complementary", { name: "Patient preview" });
  await preview.getByLabel("Show every section").check();
  await expect(preview.getByRole("group", { name: t(worst.text) })).toHaveCount(0);
  await expect(preview.getByText("Age in years")).toHaveCount(0);
  const born = preview.getByRole("group", { name: t(dateOfBirth.text) });
  await born.getByLabel("Day", { exact: true }).fill("15");
  await born.getByLabel("Month", { exact: true }).fill("3");
  await born.getByLabel("Year", { exact: true }).fill("1940");
  await expect(preview.getByRole("group", { name: t(worst.text) })).toBeVisible();

  await button("Save draft").click();
  await expect(page.getByText("Draft saved.")).toBeVisible({ timeout: 15_000 });

  // After a reload the panel lists the new use beside the rule, and a link goes to the question.
  await page.reload();
  await openFromOutline(page, /^Computed values \(\d+\)$/);
  const saved = page.getByRole("region", { name: "Computed values" });
  await expect(saved.getByRole("heading", { level: 3, name: "Age in years" })).toBeVisible();
  // A second age can be added and, as nothing uses it, removed after the confirmation.
  await label("Title of the new age value").fill("Age when seen");
  await button("Add an age value").click();
  await expect(saved.getByRole("heading", { level: 3, name: "Age when seen" })).toBeVisible();
  await expect(saved).toContainText("Not used by any condition, red-flag rule or score yet.");
  await button("Remove computed value “Age when seen”").click();
  await expect(saved.getByRole("heading", { level: 3, name: "Age when seen" })).toHaveCount(0);
  await saved.getByRole("link", { name: `The condition on question "${worst.id}"` }).click();
  await expect(label(`Value in comparison ${comparison}`)).toHaveValue("65");

  // Specs share one database: leave no draft open.
  await discardOpenDraft(page);
});
