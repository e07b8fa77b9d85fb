import type { Metadata } from "next";
import { sameOriginPath } from "@/lib/http/return-path";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Staff sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  // Only paths on the portal: an open redirect after sign-in would be a phishing aid.
  const returnTo = sameOriginPath(callbackUrl);
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <h1 className="text-2xl font-bold">Staff sign in</h1>
      <SignInForm returnTo={returnTo} />
    </div>
  );
}
