import { expect, test } from "./fixtures";
import { answer, completeIntake, defaultDefinition, expectInViewport } from "./intake";
import { ROUTINE_ANSWERS } from "../fixtures/default-answers";
import type { Condition, Definition, Item, LeafCondition } from "../../lib/domain/question-set/definition-schema";
import type { Answers } from "../../lib/domain/question-set/answer-schema";
import { t } from "../../lib/domain/question-set/text";

/** The first answer that fires a rule on its own: the question a patient would answer "Yes" to. */
function firingLeaf(cond: Condition): LeafCondition {
  if ("all" in cond) return firingLeaf(cond.all[0]!);
  if ("any" in cond) return firingLeaf(cond.any[0]!);
  if ("not" in cond) throw new Error("an EMERGENT rule that fires on a negation has no single Yes to give");
  return cond;
}

function itemOf(definition: Definition, id: string): { item: Item; sectionId: string } {
  for (const section of definition.sections) {
    const item = section.items.find((i) => i.id === id);
    if (item) return { item, sectionId: section.id };
  }
  throw new Error(`no question ${id}`);
}

for (const viewport of [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test("every emergency answer puts the advice and a call action where the patient is looking", async ({
      page,
      publishedDefinition,
    }) => {
      // The whole intake, answering each emergency question twice: over a minute on a busy 2-core machine.
      test.setTimeout(180_000);
      // Every EMERGENT rule of the default set (admin specs that ran earlier may have published extra test rules
      // behind conditions of their own).
      const shipped = new Set(defaultDefinition().redFlagRules.map((r) => r.id));
      const emergent = publishedDefinition.redFlagRules.filter((r) => r.severity === "EMERGENT" && shipped.has(r.id));
      expect(emergent.length).toBeGreaterThan(0);
      const bySection = new Map<string, { leaf: LeafCondition; item: Item; ruleId: string }[]>();
      for (const rule of emergent) {
        const leaf = firingLeaf(rule.when);
        const { item, sectionId } = itemOf(publishedDefinition, leaf.item);
        bySection.set(sectionId, [...(bySection.get(sectionId) ?? []), { leaf, item, ruleId: rule.id }]);
      }
      const checked: string[] = [];

      await page.goto("/intake");
      await completeIntake(page, publishedDefinition, ROUTINE_ANSWERS, {
        afterAnswering: async (sectionId) => {
          for (const { leaf, item, ruleId } of bySection.get(sectionId) ?? []) {
            await answer(page, item, firingValue(item, leaf), (i) => textOf(i));
            const panel = page.getByRole("complementary", { name: "Get emergency help now" });
            await expectInViewport(page, panel.getByText("Get emergency help now"));
            // No emergency number is set on this clinic: the advice says so in words, with no empty link.
            await expectInViewport(page, panel.getByText(/^Call your local emergency number/));
            await expect(panel.locator('a[href="tel:"]')).toHaveCount(0);
            await expect(page.locator('div.sr-only[aria-live="assertive"]')).toHaveText(/^Get emergency help now/);

            // The panel never hides the form: scrolled to the end, Next sits above it.
            await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
            const next = (await page.getByRole("button", { name: "Next" }).boundingBox())!;
            const top = (await panel.boundingBox())!.y;
            expect(next.y + next.height).toBeLessThanOrEqual(top);

            await answer(page, item, ROUTINE_ANSWERS[item.id]!, (i) => textOf(i));
            await expect(panel).toHaveCount(0);
            checked.push(ruleId);
          }
        },
      });
      expect(checked.sort()).toEqual(emergent.map((r) => r.id).sort());
    });

    test("with the clinic's numbers set, every emergency answer puts a call button in view, and the confirmation's only primary action is that call", async ({
      page,
      db,
      publishedDefinition,
    }) => {
      test.setTimeout(180_000);
      const name = `Cal Button ${viewport.width} ${Date.now()}`;
      const { rows: before } = await db.query(`SELECT * FROM "ClinicSettings" WHERE id = 'default'`);
      await db.query(
        `INSERT INTO "ClinicSettings" (id, "emergencyNumber", "clinicPhone", "updatedAt") VALUES ('default', '999', '01632 960000', now())
         ON CONFLICT (id) DO UPDATE SET "emergencyNumber" = '999', "clinicPhone" = '01632 960000'`,
      );
      try {
        const shipped = new Set(defaultDefinition().redFlagRules.map((r) => r.id));
        const emergent = publishedDefinition.redFlagRules.filter((r) => r.severity === "EMERGENT" && shipped.has(r.id));
        const bySection = new Map<string, { leaf: LeafCondition; item: Item; ruleId: string }[]>();
        for (const rule of emergent) {
          const leaf = firingLeaf(rule.when);
          const { item, sectionId } = itemOf(publishedDefinition, leaf.item);
          bySection.set(sectionId, [...(bySection.get(sectionId) ?? []), { leaf, item, ruleId: rule.id }]);
        }
        const checked: string[] = [];
        const saddle = emergent.find((r) => firingLeaf(r.when).item === "saddle_numbness");
        expect(saddle).toBeDefined();

        await page.goto("/intake");
        await completeIntake(
          page,
          publishedDefinition,
          { ...ROUTINE_ANSWERS, full_name: name },
          {
            afterAnswering: async (sectionId) => {
              for (const { leaf, item, ruleId } of bySection.get(sectionId) ?? []) {
                await answer(page, item, firingValue(item, leaf), (i) => textOf(i));
                const panel = page.getByRole("complementary", { name: "Get emergency help now" });
                const call = panel.getByRole("link", { name: "Call 999" });
                await expectInViewport(page, call);
                await expect(call).toHaveAttribute("href", "tel:999");
                await expectInViewport(page, panel.getByRole("link", { name: "Call the clinic" }));
                await answer(page, item, ROUTINE_ANSWERS[item.id]!, (i) => textOf(i));
                await expect(panel).toHaveCount(0);
                checked.push(ruleId);
                // Saddle numbness is answered Yes again last, so the submission is EMERGENT on that one alone.
              }
              const again = bySection.get(sectionId)?.find((r) => r.ruleId === saddle!.id);
              if (again) await answer(page, again.item, firingValue(again.item, again.leaf), (i) => textOf(i));
            },
          },
        );
        expect(checked.sort()).toEqual(emergent.map((r) => r.id).sort());

        const main = page.getByRole("main");
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Get emergency help now");
        await expect(main.getByRole("link")).toHaveText(["Call 999"]);
        await expectInViewport(page, main.getByRole("link", { name: "Call 999" }));
        await expect(main.getByRole("button")).toHaveText(["Print this page"]);
        await expect(page.getByRole("heading", { name: "Things that may help" })).toHaveCount(0);
        await expect(page.getByRole("heading", { level: 3 })).toHaveCount(0);
      } finally {
        await db.query(`DELETE FROM "Submission" WHERE "patientName" = $1`, [name]);
        await db.query(`DELETE FROM "ClinicSettings" WHERE id = 'default'`);
        if (before[0]) {
          const columns = Object.keys(before[0]);
          await db.query(
            `INSERT INTO "ClinicSettings" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
            columns.map((c) => before[0][c]),
          );
        }
      }
    });

    test("an urgent answer shows calmer advice at once, with a way to contact the clinic", async ({
      page,
      publishedDefinition,
    }) => {
      test.setTimeout(180_000);
      const answers: Answers = { ...ROUTINE_ANSWERS, fever: true };
      await page.goto("/intake");
      await completeIntake(page, publishedDefinition, answers, {
        afterAnswering: async (sectionId) => {
          if (!publishedDefinition.sections.find((s) => s.id === sectionId)!.items.some((i) => i.id === "fever"))
            return;
          const panel = page.getByRole("complementary", { name: /contact the clinic or a doctor today/i });
          await expectInViewport(page, panel.getByText(/contact the clinic or a doctor today/i));
          await expect(page.getByRole("complementary", { name: "Get emergency help now" })).toHaveCount(0);
        },
      });
    });
  });
}

const textOf = (item: Item) => t(item.text);

function firingValue(item: Item, leaf: LeafCondition): Answers[string] {
  if (item.type === "multi") return [String(leaf.value)];
  return leaf.value as Answers[string];
}
