-- A replay of an idempotency key must send the same answers to get the stored result back.
ALTER TABLE "Submission" ADD COLUMN "requestHash" TEXT;
