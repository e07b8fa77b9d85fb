"use client";

import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { Definition, ItemType } from "@/lib/domain/question-set/definition-schema";
import { t } from "@/lib/domain/question-set/text";
import { conditionTargets, defaultLeaf } from "@/lib/domain/question-set/editor/conditions";
import { diffDefinitions } from "@/lib/domain/question-set/editor/diff";
import {
  ITEM_TYPE_LABELS,
  addItem,
  changeItemType,
  deleteItem,
  moveItem,
  moveItemToSection,
  newItem,
  suggestItemId,
  updateItem,
} from "@/lib/domain/question-set/editor/items";
import type { EditResult } from "@/lib/domain/question-set/editor/result";
import {
  addRedFlagRule,
  deleteRedFlagRule,
  moveRedFlagRule,
  newRedFlagRule,
  suggestRuleId,
  updateRedFlagRule,
} from "@/lib/domain/question-set/editor/rules";
import {
  addSection,
  deleteSection,
  moveSection,
  suggestSectionId,
  updateSection,
} from "@/lib/domain/question-set/editor/sections";
import { addScore, deleteScore, newScore, suggestScoreId } from "@/lib/domain/question-set/editor/scores";
import { anchorFor, placeOf, validateDraft, type PlacedProblem } from "@/lib/domain/question-set/editor/validate";
import { publishDraftAction, saveDraftDefinitionAction } from "@/app/(staff)/admin/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { MoveButtons } from "./move-buttons";
import { inputClass } from "@/components/ui/field";
import { ConditionSetting, ItemCard } from "./item-card";
import { TextField, smallButton } from "./inputs";
import { Preview } from "./preview";
import { DiffPanel, ProblemsPanel } from "./problems-panel";
import { RuleCard } from "./rule-card";
import { ScoreCard } from "./score-card";
import { SortableItem, SortableList } from "./sortable";

export type EditorVersion = {
  id: string;
  version: number;
  status: "DRAFT" | "PUBLISHED" | "RETIRED";
  rowVersion: number;
  definition: Definition;
  published: { version: number; definition: Definition } | null;
};

type SaveState =
  { state: "idle" | "dirty" | "saving" } | { state: "saved" } | { state: "refused"; message: string; stale: boolean };

// Long enough not to save on every keystroke, short enough that closing the tab loses little.
const AUTOSAVE_DELAY_MS = 1500;

/**
 * The question-set editor: structure on the left, the patient's view on the right. Every change goes
 * through a pure operation in lib/domain/question-set/editor (which may refuse, e.g. deleting a question
 * a rule uses), and the whole definition is autosaved with the row version it was based on, so a second
 * admin's newer save is never overwritten. Published and retired versions open read-only.
 */
export function DraftEditor({ version }: { version: EditorVersion }) {
  const router = useRouter();
  const readOnly = version.status !== "DRAFT";
  const [definition, setDefinition] = useState(version.definition);
  const [save, setSave] = useState<SaveState>({ state: "idle" });
  const [notice, setNotice] = useState<string | null>(null);
  const [serverProblems, setServerProblems] = useState<PlacedProblem[] | null>(null);
  const [publishing, setPublishing] = useState(false);
  const rowVersion = useRef(version.rowVersion);
  const latest = useRef(definition);
  const saving = useRef<Promise<boolean> | null>(null);
  const dirty = useRef(false);
  const stale = useRef(false);
  // Cards start folded (the page stays light with 50 questions); what the admin just added starts open.
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const open = (id: string) => setOpened((s) => new Set(s).add(id));

  // Validation, the diff and the preview follow the edits at React's pace, so typing stays responsive.
  const deferred = useDeferredValue(definition);
  const problems = useMemo(() => validateDraft(deferred), [deferred]);
  const diff = useMemo(
    () => (version.published ? diffDefinitions(version.published.definition, deferred) : null),
    [version.published, deferred],
  );

  /** Saves the latest definition; runs one save at a time and saves again if edits arrived meanwhile. */
  const saveNow = useCallback(async (): Promise<boolean> => {
    if (readOnly || stale.current) return false;
    if (saving.current) await saving.current;
    if (!dirty.current) return true;
    const run = (async () => {
      dirty.current = false;
      setSave({ state: "saving" });
      try {
        const result = await saveDraftDefinitionAction({
          versionId: version.id,
          rowVersion: rowVersion.current,
          definition: latest.current,
        });
        if (result.ok) {
          rowVersion.current = result.rowVersion;
          setSave(dirty.current ? { state: "dirty" } : { state: "saved" });
          return true;
        }
        stale.current = result.code === "stale" || result.code === "not-a-draft";
        dirty.current = true;
        setSave({ state: "refused", message: result.message, stale: stale.current });
        return false;
      } catch {
        dirty.current = true;
        setSave({
          state: "refused",
          message: "The server could not be reached. Your changes are still here; press Save draft to retry.",
          stale: false,
        });
        return false;
      }
    })();
    saving.current = run;
    const ok = await run;
    saving.current = null;
    return ok;
  }, [readOnly, version.id]);

  useEffect(() => {
    if (save.state !== "dirty") return;
    const timer = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [save, definition, saveNow]);

  function apply(result: EditResult) {
    if (!result.ok) {
      setNotice(result.message);
      return;
    }
    setNotice(null);
    setServerProblems(null);
    latest.current = result.definition;
    dirty.current = true;
    setDefinition(result.definition);
    setSave({ state: "dirty" });
  }

  async function publish() {
    // No confirmation: publishing is the intended end of editing, validation gates it, and it is undone
    // by publishing a copy of the previous version. Retiring and deleting do ask.
    setPublishing(true);
    const saved = await saveNow();
    if (!saved && (dirty.current || stale.current)) {
      setPublishing(false);
      return;
    }
    const result = await publishDraftAction({ versionId: version.id });
    setPublishing(false);
    if (result.ok) {
      router.push("/admin?status=published");
      return;
    }
    if (result.code === "invalid") {
      // The server's check is the one that counts; show its list even if the browser's differed.
      setServerProblems(
        result.problems.map((p) => {
          const place = placeOf(latest.current, p.path);
          return { ...p, place, anchor: anchorFor(place) };
        }),
      );
      setNotice(`This draft cannot be published yet: ${result.problems.length} problem(s), listed below.`);
    } else if (result.code === "forbidden") {
      setNotice("Your session has ended or you may not publish. Sign in again; nothing was published.");
    } else {
      setNotice("This version could not be published. Reload the page to see its current state.");
    }
  }

  const sectionChoices = definition.sections.map((s) => ({ id: s.id, title: t(s.title) }));

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
      <div className="min-w-0 space-y-4">
        {!readOnly ? (
          <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 rounded-lg bg-white/95 p-3 shadow">
            <Button onClick={() => void saveNow()} disabled={save.state === "saving"}>
              Save draft
            </Button>
            <Button onClick={() => void publish()} disabled={publishing || problems.length > 0}>
              Publish version {version.version}
            </Button>
            <p role="status" className="text-sm">
              {save.state === "saving"
                ? "Saving…"
                : save.state === "saved"
                  ? "Draft saved."
                  : save.state === "dirty"
                    ? "Unsaved changes (saving shortly)"
                    : ""}
            </p>
          </div>
        ) : null}
        {save.state === "refused" ? <Alert tone="warning" title={save.message} live /> : null}
        {notice ? <Alert tone="warning" title={notice} live /> : null}
        {!readOnly ? <ProblemsPanel problems={serverProblems ?? problems} /> : null}
        <DiffPanel diff={diff} publishedVersion={version.published?.version} />

        <fieldset disabled={readOnly} className="min-w-0 space-y-6">
          <legend className="sr-only">{readOnly ? "Version (read-only)" : "Draft"}</legend>
          <section id={anchorFor({ kind: "definition" })} className="space-y-2 rounded-lg bg-white p-3 shadow-sm">
            <h2 className="text-lg font-semibold">Question set</h2>
            <TextField
              label="Title of the question set"
              value={definition.title.en}
              onChange={(v) =>
                apply({ ok: true, definition: { ...definition, title: { ...definition.title, en: v } } })
              }
            />
          </section>

          <h2 className="text-xl font-bold">Sections and questions</h2>
          <SortableList
            ids={definition.sections.map((s) => s.id)}
            kind="section"
            nameOf={(id) => t(definition.sections.find((s) => s.id === id)?.title ?? { en: id })}
            onMove={(id, to) => apply(moveSection(definition, id, to))}
          >
            <ol className="space-y-6">
              {definition.sections.map((section, si) => (
                <SortableItem
                  key={section.id}
                  id={section.id}
                  disabled={readOnly}
                  handleLabel={`Drag section ${section.id}`}
                  anchor={anchorFor({ kind: "section", sectionId: section.id })}
                  className="space-y-3 rounded-lg bg-slate-50 p-3 shadow-sm"
                >
                  {(handle) => (
                    <>
                      <div className="flex flex-wrap items-center gap-2">
                        {handle}
                        <h3 className="text-lg font-semibold">
                          Section {si + 1}: {t(section.title)}
                        </h3>
                        <div className="ml-auto flex flex-wrap gap-1">
                          <MoveButtons
                            index={si}
                            count={definition.sections.length}
                            onMove={(to) => apply(moveSection(definition, section.id, to))}
                            label={(direction) => `Move section ${section.id} ${direction}`}
                          />
                          <Button
                            variant="danger"
                            className={smallButton}
                            onClick={() => {
                              if (window.confirm(`Delete section "${t(section.title)}" and all its questions?`))
                                apply(deleteSection(definition, section.id));
                            }}
                          >
                            Delete section {section.id}
                          </Button>
                        </div>
                      </div>
                      <TextField
                        label={`Title of section ${section.id}`}
                        value={section.title.en}
                        onChange={(v) =>
                          apply(
                            updateSection(definition, section.id, { ...section, title: { ...section.title, en: v } }),
                          )
                        }
                      />
                      <ConditionSetting
                        ownerLabel={`Show section ${section.id} only when`}
                        condition={section.enableWhen}
                        definition={definition}
                        exclude={new Set(section.items.map((i) => i.id))}
                        onChange={(c) =>
                          apply(updateSection(definition, section.id, { ...section, enableWhen: c ?? undefined }))
                        }
                      />
                      <SortableList
                        ids={section.items.map((i) => i.id)}
                        kind="question"
                        nameOf={(id) => id}
                        onMove={(id, to) => apply(moveItem(definition, id, to))}
                      >
                        <ol className="space-y-3">
                          {section.items.map((item, ii) => (
                            <ItemCard
                              key={item.id}
                              item={item}
                              index={ii}
                              count={section.items.length}
                              sections={sectionChoices}
                              sectionId={section.id}
                              definition={definition}
                              onChange={(next) => apply(updateItem(definition, item.id, next))}
                              onChangeType={(type) => {
                                if (
                                  window.confirm(
                                    `Change ${item.id} to ${ITEM_TYPE_LABELS[type]}? Its type settings reset.`,
                                  )
                                )
                                  apply(changeItemType(definition, item.id, type));
                              }}
                              onMove={(to) => apply(moveItem(definition, item.id, to))}
                              onMoveToSection={(to) => apply(moveItemToSection(definition, item.id, to))}
                              onDelete={() => {
                                if (window.confirm(`Delete the question "${item.id}"?`))
                                  apply(deleteItem(definition, item.id));
                              }}
                              readOnly={readOnly}
                              startOpen={opened.has(item.id)}
                            />
                          ))}
                        </ol>
                      </SortableList>
                      <AddItemForm
                        sectionId={section.id}
                        suggestion={suggestItemId(definition)}
                        onAdd={(id, type) => {
                          apply(addItem(definition, section.id, newItem(id, type)));
                          open(id);
                        }}
                      />
                    </>
                  )}
                </SortableItem>
              ))}
            </ol>
          </SortableList>
          <Button
            variant="secondary"
            onClick={() =>
              apply(
                addSection(definition, {
                  id: suggestSectionId(definition),
                  title: { en: "New section" },
                  items: [],
                }),
              )
            }
          >
            Add a section
          </Button>

          <h2 className="text-xl font-bold">Red-flag rules</h2>
          <SortableList
            ids={definition.redFlagRules.map((r) => r.id)}
            kind="rule"
            nameOf={(id) => t(definition.redFlagRules.find((r) => r.id === id)?.title ?? { en: id })}
            onMove={(id, to) => apply(moveRedFlagRule(definition, id, to))}
          >
            <ol className="space-y-3">
              {definition.redFlagRules.map((rule, ri) => (
                <RuleCard
                  key={rule.id}
                  readOnly={readOnly}
                  rule={rule}
                  index={ri}
                  count={definition.redFlagRules.length}
                  definition={definition}
                  startOpen={opened.has(`rule:${rule.id}`)}
                  onChange={(next) => apply(updateRedFlagRule(definition, rule.id, next))}
                  onMove={(to) => apply(moveRedFlagRule(definition, rule.id, to))}
                  onDelete={() => {
                    if (window.confirm(`Delete the red-flag rule "${t(rule.title)}"?`))
                      apply(deleteRedFlagRule(definition, rule.id));
                  }}
                />
              ))}
            </ol>
          </SortableList>
          <AddRuleForm
            suggestion={suggestRuleId(definition)}
            onAdd={(id) => {
              const first = conditionTargets(definition)[0];
              if (first) apply(addRedFlagRule(definition, newRedFlagRule(id, { all: [defaultLeaf(first)] })));
              open(`rule:${id}`);
            }}
          />

          <h2 className="text-xl font-bold">Scores</h2>
          <p className="text-sm text-slate-700">
            A score adds up points for answers (such as the Keele STarT Back tool); clinicians see it with its band and
            classification on each submission.
          </p>
          <ol className="space-y-3">
            {definition.scores.map((score) => (
              <ScoreCard
                key={score.id}
                score={score}
                definition={definition}
                apply={apply}
                startOpen={opened.has(`score:${score.id}`)}
                onDelete={() => {
                  if (window.confirm(`Delete the score "${t(score.title)}"?`)) apply(deleteScore(definition, score.id));
                }}
              />
            ))}
          </ol>
          <AddScoreForm
            suggestion={suggestScoreId(definition)}
            onAdd={(id, title) => {
              apply(addScore(definition, newScore(id, title || undefined)));
              open(`score:${id}`);
            }}
          />
        </fieldset>
      </div>

      <aside aria-labelledby="preview-heading" className="min-w-0 lg:sticky lg:top-4 lg:max-h-[95vh] lg:overflow-auto">
        <div className="rounded-lg border-2 border-blue-200 bg-white p-3">
          <h2 id="preview-heading" className="mb-2 text-lg font-semibold">
            Patient preview
          </h2>
          <Preview definition={deferred} />
        </div>
      </aside>
    </div>
  );
}

function AddItemForm({
  sectionId,
  suggestion,
  onAdd,
}: {
  sectionId: string;
  suggestion: string;
  onAdd: (id: string, type: ItemType) => void;
}) {
  const [id, setId] = useState("");
  const [type, setType] = useState<ItemType>("yesno");
  return (
    <div className="flex flex-wrap items-end gap-2 rounded border border-dashed border-slate-400 p-2">
      <TextField label={`New question id in ${sectionId}`} value={id} onChange={setId} className="w-48" />
      <label className="space-y-1 text-sm font-semibold">
        <span className="block">New question type in {sectionId}</span>
        <select className={inputClass} value={type} onChange={(e) => setType(e.target.value as ItemType)}>
          {Object.entries(ITEM_TYPE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <Button
        variant="secondary"
        onClick={() => {
          onAdd(id.trim() || suggestion, type);
          setId("");
        }}
      >
        Add question to {sectionId}
      </Button>
    </div>
  );
}

function AddRuleForm({ suggestion, onAdd }: { suggestion: string; onAdd: (id: string) => void }) {
  const [id, setId] = useState("");
  return (
    <div className="flex flex-wrap items-end gap-2 rounded border border-dashed border-slate-400 p-2">
      <TextField label="New rule id" value={id} onChange={setId} className="w-48" />
      <Button
        variant="secondary"
        onClick={() => {
          onAdd(id.trim() || suggestion);
          setId("");
        }}
      >
        Add red-flag rule
      </Button>
    </div>
  );
}

function AddScoreForm({ suggestion, onAdd }: { suggestion: string; onAdd: (id: string, title: string) => void }) {
  const [id, setId] = useState("");
  const [title, setTitle] = useState("");
  return (
    <div className="flex flex-wrap items-end gap-2 rounded border border-dashed border-slate-400 p-2">
      <TextField label="New score id" value={id} onChange={setId} className="w-48" />
      <TextField label="New score title" value={title} onChange={setTitle} className="w-64" />
      <Button
        variant="secondary"
        onClick={() => {
          onAdd(id.trim() || suggestion, title.trim());
          setId("");
          setTitle("");
        }}
      >
        Add a score
      </Button>
    </div>
  );
}
