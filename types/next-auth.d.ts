import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    role: "ADMIN" | "CLINICIAN";
    sessionVersion: number;
    /** The StaffSession row this sign-in opened; checked on every request so the session can be ended. */
    sessionId: string;
  }
  interface Session {
    user: { id: string; email: string; name: string };
    sessionVersion: number;
    sessionId: string;
    role?: "ADMIN" | "CLINICIAN";
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: "ADMIN" | "CLINICIAN";
    sessionVersion?: number;
    sessionId?: string;
  }
}
