import type { Metadata } from "next";
import { sameOriginPath } from "@/lib/http/return-path";
import { redirect } from "next/navigation";
import { QrCode } from "@/components/auth/qr-code";
import { RegenerateRecoveryCodes } from "@/components/auth/regenerate-recovery-codes";
import { TwoFactorEnrolment } from "@/components/auth/two-factor-enrolment";
import { getCurrentStaff } from "@/lib/auth/guards";
import { startTotpEnrolment } from "@/lib/db/users/start-totp-enrolment";

export const metadata: Metadata = { title: "Two-factor sign-in" };

export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const staff = await getCurrentStaff();
  if (!staff) redirect("/signin?callbackUrl=%2Faccount%2Ftwo-factor");
  const { callbackUrl } = await searchParams;
  // Only paths on the portal: an open redirect after sign-in would be a phishing aid.
  const returnTo = sameOriginPath(callbackUrl);
  const enrolment = await startTotpEnrolment(staff.id);

  return (
    <div className="mx-auto max-w-lg space-y-6 py-8">
      <h1 className="text-2xl font-bold">Two-factor sign-in</h1>
      {enrolment?.status === "pending" ? (
        <TwoFactorEnrolment
          returnTo={returnTo}
          secret={enrolment.secret}
          qrCode={<QrCode text={enrolment.uri} label="QR code to add this account to your authenticator app" />}
        />
      ) : enrolment?.status === "enrolled" ? (
        <>
          <p>Two-factor sign-in is on for your account. Sign-in asks for a code from your authenticator app.</p>
          <RegenerateRecoveryCodes recoveryCodesLeft={enrolment.recoveryCodesLeft} />
        </>
      ) : null}
    </div>
  );
}
