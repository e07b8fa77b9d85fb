import type { Condition, Definition, LocaleText, ScoreDefinition, Section } from "../definition-schema";
import { keyFromUrl } from "./canonical";
import { localeTextFrom } from "./translations";
import { EXT, type FhirExtension, type FhirItem } from "./extensions";
import {
  containedValueSets,
  isObj,
  readExt,
  type ImportContext,
  type ImportCounts,
  type ImportNote,
} from "./import-context";
import { readCondition } from "./read-condition";
import { readItem } from "./read-item";
import { isGenerated } from "./score-items";
import { KEY_ID_PATTERN } from "../id-patterns";
import { initialRefusal } from "../initial-answers";

export type { ImportCounts, ImportNote };

export type ImportResult =
  { ok: true; definition: Definition; notes: ImportNote[]; counts: ImportCounts } | { ok: false; message: string };

/**
 * Reads a FHIR R4 Questionnaire into a draft definition. What our format cannot hold (attachments,
 * value sets outside the file, initial answers, …) is left out or adapted, and each case is noted by
 * linkId. The result may still have problems (the meta-schema's); it becomes a draft and the editor lists them.
 */
export function questionnaireToDefinition(input: unknown, fallbackKey: string): ImportResult {
  if (!isObj(input) || input.resourceType !== "Questionnaire") {
    return { ok: false, message: 'This is not a FHIR Questionnaire (resourceType must be "Questionnaire").' };
  }
  const q = input as {
    name?: unknown;
    url?: unknown;
    title?: unknown;
    description?: unknown;
    _title?: unknown;
    extension?: FhirExtension[];
    item?: unknown;
    contained?: unknown;
  };
  const extensions = Array.isArray(q.extension) ? q.extension : [];
  const ctx = newContext(extensions, q.contained);

  const sections: Section[] = [];
  const topItems = Array.isArray(q.item) ? (q.item as FhirItem[]) : [];
  let loose: Section | null = null;
  for (const top of topItems) {
    if (!isObj(top) || typeof top.linkId !== "string" || isGenerated(top.extension)) continue;
    if (top.type === "group") {
      const section: Section = {
        id: ctx.idFor(top.linkId, KEY_ID_PATTERN, "section"),
        title: localeTextFrom(top.text?.trim() || top.linkId, top._text),
        items: [],
      };
      const settings = readExt(top.extension, EXT.sectionSettings, top.linkId, ctx);
      if (isObj(settings)) {
        if (isObj(settings.description)) section.description = settings.description as LocaleText;
        if (isObj(settings.title)) section.title = settings.title as LocaleText;
      }
      if (top.repeats) ctx.note(top.linkId, "Repeating group imported once: our sections do not repeat");
      ctx.pending.push({ target: section, from: top, groups: [] });
      for (const { item: child, groups } of flatten(top.item ?? [], top, [], ctx)) {
        const item = readItem(child, ctx, groups);
        if (item) section.items.push(item);
      }
      sections.push(section);
    } else {
      // FHIR allows questions outside any group; our wizard needs a step for them.
      if (!loose) {
        loose = { id: ctx.idFor("questions", KEY_ID_PATTERN, "section"), title: { en: "Questions" }, items: [] };
        sections.push(loose);
      }
      ctx.note(top.linkId, 'Question outside any group; placed in a section called "Questions"');
      const item = readItem(top, ctx, []);
      if (item) loose.items.push(item);
    }
  }
  // Conditions are read once every id is known, so they can follow renames; a flattened group's
  // own condition joins each of its questions' conditions.
  for (const { target, from, groups } of ctx.pending.splice(0)) {
    const parts = [...groups.map((g) => readCondition(g, ctx)), readCondition(from, ctx)].filter(
      (c): c is Condition => c !== undefined,
    );
    if (parts.length === 1) target.enableWhen = parts[0];
    else if (parts.length > 1) target.enableWhen = { all: parts };
  }

  const name = keyFromUrl(q.url) ?? (typeof q.name === "string" && KEY_ID_PATTERN.test(q.name) ? q.name : fallbackKey);
  const titles = readExt(extensions, EXT.description, "(questionnaire)", ctx);
  const ownScores = readList(extensions, EXT.scores, "scores", ctx) as Definition["scores"];
  const definition: Definition = {
    key: name,
    title:
      isObj(titles) && isObj(titles.title)
        ? (titles.title as LocaleText)
        : localeTextFrom(typeof q.title === "string" && q.title.trim() ? q.title : name, q._title),
    sections,
    redFlagRules: readList(extensions, EXT.redFlagRules, "red-flag rules", ctx) as Definition["redFlagRules"],
    scores: ext(extensions, EXT.scores) ? ownScores : ordinalScores(ctx),
    constraints: readList(extensions, EXT.constraints, "constraints", ctx) as Definition["constraints"],
  };
  const languages = readExt(extensions, EXT.languages, "languages", ctx);
  if (Array.isArray(languages)) definition.languages = languages as Definition["languages"];
  if (ext(extensions, EXT.computed))
    definition.computed = readList(extensions, EXT.computed, "computed values", ctx) as Definition["computed"];
  // The marks come back as they were: validation then refuses an import whose licensed wording was changed.
  if (ext(extensions, EXT.instruments))
    definition.instruments = readList(
      extensions,
      EXT.instruments,
      "licensed instruments",
      ctx,
    ) as Definition["instruments"];
  if (isObj(titles) && isObj(titles.description)) definition.description = titles.description as LocaleText;
  else if (typeof q.description === "string" && q.description.trim()) definition.description = { en: q.description };
  refuseUnsafeInitials(definition, ctx);
  if (!ext(extensions, EXT.redFlagRules)) {
    ctx.note(
      "(questionnaire)",
      "No red-flag rules in this Questionnaire (the file has none, or a tool removed our extensions): no answer will raise an alert until they are added in the editor",
    );
  }
  return { ok: true, definition, notes: ctx.notes, counts: ctx.counts };
}

/**
 * Default answers are read per item, but whether one may be kept depends on the whole set (a red-flag rule or a
 * score that reads the question): refused ones are dropped here, each with its reason, so the draft has no problem.
 */
function refuseUnsafeInitials(definition: Definition, ctx: ImportContext) {
  const linkIds = new Map([...ctx.ids].map(([linkId, id]) => [id, linkId]));
  for (const item of definition.sections.flatMap((s) => s.items)) {
    if (item.type === "display" || !("initial" in item) || item.initial === undefined) continue;
    const why = initialRefusal(definition, item);
    if (!why) continue;
    const shown = Array.isArray(item.initial) ? item.initial.join(", ") : String(item.initial);
    ctx.note(linkIds.get(item.id) ?? item.id, `Initial answer "${shown}" not kept: ${why}`);
    delete (item as { initial?: unknown }).initial;
  }
}

const ext = (list: readonly FhirExtension[], url: string) => list.find((e) => e.url === url);

function newContext(extensions: FhirExtension[], contained: unknown): ImportContext & { notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const ctx: ImportContext & { notes: ImportNote[] } = {
    notes,
    note: (linkId, message) => notes.push({ linkId, message }),
    ids,
    items: new Map(),
    pending: [],
    valueSets: containedValueSets(contained),
    ordinals: new Map(),
    ordinalScores: [],
    ours: extensions.some((e) => e.url.startsWith(EXT.redFlagRules.replace(/red-flag-rules$/, ""))),
    counts: { items: 0, kept: 0, computed: 0, left: 0 },
    // linkIds become ids; ones our format cannot use (or a second item with the same linkId) are renamed.
    idFor: (linkId, pattern, kind) => {
      const repeat = ids.has(linkId);
      let id = linkId;
      if (!pattern.test(id) || used.has(id)) {
        const base =
          linkId
            .toLowerCase()
            .replace(/[^a-z0-9_]/g, "_")
            .replace(/^[^a-z]+/, "") || kind;
        id = base;
        for (let n = 2; used.has(id) || !pattern.test(id); n++) id = `${base}_${n}`;
        const what = kind === "q" ? "Question" : "Section";
        ctx.note(
          linkId,
          repeat
            ? `${what} id "${linkId}" is used more than once; this one imported as "${id}"`
            : `${what} id "${linkId}" is not allowed here; imported as "${id}"`,
        );
      }
      // Conditions name the first item with a linkId, as FHIR renderers resolve them.
      if (!repeat) ids.set(linkId, id);
      used.add(id);
      return id;
    },
  };
  return ctx;
}

/** Nested groups inside a section: our sections are flat, so their questions join the section. */
function flatten(
  items: FhirItem[],
  parent: FhirItem,
  groups: FhirItem[],
  ctx: ImportContext,
): { item: FhirItem; groups: FhirItem[] }[] {
  return items.flatMap((item) => {
    if (!isObj(item) || isGenerated(item.extension)) return [];
    if (item.type === "group") {
      const extra = item.enableWhen?.length ? "; its condition applies to each of them" : "";
      ctx.note(
        item.linkId,
        `Group inside section "${parent.linkId}" flattened: its questions join the section${extra}`,
      );
      if (item.repeats) ctx.note(item.linkId, "Repeating group imported once: our sections do not repeat");
      return flatten(item.item ?? [], parent, [...groups, item], ctx);
    }
    return [{ item, groups }];
  });
}

function readList(list: FhirExtension[], url: string, what: string, ctx: ImportContext): unknown[] {
  const value = readExt(list, url, "(questionnaire)", ctx);
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    ctx.note("(questionnaire)", `The ${what} extension is not a list and was ignored`);
    return [];
  }
  return value;
}

/** SDC "sum of the answers' ordinal values" totals (PHQ-9 style) as our sum scores. */
function ordinalScores(ctx: ImportContext): ScoreDefinition[] {
  const items = [...ctx.ordinals].flatMap(([linkId, values]) => {
    const id = ctx.ids.get(linkId);
    return id && ctx.items.has(id) ? [{ item: id, values }] : [];
  });
  if (items.length === 0) return [];
  return ctx.ordinalScores.map((s, n) => ({
    id: ctx.ordinalScores.length === 1 ? "total" : `total-${n + 1}`,
    title: { en: s.title },
    method: "sum",
    items,
    subscales: [],
    bands: [],
    classification: [],
  }));
}
