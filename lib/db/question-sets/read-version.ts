import "server-only";
import type { Definition } from "@/lib/domain/question-set";
import { getDb } from "../client";
import { loadDefinition } from "./load-definition";

export const DEFAULT_QUESTION_SET_KEY = "back-spasm-intake";

/** A version patients answer (published) or answered (retired), with its definition. */
export type AnsweredVersion = { id: string; version: number; definition: Definition };

export type WhichVersion =
  /** By id. Drafts (and unknown ids) are null: to a patient-facing caller a draft does not exist. */
  | { id: string }
  /**
   * The version new patients of the set `key` (default: the intake) get. `remembered` answers with the id this
   * process found last, without asking the database: stale after a publish in any instance, so only for callers
   * that look again when it fails (submit-intake.ts, whose storing statement checks the version is still open).
   */
  | { published: true; key?: string; remembered?: boolean };

// Published and retired versions never change, so their parsed definitions are kept per process: every intake
// request would otherwise fetch and re-validate the whole document. Drafts are never read here.
const frozen = new Map<string, AnsweredVersion>();
const MAX_CACHED = 64;
const rememberedPublished = new Map<string, string>();

/**
 * The one reader of versions for patients and submissions (the editor's view of a version, drafts included, is
 * get-version-for-editing.ts). A cached version's status is not read again: callers that store answers check it
 * in the statement that stores them.
 */
export async function readVersion(which: WhichVersion): Promise<AnsweredVersion | null> {
  const id =
    "id" in which ? which.id : await publishedVersionId(which.key ?? DEFAULT_QUESTION_SET_KEY, which.remembered);
  if (id === null) return null;
  const cached = frozen.get(id);
  if (cached) return cached;
  const db = await getDb();
  const row = await db.questionSetVersion.findUnique({
    where: { id },
    select: { id: true, version: true, status: true, definition: true },
  });
  if (!row || row.status === "DRAFT") return null;
  return remember({ id: row.id, version: row.version, definition: loadDefinition(row.definition, row.id) });
}

async function publishedVersionId(key: string, remembered = false): Promise<string | null> {
  if (remembered && rememberedPublished.has(key)) return rememberedPublished.get(key)!;
  const db = await getDb();
  const row = await db.questionSetVersion.findFirst({
    where: { status: "PUBLISHED", questionSet: { key } },
    select: { id: true },
  });
  if (row) rememberedPublished.set(key, row.id);
  else rememberedPublished.delete(key);
  return row?.id ?? null;
}

function remember(version: AnsweredVersion): AnsweredVersion {
  if (frozen.size >= MAX_CACHED) frozen.delete(frozen.keys().next().value!);
  frozen.set(version.id, version);
  return version;
}
