"use client";

import { useId, useState } from "react";
import type { Definition } from "@/lib/domain/question-set/definition-schema";
import type { EditResult } from "@/lib/domain/question-set/editor/result";
import { translationRowNames } from "@/lib/domain/question-set/editor/names";
import {
  LANGUAGE_CODE,
  addLanguage,
  completeness,
  confirmTranslation,
  setLanguageForPatients,
  setLanguageRightToLeft,
  setTranslation,
  translationAnchor,
  translationRows,
  type TranslationRow,
  type TranslationState,
} from "@/lib/domain/question-set/translations";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { CheckboxField, SelectField, TextField, smallButton } from "./inputs";
import { TranslationFileForm } from "./translation-file-form";

type Filter = "all" | "needs-work" | "missing" | "stale";

const STATE_WORDS: Record<TranslationState, string> = {
  current: "Up to date",
  stale: "Out of date",
  missing: "Missing",
  "english-only": "English only",
};

/**
 * The translations view: per language, the English beside its translation, filterable to what needs work. Every
 * edit is an ordinary definition change (setTranslation records the English it was made from), so it autosaves
 * through the draft save path like any other edit and is checked by the same validation.
 */
export function TranslationsPanel({
  definition,
  readOnly,
  apply,
}: {
  definition: Definition;
  readOnly: boolean;
  apply: (result: EditResult) => void;
}) {
  const languages = definition.languages ?? [];
  const [chosen, setChosen] = useState(languages[0]?.code ?? "");
  const [filter, setFilter] = useState<Filter>("needs-work");
  const language = languages.find((l) => l.code === chosen) ?? languages[0];
  const change = (next: Definition) => apply({ ok: true, definition: next });

  return (
    <section aria-labelledby="translations-heading" className="space-y-3 rounded-lg bg-white p-3 shadow-sm">
      <h2 id="translations-heading" className="text-lg font-semibold">
        Translations
      </h2>
      <p className="text-sm text-slate-700">
        English is the source. A translation goes out of date when its English changes; publishing is refused while a
        language offered to patients has texts missing or out of date, unless you stop offering it for this version.
      </p>
      {!readOnly ? (
        <AddLanguageForm
          definition={definition}
          onAdd={(d, code) => {
            change(d);
            setChosen(code);
          }}
        />
      ) : null}
      {language ? (
        <>
          <div className="flex flex-wrap items-end gap-4">
            <SelectField label="Language" value={language.code} onChange={setChosen}>
              {languages.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.name} ({l.code})
                </option>
              ))}
            </SelectField>
            <CheckboxField
              label={`Offer ${language.name} to patients in this version`}
              checked={language.patients}
              onChange={(on) => change(setLanguageForPatients(definition, language.code, on))}
            />
            <CheckboxField
              label={`${language.name} is written right to left`}
              checked={language.rtl === true}
              onChange={(on) => change(setLanguageRightToLeft(definition, language.code, on))}
            />
            <SelectField label="Show" value={filter} onChange={(v) => setFilter(v as Filter)}>
              <option value="needs-work">Missing or out of date</option>
              <option value="missing">Missing only</option>
              <option value="stale">Out of date only</option>
              <option value="all">All texts</option>
            </SelectField>
          </div>
          <Summary definition={definition} code={language.code} name={language.name} />
          {!readOnly ? (
            <TranslationFileForm
              definition={definition}
              code={language.code}
              name={language.name}
              onLoad={(next, code) => {
                change(next);
                setChosen(code);
              }}
            />
          ) : null}
          <TranslationTable
            rows={translationRows(definition, language.code).filter((r) => shown(r, filter))}
            names={translationRowNames(translationRows(definition, language.code))}
            code={language.code}
            name={language.name}
            readOnly={readOnly}
            onTranslate={(key, value) => change(setTranslation(definition, language.code, key, value))}
            onConfirm={(key) => change(confirmTranslation(definition, language.code, key))}
          />
        </>
      ) : (
        <p className="text-sm">This question set is in English only.</p>
      )}
    </section>
  );
}

function shown(row: TranslationRow, filter: Filter): boolean {
  if (filter === "all") return true;
  if (row.state === "english-only") return false;
  // Staff-only texts (clinician wording) are optional: they show under "All texts" only.
  if (!row.patient) return false;
  if (filter === "needs-work") return row.state === "missing" || row.state === "stale";
  return row.state === filter;
}

function Summary({ definition, code, name }: { definition: Definition; code: string; name: string }) {
  const c = completeness(definition, code);
  return (
    <p role="status" className="text-sm font-semibold">
      {name}: {c.current} of {c.needed} patient texts up to date, {c.missing} missing, {c.stale} out of date
      {c.englishOnly ? `; ${c.englishOnly} in steps offered in English only` : ""}.
    </p>
  );
}

function TranslationTable({
  rows,
  names,
  code,
  name,
  readOnly,
  onTranslate,
  onConfirm,
}: {
  rows: TranslationRow[];
  /** Every row's name in labels, worked out over all rows so a filter does not renumber them. */
  names: ReadonlyMap<string, string>;
  code: string;
  name: string;
  readOnly: boolean;
  onTranslate: (key: string, value: string) => void;
  onConfirm: (key: string) => void;
}) {
  if (rows.length === 0) return <p className="text-sm">Nothing to show with this filter.</p>;
  return (
    <table className="w-full table-fixed border-collapse text-sm">
      <caption className="sr-only">English texts and their {name} translations</caption>
      <thead>
        <tr className="text-left">
          <th scope="col" className="w-1/2 p-2">
            English (source)
          </th>
          <th scope="col" className="w-1/2 p-2">
            {name}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const rowName = names.get(row.key) ?? row.key;
          return (
            <tr key={row.key} id={translationAnchor(code, row.key)} className="border-t border-slate-200 align-top">
              <td className="p-2">
                <p className="text-xs text-slate-600">
                  {row.label} · <span className="font-mono">{row.key}</span>
                </p>
                <p lang="en">{row.text.en}</p>
              </td>
              <td className="space-y-1 p-2">
                <p className={`text-xs font-semibold ${row.state === "current" ? "text-green-800" : "text-amber-800"}`}>
                  {STATE_WORDS[row.state]}
                </p>
                {row.licensed ? (
                  <p className="text-sm text-slate-700">
                    Fixed by the {row.licensed} licence: its registered wording is English and cannot be translated
                    here.
                  </p>
                ) : row.state === "english-only" ? null : (
                  <TranslationInput
                    label={`${name} translation of ${rowName}`}
                    value={row.translation}
                    lang={code}
                    readOnly={readOnly}
                    onChange={(v) => onTranslate(row.key, v)}
                  />
                )}
                {row.state === "stale" && !readOnly ? (
                  <Button variant="secondary" className={smallButton} onClick={() => onConfirm(row.key)}>
                    Still correct: mark {rowName} up to date
                  </Button>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function TranslationInput({
  label,
  value,
  lang,
  readOnly,
  onChange,
}: {
  label: string;
  value: string;
  lang: string;
  readOnly: boolean;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <textarea
        id={id}
        lang={lang}
        rows={2}
        className={inputClass}
        value={value}
        readOnly={readOnly}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}

function AddLanguageForm({
  definition,
  onAdd,
}: {
  definition: Definition;
  onAdd: (next: Definition, code: string) => void;
}) {
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        const c = code.trim();
        if (!LANGUAGE_CODE.test(c) || c === "en") return setError('Write a language code such as "es" or "pt-BR".');
        if ((definition.languages ?? []).some((l) => l.code === c)) return setError(`${c} is already listed.`);
        if (!name.trim()) return setError("Give the language's own name, e.g. Español.");
        setError(null);
        setCode("");
        setName("");
        onAdd(addLanguage(definition, c, name.trim()), c);
      }}
    >
      <TextField label="New language code" value={code} onChange={setCode} />
      <TextField label="Its own name" value={name} onChange={setName} />
      <Button type="submit" variant="secondary" className={smallButton}>
        Add language
      </Button>
      {error ? (
        <p role="alert" className="w-full text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </form>
  );
}
