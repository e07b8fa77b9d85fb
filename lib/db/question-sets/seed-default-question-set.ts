import "server-only";
import defaultDefinition from "@/prisma/default-question-set.json";
import { parseDefinition } from "@/lib/domain/question-set";
import { t } from "@/lib/domain/question-set/text";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";

/** Creates and publishes version 1 of the default question set, unless that set already exists. */
export async function seedDefaultQuestionSet(): Promise<"created" | "exists"> {
  const parsed = parseDefinition(defaultDefinition);
  if (!parsed.ok) throw new Error(`The default question set is invalid: ${parsed.problems[0]?.message}`);
  const definition = parsed.definition;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const existing = await tx.questionSet.findUnique({ where: { key: definition.key } });
    if (existing) return "exists" as const;
    const set = await tx.questionSet.create({ data: { key: definition.key, title: t(definition.title) } });
    const version = await tx.questionSetVersion.create({
      data: { questionSetId: set.id, version: 1, status: "PUBLISHED", definition, publishedAt: new Date() },
    });
    await recordAuditEvent(tx, {
      actor: null,
      action: "question-set.seeded",
      entityType: "QuestionSetVersion",
      entityId: version.id,
      details: { key: definition.key, version: 1 },
    });
    return "created" as const;
  });
}
