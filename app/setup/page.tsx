import type { Metadata } from "next";
import { isSetupTokenValid } from "@/lib/db/setup/create-first-admin";
import { SetupForm } from "@/components/auth/setup-form";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Create the admin account" };
export const dynamic = "force-dynamic";

export default async function SetupPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const valid = typeof token === "string" && token.length <= 200 && (await isSetupTokenValid(token));
  return (
    <div className="mx-auto max-w-md space-y-6 py-8">
      <h1 className="text-2xl font-bold">Create the admin account</h1>
      {valid ? (
        <SetupForm token={token} />
      ) : (
        <Alert tone="warning" title="This setup link is not valid">
          <p>It may have been used already. Setup links are printed by the server while no staff account exists.</p>
        </Alert>
      )}
    </div>
  );
}
