import { expect, test, signIn } from "./fixtures";
import { completeIntake, defaultDefinition } from "./intake";
import { answersWith, ROUTINE_ANSWERS } from "../fixtures/default-answers";

test.describe("a patient's red flag reaches the top of the clinician's queue", () => {
  test("saddle numbness shows emergency advice at once and is listed first, EMERGENT, with its citation", async ({
    page,
    browser,
    createStaff,
    publishedDefinition,
  }) => {
    // A routine patient arrives first: the queue must still put the later emergency above them.
    const routinePatient = await browser.newPage();
    await routinePatient.goto("/intake");
    const routineCode = await completeIntake(
      routinePatient,
      publishedDefinition,
      answersWith({ full_name: "Rosa Routine" }),
    );
    await expect(routinePatient.getByText("Get emergency help now")).toHaveCount(0);
    await routinePatient.close();

    await page.goto("/intake");
    const answers = answersWith({ full_name: "Sam Saddle", saddle_numbness: true });
    let warnedOnStep = "";
    const code = await completeIntake(page, publishedDefinition, answers, {
      afterAnswering: async (sectionId) => {
        if (sectionId !== "red_flags") return;
        // The warning appears the moment the answer is given, while the patient is still on the form.
        await expect(page.getByRole("complementary", { name: "Get emergency help now" })).toBeVisible();
        warnedOnStep = sectionId;
      },
    });
    expect(warnedOnStep).toBe("red_flags");
    await expect(page.getByText("Get emergency help now")).toBeVisible();
    await expect(page.getByText(/call your local emergency number/i).first()).toBeVisible();

    const clinician = await createStaff("CLINICIAN");
    await signIn(page.request, clinician);
    await page.goto("/dashboard");
    // Other EMERGENT patients may have arrived earlier (oldest first within a level); nothing less urgent is above.
    const rows = (await page.getByRole("table").getByRole("row").allTextContents()).slice(1);
    const ours = rows.findIndex((r) => r.includes(code));
    expect(ours).toBeGreaterThanOrEqual(0);
    expect(rows.slice(0, ours + 1).every((r) => r.includes("EMERGENT"))).toBe(true);
    expect(rows.findIndex((r) => r.includes(routineCode))).toBeGreaterThan(ours);
    await expect(page.getByRole("row", { name: new RegExp(routineCode) })).toContainText("ROUTINE");

    await page.getByRole("link", { name: code }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Sam Saddle");
    const flags = page.getByRole("region", { name: "Red flags" });
    await expect(flags).toContainText(/saddle/i);
    await expect(flags).toContainText(/cauda equina/i);
    const rule = defaultDefinition().redFlagRules.find((r) => r.id === "saddle-anaesthesia")!;
    await expect(flags).toContainText(`Citation: ${rule.citation}`);
  });

  test("a patient with no red flags is ROUTINE and listed below every flagged submission", async ({
    page,
    createStaff,
    publishedDefinition,
  }) => {
    await page.goto("/intake");
    const code = await completeIntake(page, publishedDefinition, ROUTINE_ANSWERS);
    await expect(page.getByText("Get emergency help now")).toHaveCount(0);
    await expect(page.getByText("Please contact the clinic today")).toHaveCount(0);

    await page.goto("/intake");
    const urgentCode = await completeIntake(
      page,
      publishedDefinition,
      answersWith({ full_name: "Uma Urgent", fever: true }),
    );
    await expect(page.getByText("Please contact the clinic today")).toBeVisible();

    await signIn(page.request, await createStaff("CLINICIAN"));
    await page.goto("/dashboard");
    const levels = await page.getByRole("table").getByRole("row").allTextContents();
    const rank = (text: string) => (text.includes("EMERGENT") ? 0 : text.includes("URGENT") ? 1 : 2);
    const ranks = levels.slice(1).map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const routineRow = levels.findIndex((r) => r.includes(code));
    const urgentRow = levels.findIndex((r) => r.includes(urgentCode));
    expect(levels[routineRow]).toContain("ROUTINE");
    expect(urgentRow).toBeLessThan(routineRow);
  });
});
