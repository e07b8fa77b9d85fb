import "server-only";
import { decode } from "next-auth/jwt";
import { purposeKey, secretsInUse } from "./keys";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import * as z from "zod";
import { env } from "@/lib/env";
import { clientKeyFrom } from "@/lib/http/client-key";
import { revokeStaffSession } from "@/lib/db/sessions/revoke-staff-session";
import { attemptSignIn } from "@/lib/db/users/attempt-sign-in";
import { CODE_REQUIRED } from "./sign-in-errors";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
  code: z.string().trim().max(64).optional(),
});

/** The cookie may live as long as the longest session; the StaffSession row decides when it really ends. */
export const SESSION_MAX_AGE_SECONDS = env.SESSION_MAX_HOURS * 60 * 60;

function headersFrom(raw: Record<string, string | string[] | undefined> | undefined): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw ?? {})) {
    if (typeof value === "string") headers.set(name, value);
  }
  return headers;
}

const SESSION_SECRETS = secretsInUse(env.AUTH_SECRET, env.AUTH_SECRET_PREVIOUS).flatMap((secret) => [
  purposeKey("session", secret).toString("base64url"),
  secret,
]);

export const authOptions: NextAuthOptions = {
  // Sessions are signed and encrypted with their own key (lib/auth/keys.ts). A cookie made with the previous
  // AUTH_SECRET, or before keys were split by purpose (with AUTH_SECRET itself), still opens until it expires.
  secret: SESSION_SECRETS[0],
  jwt: {
    async decode(params) {
      for (const secret of SESSION_SECRETS) {
        try {
          const token = await decode({ ...params, secret });
          if (token) return token;
        } catch {
          // not made with this secret
        }
      }
      return null;
    },
  },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
        code: { label: "Authenticator or recovery code", type: "text" },
      },
      async authorize(raw, req) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await attemptSignIn({
          email: parsed.data.email,
          password: parsed.data.password,
          code: parsed.data.code || undefined,
          origin: clientKeyFrom(headersFrom(req?.headers)),
        });
        // NextAuth hands a thrown error's message to the form, which then asks for the code.
        if (!result.ok && result.reason === "code-required") throw new Error(CODE_REQUIRED);
        if (!result.ok) return null;
        return { ...result.user, sessionId: result.sessionId };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sessionVersion = user.sessionVersion;
        token.sessionId = user.sessionId;
      }
      return token;
    },
    async session({ session, token }) {
      // Only ids travel to the page; role and activity are re-read from the database per request.
      session.user = { id: token.sub ?? "", email: token.email ?? "", name: token.name ?? "" };
      session.sessionVersion = typeof token.sessionVersion === "number" ? token.sessionVersion : -1;
      session.sessionId = typeof token.sessionId === "string" ? token.sessionId : "";
      session.role = token.role;
      return session;
    },
  },
  events: {
    // Ends this session only (other devices stay signed in); a replayed copy of the cookie is then refused.
    async signOut({ token }) {
      if (token?.sub && typeof token.sessionId === "string") await revokeStaffSession(token.sessionId, token.sub);
    },
  },
};
