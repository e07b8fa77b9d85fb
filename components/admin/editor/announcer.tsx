"use client";

import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

const AnnounceContext = createContext<(message: string) => void>(() => {});

/**
 * What the editor tells a screen reader about a change it made out of sight: "Question “…” deleted." Dragging has
 * its own announcer inside dnd-kit's context, which only a drag can speak through; this one says the same kind of
 * sentence for everything else, in one live region for the whole editor. It is the editor's outer element (with
 * `className`), so the editor's parts sit inside it.
 */
export function Announcer({ className, children }: { className: string; children: ReactNode }) {
  const [said, setSaid] = useState({ message: "", count: 0 });
  const announce = useCallback((message: string) => setSaid((s) => ({ message, count: s.count + 1 })), []);
  return (
    <AnnounceContext.Provider value={announce}>
      <div className={className}>
        {children}
        {/* Out of the layout (sr-only is absolutely positioned), so it takes no cell of the editor's grid. */}
        <div role="status" aria-live="assertive" aria-atomic="true" className="sr-only">
          {/* A new node each time, so the same sentence twice (two deletes in a row) is read twice. */}
          <span key={said.count}>{said.message}</span>
        </div>
      </div>
    </AnnounceContext.Provider>
  );
}

/** Says `message` through the editor's live region. */
export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
