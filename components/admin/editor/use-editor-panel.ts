"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Definition } from "@/lib/domain/question-set/definition-schema";
import { panelForAnchor, samePanel, type EditorPanel } from "@/lib/domain/question-set/editor/outline";

/**
 * Which one part of the draft is open, following links: the outline's, the problems list's and deep links
 * (`#editor-item-pain_now` on load or later). After the panel renders, the linked card is scrolled into view and
 * takes the focus, as a skip link's target does: a keyboard user who follows an outline link is then in the part they
 * opened, not back in the outline with sixty links between them and it.
 */
export function useEditorPanel(definition: Definition, initial: EditorPanel, initialTarget?: string) {
  const [panel, setPanel] = useState<EditorPanel>(initial);
  const [target, setTarget] = useState<string | undefined>(initialTarget);
  // The listener below lives as long as the page; it must see the draft as it is now (new sections, moved items).
  const latest = useRef(definition);
  useEffect(() => {
    latest.current = definition;
  }, [definition]);

  const go = useCallback((anchor: string) => {
    const next = panelForAnchor(latest.current, anchor);
    if (!next) return;
    setPanel((current) => (samePanel(current, next) ? current : next));
    setTarget(anchor);
  }, []);

  useEffect(() => {
    const fromHash = () => {
      const anchor = decodeURIComponent(window.location.hash.slice(1));
      if (anchor) go(anchor);
    };
    // A deep link (`…#editor-item-pain_now`) opens its place once the page is interactive.
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, [go]);

  useEffect(() => {
    if (!target) return;
    const element = document.getElementById(target);
    element?.scrollIntoView({ block: "start" });
    // Cards and panels have tabIndex -1 for this; focus() does nothing on an element that cannot take it.
    element?.focus({ preventScroll: true });
  }, [panel, target]);

  /** Opens a panel from a control (not a link), e.g. after adding a section. */
  const open = useCallback((next: EditorPanel, anchor?: string) => {
    setPanel(next);
    setTarget(anchor);
  }, []);

  return { panel, target, go, open };
}
