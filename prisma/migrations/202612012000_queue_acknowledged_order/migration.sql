-- The queue puts unacknowledged submissions first within a level. A stored generated column keeps the sort key
-- true to "acknowledgedAt" whoever writes it, so the keyset order is served by an index.
ALTER TABLE "Submission" ADD COLUMN "acknowledged" BOOLEAN GENERATED ALWAYS AS ("acknowledgedAt" IS NOT NULL) STORED;

DROP INDEX "Submission_triageLevel_createdAt_id_idx";
DROP INDEX "Submission_status_triageLevel_createdAt_id_idx";
DROP INDEX "Submission_assigneeId_triageLevel_createdAt_id_idx";

CREATE INDEX "Submission_triageLevel_acknowledged_createdAt_id_idx" ON "Submission"("triageLevel", "acknowledged", "createdAt", "id");
CREATE INDEX "Submission_status_triageLevel_acknowledged_createdAt_id_idx" ON "Submission"("status", "triageLevel", "acknowledged", "createdAt", "id");
CREATE INDEX "Submission_assigneeId_triageLevel_acknowledged_createdAt_id_idx" ON "Submission"("assigneeId", "triageLevel", "acknowledged", "createdAt", "id");
