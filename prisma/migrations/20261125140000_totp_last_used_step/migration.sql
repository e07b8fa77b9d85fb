-- AlterTable
ALTER TABLE "User" ADD COLUMN     "totpLastUsedStep" INTEGER,
ADD COLUMN     "totpMustEnrol" BOOLEAN NOT NULL DEFAULT false;
