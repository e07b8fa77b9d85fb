import Link from "next/link";
import type { listVersions } from "@/lib/db/question-sets/list-versions";
import { createDraftAction } from "@/app/(staff)/admin/actions";
import { Button } from "@/components/ui/button";
import { ImportForm } from "./import-form";

type Sets = Awaited<ReturnType<typeof listVersions>>;

const STATUS_STYLE = { DRAFT: "bg-amber-100", PUBLISHED: "bg-green-100", RETIRED: "bg-slate-200" } as const;

export function VersionList({ sets }: { sets: Sets }) {
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
                      Changed
                    </th>
                    <th scope="col" className="p-2">
                      By
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
                        <span className={`rounded px-2 py-0.5 ${STATUS_STYLE[v.status]}`}>
                          {v.status.toLowerCase()}
                        </span>
                      </td>
                      <td className="p-2">{v.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</td>
                      <td className="p-2">{v.publishedBy ?? v.createdBy}</td>
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
