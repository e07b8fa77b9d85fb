import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import * as z from "zod";
import { env } from "@/lib/env";
import { bumpSessionVersion } from "@/lib/db/users/bump-session-version";
import { findUserForSignIn } from "@/lib/db/users/find-user-for-sign-in";
import { recordSignIn } from "@/lib/db/users/record-sign-in";
import { verifyAgainstDummy, verifyPassword } from "./password";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await findUserForSignIn(parsed.data.email);
        const valid = user
          ? await verifyPassword(user.passwordHash, parsed.data.password)
          : await verifyAgainstDummy(parsed.data.password);
        if (!user || !valid || !user.active) {
          await recordSignIn("failed", null);
          return null;
        }
        await recordSignIn("succeeded", { id: user.id, email: user.email, role: user.role });
        return {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      // Only the id travels to the page; role and activity are re-read from the database per request.
      session.user = { id: token.sub ?? "", email: token.email ?? "", name: token.name ?? "" };
      session.sessionVersion = typeof token.sessionVersion === "number" ? token.sessionVersion : -1;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sub) await bumpSessionVersion(token.sub);
    },
  },
};
