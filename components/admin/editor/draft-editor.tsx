"use client";

import { useDeferredValue, useMemo, useState } from "react";
import type { Definition } from "@/lib/domain/question-set/definition-schema";
import { t } from "@/lib/domain/question-set/text";
import { initialPanel, outlineOf, sectionOfItem } from "@/lib/domain/question-set/editor/outline";
import type { EditResult } from "@/lib/domain/question-set/editor/result";
import { reviewChanges } from "@/lib/domain/question-set/editor/review";
import { addSection, suggestSectionId } from "@/lib/domain/question-set/editor/sections";
import { anchorFor, validateDraft } from "@/lib/domain/question-set/editor/validate";
import { licenceLocks } from "@/lib/domain/question-set/licensed-instruments";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Announcer } from "./announcer";
import { ComputedPanel } from "./computed-panel";
import { EditorOutline } from "./editor-outline";
import { TextField } from "./inputs";
import { Preview } from "./preview";
import { ProblemsPanel } from "./problems-panel";
import { PublishButton } from "./publish-dialog";
import { ReviewPanel } from "./review-list";
import { RulesPanel } from "./rules-panel";
import { ScoresPanel } from "./scores-panel";
import { SectionPanel } from "./section-panel";
import { TranslationsPanel } from "./translations-panel";
import { useAutosave, type SaveDraft } from "./use-autosave";
import { useEditorPanel } from "./use-editor-panel";
import { useFocusAfterRender } from "./use-focus-after";
import { usePublish, type PublishDraft } from "./use-publish";

export type { PublishDraft } from "./use-publish";

const ADD_SECTION_ID = "editor-add-section";

export type EditorVersion = {
  id: string;
  version: number;
  status: "DRAFT" | "PUBLISHED" | "RETIRED";
  rowVersion: number;
  definition: Definition;
  published: { version: number; definition: Definition } | null;
};

/**
 * The question-set editor: an outline of the whole draft, ONE open part of it (a section, the rules, the scores,
 * the translations or the title) and the patient's view of what is being edited. Every change goes through a pure
 * operation in lib/domain/question-set/editor (which may refuse, e.g. deleting a question a rule uses), and the
 * whole definition is autosaved with the row version it was based on, so a second admin's newer save is never
 * overwritten. Published and retired versions open read-only. `focusItem` (from `?item=`) opens on that question.
 */
export function DraftEditor({
  version,
  saveDraft,
  publishDraft,
  focusItem,
}: {
  version: EditorVersion;
  saveDraft: SaveDraft;
  publishDraft: PublishDraft;
  focusItem?: string;
}) {
  const readOnly = version.status !== "DRAFT";
  const [definition, setDefinition] = useState(version.definition);
  const [notice, setNotice] = useState<string | null>(null);
  const autosave = useAutosave({ versionId: version.id, initialRowVersion: version.rowVersion, readOnly, saveDraft });
  const save = autosave.save;
  const publishing = usePublish({
    versionId: version.id,
    autosave,
    publishDraft,
    current: () => autosave.latest.current ?? definition,
    setNotice,
  });
  const focusAnchor = focusItem ? anchorFor({ kind: "item", itemId: focusItem }) : undefined;
  const nav = useEditorPanel(definition, initialPanel(definition, focusItem), focusAnchor);
  // Cards start folded; what the admin just added, or a link points at, starts open.
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const markOpen = (key: string) => setOpened((s) => new Set(s).add(key));
  const isOpen = (key: string) =>
    opened.has(key) ||
    nav.target === anchorFor({ kind: "item", itemId: key }) ||
    nav.target === `editor-${key.replace(":", "-")}`;
  const [editing, setEditing] = useState<string | undefined>(focusItem);

  // Validation, the review, the outline and the preview follow the edits at React's pace, so typing stays quick.
  const deferred = useDeferredValue(definition);
  const problems = useMemo(() => validateDraft(deferred), [deferred]);
  const review = useMemo(
    () => (version.published ? reviewChanges(version.published.definition, deferred) : null),
    [version.published, deferred],
  );
  const outline = useMemo(() => outlineOf(deferred), [deferred]);
  const locks = useMemo(() => licenceLocks(definition), [definition]);

  function apply(result: EditResult) {
    if (!result.ok) {
      setNotice(result.message);
      return;
    }
    setNotice(null);
    publishing.clearServerProblems();
    autosave.changed(result.definition);
    setDefinition(result.definition);
  }

  // After a section is deleted the focus goes to the next section (else the one before, else "Add a section"),
  // not to the page's <body>.
  const focusAfter = useFocusAfterRender();
  function onSectionDeleted(sectionId: string) {
    const at = definition.sections.findIndex((s) => s.id === sectionId);
    const neighbour = definition.sections[at + 1] ?? definition.sections[at - 1];
    if (neighbour)
      nav.open({ kind: "section", sectionId: neighbour.id }, anchorFor({ kind: "section", sectionId: neighbour.id }));
    else focusAfter(() => document.getElementById(ADD_SECTION_ID));
  }

  const panel = nav.panel;
  const sectionIndex = panel.kind === "section" ? definition.sections.findIndex((s) => s.id === panel.sectionId) : -1;
  const section = sectionIndex >= 0 ? definition.sections[sectionIndex] : undefined;
  // The preview shows the section being edited (of the question being edited, when that is elsewhere).
  const previewSection = (editing && sectionOfItem(deferred, editing)) || section?.id;

  return (
    <Announcer className="grid gap-4 lg:grid-cols-[16rem_minmax(0,1fr)_minmax(0,24rem)]">
      <div className="min-w-0 lg:sticky lg:top-4 lg:max-h-[95vh] lg:overflow-auto">
        <EditorOutline
          sections={outline}
          panel={panel}
          ruleCount={deferred.redFlagRules.length}
          scoreCount={deferred.scores.length}
          computedCount={deferred.computed?.length ?? 0}
          hasTranslations
          onGo={nav.go}
        />
        {!readOnly ? (
          <Button
            id={ADD_SECTION_ID}
            variant="secondary"
            className="mt-2"
            onClick={() => {
              const id = suggestSectionId(definition);
              apply(addSection(definition, { id, title: { en: "New section" }, items: [] }));
              nav.open({ kind: "section", sectionId: id }, anchorFor({ kind: "section", sectionId: id }));
            }}
          >
            Add a section
          </Button>
        ) : null}
      </div>

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
              busy={publishing.publishing}
              onOpen={async () => (await autosave.flush()) || (!autosave.isDirty() && !autosave.isStale())}
              onPublish={publishing.publish}
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
        {!readOnly ? <ProblemsPanel problems={publishing.serverProblems ?? problems} onGo={nav.go} /> : null}
        <ReviewPanel review={review} publishedVersion={version.published?.version} />

        <fieldset disabled={readOnly} className="min-w-0 space-y-6">
          <legend className="sr-only">{readOnly ? "Version (read-only)" : "Draft"}</legend>
          {panel.kind === "settings" ? (
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
          ) : null}
          {section ? (
            <SectionPanel
              key={section.id}
              definition={definition}
              section={section}
              index={sectionIndex}
              readOnly={readOnly}
              locks={locks}
              isOpen={isOpen}
              onAdded={markOpen}
              onEditItem={setEditing}
              onDeleted={onSectionDeleted}
              apply={apply}
            />
          ) : null}
          {panel.kind === "rules" ? (
            <RulesPanel definition={definition} readOnly={readOnly} isOpen={isOpen} onAdded={markOpen} apply={apply} />
          ) : null}
          {panel.kind === "scores" ? (
            <ScoresPanel definition={definition} isOpen={isOpen} onAdded={markOpen} apply={apply} />
          ) : null}
          {panel.kind === "computed" ? (
            <ComputedPanel
              definition={definition}
              readOnly={readOnly}
              isOpen={isOpen}
              onAdded={markOpen}
              onGo={nav.go}
              apply={apply}
            />
          ) : null}
          {panel.kind === "translations" ? (
            <div id="editor-translations">
              <TranslationsPanel definition={definition} readOnly={readOnly} apply={apply} />
            </div>
          ) : null}
        </fieldset>
      </div>

      <aside aria-labelledby="preview-heading" className="min-w-0 lg:sticky lg:top-4 lg:max-h-[95vh] lg:overflow-auto">
        <div className="rounded-lg border-2 border-blue-200 bg-white p-3">
          <h2 id="preview-heading" className="mb-2 text-lg font-semibold">
            Patient preview
            {previewSection
              ? `: ${t(deferred.sections.find((s) => s.id === previewSection)?.title ?? { en: "" })}`
              : ""}
          </h2>
          <Preview definition={deferred} sectionId={previewSection} focusItemId={editing} />
        </div>
      </aside>
    </Announcer>
  );
}
