// Helpers for the dashboard specs: submissions made through the public API (the intake wizard has its own specs).
import crypto from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import type pg from "pg";
import { answersWith } from "../fixtures/default-answers";
import type { Answers } from "../../lib/domain/question-set/answer-schema";
import { expect } from "./fixtures";

export const EMERGENT: Answers = { saddle_numbness: true };

/** Submits a complete intake as a patient's browser would, and returns its reference code and database id. */
export async function submitIntakeViaApi(request: APIRequestContext, db: pg.Pool, patch: Answers = {}) {
  const response = await request.post("/api/v1/submissions", {
    data: { idempotencyKey: crypto.randomBytes(18).toString("base64url"), answers: answersWith(patch) },
  });
  expect(response.status(), await response.text()).toBe(201);
  const { referenceCode } = (await response.json()) as { referenceCode: string };
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM "Submission" WHERE "referenceCode" = $1`, [
    referenceCode,
  ]);
  return { referenceCode, id: rows[0]!.id };
}

/** A name no other spec uses, so a search finds exactly this patient. */
export function uniqueName(first: string): string {
  return `${first} Q${crypto.randomBytes(3).toString("hex")}`;
}
