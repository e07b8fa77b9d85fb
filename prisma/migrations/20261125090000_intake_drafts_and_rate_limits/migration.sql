-- CreateTable
CREATE TABLE "IntakeDraft" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "questionSetVersionId" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "step" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IntakeDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE UNIQUE INDEX "IntakeDraft_tokenHash_key" ON "IntakeDraft"("tokenHash");

-- CreateIndex
CREATE INDEX "IntakeDraft_expiresAt_idx" ON "IntakeDraft"("expiresAt");

-- CreateIndex
CREATE INDEX "RateLimitBucket_windowStart_idx" ON "RateLimitBucket"("windowStart");

-- AddForeignKey
ALTER TABLE "IntakeDraft" ADD CONSTRAINT "IntakeDraft_questionSetVersionId_fkey" FOREIGN KEY ("questionSetVersionId") REFERENCES "QuestionSetVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

