import "server-only";
import { languageName } from "@/lib/domain/question-set/translations/language-name";
import type { Answers } from "@/lib/domain/question-set";
import { t } from "@/lib/domain/question-set/text";
import { answerList } from "@/lib/domain/summary/answer-list";
import { patientContact } from "@/lib/domain/summary/patient-contact";
import { localDate } from "@/lib/domain/time/clinic-time";
import type { TriageResult } from "@/lib/domain/triage";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { loadDefinition } from "../question-sets/load-definition";
import type { Actor } from "../types";

export type ViewSubmissionOptions = {
  /** Hashed client address for the audit event. */
  origin?: string | null;
  /** "print" when the print view was opened: it is a copy leaving the screen, so the audit says so. */
  via?: "screen" | "print";
  /** The clinic's zone: the age is counted on the clinic's calendar. */
  timeZone?: string;
  now?: Date;
};

/** Loads one submission for a clinician and records that they viewed it, in the same transaction. */
export async function viewSubmission(id: string, actor: Actor, options: ViewSubmissionOptions = {}) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.submission.findUnique({
      where: { id },
      include: {
        questionSetVersion: { select: { id: true, version: true, definition: true } },
        assignee: { select: { id: true, name: true } },
        acknowledgedBy: { select: { name: true } },
        notes: {
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { id: true, authorName: true, body: true, createdAt: true },
        },
      },
    });
    if (!row) return null;
    await recordAuditEvent(tx, {
      actor,
      action: options.via === "print" ? "submission.printed" : "submission.viewed",
      entityType: "Submission",
      entityId: row.id,
      origin: options.origin ?? null,
    });
    // Answers are shown in the wording of the version the patient answered, not the current one.
    const definition = loadDefinition(row.questionSetVersion.definition, row.questionSetVersion.id);
    const answers = row.answers as Answers;
    const painMaps = definition.sections.flatMap((section) =>
      section.items
        .filter((item) => item.type === "painmap")
        .map((item) => {
          const value = answers[item.id];
          return { itemId: item.id, question: t(item.text), regions: Array.isArray(value) ? value.map(String) : [] };
        }),
    );
    return {
      id: row.id,
      referenceCode: row.referenceCode,
      status: row.status,
      triageLevel: row.triageLevel,
      createdAt: row.createdAt,
      patientName: row.patientName,
      version: row.questionSetVersion.version,
      rowVersion: row.rowVersion,
      assignee: row.assignee,
      acknowledgedAt: row.acknowledgedAt,
      acknowledgedByName: row.acknowledgedBy?.name ?? null,
      notes: row.notes,
      triage: row.triage as TriageResult,
      painMaps,
      /** The language the patient answered in; answers are shown in the clinic's (English), and also as they read them. */
      language: row.language,
      languageName: languageName(row.language),
      answers: answerList(definition, answers),
      patientAnswers: row.language === "en" ? null : answerList(definition, answers, row.language),
      contact: patientContact(definition, answers, localDate(options.now ?? new Date(), options.timeZone ?? "UTC")),
    };
  });
}

export type SubmissionView = NonNullable<Awaited<ReturnType<typeof viewSubmission>>>;
