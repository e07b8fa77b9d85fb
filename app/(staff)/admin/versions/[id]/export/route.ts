import { authorize } from "@/lib/auth/guards";
import { getVersionForEditing } from "@/lib/db/question-sets/get-version-for-editing";
import { canonicalBaseFrom, questionnaireUrl } from "@/lib/domain/question-set/fhir/canonical";
import { definitionCodeSystems } from "@/lib/domain/question-set/fhir/code-systems";
import { definitionToQuestionnaire } from "@/lib/domain/question-set/fhir/to-questionnaire";
import { env } from "@/lib/env";

const FORMATS = ["fhir", "fhir-bundle", "native"] as const;

/**
 * Downloads a version as a FHIR R4 Questionnaire (`?format=fhir`, the default), as a Bundle of that
 * Questionnaire and the CodeSystems its option codings name (`fhir-bundle`), or as our native JSON.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const admin = await authorize("question-set:edit");
  // Not yours looks like not found.
  if (!admin) return new Response("Not found", { status: 404 });
  const { id } = await params;
  const version = await getVersionForEditing(id);
  if (!version) return new Response("Not found", { status: 404 });
  const asked = new URL(request.url).searchParams.get("format");
  const format = FORMATS.find((f) => f === asked) ?? "fhir";
  // The same base the submission exports use, so each response names exactly this Questionnaire.
  const canonicalBase = canonicalBaseFrom(env);
  const questionnaire = () =>
    definitionToQuestionnaire(version.definition, {
      version: version.version,
      status: version.status,
      canonicalBase,
    });
  const body =
    format === "native"
      ? version.definition
      : format === "fhir"
        ? questionnaire()
        : {
            resourceType: "Bundle",
            type: "collection",
            entry: [questionnaire(), ...definitionCodeSystems(version.definition, canonicalBase, version.version)].map(
              (resource) => ({
                fullUrl:
                  resource.resourceType === "Questionnaire"
                    ? questionnaireUrl(canonicalBase, version.definition.key)
                    : resource.url,
                resource,
              }),
            ),
          };
  const suffix = format === "native" ? "" : format === "fhir" ? ".questionnaire" : ".bundle";
  const name = `${version.questionSetKey}-v${version.version}${suffix}.json`;
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": format === "native" ? "application/json" : "application/fhir+json",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
