/**
 * The editor's outline and its one open panel: which part of the draft is on screen (a section, the red-flag
 * rules, the scores, the computed values, the translations or the set's own settings), and which panel a link (`#editor-item-pain_now`,
 * `?item=pain_now`, a problem's anchor) opens.
 */
import type { Definition, ItemType } from "../definition-schema";
import { licenceLocks } from "../licensed-instruments";
import { itemsInCondition } from "./conditions";

export type EditorPanel =
  | { kind: "settings" }
  | { kind: "section"; sectionId: string }
  | { kind: "rules" }
  | { kind: "scores" }
  | { kind: "computed" }
  | { kind: "translations" };

export type OutlineItem = {
  id: string;
  wording: string;
  type: ItemType;
  /** Shown only when a condition holds (its own or its section's). */
  conditional: boolean;
  /** Red-flag rules and scores that read its answer. */
  rules: number;
  scores: number;
  licensed: boolean;
};

export type OutlineSection = { id: string; title: string; conditional: boolean; items: OutlineItem[] };

export function outlineOf(definition: Definition): OutlineSection[] {
  const locks = licenceLocks(definition);
  const ruleCount = new Map<string, number>();
  for (const rule of definition.redFlagRules)
    for (const id of new Set(itemsInCondition(rule.when))) ruleCount.set(id, (ruleCount.get(id) ?? 0) + 1);
  const scoreCount = new Map<string, number>();
  for (const score of definition.scores)
    for (const id of new Set([...score.items.map((i) => i.item), ...score.subscales.flatMap((s) => s.items)]))
      scoreCount.set(id, (scoreCount.get(id) ?? 0) + 1);
  return definition.sections.map((section) => ({
    id: section.id,
    title: section.title.en,
    conditional: section.enableWhen !== undefined,
    items: section.items.map((item) => ({
      id: item.id,
      wording: item.text.en,
      type: item.type,
      conditional: item.enableWhen !== undefined,
      rules: ruleCount.get(item.id) ?? 0,
      scores: scoreCount.get(item.id) ?? 0,
      licensed: locks.has(item.id),
    })),
  }));
}

export function panelKey(panel: EditorPanel): string {
  return panel.kind === "section" ? `section:${panel.sectionId}` : panel.kind;
}

export function samePanel(a: EditorPanel, b: EditorPanel): boolean {
  return panelKey(a) === panelKey(b);
}

/** The section a question is in, if any. */
export function sectionOfItem(definition: Definition, itemId: string): string | undefined {
  return definition.sections.find((s) => s.items.some((i) => i.id === itemId))?.id;
}

/** The panel an anchor (without "#") belongs to; undefined for anchors outside the editor. */
export function panelForAnchor(definition: Definition, anchor: string): EditorPanel | undefined {
  const item = /^editor-item-(.+)$/.exec(anchor);
  if (item) {
    const sectionId = sectionOfItem(definition, item[1]!);
    return sectionId ? { kind: "section", sectionId } : undefined;
  }
  const section = /^editor-section-(.+)$/.exec(anchor);
  if (section && definition.sections.some((s) => s.id === section[1]))
    return { kind: "section", sectionId: section[1]! };
  if (anchor === "editor-rules" || anchor.startsWith("editor-rule-")) return { kind: "rules" };
  if (anchor === "editor-scores" || anchor.startsWith("editor-score-")) return { kind: "scores" };
  if (anchor === "editor-computed" || anchor.startsWith("editor-computed-")) return { kind: "computed" };
  if (anchor.startsWith("translation-") || anchor === "editor-translations") return { kind: "translations" };
  if (anchor === "editor-definition" || anchor.startsWith("editor-constraint-")) return { kind: "settings" };
  return undefined;
}

/** The panel a page opens on: the question `?item=` names, else the first section. */
export function initialPanel(definition: Definition, itemId?: string): EditorPanel {
  const sectionId = (itemId && sectionOfItem(definition, itemId)) || definition.sections[0]?.id;
  return sectionId ? { kind: "section", sectionId } : { kind: "settings" };
}
