import { expect, test, signIn } from "./fixtures";
import { discardOpenDraft, openFromOutline, startDraftFromPublished, wordingLabel } from "./admin";
import { editorNames } from "../../lib/domain/question-set/editor/names";

const LICENCE =
  /^Fixed by the Keele STarT Back Screening Tool licence: .*licence: free for non-commercial clinical use/;

// Specs share one database: a draft left by a failed run would stop every later spec from starting one.
test.afterEach(async ({ db }) => {
  await db.query(`DELETE FROM "QuestionSetVersion" WHERE status = 'DRAFT'`);
});

test("a STarT Back statement cannot be reworded, its score's points nor its wording's translations changed in the editor, and a draft changed elsewhere is refused with the licence named", async ({
  page,
  db,
  createStaff,
  publishedDefinition,
}) => {
  // Copying a draft and reloading the editor take a while on a shared machine.
  test.slow();
  const sb3 = publishedDefinition.sections.flatMap((s) => s.items).find((i) => i.id === "sb3")!;
  await signIn(page.request, await createStaff("ADMIN"));
  page.on("dialog", (dialog) => void dialog.accept());
  await startDraftFromPublished(page);

  await openFromOutline(page, sb3.text.en);
  const wording = page.getByLabel(wordingLabel(publishedDefinition, "sb3"), { exact: true });
  const name = editorNames(publishedDefinition).question("sb3");
  await expect(wording).toHaveAccessibleDescription(LICENCE);
  await expect(wording).not.toBeEditable();
  await wording.focus();
  await page.keyboard.type(" a lot");
  await expect(wording).toHaveValue(sb3.text.en);
  // Nor deleted: its menu offers moving only.
  await page.getByText(`More actions for ${name}`, { exact: true }).click();
  await expect(page.getByLabel(`Move ${name} to section`)).toBeVisible();
  await expect(page.getByRole("button", { name: `Delete ${name}` })).toHaveCount(0);

  // Its score is shown with the reason, every point fixed; it cannot be deleted either.
  const score = editorNames(publishedDefinition).score("start_back");
  await openFromOutline(page, /^Scores \(\d+\)$/);
  await expect(page.getByRole("button", { name: `Delete score ${score}` })).toHaveCount(0);
  await page.getByRole("button", { name: `Show score ${score}`, exact: true }).click();
  await expect(
    page.getByText(/^Fixed by the Keele STarT Back Screening Tool licence: its points, subscales and classification/),
  ).toBeVisible();
  const points = page.getByLabel(
    `Points for “Yes” in ${editorNames(publishedDefinition).question("sb1")} (score ${score})`,
    {
      exact: true,
    },
  );
  await expect(points).toHaveValue("1");
  await expect(points).toBeDisabled();

  // Its wording has no translation field in any language: the licence covers the registered English only.
  await openFromOutline(page, "Translations");
  await page.getByLabel("Show", { exact: true }).selectOption("all");
  const row = page.getByRole("row").filter({ hasText: sb3.text.en });
  await expect(row).toContainText("Fixed by the Keele STarT Back Screening Tool licence");
  await expect(row.getByRole("textbox")).toHaveCount(0);

  // The same change made outside the editor (an import, a script): the draft cannot be published.
  const draftId = new URL(page.url()).pathname.split("/").pop()!;
  await db.query(
    `UPDATE "QuestionSetVersion" SET definition = jsonb_set(definition::jsonb, $2, to_jsonb($3::text)), "rowVersion" = "rowVersion" + 1 WHERE id = $1`,
    [
      draftId,
      `{sections,${sectionIndexOf(publishedDefinition, "sb3")},items,${itemIndexOf(publishedDefinition, "sb3")},text,en}`,
      "I have walked short distances",
    ],
  );
  await page.reload();
  const problems = page.getByRole("region", { name: /^Problems to fix before publishing/ });
  await expect(problems.getByRole("link", { name: /I have walked short distances/ })).toContainText(
    /belongs to the Keele STarT Back Screening Tool \(© Keele University 01\/08\/07; licence: free for non-commercial/,
  );
  await expect(page.getByRole("button", { name: /^Review and publish version/ })).toBeDisabled();
  await discardOpenDraft(page);
});

function sectionIndexOf(definition: { sections: { items: { id: string }[] }[] }, id: string) {
  return definition.sections.findIndex((s) => s.items.some((i) => i.id === id));
}
function itemIndexOf(definition: { sections: { items: { id: string }[] }[] }, id: string) {
  return definition.sections[sectionIndexOf(definition, id)]!.items.findIndex((i) => i.id === id);
}
