-- The language the patient answered in (issue 16). Existing rows were all answered in English.
ALTER TABLE "Submission" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "IntakeDraft" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';
