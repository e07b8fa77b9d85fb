"use client";

import type { MouseEvent } from "react";
import type { OutlineSection, EditorPanel } from "@/lib/domain/question-set/editor/outline";
import { ITEM_TYPE_LABELS } from "@/lib/domain/question-set/editor/items";

const MAX_WORDING = 70;

function short(text: string): string {
  const plain = text.replace(/\s+/g, " ").trim();
  return plain.length > MAX_WORDING ? `${plain.slice(0, MAX_WORDING - 1)}…` : plain;
}

function Badge({ children, title }: { children: string; title: string }) {
  return (
    <span title={title} className="rounded bg-slate-200 px-1 text-xs text-slate-800">
      {children}
    </span>
  );
}

/**
 * The whole draft at a glance: every section and question by its wording, its type and what depends on it.
 * Each entry is a link (a real `#` address, so it can be copied and shared) that opens its part of the editor.
 */
export function EditorOutline({
  sections,
  panel,
  ruleCount,
  scoreCount,
  computedCount = 0,
  hasTranslations,
  onGo,
}: {
  sections: OutlineSection[];
  panel: EditorPanel;
  ruleCount: number;
  scoreCount: number;
  computedCount?: number;
  hasTranslations: boolean;
  onGo: (anchor: string) => void;
}) {
  const link = (anchor: string, current: boolean, label: React.ReactNode, className = "") => (
    <a
      href={`#${anchor}`}
      aria-current={current ? "location" : undefined}
      className={`underline-offset-2 hover:underline ${current ? "font-semibold text-blue-900" : "text-blue-800"} ${className}`}
      onClick={(e: MouseEvent) => {
        // Going to the same address again still opens it (the browser fires no hashchange then).
        e.preventDefault();
        window.history.pushState(null, "", `#${anchor}`);
        onGo(anchor);
      }}
    >
      {label}
    </a>
  );
  return (
    <nav aria-label="Outline of the draft" className="space-y-2 rounded-lg bg-white p-3 text-sm shadow-sm">
      <h2 className="text-base font-semibold">Outline</h2>
      <ol className="space-y-2">
        <li>{link("editor-definition", panel.kind === "settings", "Title of the question set")}</li>
        {sections.map((section, si) => {
          const open = panel.kind === "section" && panel.sectionId === section.id;
          return (
            <li key={section.id}>
              {link(
                `editor-section-${section.id}`,
                open,
                <>
                  Section {si + 1}: {section.title || section.id}
                </>,
              )}{" "}
              {section.conditional ? <Badge title="Shown only when a condition holds">condition</Badge> : null}
              <ol className="mt-1 space-y-1 border-l border-slate-200 pl-3">
                {section.items.map((item) => (
                  <li key={item.id} className="flex flex-wrap items-baseline gap-1">
                    {link(`editor-item-${item.id}`, false, short(item.wording) || item.id)}
                    <span className="text-xs text-slate-600">({ITEM_TYPE_LABELS[item.type].toLowerCase()})</span>
                    {item.conditional ? <Badge title="Shown only when a condition holds">condition</Badge> : null}
                    {item.rules ? (
                      <Badge title="Red-flag rules that read this answer">{`${item.rules} rule${item.rules > 1 ? "s" : ""}`}</Badge>
                    ) : null}
                    {item.scores ? <Badge title="Scores that count this answer">score</Badge> : null}
                    {item.licensed ? <Badge title="Licensed instrument: wording locked">licensed</Badge> : null}
                  </li>
                ))}
              </ol>
            </li>
          );
        })}
        <li>{link("editor-rules", panel.kind === "rules", `Red-flag rules (${ruleCount})`)}</li>
        <li>{link("editor-scores", panel.kind === "scores", `Scores (${scoreCount})`)}</li>
        <li>{link("editor-computed", panel.kind === "computed", `Computed values (${computedCount})`)}</li>
        {hasTranslations ? <li>{link("editor-translations", panel.kind === "translations", "Translations")}</li> : null}
      </ol>
    </nav>
  );
}
