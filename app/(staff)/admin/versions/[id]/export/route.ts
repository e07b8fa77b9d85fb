import { authorize } from "@/lib/auth/guards";
import { getVersionForEditing } from "@/lib/db/question-sets/get-version-for-editing";
import { definitionToQuestionnaire } from "@/lib/domain/question-set/fhir/to-questionnaire";

/** Downloads a version as a FHIR R4 Questionnaire (`?format=fhir`, the default) or as our native JSON. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const admin = await authorize("question-set:edit");
  // Not yours looks like not found.
  if (!admin) return new Response("Not found", { status: 404 });
  const { id } = await params;
  const version = await getVersionForEditing(id);
  if (!version) return new Response("Not found", { status: 404 });
  const format = new URL(request.url).searchParams.get("format") === "native" ? "native" : "fhir";
  const body =
    format === "fhir"
      ? definitionToQuestionnaire(version.definition, { version: version.version, status: version.status })
      : version.definition;
  const name = `${version.questionSetKey}-v${version.version}${format === "fhir" ? ".questionnaire" : ""}.json`;
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": format === "fhir" ? "application/fhir+json" : "application/json",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
