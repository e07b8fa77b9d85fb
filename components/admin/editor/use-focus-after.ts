"use client";

import { useCallback, useEffect, useRef } from "react";

type FindTarget = () => HTMLElement | null | undefined;

/**
 * Moves the focus once the next render is on screen. A delete removes the very button that had the focus, which
 * then falls to the page's <body>: a keyboard or screen reader user is thrown back to the top of a long page. The
 * caller says where the focus belongs instead (the next question, else the previous one, else "Add question").
 */
export function useFocusAfterRender(): (find: FindTarget) => void {
  const pending = useRef<FindTarget | null>(null);
  useEffect(() => {
    const find = pending.current;
    if (!find) return;
    pending.current = null;
    find()?.focus();
  });
  return useCallback((find: FindTarget) => {
    pending.current = find;
  }, []);
}
