import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { answerSection, completeIntake, readReferenceCode, stepsFor } from "./intake";
import { answersWith } from "../fixtures/default-answers";
import { t } from "../../lib/domain/question-set/text";
import type { Answers } from "../../lib/domain/question-set/answer-schema";

async function expectNoViolations(page: Page, where: string) {
  // @axe-core/playwright types its page with its own playwright-core version; the object is the same.
  const { violations } = await new AxeBuilder({ page } as unknown as ConstructorParameters<
    typeof AxeBuilder
  >[0]).analyze();
  expect(
    violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    `axe on ${where}`,
  ).toEqual([]);
}

for (const viewport of [
  { name: "a laptop", width: 1280, height: 800 },
  { name: "a 360 px phone", width: 360, height: 740 },
]) {
  test(`axe finds nothing on any step, the review or the confirmation, on ${viewport.name}`, async ({
    page,
    db,
    publishedDefinition,
  }) => {
    // Ten axe runs (every step, the live alert, review, confirmation) take over a minute on a busy 2-core machine.
    test.setTimeout(180_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const name = `Axel Axe ${Date.now()}`;
    // Saddle numbness: the live emergency alert and the confirmation's advice are checked too.
    const answers = answersWith({ full_name: name, sex: "female", pregnant: false, saddle_numbness: true });
    try {
      await page.goto("/intake");
      await expectNoViolations(page, "the consent step");
      await page.getByRole("button", { name: "Next" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
      await expectNoViolations(page, "the consent step with its error");
      await page.getByRole("checkbox", { name: /I agree/ }).check();
      await page.getByRole("button", { name: "Next" }).click();

      const steps = stepsFor(publishedDefinition, answers);
      await page.getByRole("button", { name: "Next" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
      await expectNoViolations(page, "the first section with errors");
      for (const section of steps) {
        await expect(page.getByRole("heading", { level: 2, name: t(section.title) })).toBeVisible();
        await answerSection(page, publishedDefinition, section.id, answers);
        await expectNoViolations(page, `step "${section.id}"`);
        await page.getByRole("button", { name: "Next" }).click();
      }
      await expect(page.getByRole("heading", { level: 2, name: "Check your answers" })).toBeVisible();
      await expect(page.getByText(/^Saved at \d{2}:\d{2} — you can leave and come back/)).toBeVisible();
      await expectNoViolations(page, "the review step");
      await page.getByRole("button", { name: "Submit my answers" }).click();
      await readReferenceCode(page);
      await expectNoViolations(page, "the confirmation page");
    } finally {
      // red-flags.spec expects its own emergency at the top of the queue.
      await db.query(`DELETE FROM "Submission" WHERE "patientName" = $1`, [name]);
    }
  });
}

// The EMERGENT confirmation is checked above (saddle numbness); the calmer two have their own layouts.
for (const variant of <{ level: string; patch: Answers }[]>[
  { level: "URGENT", patch: { fever: true } },
  { level: "ROUTINE", patch: {} },
]) {
  test(`axe finds nothing on the ${variant.level} confirmation on a 360 px phone`, async ({
    page,
    db,
    publishedDefinition,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 360, height: 740 });
    const name = `Axel ${variant.level} ${Date.now()}`;
    try {
      await page.goto("/intake");
      await completeIntake(page, publishedDefinition, answersWith({ full_name: name, ...variant.patch }));
      const { rows } = await db.query<{ triageLevel: string }>(
        `SELECT "triageLevel" FROM "Submission" WHERE "patientName" = $1`,
        [name],
      );
      expect(rows.map((r) => r.triageLevel)).toEqual([variant.level]);
      await expectNoViolations(page, `the ${variant.level} confirmation`);
    } finally {
      await db.query(`DELETE FROM "Submission" WHERE "patientName" = $1`, [name]);
    }
  });
}
