"use client";

import { Button } from "@/components/ui/button";
import { smallButton } from "./inputs";

/**
 * "Move … up" and "Move … down" for one entry of an ordered list: the keyboard- and screen-reader-friendly twin of
 * dragging. `label` names the whole action per direction, so every button's accessible name is unique on the page.
 */
export function MoveButtons({
  index,
  count,
  onMove,
  label,
}: {
  index: number;
  count: number;
  onMove: (to: number) => void;
  label: (direction: "up" | "down") => string;
}) {
  return (
    <>
      <Button variant="secondary" className={smallButton} disabled={index === 0} onClick={() => onMove(index - 1)}>
        {label("up")}
      </Button>
      <Button
        variant="secondary"
        className={smallButton}
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
      >
        {label("down")}
      </Button>
    </>
  );
}
