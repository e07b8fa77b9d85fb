import Link from "next/link";
import type { listVersions } from "@/lib/db/question-sets/list-versions";
import { createDraftAction } from "@/lib/actions/admin/question-sets";
import { formatClinicTime } from "@/lib/domain/time/clinic-time";
import { Button } from "@/components/ui/button";
import { ImportForm } from "./import-form";

type Sets = Awaited<ReturnType<typeof listVersions>>;

const STATUS = {
  DRAFT: { style: "bg-amber-100", label: "Draft", note: "not yet seen by patients" },
  PUBLISHED: { style: "bg-green-100 font-semibold", label: "Published", note: "new patients answer this" },
  RETIRED: { style: "bg-slate-200", label: "Retired", note: "kept for its submissions" },
} as const;

export function VersionList({ sets, timeZone = "UTC" }: { sets: Sets; timeZone?: string }) {
  // The clinic's clock with its zone, as on every staff page.
  const when = (date: Date) => formatClinicTime(date, timeZone);
  if (sets.length === 0) return <p>No question sets yet. Restart the server to seed the default set.</p>;
  return (
    <div className="space-y-8">
      {sets.map((set) => {
        const published = set.versions.find((v) => v.status === "PUBLISHED");
        const draft = set.versions.find((v) => v.status === "DRAFT");
        return (
          <section key={set.id} aria-labelledby={`set-${set.id}`} className="rounded-lg bg-white p-4 shadow-sm">
            <div className="mb-3 flex flex-wrap items-center gap-3">
              <h2 id={`set-${set.id}`} className="text-xl font-semibold">
                {set.title}
              </h2>
              {published && !draft ? (
                <form action={createDraftAction}>
                  <input type="hidden" name="sourceVersionId" value={published.id} />
                  <Button type="submit" variant="secondary">
                    New draft from version {published.version}
                  </Button>
                </form>
              ) : null}
            </div>
            {/* Scrolls sideways on a 360 px phone instead of squeezing the columns. */}
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead>
                  <tr className="border-b">
                    <th scope="col" className="p-2">
                      Version
                    </th>
                    <th scope="col" className="p-2">
                      Status
                    </th>
                    <th scope="col" className="p-2">
                      When and who
                    </th>
                    <th scope="col" className="p-2">
                      Change note
                    </th>
                    <th scope="col" className="p-2">
                      Submissions
                    </th>
                    <th scope="col" className="p-2">
                      Export
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {set.versions.map((v) => (
                    <tr key={v.id} className="border-b border-slate-100">
                      <td className="p-2">
                        <Link href={`/admin/versions/${v.id}`} className="underline">
                          Version {v.version}
                        </Link>
                      </td>
                      <td className="p-2">
                        <span className={`rounded px-2 py-0.5 ${STATUS[v.status].style}`}>
                          {STATUS[v.status].label}
                        </span>
                        <span className="block text-xs text-slate-600">{STATUS[v.status].note}</span>
                      </td>
                      <td className="p-2">
                        {v.publishedAt ? (
                          <>
                            Published {when(v.publishedAt)}
                            {v.publishedBy ? `, approved by ${v.publishedBy}` : ""}
                            {v.retiredAt ? <span className="block">Retired {when(v.retiredAt)}</span> : null}
                          </>
                        ) : (
                          <>
                            {v.status === "DRAFT" ? "Last saved" : "Changed"} {when(v.updatedAt)}, by {v.createdBy}
                          </>
                        )}
                      </td>
                      <td className="max-w-xs p-2 whitespace-pre-line">{v.changeNote ?? ""}</td>
                      <td className="p-2">{v.submissions}</td>
                      <td className="p-2">
                        <a href={`/admin/versions/${v.id}/export?format=fhir`} className="underline" download>
                          FHIR<span className="sr-only"> Questionnaire of version {v.version}</span>
                        </a>{" "}
                        <a href={`/admin/versions/${v.id}/export?format=native`} className="underline" download>
                          JSON<span className="sr-only"> of version {v.version}</span>
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {/* Always rendered: after an import the set has a draft, and the import report must stay on screen. */}
            <ImportForm questionSetId={set.id} setTitle={set.title} />
          </section>
        );
      })}
    </div>
  );
}
