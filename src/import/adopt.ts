import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { Document as YamlDocument, isCollection, isMap, isScalar, isSeq, parseDocument, stringify, visit, type Document } from "yaml";
import { LumosIacError, UsageError } from "../errors.ts";
import { exportTenant, refusedName } from "./export-tenant.ts";
import { escapeTemplates, hasReference } from "../load/substitute.ts";
import { printable } from "../plan/summary.ts";
import { configKeyOf, KINDS, type ConfigKey } from "../kinds/registry.ts";
import type { LiveState, Plan } from "../model/types.ts";
import type { LoadedConfig } from "../load/load-config.ts";

export interface AdoptResult {
  /** Objects whose live values were written into the files. */
  adopted: string[];
  /** Objects or fields left as they are, and why. */
  skipped: { address: string; reason: string }[];
  /** Files rewritten (absolute paths). */
  files: string[];
}

const YAML_FILE = /\.ya?ml$/i;

/**
 * Writes the tenant's values back into the YAML files the drifted objects were declared in, so
 * that planning again shows no changes: changed fields take the live value (by name, as the
 * configuration writes references), objects created outside the configuration are appended
 * to the file that declares others of their kind, and objects deleted outside it are removed.
 * Comments, key order and flow or block style are kept. Fields written with `${…}` are left
 * for a person to change. Objects declared in a file that is not YAML are refused before any
 * file is written.
 */
export function adoptDrift(loaded: Pick<LoadedConfig, "origins" | "files" | "configFile" | "desired">, plan: Pick<Plan, "changes">, live: LiveState): AdoptResult {
  const foreign = plan.changes.flatMap((change) => {
    const origin = loaded.origins.get(change.address);
    return origin && !YAML_FILE.test(origin.file) ? [`${change.address} (${shown(origin.file)})`] : [];
  });
  if (foreign.length > 0) {
    throw new UsageError(`drift --adopt writes only YAML files; these objects are declared elsewhere: ${foreign.join(", ")}. Change their source by hand, or adopt the rest with --exclude`);
  }
  const result: AdoptResult = { adopted: [], skipped: [], files: [] };
  const files = new Map<string, EditedFile>();
  const file = (path: string): EditedFile => {
    let found = files.get(path);
    if (!found) {
      const text = readFileSync(path, "utf8");
      found = { text, doc: parseDocument(text), edits: [] };
      files.set(path, found);
    }
    return found;
  };

  for (const change of plan.changes) {
    const key = configKeyOf(change.kind);
    const origin = loaded.origins.get(change.address);
    if (change.action === "create") {
      if (!origin) {
        result.skipped.push({ address: change.address, reason: "its declaration was not found in a file" });
        continue;
      }
      const edited = file(origin.file);
      const removal = removeItem(edited, origin.path);
      if (!removal) {
        result.skipped.push({ address: change.address, reason: "it is written in a style this cannot remove safely; delete it by hand" });
        continue;
      }
      edited.edits.push(removal);
      result.adopted.push(change.address);
      continue;
    }
    const value = change.id || KINDS[key].singleton ? exportOne(live, key, change.id) : undefined;
    if (!value) {
      result.skipped.push({ address: change.address, reason: "the tenant's values of this object could not be read back as configuration" });
      continue;
    }
    if (refusedName(key, value) !== undefined) {
      result.skipped.push({ address: printable(change.address), reason: "its name has a control character, which the configuration refuses; rename it in Lumos" });
      continue;
    }
    if (change.action === "delete") {
      const path = fileDeclaring(loaded, change.kind);
      file(path).edits.push(appendItem(file(path), key, KINDS[key].singleton ? value.sources : value));
      result.adopted.push(change.address);
      continue;
    }
    if (!origin) {
      result.skipped.push({ address: change.address, reason: "its declaration was not found in a file" });
      continue;
    }
    const edited = file(origin.file);
    const before = result.skipped.length;
    for (const diff of change.diff) {
      const path = KINDS[key].singleton ? [] : diff.path.split(".");
      const at = [...origin.path, ...path];
      const node = edited.doc.getIn(at, true);
      if (writtenWithReference(node)) {
        result.skipped.push({ address: change.address, reason: `${diff.path} is written with \${…}; change it by hand` });
        continue;
      }
      let wanted = KINDS[key].singleton ? value.sources : valueAt(value, path);
      if (wanted === undefined && Array.isArray(diff.after)) wanted = [];
      const edit = wanted === undefined ? removeField(edited, at) : replaceNode(edited, node, wanted);
      if (!edit) {
        result.skipped.push({ address: change.address, reason: `${diff.path} is written in a style this cannot rewrite safely; set it by hand` });
        continue;
      }
      edited.edits.push(edit);
    }
    if (result.skipped.length === before) result.adopted.push(change.address);
  }

  // Every edit is a splice of the original text: what is not adopted stays byte for byte.
  const out = new Map<string, string>();
  for (const [path, edited] of files) {
    if (edited.edits.length === 0) continue;
    const edits = [...edited.edits].sort((a, b) => b.start - a.start);
    let text = edited.text;
    let limit = Infinity;
    for (const edit of edits) {
      if (edit.end > limit) throw new LumosIacError("ADOPT_OVERLAP", `cannot adopt into ${shown(path)}: two changes touch the same lines; adopt them one --target at a time`);
      text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
      limit = edit.start;
    }
    const check = parseDocument(text);
    if (check.errors.length > 0) throw new LumosIacError("ADOPT_INVALID", `adopting into ${shown(path)} would not leave valid YAML (${check.errors[0]!.message.split("\n")[0]}); nothing was written`);
    out.set(path, text);
  }
  for (const [path, text] of out) {
    writeFileSync(path, text);
    result.files.push(path);
  }
  return result;
}

interface EditedFile {
  text: string;
  doc: Document;
  edits: Edit[];
}

/** Replace text[start, end) with text. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** Later lines of a block rendered at `column`. */
function indentTail(block: string, column: number): string {
  const pad = " ".repeat(column);
  return block.replace(/\n(?=.)/g, `\n${pad}`);
}

type StringStyle = "PLAIN" | "QUOTE_DOUBLE" | "QUOTE_SINGLE";

/** How the text being replaced quotes its strings (its first string), so new ones match. */
function stringStyle(node: unknown): StringStyle {
  if (isScalar(node)) return node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE" ? node.type : "PLAIN";
  if (isSeq(node)) for (const item of node.items) if (isScalar(item) && typeof item.value === "string") return stringStyle(item);
  if (isMap(node)) for (const pair of node.items) if (isScalar(pair.value) && typeof pair.value.value === "string") return stringStyle(pair.value);
  return "PLAIN";
}

/** A value on one line, as flow YAML; `padded` writes `{ a: 1 }` rather than `{a: 1}`. */
function flowText(value: unknown, padded: boolean, strings: StringStyle): string {
  const doc = new YamlDocument(value);
  visit(doc, {
    Map: (_, node) => {
      node.flow = true;
    },
    Seq: (_, node) => {
      node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: padded, defaultStringType: strings, defaultKeyType: "PLAIN" }).trimEnd();
}

function blockText(value: unknown, strings: StringStyle = "PLAIN"): string {
  return stringify(value, { lineWidth: 0, defaultStringType: strings, defaultKeyType: "PLAIN" });
}

/** The new text of one value, in the style of the node it replaces. */
function replaceNode(edited: EditedFile, node: unknown, value: unknown): Edit | undefined {
  if (!(isScalar(node) || isCollection(node)) || !node.range) return undefined;
  const [start, end] = node.range;
  const old = edited.text.slice(start, end);
  const scalarValue = value === null || typeof value !== "object";
  if (isScalar(node) || (isCollection(node) && node.flow) || scalarValue || (Array.isArray(value) && value.length === 0)) {
    const strings = stringStyle(node);
    const text = scalarValue ? blockText(value, strings).trimEnd() : flowText(value, /^[[{] /.test(old) || (old.length <= 2 && isMap(node)), strings);
    if (text.includes("\n")) return undefined;
    // A block collection ends with its line break; a value written in its place keeps one.
    return { start, end, text: old.endsWith("\n") && !text.endsWith("\n") ? `${text}\n` : text };
  }
  return { start, end, text: indentTail(blockText(value, stringStyle(node)), columnOf(edited.text, start)) };
}

/** Removes `key: value` of a field the tenant no longer has, from a block mapping. */
function removeField(edited: EditedFile, at: (string | number)[]): Edit | undefined {
  const parent = edited.doc.getIn(at.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  if (parent.flow) {
    // `{ a: 1, b: 2 }` is written again without the field, on one line as before.
    const rest = { ...(parent.toJSON() as Record<string, unknown>) };
    delete rest[String(at.at(-1))];
    return replaceNode(edited, parent, rest);
  }
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === at.at(-1));
  const keyRange = isScalar(pair?.key) ? pair.key.range : undefined;
  const valueRange = (isScalar(pair?.value) || isCollection(pair?.value)) ? pair.value.range : undefined;
  if (!keyRange || !valueRange) return undefined;
  const start = lineStart(edited.text, keyRange[0]);
  const newline = edited.text.indexOf("\n", Math.max(valueRange[1] - 1, keyRange[0]));
  return { start, end: newline < 0 ? edited.text.length : newline + 1, text: "" };
}

/** Removes one entry (`- …`, every line of it) from a block list. */
function removeItem(edited: EditedFile, path: (string | number)[]): Edit | undefined {
  const list = edited.doc.getIn(path.slice(0, -1), true);
  const item = edited.doc.getIn(path, true);
  if (!isSeq(list) || list.flow || !(isCollection(item) || isScalar(item)) || !item.range) return undefined;
  const text = edited.text;
  let start = lineStart(text, item.range[0]);
  const column = columnOf(text, list.range?.[0] ?? start);
  // Comment lines right above the entry (as deep as it, no blank line between) go with it.
  while (start > 0) {
    const previous = lineStart(text, start - 1);
    const line = text.slice(previous, start - 1);
    if (!/^\s*#/.test(line) || line.search(/\S/) < column) break;
    start = previous;
  }
  const newline = text.indexOf("\n", item.range[1] - 1);
  let end = newline < 0 ? text.length : newline + 1;
  // One blank line between entries stays one: drop the one that separated this entry.
  const blankBefore = start >= 2 && text.slice(start - 2, start) === "\n\n";
  if (text.startsWith("\n", end)) end += 1;
  else if (end === text.length && blankBefore) start -= 1;
  return { start, end, text: "" };
}

/** Adds an entry at the end of the file's list of this kind (or the list itself, at the end of the file). */
function appendItem(edited: EditedFile, key: string, value: unknown): Edit {
  const list = edited.doc.get(key, true);
  const text = edited.text;
  if (isSeq(list) && !list.flow && list.range && list.items.length > 0) {
    const column = columnOf(text, list.range[0]);
    const spaced = text.slice(list.range[0], list.range[1]).includes("\n\n");
    const block = indentTail(blockText([value]), column);
    const at = list.range[1];
    const lead = text[at - 1] === "\n" ? "" : "\n";
    return { start: at, end: at, text: `${lead}${spaced ? "\n" : ""}${" ".repeat(column)}${block}` };
  }
  if (list === undefined) {
    const lead = text.length === 0 || text.endsWith("\n") ? "" : "\n";
    return { start: text.length, end: text.length, text: `${lead}${blockText({ [key]: KINDS[key as ConfigKey].singleton ? value : [value] })}` };
  }
  // A list written on one line, or empty: written again as a block, with the new entry.
  const range = (list as { range?: [number, number, number] }).range ?? [text.length, text.length, text.length];
  const current = (edited.doc.toJS() as Record<string, unknown>)[key];
  const items = Array.isArray(current) ? [...current, value] : [value];
  return { start: range[0], end: range[1], text: `\n${indentTail(blockText(items), 2).replace(/^/, "  ")}` };
}

/** The tenant's object of this kind and ID, written as configuration (references by name). */
function exportOne(live: LiveState, key: ConfigKey, id: string | undefined): Record<string, unknown> | undefined {
  const objects = live.kinds[key];
  if (!objects) return undefined;
  if (KINDS[key].singleton) {
    const exported = exportTenant(live)[key];
    return exported ? escapeTemplates({ sources: exported } as Record<string, unknown>) : undefined;
  }
  // Only this object of its kind, every other kind as read (apps name the others' references).
  const only: LiveState = { ...live, kinds: { ...live.kinds, [key]: objects.filter((o) => o.id === id) } };
  const exported = exportTenant(only)[key]?.[0];
  return typeof exported === "object" && exported !== null ? escapeTemplates(exported as Record<string, unknown>) : undefined;
}

function valueAt(value: unknown, path: string[]): unknown {
  let at: unknown = value;
  for (const part of path) {
    if (typeof at !== "object" || at === null) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

function writtenWithReference(node: unknown): boolean {
  if (isScalar(node)) return typeof node.value === "string" && hasReference(node.value);
  if (isMap(node) || isSeq(node)) return node.items.some((item) => writtenWithReference(isScalar(item) || isCollection(item) ? item : (item as { value?: unknown }).value));
  return false;
}

/** Where a new object of this kind goes: beside the first one declared, else the first definition file. */
function fileDeclaring(loaded: Pick<LoadedConfig, "origins" | "files" | "configFile" | "desired">, kind: string): string {
  const first = loaded.desired.objects.find((o) => o.kind === kind);
  const origin = first && loaded.origins.get(first.address);
  if (origin && YAML_FILE.test(origin.file)) return origin.file;
  return loaded.files.find((f) => f !== loaded.configFile && YAML_FILE.test(f)) ?? loaded.configFile;
}

function shown(file: string): string {
  return relative(process.cwd(), file) || file;
}
