import { describe, expect, it } from "vitest";
import * as z from "zod";
import defaultSet from "../../prisma/default-question-set.json";
import { parseDefinition } from "../../lib/domain/question-set/definition-schema";
import { toQuestionnaireResponse } from "../../lib/domain/export/fhir-questionnaire-response";
import { answersWith } from "../fixtures/default-answers";

// The R4 structure of what we emit: one value[x] per answer, linkIds, a versioned canonical.
const answer = z
  .object({
    valueBoolean: z.boolean().optional(),
    valueInteger: z.number().int().optional(),
    valueDecimal: z.number().optional(),
    valueString: z.string().optional(),
    valueDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    valueCoding: z
      .object({ system: z.string().optional(), code: z.string().min(1), display: z.string().optional() })
      .strict()
      .optional(),
  })
  .strict()
  .refine((a) => Object.keys(a).length === 1, "exactly one value[x]");
type ItemShape = { linkId: string; text?: string; answer?: unknown[]; item?: ItemShape[] };
const item: z.ZodType<ItemShape> = z.lazy(() =>
  z
    .object({
      linkId: z.string().min(1),
      text: z.string().optional(),
      answer: z.array(answer).min(1).optional(),
      item: z.array(item).optional(),
    })
    .strict(),
);
const questionnaireResponse = z
  .object({
    resourceType: z.literal("QuestionnaireResponse"),
    id: z.string(),
    identifier: z.object({ system: z.string(), value: z.string() }),
    questionnaire: z.string().regex(/^https?:\/\/\S+\|\d+$/),
    status: z.enum(["in-progress", "completed", "amended", "entered-in-error", "stopped"]),
    authored: z.iso.datetime(),
    item: z.array(item),
  })
  .strict();

const parsed = parseDefinition(defaultSet);
if (!parsed.ok) throw new Error("default set invalid");
const definition = parsed.definition;

describe("a submission exported as a FHIR R4 QuestionnaireResponse", () => {
  const resource = toQuestionnaireResponse(
    definition,
    {
      id: "sub1",
      referenceCode: "ABCD-2345",
      createdAt: new Date("2026-11-25T10:00:00Z"),
      version: 3,
      answers: answersWith({ saddle_numbness: true, pain_now: 7, pain_map: ["lower-back-left", "buttock-right"] }),
    },
    "https://clinic.example/fhir",
  );

  it("has the R4 structure, with the questionnaire canonical carrying its version", () => {
    expect(questionnaireResponse.safeParse(resource).success).toBe(true);
    expect(resource.questionnaire).toBe("https://clinic.example/fhir/Questionnaire/back-spasm-intake|3");
  });

  it("types each answer: yes/no as boolean, scales as integers, choices and body regions as codings", () => {
    const all = resource.item.flatMap((s) => s.item ?? []);
    const byId = new Map(all.map((i) => [i.linkId, i]));
    expect(byId.get("saddle_numbness")?.answer).toEqual([{ valueBoolean: true }]);
    expect(byId.get("pain_now")?.answer).toEqual([{ valueInteger: 7 }]);
    expect(byId.get("date_of_birth")?.answer).toEqual([{ valueDate: "1980-05-17" }]);
    expect(byId.get("pain_map")?.answer?.map((a) => ("valueCoding" in a ? a.valueCoding.code : null))).toEqual([
      "lower-back-left",
      "buttock-right",
    ]);
  });

  it("keeps the order and wording of the version the patient answered", () => {
    expect(resource.item.map((s) => s.linkId)).toEqual(
      definition.sections.filter((s) => s.id !== "anything_else").map((s) => s.id),
    );
  });
});
