import { headers } from "next/headers";
import * as z from "zod";
import { authorize } from "@/lib/auth/guards";
import { exportSubmissionFhir } from "@/lib/db/submissions/export-submission-fhir";
import { canonicalBaseFrom } from "@/lib/domain/question-set/fhir/canonical";
import { env } from "@/lib/env";
import { clientKeyFrom } from "@/lib/http/client-key";

export const dynamic = "force-dynamic";

/** One submission as a FHIR R4 QuestionnaireResponse, downloaded as a file. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z
    .string()
    .min(1)
    .max(64)
    .safeParse((await params).id);
  if (!id.success || new URL(request.url).search !== "") {
    return Response.json({ error: "This export takes no parameters" }, { status: 400 });
  }
  const staff = await authorize("submission:export");
  if (!staff) return Response.json({ error: "Sign in again" }, { status: 401 });
  // The canonical base names the clinic's Questionnaire resources; it must not change with the request's Host.
  const canonicalBase = canonicalBaseFrom(env);
  const result = await exportSubmissionFhir(id.data, staff, canonicalBase, clientKeyFrom(await headers()));
  if (!result) return Response.json({ error: "Not found" }, { status: 404 });
  return new Response(JSON.stringify(result.resource, null, 2), {
    headers: {
      "Content-Type": "application/fhir+json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.referenceCode}.fhir.json"`,
      "Cache-Control": "no-store",
    },
  });
}
