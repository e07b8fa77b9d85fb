import "server-only";
import { parseDefinition, type Definition } from "@/lib/domain/question-set";

/** Stored definitions were validated on write; a failure here means the database was edited by hand. */
export function loadDefinition(json: unknown, versionId: string): Definition {
  const parsed = parseDefinition(json);
  if (!parsed.ok) {
    throw new Error(`Question-set version ${versionId} holds an invalid definition: ${parsed.problems[0]?.message}`);
  }
  return parsed.definition;
}
