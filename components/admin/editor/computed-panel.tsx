"use client";

import { useState } from "react";
import type { ComputedValue } from "@/lib/domain/question-set/computed-value-schema";
import type { Definition } from "@/lib/domain/question-set/definition-schema";
import {
  DEFAULT_AGE_TITLE,
  addAgeValue,
  changeComputedSource,
  computedValues,
  dateQuestions,
  deleteComputedValue,
  describeComputedValue,
  findComputedUsages,
  renameComputedValue,
  usagePlace,
} from "@/lib/domain/question-set/editor/computed";
import type { EditResult } from "@/lib/domain/question-set/editor/result";
import { anchorFor } from "@/lib/domain/question-set/editor/validate";
import { t } from "@/lib/domain/question-set/text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField, smallButton, useOpenWhenLinked } from "./inputs";

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The values the set works out from answers instead of asking (an age from the date of birth): what each is, what
 * reads it, and its title and date question. Patients never see them; conditions, red-flag rules and scores use them
 * as number answers, so one that something reads cannot be removed until that is changed.
 */
export function ComputedPanel({
  definition,
  readOnly,
  isOpen,
  onAdded,
  onGo,
  apply,
}: {
  definition: Definition;
  readOnly: boolean;
  isOpen: (key: string) => boolean;
  onAdded: (key: string) => void;
  onGo: (anchor: string) => void;
  apply: (result: EditResult) => void;
}) {
  const values = computedValues(definition);
  return (
    <section id="editor-computed" aria-labelledby="editor-computed-heading" className="space-y-3">
      <h2 id="editor-computed-heading" className="text-xl font-bold">
        Computed values
      </h2>
      <p className="text-sm text-slate-700">
        Worked out from the patient&apos;s answers instead of asked, so two answers can never disagree (a date of birth
        and a separate &ldquo;aged 50 or over?&rdquo;). Patients do not see them; conditions, red-flag rules and scores
        can compare them as numbers, and clinicians see them on the submission.
      </p>
      {values.length === 0 ? <p>This question set has no computed values.</p> : null}
      <ol className="space-y-3">
        {values.map((value) => (
          <ComputedCard
            key={value.id}
            value={value}
            definition={definition}
            readOnly={readOnly}
            startOpen={isOpen(`computed:${value.id}`)}
            onGo={onGo}
            apply={apply}
          />
        ))}
      </ol>
      {readOnly ? null : (
        <AddAgeForm
          definition={definition}
          onAdd={(title, from) => {
            const result = addAgeValue(definition, title, from);
            apply(result);
            const added = result.ok ? computedValues(result.definition).at(-1) : undefined;
            if (added) onAdded(`computed:${added.id}`);
          }}
        />
      )}
    </section>
  );
}

function ComputedCard({
  value,
  definition,
  readOnly,
  startOpen,
  onGo,
  apply,
}: {
  value: ComputedValue;
  definition: Definition;
  readOnly: boolean;
  startOpen: boolean;
  onGo: (anchor: string) => void;
  apply: (result: EditResult) => void;
}) {
  const anchor = anchorFor({ kind: "computed", computedId: value.id });
  const [open, setOpen] = useState(startOpen);
  const [refusal, setRefusal] = useState<string | null>(null);
  useOpenWhenLinked(anchor, setOpen);
  const title = t(value.title).trim();
  const name = title || value.id;
  const usages = findComputedUsages(definition, value.id);
  const headingId = `${anchor}-heading`;
  const dates = dateQuestions(definition);
  return (
    <li id={anchor} className="space-y-2 rounded-lg border border-slate-300 bg-white p-3">
      <div className="flex flex-wrap items-baseline gap-2">
        <h3 id={headingId} className="text-lg font-semibold">
          {title || <span className="italic">No title yet</span>}
        </h3>
        <span className="font-mono text-sm text-slate-700">{value.id}</span>
      </div>
      <p>{describeComputedValue(definition, value)}</p>
      <div className="text-sm">
        {usages.length === 0 ? (
          <p>Not used by any condition, red-flag rule or score yet.</p>
        ) : (
          <>
            <p className="font-semibold">Used by</p>
            <ul className="list-disc pl-5">
              {usages.map((usage) => {
                const target = anchorFor(usagePlace(usage));
                return (
                  <li key={`${usage.kind}:${usage.ownerId}`}>
                    <a
                      href={`#${target}`}
                      className="text-blue-800 underline"
                      onClick={(e) => {
                        e.preventDefault();
                        window.history.pushState(null, "", `#${target}`);
                        onGo(target);
                      }}
                    >
                      {capitalised(usage.description)}
                    </a>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
      {refusal ? <Alert tone="warning" title={refusal} live /> : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" className={smallButton} aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? "Hide" : "Edit"} computed value “{name}”
        </Button>
        {readOnly ? null : (
          <Button
            variant="danger"
            className={smallButton}
            onClick={() => {
              const result = deleteComputedValue(definition, value.id);
              // Refused (something reads it): say where, beside the button, and change nothing.
              if (!result.ok) return setRefusal(result.message);
              setRefusal(null);
              if (window.confirm(`Remove the computed value “${name}”? Nothing uses it.`)) apply(result);
            }}
          >
            Remove computed value “{name}”
          </Button>
        )}
      </div>
      {open ? (
        <div className="flex flex-wrap items-end gap-3">
          <TextField
            label={`Title of computed value ${value.id}`}
            value={value.title.en}
            onChange={(v) => apply(renameComputedValue(definition, value.id, v))}
            className="w-72"
          />
          <SelectField
            label={`Date question ${value.id} is worked out from`}
            value={dates.some((d) => d.id === value.from) ? value.from : ""}
            onChange={(from) => {
              if (from) apply(changeComputedSource(definition, value.id, from));
            }}
          >
            {dates.some((d) => d.id === value.from) ? null : <option value="">Choose a date question</option>}
            {dates.map((d) => (
              <option key={d.id} value={d.id}>
                {t(d.text) || d.id}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
    </li>
  );
}

/** Adds an age in whole years: its title and the date question it is worked out from. */
function AddAgeForm({ definition, onAdd }: { definition: Definition; onAdd: (title: string, from: string) => void }) {
  const dates = dateQuestions(definition);
  const [title, setTitle] = useState("");
  const [from, setFrom] = useState("");
  const chosen = dates.some((d) => d.id === from) ? from : (dates[0]?.id ?? "");
  if (dates.length === 0) {
    return <p className="text-sm">To add an age, first add a date question (such as the date of birth).</p>;
  }
  return (
    <form
      className="flex flex-wrap items-end gap-2 rounded border border-dashed border-slate-400 p-2"
      onSubmit={(e) => {
        e.preventDefault();
        onAdd(title.trim(), chosen);
        setTitle("");
      }}
    >
      <TextField
        label="Title of the new age value"
        value={title}
        onChange={setTitle}
        className="w-72"
        describedBy="add-age-hint"
      />
      <SelectField label="Date question of the new age value" value={chosen} onChange={setFrom}>
        {dates.map((d) => (
          <option key={d.id} value={d.id}>
            {t(d.text) || d.id}
          </option>
        ))}
      </SelectField>
      <Button variant="secondary" type="submit">
        Add an age value
      </Button>
      <p id="add-age-hint" className="w-full text-sm text-slate-700">
        Age in whole years on the day the form is sent. Without a title it is called “{DEFAULT_AGE_TITLE}”.
      </p>
    </form>
  );
}
