import { headers } from "next/headers";
import * as z from "zod";
import { authorize } from "@/lib/auth/guards";
import { exportPatientData } from "@/lib/db/submissions/export-patient-data";
import { canonicalBaseFrom } from "@/lib/domain/question-set/fhir/canonical";
import { env } from "@/lib/env";
import { clientKeyFrom } from "@/lib/http/client-key";

export const dynamic = "force-dynamic";

/** Everything held about one patient's submission, as one JSON file (with the FHIR Bundle inside). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = z
    .string()
    .min(1)
    .max(64)
    .safeParse((await params).id);
  if (!id.success || new URL(request.url).search !== "") {
    return Response.json({ error: "This export takes no parameters" }, { status: 400 });
  }
  const admin = await authorize("patient-data:erase");
  if (!admin) return Response.json({ error: "Sign in again" }, { status: 401 });
  const result = await exportPatientData(id.data, admin, canonicalBaseFrom(env), clientKeyFrom(await headers()));
  if (!result) return Response.json({ error: "Not found" }, { status: 404 });
  return new Response(JSON.stringify(result.data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.referenceCode}.patient-data.json"`,
      "Cache-Control": "no-store",
    },
  });
}
