"use client";

import { useId, useState } from "react";
import type { Definition } from "@/lib/domain/question-set/definition-schema";
import { readTranslationFile, translationFileFor, type LayerReport } from "@/lib/domain/question-set/translations";
import { Button } from "@/components/ui/button";
import { smallButton } from "./inputs";

type Outcome = { tone: "done" | "refused"; lines: string[] };

/**
 * The translator's round trip: download the chosen language's texts with their English, translate them in any
 * editor, load the file back. Loading is an ordinary draft edit (it autosaves and is validated like typing), and
 * only translations made from today's English are taken.
 */
export function TranslationFileForm({
  definition,
  code,
  name,
  onLoad,
}: {
  definition: Definition;
  code: string;
  name: string;
  onLoad: (next: Definition, code: string) => void;
}) {
  const inputId = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  function download() {
    const file = translationFileFor(definition, code);
    if (!file) return;
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: "application/json" }));
    const link = Object.assign(document.createElement("a"), { href: url, download: `translation.${code}.json` });
    link.click();
    URL.revokeObjectURL(url);
  }

  async function load(file: File | undefined) {
    if (!file) return;
    const result = readTranslationFile(definition, await file.text());
    if (!result.ok) return setOutcome({ tone: "refused", lines: [result.message] });
    onLoad(result.report.definition, result.code);
    setOutcome({ tone: "done", lines: summary(result.report, result.code === code ? name : result.code) });
  }

  return (
    <div className="space-y-2 rounded border border-slate-200 p-2">
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" className={smallButton} onClick={download}>
          Download {name} texts for a translator
        </Button>
        <label htmlFor={inputId} className="text-sm font-semibold">
          Load a translation file
        </label>
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          className="text-sm"
          onChange={(e) => {
            void load(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
      </div>
      {outcome ? (
        <div role="status" className={`text-sm ${outcome.tone === "refused" ? "text-red-800" : "text-slate-800"}`}>
          {outcome.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

function summary(report: LayerReport, name: string): string[] {
  const lines = [`Loaded ${report.applied.length} ${name} translations into this draft.`];
  if (report.englishChanged.length)
    lines.push(`${report.englishChanged.length} were made from English that has changed since; translate them again.`);
  if (report.untranslated.length) lines.push(`${report.untranslated.length} patient texts are still missing.`);
  if (report.unknownKeys.length)
    lines.push(`${report.unknownKeys.length} texts in the file are no longer in this question set and were left out.`);
  if (report.licensed.length)
    lines.push(
      `${report.licensed.length} texts belong to a licensed instrument, whose wording stays in English, and were left out.`,
    );
  return lines;
}
