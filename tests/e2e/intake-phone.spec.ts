import { expect, test } from "./fixtures";
import { completeIntake } from "./intake";
import { answersWith } from "../fixtures/default-answers";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test("a patient finishes the whole intake on a 360 px phone, with nothing left in browser storage", async ({
  page,
  db,
  publishedDefinition,
}) => {
  await page.goto("/intake");
  const fitsTheScreen = async () => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, "no sideways scrolling").toBeLessThanOrEqual(360);
    const next = page.getByRole("button", { name: /^(Next|Submit my answers)$/ });
    expect((await next.boundingBox())!.height, "a thumb-sized button").toBeGreaterThanOrEqual(44);
  };
  await fitsTheScreen();

  const name = `Pip Phone ${Date.now()}`;
  const code = await completeIntake(
    page,
    publishedDefinition,
    answersWith({ full_name: name, pain_map: ["lower-back-left", "buttock-right", "thigh-back-right"] }),
    { afterAnswering: fitsTheScreen },
  );

  const { rows } = await db.query<{ referenceCode: string; answers: Record<string, unknown> }>(
    `SELECT "referenceCode", answers FROM "Submission" WHERE "patientName" = $1`,
    [name],
  );
  expect(rows).toHaveLength(1);
  expect(rows[0]!.referenceCode).toBe(code);
  expect(rows[0]!.answers.pain_map).toEqual(["lower-back-left", "buttock-right", "thigh-back-right"]);

  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDb: (await indexedDB.databases()).length,
  }));
  expect(stored).toEqual({ local: 0, session: 0, indexedDb: 0 });
});
