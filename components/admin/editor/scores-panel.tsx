"use client";

import { useMemo } from "react";
import type { Definition } from "@/lib/domain/question-set/definition-schema";
import { idFromLabel } from "@/lib/domain/question-set/editor/ids";
import { editorNames } from "@/lib/domain/question-set/editor/names";
import type { EditResult } from "@/lib/domain/question-set/editor/result";
import { addScore, deleteScore, newScore } from "@/lib/domain/question-set/editor/scores";
import { licenceLocks } from "@/lib/domain/question-set/licensed-instruments";
import { AddScoreForm } from "./add-forms";
import { ScoreCard } from "./score-card";

/** Every score, and the form to add one. */
export function ScoresPanel({
  definition,
  isOpen,
  onAdded,
  apply,
}: {
  definition: Definition;
  isOpen: (key: string) => boolean;
  onAdded: (key: string) => void;
  apply: (result: EditResult) => void;
}) {
  const names = useMemo(() => editorNames(definition), [definition]);
  const locks = useMemo(() => licenceLocks(definition), [definition]);
  return (
    <section id="editor-scores" aria-labelledby="editor-scores-heading" tabIndex={-1} className="space-y-3">
      <h2 id="editor-scores-heading" className="text-xl font-bold">
        Scores
      </h2>
      <p className="text-sm text-slate-700">
        A score adds up points for answers (such as the Keele STarT Back tool); clinicians see it with its band and
        classification on each submission.
      </p>
      <ol className="space-y-3">
        {definition.scores.map((score, si) => (
          <ScoreCard
            key={score.id}
            score={score}
            index={si}
            names={names}
            definition={definition}
            apply={apply}
            startOpen={isOpen(`score:${score.id}`)}
            lock={locks.get(`score:${score.id}`)}
            onDelete={() => {
              if (window.confirm(`Delete the score ${names.score(score.id)}?`))
                apply(deleteScore(definition, score.id));
            }}
          />
        ))}
      </ol>
      <AddScoreForm
        onAdd={(title) => {
          const id = idFromLabel(
            title,
            definition.scores.map((x) => x.id),
            "score",
            "-",
          );
          apply(addScore(definition, newScore(id, title || undefined)));
          onAdded(`score:${id}`);
        }}
      />
    </section>
  );
}
