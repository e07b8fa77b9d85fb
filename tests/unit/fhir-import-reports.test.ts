// What a hospital's Questionnaire loses on import is kept or named: nothing changes silently.
import { describe, expect, it } from "vitest";
import { readCorpus } from "./fixtures/fhir-corpus";
import { defaultSet } from "./fixtures/default-set";
import { parseDefinition } from "../../lib/domain/question-set/definition-schema";
import { computeScores } from "../../lib/domain/scoring/compute-scores";
import { questionnaireToDefinition } from "../../lib/domain/question-set/fhir/from-questionnaire";
import { definitionToQuestionnaire } from "../../lib/domain/question-set/fhir/to-questionnaire";
import {
  MAX_IMPORT_BYTES,
  SERVER_ACTION_BODY_LIMIT,
  importSizeProblem,
} from "../../lib/domain/question-set/fhir/import-limit";
import nextConfig from "../../next.config";

function imported(input: unknown) {
  const result = questionnaireToDefinition(input, "fallback");
  if (!result.ok) throw new Error(result.message);
  return { ...result, messages: result.notes.map((n) => `${n.linkId}: ${n.message}`) };
}

describe("importing the PHQ-9 (contained value set, calculated total)", () => {
  const r = imported(readCorpus("sdc-phq9.json"));

  it("expands the contained value set into options for all nine questions", () => {
    const items = r.definition.sections.flatMap((s) => s.items);
    expect(items).toHaveLength(9);
    for (const item of items) {
      expect(item).toMatchObject({ type: "single" });
      expect("options" in item && item.options.map((o) => o.value)).toEqual([
        "Not-at-all",
        "Several-days",
        "More than half the days",
        "Nearly every day",
      ]);
    }
  });

  it("turns the calculated total into a score our engine computes, not a question to type", () => {
    expect(r.definition.scores).toHaveLength(1);
    const answers = Object.fromEntries(
      r.definition.sections.flatMap((s) => s.items).map((i, n) => [i.id, n < 3 ? "Nearly every day" : "Several-days"]),
    );
    const parsed = parseDefinition(r.definition);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(computeScores(parsed.definition, answers)[0]!.total).toBe(3 * 3 + 6 * 1);
    expect(r.counts).toMatchObject({ computed: 1, left: 0 });
    expect(r.messages).toContain(
      "H1/TS: Calculated total imported as a score (sum of the answers' ordinal values), not as a question",
    );
  });
});

describe("importing what our format cannot hold", () => {
  it("names initial answers it cannot hold, calculated items, repeating groups", () => {
    const all = [
      ...imported(readCorpus("sdc-initial-value-multiple.json")).messages,
      ...imported(readCorpus("sdc-framingham-hchd.json")).messages,
      ...imported(readCorpus("sdc-repeatable-nested-groups.json")).messages,
      ...imported(readCorpus("sdc-weight-height.json")).messages,
    ].join("\n");
    expect(all).toContain('Initial answer "Initial" not kept: a text question\'s default must be one piece of text');
    expect(all).toMatch(/riskDecimal: Calculated item not imported/);
    expect(all).toMatch(/riskPercentage: Calculated item not imported/);
    expect(all).toMatch(/ba91450b-6e67-40dc-8629-0f1b60577774: Repeating group imported once/);
    expect(all).not.toMatch(/Item code .* not kept/);
    expect(all).toMatch(/\/39156-5: Calculated item not imported/);
  });

  it("reads '=' on a multiple choice as 'includes', and keeps a flattened group's condition on its questions", () => {
    const r = imported(readCorpus("sdc-enablewhen.json"));
    const items = new Map(r.definition.sections.flatMap((s) => s.items).map((i) => [i.id, i]));
    expect(items.get("bowoptoth")?.enableWhen).toEqual({ item: "bc029", op: "includes", value: "9" });
    const inGroup = [...items.values()].find((i) => i.text.en === "Question 2 - disable the group when unchecked");
    expect(inGroup?.enableWhen).toEqual({ item: "fe0106a5_0e25_43a4_9820_7acb7e74d9d7", op: "equals", value: false });
    expect(parseDefinition(r.definition).ok).toBe(true);
  });

  it("says so when a tool stripped our extensions: the draft has no red-flag rules", () => {
    const q = JSON.parse(JSON.stringify(definitionToQuestionnaire(defaultSet(), { version: 1 }))) as {
      extension?: unknown;
      item: { extension?: unknown; item?: { extension?: unknown }[] }[];
    };
    delete q.extension;
    for (const g of q.item) {
      delete g.extension;
      for (const i of g.item ?? []) delete i.extension;
    }
    const r = imported(q);
    expect(r.definition.redFlagRules).toEqual([]);
    expect(r.messages.join("\n")).toMatch(/No red-flag rules in this Questionnaire .* no answer will raise an alert/);
  });
});

describe("the import's size limit", () => {
  it("is the one Next.js enforces on the server action, with room for the form around the file", () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(SERVER_ACTION_BODY_LIMIT);
    expect(SERVER_ACTION_BODY_LIMIT).toBeGreaterThan(MAX_IMPORT_BYTES);
  });

  it("refuses a file over 2 MB before sending it, saying its size and the limit", () => {
    expect(importSizeProblem(262_000)).toBeNull();
    expect(importSizeProblem(MAX_IMPORT_BYTES)).toBeNull();
    expect(importSizeProblem(2_400_000)).toBe(
      "This file is 2.4 MB; the import takes files up to 2 MB. Nothing was imported.",
    );
  });

  it("takes a 262 KB Questionnaire (the size of the HL7 SDC Cardiology example)", () => {
    const items = Array.from({ length: 700 }, (_, n) => ({
      linkId: `q${n}`,
      type: "choice",
      text: `Question ${n} about the heart, long enough to weigh what the cardiology form weighs`,
      answerOption: ["Yes", "No", "Unknown"].map((d) => ({
        valueCoding: { system: "http://loinc.org", code: `LA${n}-${d}`, display: d },
      })),
    }));
    const q = {
      resourceType: "Questionnaire",
      status: "active",
      item: [{ linkId: "g", type: "group", text: "Heart", item: items }],
    };
    const size = JSON.stringify(q).length;
    expect(size).toBeGreaterThan(262_000);
    expect(size).toBeLessThan(MAX_IMPORT_BYTES);
    const r = imported(q);
    expect(r.counts.kept).toBe(700);
  });
});
