import { expect, test } from "./fixtures";
import { completeIntake } from "./intake";
import { answersWith } from "../fixtures/default-answers";

test.describe("the confirmation says one thing, fitted to how urgent the answers are", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("an emergency patient is told only to get help now, with no self-care to read first", async ({
    page,
    db,
    publishedDefinition,
  }) => {
    const name = `Con Firm Emergent ${Date.now()}`;
    try {
      await page.goto("/intake");
      await completeIntake(
        page,
        publishedDefinition,
        answersWith({ full_name: name, saddle_numbness: true, sitting_hours: "over_8" }),
      );
      const main = page.getByRole("main");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Get emergency help now");
      await expect(main.getByText(/call your local emergency number/i).first()).toBeVisible();
      await expect(page.getByText(/we have your answers|thank you/i)).toHaveCount(0);
      await expect(page.getByText("You can finish this form")).toHaveCount(0);
      await expect(page.getByRole("heading", { name: "Things that may help" })).toHaveCount(0);
      // Self-care waits behind a closed "later" disclosure; no card is on screen.
      await expect(page.getByText("For later, once you have been seen")).toBeVisible();
      await expect(page.getByRole("heading", { level: 3 })).toHaveCount(0);
      // No primary action competes with getting help: no link away, only the secondary print button.
      await expect(main.getByRole("link", { name: "Start a new intake" })).toHaveCount(0);
      await expect(main.locator('a[href="tel:"]')).toHaveCount(0);
      await expect(main.getByRole("button")).toHaveText(["Print this page"]);
    } finally {
      await db.query(`DELETE FROM "Submission" WHERE "patientName" = $1`, [name]);
    }
  });

  test("an urgent patient is asked to contact the clinic today, without self-care cards", async ({
    page,
    publishedDefinition,
  }) => {
    await page.goto("/intake");
    await completeIntake(page, publishedDefinition, answersWith({ fever: true }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Please contact the clinic today");
    await expect(page.getByText(/contact the clinic or your own doctor today/i)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Things that may help" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "When to get emergency help" })).toBeVisible();
  });

  test("a routine patient learns what happens next, what may help and when to get emergency help", async ({
    page,
    publishedDefinition,
  }) => {
    await page.goto("/intake");
    await completeIntake(page, publishedDefinition, answersWith({ sitting_hours: "over_8" }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you — we have your answers");
    await expect(page.getByText(/A clinician will read your answers and contact you/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "When to get emergency help" })).toBeVisible();
    await expect(page.getByText(/numbness or tingling between your legs/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Things that may help" })).toBeVisible();
  });
});
