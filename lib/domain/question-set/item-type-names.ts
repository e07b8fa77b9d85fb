import type { ItemType } from "./definition-shape";

/** Each question type as problem messages name it. */
export const ITEM_TYPE_NAMES: Record<ItemType, string> = {
  single: "single-choice",
  multi: "multiple-choice",
  yesno: "yes/no",
  scale: "scale",
  number: "number",
  text: "text",
  date: "date",
  painmap: "body-map",
  display: "display-text",
};
