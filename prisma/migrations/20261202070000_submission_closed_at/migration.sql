-- When a submission was last closed: the retention period (RETENTION_CLOSED_YEARS) counts from here. Rows closed
-- before this column existed take their last change as the closing time; a note added after closing moved that
-- later, never earlier, so no submission is purged sooner than it should be.
ALTER TABLE "Submission" ADD COLUMN "closedAt" TIMESTAMP(3);
UPDATE "Submission" SET "closedAt" = "updatedAt" WHERE "status" = 'CLOSED';

-- CreateIndex
CREATE INDEX "Submission_closedAt_idx" ON "Submission"("closedAt");
