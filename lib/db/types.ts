import type { PrismaClient } from "./generated/prisma/client";

/** A client or an open transaction: operations that must join a caller's transaction accept either. */
export type DbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** Who is doing something, copied into audit events so they outlive the account. */
export type Actor = { id: string; email: string; role: "ADMIN" | "CLINICIAN" };
