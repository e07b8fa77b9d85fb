"use client";

import { useActionState, useId, useState } from "react";
import Link from "next/link";
import { importDraftAction } from "@/lib/actions/admin/question-sets";
import { importSizeProblem } from "@/lib/domain/question-set/fhir/import-limit";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Upload a FHIR Questionnaire or native JSON as a new draft; shows what could not be imported, item by item. */
export function ImportForm({ questionSetId, setTitle }: { questionSetId: string; setTitle: string }) {
  const [state, action, pending] = useActionState(importDraftAction, null);
  const fileId = useId();
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  return (
    <div className="mt-4 space-y-3 rounded border border-dashed border-slate-400 p-3">
      <form
        action={action}
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => {
          const file = new FormData(e.currentTarget).get("file");
          const problem = file instanceof File ? importSizeProblem(file.size) : null;
          setTooLarge(problem);
          if (problem) e.preventDefault();
        }}
      >
        <input type="hidden" name="questionSetId" value={questionSetId} />
        <div className="space-y-1">
          <label htmlFor={fileId} className="block text-sm font-semibold">
            Import a draft of {setTitle} (FHIR Questionnaire or native JSON, up to 2 MB)
          </label>
          <input id={fileId} name="file" type="file" accept=".json,application/json,application/fhir+json" required />
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          Import as new draft
        </Button>
      </form>
      {tooLarge ? <Alert tone="warning" title={tooLarge} live /> : null}
      {state && !state.ok && !tooLarge ? (
        <Alert tone="warning" title={state.message} live>
          {"draftId" in state && state.draftId ? (
            <Link href={`/admin/versions/${state.draftId}`} className="underline">
              Open the existing draft
            </Link>
          ) : null}
        </Alert>
      ) : null}
      {state && state.ok && !tooLarge ? (
        <Alert tone={state.notes.length ? "warning" : "success"} title="Imported as a new draft." live>
          <p>
            <Link href={`/admin/versions/${state.versionId}`} className="underline">
              Open the imported draft
            </Link>
            {state.problems ? ` — ${state.problems} problem(s) to fix before publishing are listed there.` : null}
          </p>
          {state.counts ? (
            <p>
              {state.counts.items} item(s) in the file: {state.counts.kept} imported as questions,{" "}
              {state.counts.computed} as computed scores, {state.counts.left} left out (each listed below).
            </p>
          ) : null}
          {state.redFlagRules === 0 ? (
            <p className="font-semibold">
              This draft has no red-flag rules: no answer will raise an emergency alert until you add them.
            </p>
          ) : null}
          {state.notes.length ? (
            <>
              <p>Not imported as it was, item by item:</p>
              <ul className="list-disc pl-5">
                {state.notes.map((n, i) => (
                  <li key={i}>
                    <span className="font-mono">{n.linkId}</span>: {n.message}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>Everything in the file was imported.</p>
          )}
        </Alert>
      ) : null}
    </div>
  );
}
