import "server-only";
import { createHash } from "node:crypto";
import defaultDefinition from "@/prisma/default-question-set.json";
import { parseDefinition } from "@/lib/domain/question-set";
import { canonicalJson } from "@/lib/domain/question-set/canonical-json";
import { t } from "@/lib/domain/question-set/text";
import { getDb } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";

/**
 * Fingerprints of the default definitions shipped before the current one, exactly as seeding stored
 * them. A clinic still on one of these has not edited the set, so it gets the new default; a clinic
 * whose published version matches none of them has made the set its own and keeps it.
 */
const EARLIER_DEFAULTS: readonly string[] = [
  // v1: lifestyle questions before the safety questions, "aged 50 or over" asked.
  "08f39c0156fefd957f89b93012067118dc2f3163c06e43ed8b8e4a6d819546e9",
  // v2: safety questions first, English only; the body map covered the back, legs and shoulders only (v3: Spanish
  // translation, issue 16; whole-body map, issue 11).
  "f85aa04679e3e9a4048d11afbef85f0b5f560413fd2db2914b3379391f41e037",
  // v3: Spanish complete but not offered to patients; STarT Back not yet marked as a licensed instrument (v4: both,
  // issues 16 and 15).
  "852cb0cab7f35c42b93665c71033d82f9d32d2703f06c65867bc30e6207d0725",
];

export function definitionFingerprint(definition: unknown): string {
  return createHash("sha256").update(canonicalJson(definition)).digest("hex");
}

export type SeedOutcome = "created" | "upgraded" | "exists" | "kept-edited";

/**
 * Creates and publishes the default question set on a new database. On a database that still has an
 * untouched earlier default (and no draft in progress), publishes the current default as the next
 * version and retires the old one, as an admin's publish would: submissions keep the version they
 * were made on. An admin-edited set is never replaced.
 */
export async function seedDefaultQuestionSet(): Promise<SeedOutcome> {
  const parsed = parseDefinition(defaultDefinition);
  if (!parsed.ok) throw new Error(`The default question set is invalid: ${parsed.problems[0]?.message}`);
  const definition = parsed.definition;
  const current = definitionFingerprint(definition);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const existing = await tx.questionSet.findUnique({
      where: { key: definition.key },
      include: { versions: { select: { id: true, version: true, status: true, definition: true } } },
    });
    if (!existing) {
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
    }

    const published = existing.versions.find((v) => v.status === "PUBLISHED");
    const fingerprint = published ? definitionFingerprint(published.definition) : undefined;
    if (fingerprint === current) return "exists" as const;
    const untouched =
      fingerprint !== undefined &&
      EARLIER_DEFAULTS.includes(fingerprint) &&
      !existing.versions.some((v) => v.status === "DRAFT");
    if (!untouched || !published) return "kept-edited" as const;

    const now = new Date();
    const next = Math.max(...existing.versions.map((v) => v.version)) + 1;
    await tx.questionSetVersion.update({
      where: { id: published.id },
      data: { status: "RETIRED", retiredAt: now },
    });
    const version = await tx.questionSetVersion.create({
      data: { questionSetId: existing.id, version: next, status: "PUBLISHED", definition, publishedAt: now },
    });
    await recordAuditEvent(tx, {
      actor: null,
      action: "question-set.seeded",
      entityType: "QuestionSetVersion",
      entityId: version.id,
      details: { key: definition.key, version: next, replaces: published.version },
    });
    return "upgraded" as const;
  });
}
