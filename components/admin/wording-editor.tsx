import type { getVersion } from "@/lib/db/question-sets/get-version";
import { t } from "@/lib/domain/question-set/text";
import { publishVersionAction, saveDraftWordingAction } from "@/app/(staff)/admin/actions";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

type Version = NonNullable<Awaited<ReturnType<typeof getVersion>>>;

/** A minimal editor: question wording and option labels. Structure edits come with the full editor. */
export function WordingEditor({ version }: { version: Version }) {
  const editable = version.status === "DRAFT";
  return (
    <div className="space-y-6">
      <form action={saveDraftWordingAction} className="space-y-6">
        <input type="hidden" name="versionId" value={version.id} />
        <input type="hidden" name="rowVersion" value={version.rowVersion} />
        {version.definition.sections.map((section) => (
          <fieldset key={section.id} className="space-y-4 rounded-lg bg-white p-4 shadow-sm" disabled={!editable}>
            <legend className="px-1 text-lg font-semibold">{t(section.title)}</legend>
            {section.items.map((item) => (
              <div key={item.id} className="space-y-2 border-b border-slate-100 pb-3">
                <label htmlFor={`text-${item.id}`} className="block text-sm font-semibold">
                  Question <span className="font-mono text-slate-500">{item.id}</span> ({item.type})
                </label>
                <textarea
                  id={`text-${item.id}`}
                  name={`text:${item.id}`}
                  defaultValue={t(item.text)}
                  rows={2}
                  className={inputClass}
                />
                {"options" in item
                  ? item.options.map((o) => (
                      <div key={o.value} className="ml-6 flex items-center gap-2">
                        <label htmlFor={`opt-${item.id}-${o.value}`} className="w-40 shrink-0 text-sm">
                          Option <span className="font-mono">{o.value}</span>
                          <span className="sr-only"> of {item.id}</span>
                        </label>
                        <input
                          id={`opt-${item.id}-${o.value}`}
                          name={`option:${item.id}:${o.value}`}
                          defaultValue={t(o.label)}
                          className={inputClass}
                        />
                      </div>
                    ))
                  : null}
              </div>
            ))}
          </fieldset>
        ))}
        {editable ? <Button type="submit">Save draft</Button> : null}
      </form>
      {editable ? (
        <form action={publishVersionAction} className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <input type="hidden" name="versionId" value={version.id} />
          <p className="mb-2">
            Publishing makes this version the one new patients answer. Earlier submissions keep their wording.
          </p>
          <Button type="submit">Publish version {version.version}</Button>
        </form>
      ) : (
        <p className="text-slate-700">
          This version is {version.status.toLowerCase()} and cannot be changed. Create a new draft from the question-set
          list.
        </p>
      )}
    </div>
  );
}
