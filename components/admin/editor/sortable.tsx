"use client";

import { useRef, type CSSProperties, type ReactNode } from "react";
import {
  DndContext,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";

const INSTRUCTIONS =
  "To move it, press Space or Enter, then the up and down arrow keys; press Space or Enter again to drop it " +
  "there, or Escape to put it back. The Move up and Move down buttons do the same one step at a time.";

/**
 * The entry with an edge nearest the dragged card's same edge (top to top, bottom to bottom). Cards differ a lot in
 * height (an open question is ten times a folded one): the keyboard moves a card so that its top meets the top of the
 * entry above (its bottom the bottom of the entry below), and `closestCenter` then still found a tall card nearest
 * its own place, so the arrow keys moved nothing. Edges meet exactly at the keyboard's steps; a mouse drag swaps
 * halfway there.
 */
export const nearestEdge: CollisionDetection = ({ collisionRect, droppableRects, droppableContainers }) =>
  droppableContainers
    .flatMap((container) => {
      const rect = droppableRects.get(container.id);
      if (!rect) return [];
      const value = Math.min(
        Math.abs(rect.top - collisionRect.top),
        Math.abs(rect.top + rect.height - (collisionRect.top + collisionRect.height)),
      );
      return [{ id: container.id, data: { droppableContainer: container, value } }];
    })
    .sort((a, b) => a.data.value - b.data.value);

/**
 * A reorderable list (sections, the questions of one section, red-flag rules) by mouse, touch and
 * keyboard, with what happens read out to screen readers in the editor's words. Each list has its
 * own context, so dragging a question never picks up its section.
 */
export function SortableList({
  ids,
  kind,
  nameOf,
  onMove,
  children,
}: {
  ids: readonly string[];
  /** What one entry is called in announcements: "section", "question", "rule". */
  kind: string;
  nameOf: (id: string) => string;
  onMove: (id: string, toIndex: number) => void;
  children: ReactNode;
}) {
  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so a click on the handle stays a click.
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    // A short press on touch screens, so a swipe over the handle still scrolls the page.
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const position = (id: UniqueIdentifier) => ids.indexOf(String(id)) + 1;
  const name = (id: UniqueIdentifier) => `${kind} ${nameOf(String(id))}`;
  // A drag starts over its own place; saying so would cut off "Picked up …" before it is read.
  const moved = useRef(false);
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      moved.current = false;
      return `Picked up ${name(active.id)}, at position ${position(active.id)} of ${ids.length}.`;
    },
    onDragOver: ({ active, over }) => {
      if (!moved.current && over?.id === active.id) return undefined;
      moved.current = true;
      return over
        ? `${name(active.id)} is over position ${position(over.id)} of ${ids.length}.`
        : `${name(active.id)} is not over a position in the list.`;
    },
    onDragEnd: ({ active, over }) =>
      over
        ? `${name(active.id)} dropped at position ${position(over.id)} of ${ids.length}.`
        : `${name(active.id)} put back at position ${position(active.id)}.`,
    onDragCancel: ({ active }) => `Moving cancelled. ${name(active.id)} is back at position ${position(active.id)}.`,
  };
  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const to = ids.indexOf(String(over.id));
    if (to >= 0) onMove(String(active.id), to);
  }
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={nearestEdge}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}
    >
      <SortableContext items={ids as string[]} strategy={verticalListSortingStrategy}>
        {children}
      </SortableContext>
    </DndContext>
  );
}

/** The drag handle of a card, where the focus goes when the card before it is deleted. */
export function dragHandleOf(anchor: string): HTMLElement | null {
  return document.getElementById(anchor)?.querySelector<HTMLElement>("[data-drag-handle]") ?? null;
}

/**
 * A list entry that can be dragged by its handle; `children` places the handle (a real button, so
 * keyboard users reach it with Tab) where the card's header wants it.
 */
export function SortableItem({
  id,
  disabled = false,
  handleLabel,
  anchor,
  className,
  children,
}: {
  id: string;
  disabled?: boolean;
  /** Accessible name of the handle, e.g. "Drag section about_you". */
  handleLabel: string;
  /** DOM id of the card, the target of the problems list's links. */
  anchor: string;
  className: string;
  children: (handle: ReactNode) => ReactNode;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    disabled,
  });
  const style: CSSProperties = {
    // Translate only: cards have different heights, and scaling would squash their text.
    transform: CSS.Translate.toString(transform),
    transition,
    position: "relative",
    zIndex: isDragging ? 20 : undefined,
    boxShadow: isDragging ? "0 8px 24px rgb(15 23 42 / 0.25)" : undefined,
  };
  return (
    <li ref={setNodeRef} style={style} id={anchor} tabIndex={-1} className={className}>
      {children(
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={handleLabel}
          data-drag-handle=""
          title="Drag to reorder (or press Space, then the arrow keys)"
          className="min-h-9 cursor-grab touch-none rounded border border-slate-300 px-2 py-1 text-slate-600 select-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 active:cursor-grabbing disabled:cursor-not-allowed"
        >
          <span aria-hidden="true">⠿</span>
        </button>,
      )}
    </li>
  );
}
