import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import { parseDefinition } from "@/lib/domain/question-set";
import { parseDraftShape } from "@/lib/domain/question-set/editor/draft-shape";
import {
  questionnaireToDefinition,
  type ImportCounts,
  type ImportNote,
} from "@/lib/domain/question-set/fhir/from-questionnaire";
import { getDb } from "../client";
import { isUniqueViolation } from "../errors";
import { recordAuditEvent } from "../audit/record-audit-event";
import type { Actor } from "../types";

export type ImportDraftResult =
  | {
      ok: true;
      versionId: string;
      format: "fhir" | "native";
      notes: ImportNote[];
      problems: number;
      /** FHIR only: items read, kept as questions, imported as computed scores, left out. */
      counts?: ImportCounts;
      redFlagRules: number;
    }
  | { ok: false; code: "forbidden" | "not-found" | "draft-exists" | "unreadable"; message: string; draftId?: string };

/**
 * Imports a FHIR Questionnaire or our native JSON as a new draft of a question set. The document's own
 * key is replaced by the set's (it becomes this set's next version); what could not be imported is
 * returned item by item, and problems left for the editor to list are counted.
 */
export async function importDraft(questionSetId: string, document: unknown, actor: Actor): Promise<ImportDraftResult> {
  if (!can(actor.role, "question-set:edit")) {
    return { ok: false, code: "forbidden", message: "Only admins may import question sets." };
  }
  const db = await getDb();
  const set = await db.questionSet.findUnique({ where: { id: questionSetId }, select: { key: true } });
  if (!set) return { ok: false, code: "not-found", message: "That question set does not exist." };

  const isFhir = typeof document === "object" && document !== null && "resourceType" in document;
  let notes: ImportNote[] = [];
  let counts: ImportCounts | undefined;
  let candidate: unknown = document;
  if (isFhir) {
    const read = questionnaireToDefinition(document, set.key);
    if (!read.ok) return { ok: false, code: "unreadable", message: read.message };
    notes = read.notes;
    counts = read.counts;
    candidate = read.definition;
  }
  const shaped = parseDraftShape(candidate);
  if (!shaped) {
    return {
      ok: false,
      code: "unreadable",
      message: "The file is neither a FHIR Questionnaire nor a question-set definition (JSON). Nothing was imported.",
    };
  }
  if (shaped.key !== set.key) {
    notes.push({ linkId: "(questionnaire)", message: `Key "${shaped.key}" replaced by this set's key "${set.key}"` });
  }
  const parsed = parseDefinition({ ...shaped, key: set.key });
  const definition = parsed.ok ? parsed.definition : { ...shaped, key: set.key };
  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.questionSetVersion.findFirst({
        where: { questionSetId, status: "DRAFT" },
        select: { id: true },
      });
      // One draft per set, as with "new draft": the admin finishes or discards that one first.
      if (existing) {
        return {
          ok: false,
          code: "draft-exists",
          message: "This set already has a draft. Publish or discard it before importing.",
          draftId: existing.id,
        } as const;
      }
      const latest = await tx.questionSetVersion.aggregate({ where: { questionSetId }, _max: { version: true } });
      const draft = await tx.questionSetVersion.create({
        data: {
          questionSetId,
          version: (latest._max.version ?? 0) + 1,
          status: "DRAFT",
          definition: definition as unknown as Prisma.InputJsonValue,
          createdById: actor.id,
        },
      });
      await recordAuditEvent(tx, {
        actor,
        action: "question-set.imported",
        entityType: "QuestionSetVersion",
        entityId: draft.id,
        details: { format: isFhir ? "fhir" : "native", version: draft.version, notes: notes.length },
      });
      return {
        ok: true,
        versionId: draft.id,
        format: isFhir ? "fhir" : "native",
        notes,
        problems: parsed.ok ? 0 : parsed.problems.length,
        ...(counts && { counts }),
        redFlagRules: Array.isArray(definition.redFlagRules) ? definition.redFlagRules.length : 0,
      } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      return { ok: false, code: "draft-exists", message: "Another admin created a draft at the same moment." };
    }
    throw error;
  }
}
