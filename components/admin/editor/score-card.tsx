"use client";

import { useState } from "react";
import type { Definition, ScoreComparison, ScoreDefinition } from "@/lib/domain/question-set/definition-schema";
import { t } from "@/lib/domain/question-set/text";
import type { EditResult } from "@/lib/domain/question-set/editor/result";
import {
  SCORE_METHOD_LABELS,
  SCORE_OP_LABELS,
  addBand,
  addClassificationCase,
  addComparison,
  addScoreItem,
  addSubscale,
  answerKeys,
  comparisonsOf,
  moveClassificationCase,
  moveScoreItem,
  removeBand,
  removeClassificationCase,
  removeComparison,
  removeScoreItem,
  removeSubscale,
  scorableItems,
  scoreComponents,
  setAnswerValue,
  setCaseMode,
  setScoreMethod,
  setScoreTitle,
  setSubscaleItem,
  setSubscaleTitle,
  suggestSubscaleId,
  syncAnswerValues,
  updateBand,
  updateClassificationCase,
  updateComparison,
  updateScore,
  type ClassificationCase,
} from "@/lib/domain/question-set/editor/scores";
import type { EditorNames } from "@/lib/domain/question-set/editor/names";
import type { LicenceLock } from "@/lib/domain/question-set/licensed-instruments";
import { anchorFor } from "@/lib/domain/question-set/editor/validate";
import { Button } from "@/components/ui/button";
import { MoveButtons } from "./move-buttons";
import { inputClass } from "@/components/ui/field";
import { CheckboxField, SelectField, TextField, optionalNumber, smallButton, useOpenWhenLinked } from "./inputs";
import { LicenceNotice } from "./licence-notice";

const box = "space-y-2 rounded border border-slate-200 p-2";

type Apply = (result: EditResult) => void;
/** What each part of a score card works on; `name` is the score as labels name it, `names` everything else. */
type PartProps = { score: ScoreDefinition; name: string; names: EditorNames; definition: Definition; apply: Apply };

/**
 * One score: which questions it counts and what each answer is worth, sum or percentage, subscales,
 * bands and classification cases. Labels name the score by its title (`Bands of score “Keele STarT Back”`) and its
 * questions by their wording, so each field has a unique accessible name on a page that may hold several scores;
 * the title field is named by the score's place.
 */
export function ScoreCard({
  score,
  index,
  names,
  definition,
  apply,
  onDelete,
  startOpen = false,
  lock,
}: {
  score: ScoreDefinition;
  index: number;
  names: EditorNames;
  definition: Definition;
  apply: Apply;
  onDelete: () => void;
  startOpen?: boolean;
  /** Set when a licensed instrument fixes this score: it is shown, not edited, and cannot be deleted. */
  lock?: LicenceLock;
}) {
  const id = score.id;
  const anchor = anchorFor({ kind: "score", scoreId: id });
  const [open, setOpen] = useState(startOpen);
  useOpenWhenLinked(anchor, setOpen);
  const name = names.score(id);
  const lockId = `${anchor}-licence`;
  return (
    <li id={anchor} tabIndex={-1} className="space-y-3 rounded-lg border border-indigo-200 bg-white p-3">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-mono text-xs text-slate-700">{id}</span>
        <span className="text-sm text-slate-700">
          {SCORE_METHOD_LABELS[score.method]}, {score.items.length} question(s), {score.bands.length} band(s),{" "}
          {score.classification.length} classification case(s)
        </span>
        {lock ? null : (
          <Button variant="danger" className={`${smallButton} ml-auto`} onClick={onDelete}>
            Delete score {name}
          </Button>
        )}
      </div>
      {lock ? <LicenceNotice id={lockId} lock={lock} fixed="its points, subscales and classification" /> : null}
      <Button variant="secondary" className={smallButton} aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? "Hide" : lock ? "Show" : "Edit"} score {name}
      </Button>
      {open ? (
        // A disabled fieldset shows every setting and lets none be changed; the notice above says why.
        <fieldset disabled={lock !== undefined} aria-describedby={lock ? lockId : undefined} className="min-w-0">
          <ScoreFields score={score} index={index} name={name} names={names} definition={definition} apply={apply} />
        </fieldset>
      ) : null}
    </li>
  );
}

function ScoreFields({ score, index, name, names, definition, apply }: PartProps & { index: number }) {
  const id = score.id;
  const part = { score, name, names, definition, apply };
  return (
    <div className="space-y-4">
      <div className="grid gap-2 sm:grid-cols-2">
        <TextField
          label={`Title of score ${index + 1}`}
          value={score.title.en}
          onChange={(v) => apply(setScoreTitle(definition, id, v))}
        />
        <SelectField
          label={`Method of score ${name}`}
          value={score.method}
          onChange={(v) => apply(setScoreMethod(definition, id, v as ScoreDefinition["method"]))}
        >
          {Object.entries(SCORE_METHOD_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        {score.method === "percentage" ? (
          <TextField
            label={`Most one question can score in ${name}`}
            type="number"
            value={score.maxPerItem === undefined ? "" : String(score.maxPerItem)}
            onChange={(v) => {
              const { maxPerItem: _drop, ...rest } = score;
              const max = optionalNumber(v);
              apply(updateScore(definition, id, max === undefined ? rest : { ...rest, maxPerItem: max }));
            }}
          />
        ) : null}
      </div>
      <ScoreQuestions {...part} />
      <Subscales {...part} />
      <Bands {...part} />
      <Classification {...part} />
    </div>
  );
}

function ScoreQuestions({ score, name, names, definition, apply }: PartProps) {
  const id = score.id;
  const candidates = scorableItems(definition).filter((i) => !score.items.some((e) => e.item === i.id));
  const [choice, setChoice] = useState("");
  const toAdd = candidates.some((c) => c.id === choice) ? choice : (candidates[0]?.id ?? "");
  const byId = new Map(definition.sections.flatMap((s) => s.items).map((i) => [i.id, i]));
  return (
    <fieldset className={box}>
      <legend className="text-sm font-semibold">Questions counted in score {name}</legend>
      {score.items.length === 0 ? <p className="text-sm text-slate-600">No questions yet.</p> : null}
      <ol className="space-y-2">
        {score.items.map((entry, ei) => {
          const item = byId.get(entry.item);
          const keys = item ? answerKeys(item) : [];
          const missing = keys.filter((k) => entry.values?.[k.key] === undefined);
          const question = names.question(entry.item);
          return (
            <li key={entry.item} className="space-y-2 rounded bg-slate-50 p-2">
              <div className="flex flex-wrap items-center gap-2">
                <span className="text-sm">
                  <span className="font-mono">{entry.item}</span>
                  {item ? `: ${t(item.text)}` : " (no such question)"}
                </span>
                <div className="ml-auto flex flex-wrap gap-1">
                  <MoveButtons
                    index={ei}
                    count={score.items.length}
                    onMove={(to) => apply(moveScoreItem(definition, id, entry.item, to))}
                    label={(direction) => `Move ${question} ${direction} in score ${name}`}
                  />
                  <Button
                    variant="secondary"
                    className={smallButton}
                    onClick={() => apply(removeScoreItem(definition, id, entry.item))}
                  >
                    Remove {question} from score {name}
                  </Button>
                </div>
              </div>
              {keys.length > 0 ? (
                <div className="grid gap-2 sm:grid-cols-3">
                  {keys.map((k) => (
                    <TextField
                      key={k.key}
                      type="number"
                      label={`Points for “${k.label}” in ${question} (score ${name})`}
                      value={entry.values?.[k.key] === undefined ? "" : String(entry.values[k.key])}
                      onChange={(v) => apply(setAnswerValue(definition, id, entry.item, k.key, optionalNumber(v)))}
                    />
                  ))}
                </div>
              ) : item ? (
                <p className="text-sm text-slate-600">
                  Counts the number the patient gives
                  {item.type === "number" && item.max === undefined ? " (give the question a maximum)" : ""}.
                </p>
              ) : null}
              {missing.length > 0 ? (
                <Button
                  variant="secondary"
                  className={smallButton}
                  onClick={() => apply(syncAnswerValues(definition, id, entry.item))}
                >
                  Give the new answers of {question} points in score {name}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {candidates.length > 0 ? (
        <div className="flex flex-wrap items-end gap-2">
          <SelectField label={`Question to add to score ${name}`} value={toAdd} onChange={setChoice}>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {t(c.text).slice(0, 60)} ({c.id})
              </option>
            ))}
          </SelectField>
          <Button
            variant="secondary"
            className={smallButton}
            disabled={!toAdd}
            onClick={() => {
              apply(addScoreItem(definition, id, toAdd));
              setChoice("");
            }}
          >
            Add question to score {name}
          </Button>
        </div>
      ) : (
        <p className="text-sm text-slate-600">Every choice, yes/no, scale and number question is counted already.</p>
      )}
    </fieldset>
  );
}

function Subscales({ score, name, names, definition, apply }: PartProps) {
  const id = score.id;
  return (
    <fieldset className={box}>
      <legend className="text-sm font-semibold">Subscales of score {name}</legend>
      <p className="text-sm text-slate-600">A subscale adds up some of the score&apos;s questions on their own.</p>
      <ul className="space-y-2">
        {score.subscales.map((sub, si) => (
          <li key={sub.id} className="space-y-2 rounded bg-slate-50 p-2">
            <div className="flex flex-wrap items-end gap-2">
              <TextField
                className="grow"
                label={`Name of subscale ${si + 1} in score ${name}`}
                value={sub.title.en}
                onChange={(v) => apply(setSubscaleTitle(definition, id, sub.id, v))}
              />
              <Button
                variant="secondary"
                className={smallButton}
                onClick={() => apply(removeSubscale(definition, id, sub.id))}
              >
                Remove subscale {names.subscale(id, sub.id)} from score {name}
              </Button>
            </div>
            <fieldset className="flex flex-wrap gap-x-4">
              <legend className="sr-only">Questions in subscale {names.subscale(id, sub.id)}</legend>
              {score.items.map((entry) => (
                <CheckboxField
                  key={entry.item}
                  label={`${names.question(entry.item)} in subscale ${names.subscale(id, sub.id)}`}
                  checked={sub.items.includes(entry.item)}
                  onChange={(v) => apply(setSubscaleItem(definition, id, sub.id, entry.item, v))}
                />
              ))}
            </fieldset>
          </li>
        ))}
      </ul>
      <Button
        variant="secondary"
        className={smallButton}
        onClick={() => apply(addSubscale(definition, id, suggestSubscaleId(score), "New subscale"))}
      >
        Add a subscale to score {name}
      </Button>
    </fieldset>
  );
}

function Bands({ score, name, definition, apply }: PartProps) {
  const id = score.id;
  const of = score.method === "percentage" ? "percentage" : "total";
  return (
    <fieldset className={box}>
      <legend className="text-sm font-semibold">Bands of score {name}</legend>
      <p className="text-sm text-slate-600">
        A band names a range of the {of} (for example 0 to 20: minimal disability). The first band that holds the {of}{" "}
        is shown.
      </p>
      <ol className="space-y-2">
        {score.bands.map((band, bi) => (
          <li key={bi} className="grid items-end gap-2 rounded bg-slate-50 p-2 sm:grid-cols-[7rem_7rem_1fr_auto]">
            <TextField
              type="number"
              label={`From (band ${bi + 1} of ${name})`}
              value={String(band.min)}
              onChange={(v) => apply(updateBand(definition, id, bi, { ...band, min: optionalNumber(v) ?? 0 }))}
            />
            <TextField
              type="number"
              label={`To (band ${bi + 1} of ${name})`}
              value={String(band.max)}
              onChange={(v) => apply(updateBand(definition, id, bi, { ...band, max: optionalNumber(v) ?? 0 }))}
            />
            <TextField
              label={`Label of band ${bi + 1} of ${name}`}
              value={band.label.en}
              onChange={(v) => apply(updateBand(definition, id, bi, { ...band, label: { ...band.label, en: v } }))}
            />
            <Button variant="secondary" className={smallButton} onClick={() => apply(removeBand(definition, id, bi))}>
              Remove band {bi + 1} of {name}
            </Button>
          </li>
        ))}
      </ol>
      <Button variant="secondary" className={smallButton} onClick={() => apply(addBand(definition, id))}>
        Add a band to score {name}
      </Button>
    </fieldset>
  );
}

function Classification({ score, name, definition, apply }: PartProps) {
  const id = score.id;
  const components = scoreComponents(score);
  const setCase = (ci: number, next: ClassificationCase) => apply(updateClassificationCase(definition, id, ci, next));
  return (
    <fieldset className={box}>
      <legend className="text-sm font-semibold">Classification of score {name}</legend>
      <p className="text-sm text-slate-600">
        Cases are tried in order and the first that matches gives its label. A case with no comparison matches everyone,
        so it belongs last.
      </p>
      <ol className="space-y-2">
        {score.classification.map((c, ci) => {
          const n = ci + 1;
          const mode = "all" in c.when ? "all" : "any";
          const comparisons = comparisonsOf(c.when);
          return (
            <li key={ci} className="space-y-2 rounded bg-slate-50 p-2">
              <div className="flex flex-wrap items-end gap-2">
                <TextField
                  className="grow"
                  label={`Label of case ${n} of ${name}`}
                  value={c.label.en}
                  onChange={(v) => setCase(ci, { ...c, label: { ...c.label, en: v } })}
                />
                <SelectField
                  label={`Case ${n} of ${name} applies when`}
                  value={mode}
                  onChange={(v) => setCase(ci, { ...c, when: setCaseMode(c.when, v as "all" | "any") })}
                >
                  <option value="all">all of these hold</option>
                  <option value="any">any of these holds</option>
                </SelectField>
              </div>
              <ul className="space-y-1">
                {comparisons.map((cmp, i) => {
                  const cmpName = `comparison ${i + 1} of case ${n} of ${name}`;
                  const set = (next: ScoreComparison) => setCase(ci, { ...c, when: updateComparison(c.when, i, next) });
                  return (
                    <li key={i} className="flex flex-wrap items-center gap-2">
                      <select
                        aria-label={`Part of the score in ${cmpName}`}
                        className={`${inputClass} w-auto`}
                        value={cmp.component}
                        onChange={(e) => set({ ...cmp, component: e.target.value })}
                      >
                        {components.some((x) => x.id === cmp.component) ? null : (
                          <option value={cmp.component}>{cmp.component} (not in this score)</option>
                        )}
                        {components.map((x) => (
                          <option key={x.id} value={x.id}>
                            {x.label}
                          </option>
                        ))}
                      </select>
                      <select
                        aria-label={`Comparison in ${cmpName}`}
                        className={`${inputClass} w-auto`}
                        value={cmp.op}
                        onChange={(e) => set({ ...cmp, op: e.target.value as ScoreComparison["op"] })}
                      >
                        {Object.entries(SCORE_OP_LABELS).map(([op, label]) => (
                          <option key={op} value={op}>
                            {label}
                          </option>
                        ))}
                      </select>
                      <input
                        aria-label={`Value in ${cmpName}`}
                        type="number"
                        className={`${inputClass} w-24`}
                        value={String(cmp.value)}
                        onChange={(e) => set({ ...cmp, value: optionalNumber(e.target.value) ?? 0 })}
                      />
                      <Button
                        variant="secondary"
                        className={smallButton}
                        onClick={() => setCase(ci, { ...c, when: removeComparison(c.when, i) })}
                      >
                        Remove {cmpName}
                      </Button>
                    </li>
                  );
                })}
              </ul>
              <div className="flex flex-wrap gap-1">
                <Button
                  variant="secondary"
                  className={smallButton}
                  onClick={() =>
                    setCase(ci, { ...c, when: addComparison(c.when, { component: "total", op: "gte", value: 0 }) })
                  }
                >
                  Add a comparison to case {n} of {name}
                </Button>
                <MoveButtons
                  index={ci}
                  count={score.classification.length}
                  onMove={(to) => apply(moveClassificationCase(definition, id, ci, to))}
                  label={(direction) => `Move case ${n} of ${name} ${direction}`}
                />
                <Button
                  variant="secondary"
                  className={smallButton}
                  onClick={() => apply(removeClassificationCase(definition, id, ci))}
                >
                  Remove case {n} of {name}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" className={smallButton} onClick={() => apply(addClassificationCase(definition, id))}>
        Add a classification case to score {name}
      </Button>
    </fieldset>
  );
}
