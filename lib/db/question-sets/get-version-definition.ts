import "server-only";
import type { Definition } from "@/lib/domain/question-set";
import type { VersionStatus } from "../generated/prisma/client";
import { getDb } from "../client";
import { parseDefinition } from "@/lib/domain/question-set";
import { loadDefinition } from "./load-definition";

// Published and retired versions never change, so their parsed definitions can be kept per process: every
// intake request would otherwise fetch and re-validate the whole document. Drafts are always read fresh.
const frozen = new Map<string, { id: string; version: number; definition: Definition }>();
const MAX_CACHED = 64;

/** A version with its definition; the status is always read from the database, the definition cached when frozen. */
export async function getVersionDefinition(
  versionId: string,
): Promise<{ id: string; version: number; status: VersionStatus; definition: Definition } | null> {
  const db = await getDb();
  const head = await db.questionSetVersion.findUnique({
    where: { id: versionId },
    select: { id: true, version: true, status: true },
  });
  if (!head) return null;
  const cached = head.status !== "DRAFT" ? frozen.get(head.id) : undefined;
  if (cached) return { ...head, definition: cached.definition };
  const row = await db.questionSetVersion.findUniqueOrThrow({ where: { id: versionId }, select: { definition: true } });
  if (head.status === "DRAFT") {
    // Autosave may store a draft with problems (see save-draft-definition.ts); to a patient-facing caller
    // such a draft does not exist, rather than being an error.
    const parsed = parseDefinition(row.definition);
    return parsed.ok ? { ...head, definition: parsed.definition } : null;
  }
  const { definition } = remember({
    id: head.id,
    version: head.version,
    definition: loadDefinition(row.definition, head.id),
  });
  return { ...head, definition };
}

function remember(version: { id: string; version: number; definition: Definition }) {
  if (frozen.size >= MAX_CACHED) frozen.delete(frozen.keys().next().value!);
  frozen.set(version.id, version);
  return version;
}

/**
 * A published or retired version's definition, from the per-process cache when it is there (no database round
 * trip), else loaded and cached. Its status is not checked: callers that store answers must check it in the
 * same statement that stores them (see submit-intake.ts). Null for drafts and unknown ids.
 */
export async function getFrozenVersion(
  versionId: string,
): Promise<{ id: string; version: number; definition: Definition } | null> {
  const cached = frozen.get(versionId);
  if (cached) return cached;
  const db = await getDb();
  const row = await db.questionSetVersion.findUnique({
    where: { id: versionId },
    select: { id: true, version: true, status: true, definition: true },
  });
  if (!row || row.status === "DRAFT") return null;
  return remember({ id: row.id, version: row.version, definition: loadDefinition(row.definition, row.id) });
}
