import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    role: "ADMIN" | "CLINICIAN";
    sessionVersion: number;
  }
  interface Session {
    user: { id: string; email: string; name: string };
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: "ADMIN" | "CLINICIAN";
    sessionVersion?: number;
  }
}
