import "server-only";
import * as z from "zod";
import { readOrCreateAuthSecret } from "./auth-secret";

const schema = z.object({
  DATABASE_URL: z.string().optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(
    `Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
  );
}

export const env = {
  ...parsed.data,
  AUTH_SECRET: parsed.data.AUTH_SECRET ?? readOrCreateAuthSecret(),
};
