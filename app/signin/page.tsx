import type { Metadata } from "next";
import { sameOriginPath } from "@/lib/http/return-path";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { env } from "@/lib/env";
import { signedOutMessage } from "@/lib/domain/staff-security/signed-out-message";

export const metadata: Metadata = { title: "Staff sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; ended?: string }>;
}) {
  const { callbackUrl, ended } = await searchParams;
  const signedOut = signedOutMessage(ended, env.SESSION_IDLE_MINUTES);
  // Only paths on the portal: an open redirect after sign-in would be a phishing aid.
  const returnTo = sameOriginPath(callbackUrl);
  return (
    <div className="mx-auto max-w-sm space-y-6 py-8">
      <h1 className="text-2xl font-bold">Staff sign in</h1>
      {signedOut ? (
        <Alert tone="info" title={signedOut}>
          <p>Sign in again to carry on.</p>
        </Alert>
      ) : null}
      <SignInForm returnTo={returnTo} />
    </div>
  );
}
