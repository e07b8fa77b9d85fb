import type { Metadata } from "next";
import { findInvitation } from "@/lib/db/staff/find-invitation";
import { AcceptInvitationForm } from "@/components/admin/accept-invitation-form";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Choose your password", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/** `/invite?token=…`: an invited person (or one resetting a password) chooses a password. */
export default async function InvitePage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const invitation = token && token.length <= 200 ? await findInvitation(token) : null;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">Choose your password</h1>
      {invitation && token ? (
        <>
          <p>
            {invitation.kind === "INVITE"
              ? `You are invited to Spine Intake as ${invitation.role === "ADMIN" ? "an admin" : "a clinician"}, signing in as ${invitation.email}.`
              : `Choose a new password for ${invitation.email}. Your old password stops working and open sessions end.`}
          </p>
          <AcceptInvitationForm token={token} askName={invitation.kind === "INVITE"} />
        </>
      ) : (
        <Alert tone="warning" title="This link has been used or has expired.">
          <p>Ask your clinic&apos;s admin for a new one.</p>
        </Alert>
      )}
    </div>
  );
}
