"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import type { Definition } from "@/lib/domain/question-set/definition-schema";
import { t } from "@/lib/domain/question-set/text";
import { conditionTargets, defaultLeaf } from "@/lib/domain/question-set/editor/conditions";
import { idFromLabel } from "@/lib/domain/question-set/editor/ids";
import {
  ITEM_TYPE_LABELS,
  addItem,
  allItems,
  changeItemType,
  deleteItem,
  moveItem,
  moveItemToSection,
  newItem,
  updateItem,
} from "@/lib/domain/question-set/editor/items";
import type { EditResult } from "@/lib/domain/question-set/editor/result";
import { reviewChanges } from "@/lib/domain/question-set/editor/review";
import {
  addRedFlagRule,
  deleteRedFlagRule,
  moveRedFlagRule,
  newRedFlagRule,
  updateRedFlagRule,
} from "@/lib/domain/question-set/editor/rules";
import {
  addSection,
  deleteSection,
  moveSection,
  suggestSectionId,
  updateSection,
} from "@/lib/domain/question-set/editor/sections";
import { addScore, deleteScore, newScore } from "@/lib/domain/question-set/editor/scores";
import { anchorFor, placeProblem, validateDraft, type PlacedProblem } from "@/lib/domain/question-set/editor/validate";
import { licenceLocks } from "@/lib/domain/question-set/licensed-instruments";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { AddItemForm, AddRuleForm, AddScoreForm } from "./add-forms";
import { MoveButtons } from "./move-buttons";
import { ConditionSetting } from "./condition-setting";
import { ItemCard } from "./item-card";
import { TextField, smallButton } from "./inputs";
import { Preview } from "./preview";
import { ProblemsPanel } from "./problems-panel";
import { PublishButton, type PublishChoice } from "./publish-dialog";
import { ReviewPanel } from "./review-list";
import { RuleCard } from "./rule-card";
import { ScoreCard } from "./score-card";
import { SortableItem, SortableList } from "./sortable";
import { TranslationsPanel } from "./translations-panel";
import { useAutosave, type SaveDraft } from "./use-autosave";

export type EditorVersion = {
  id: string;
  version: number;
  status: "DRAFT" | "PUBLISHED" | "RETIRED";
  rowVersion: number;
  definition: Definition;
  published: { version: number; definition: Definition } | null;
};

/** The publish server action, passed down from the page. */
export type PublishDraft = (
  input: { versionId: string } & PublishChoice,
) => Promise<{ ok: true } | { ok: false; code: string; problems?: { path: string; message: string }[] }>;

/**
 * The question-set editor: structure on the left, the patient's view on the right. Every change goes
 * through a pure operation in lib/domain/question-set/editor (which may refuse, e.g. deleting a question
 * a rule uses), and the whole definition is autosaved with the row version it was based on, so a second
 * admin's newer save is never overwritten. Published and retired versions open read-only.
 */
export function DraftEditor({
  version,
  saveDraft,
  publishDraft,
}: {
  version: EditorVersion;
  saveDraft: SaveDraft;
  publishDraft: PublishDraft;
}) {
  const router = useRouter();
  const readOnly = version.status !== "DRAFT";
  const [definition, setDefinition] = useState(version.definition);
  const [notice, setNotice] = useState<string | null>(null);
  const [serverProblems, setServerProblems] = useState<PlacedProblem[] | null>(null);
  const [publishing, setPublishing] = useState(false);
  const autosave = useAutosave({
    versionId: version.id,
    initialRowVersion: version.rowVersion,
    readOnly,
    saveDraft,
  });
  const save = autosave.save;
  // Cards start folded (the page stays light with 50 questions); what the admin just added starts open.
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const open = (id: string) => setOpened((s) => new Set(s).add(id));

  // Validation, the review and the preview follow the edits at React's pace, so typing stays responsive.
  const deferred = useDeferredValue(definition);
  const problems = useMemo(() => validateDraft(deferred), [deferred]);
  const locks = useMemo(() => licenceLocks(definition), [definition]);
  const review = useMemo(
    () => (version.published ? reviewChanges(version.published.definition, deferred) : null),
    [version.published, deferred],
  );

  function apply(result: EditResult) {
    if (!result.ok) {
      setNotice(result.message);
      return;
    }
    setNotice(null);
    setServerProblems(null);
    autosave.changed(result.definition);
    setDefinition(result.definition);
  }

  async function publish(choice: PublishChoice) {
    setPublishing(true);
    // Every pending save first: the server publishes what it has stored.
    if (!(await autosave.flush()) && (autosave.isDirty() || autosave.isStale())) {
      setPublishing(false);
      return;
    }
    const result = await publishDraft({ versionId: version.id, ...choice });
    setPublishing(false);
    if (result.ok) {
      router.push("/admin?status=published");
      return;
    }
    if (result.code === "invalid" && result.problems) {
      // The server's check is the one that counts; show its list even if the browser's differed.
      const current = autosave.latest.current ?? definition;
      setServerProblems(result.problems.map((p) => placeProblem(current, p)));
      setNotice(`This draft cannot be published yet: ${result.problems.length} problem(s), listed below.`);
    } else if (result.code === "no-red-flag-rules-unconfirmed") {
      setNotice("This version has no red-flag rules: confirm that this is intended to publish it.");
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
            <Button onClick={() => void autosave.flush()} disabled={save.state === "saving"}>
              Save draft
            </Button>
            <PublishButton
              version={version.version}
              review={review}
              redFlagRuleCount={definition.redFlagRules.length}
              disabled={problems.length > 0}
              busy={publishing}
              onOpen={async () => (await autosave.flush()) || (!autosave.isDirty() && !autosave.isStale())}
              onPublish={publish}
            />
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
        <ReviewPanel review={review} publishedVersion={version.published?.version} />

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
                              lock={locks.get(item.id)}
                              startOpen={opened.has(item.id)}
                            />
                          ))}
                        </ol>
                      </SortableList>
                      <AddItemForm
                        sectionTitle={t(section.title)}
                        onAdd={(text, type) => {
                          const id = idFromLabel(
                            text,
                            allItems(definition).map((i) => i.id),
                            "question",
                          );
                          apply(addItem(definition, section.id, newItem(id, type, text || undefined)));
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
            onAdd={(title) => {
              const id = idFromLabel(
                title,
                definition.redFlagRules.map((r) => r.id),
                "rule",
                "-",
              );
              const first = conditionTargets(definition)[0];
              const rule = newRedFlagRule(id, first ? { all: [defaultLeaf(first)] } : { all: [] });
              if (title) rule.title = { en: title };
              if (first) apply(addRedFlagRule(definition, rule));
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
            onAdd={(title) => {
              const id = idFromLabel(
                title,
                definition.scores.map((x) => x.id),
                "score",
                "-",
              );
              apply(addScore(definition, newScore(id, title || undefined)));
              open(`score:${id}`);
            }}
          />

          <TranslationsPanel definition={definition} readOnly={readOnly} apply={apply} />
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
