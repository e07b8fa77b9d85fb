-- What the approver wrote when publishing a version.
ALTER TABLE "QuestionSetVersion" ADD COLUMN "changeNote" TEXT;
