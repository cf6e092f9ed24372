import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { isCollection, isMap, isScalar, isSeq, parseDocument, type Document } from "yaml";
import { UsageError } from "../errors.ts";
import { exportTenant } from "../import/export-tenant.ts";
import { configKeyOf, KINDS, type ConfigKey } from "../kinds/registry.ts";
import type { LiveState, Plan } from "../model/types.ts";
import type { LoadedConfig } from "./load-config.ts";

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
  const docs = new Map<string, Document>();
  const doc = (file: string): Document => {
    let found = docs.get(file);
    if (!found) {
      found = parseDocument(readFileSync(file, "utf8"), { keepSourceTokens: false });
      docs.set(file, found);
    }
    return found;
  };
  /** Entries to remove, per file, removed last and from the end so indices hold. */
  const removals = new Map<string, (string | number)[][]>();

  for (const change of plan.changes) {
    const key = configKeyOf(change.kind);
    if (change.action === "create") {
      const origin = loaded.origins.get(change.address);
      if (!origin) {
        result.skipped.push({ address: change.address, reason: "its declaration was not found in a file" });
        continue;
      }
      removals.set(origin.file, [...(removals.get(origin.file) ?? []), origin.path]);
      result.adopted.push(change.address);
      continue;
    }
    const value = change.id || KINDS[key].singleton ? exportOne(live, key, change.id) : undefined;
    if (!value) {
      result.skipped.push({ address: change.address, reason: "the tenant's values of this object could not be read back as configuration" });
      continue;
    }
    if (change.action === "delete") {
      const file = fileDeclaring(loaded, change.kind);
      const target = doc(file);
      if (KINDS[key].singleton) target.set(key, target.createNode(value.sources));
      else {
        const list = target.get(key);
        if (isSeq(list)) list.add(target.createNode(value));
        else target.set(key, target.createNode([value]));
      }
      result.adopted.push(change.address);
      if (!result.files.includes(file)) result.files.push(file);
      continue;
    }
    const origin = loaded.origins.get(change.address);
    if (!origin) {
      result.skipped.push({ address: change.address, reason: "its declaration was not found in a file" });
      continue;
    }
    const target = doc(origin.file);
    const before = result.skipped.length;
    for (const diff of change.diff) {
      const path = diff.path.split(".");
      const at = [...origin.path, ...(KINDS[key].singleton ? [] : path)];
      const current = target.getIn(at, true);
      if (writtenWithReference(current)) {
        result.skipped.push({ address: change.address, reason: `${diff.path} is written with \${…}; change it by hand` });
        continue;
      }
      const wanted = KINDS[key].singleton ? value.sources : valueAt(value, path);
      if (wanted === undefined) {
        if (Array.isArray(diff.after)) target.setIn(at, target.createNode([]));
        else target.deleteIn(at);
        continue;
      }
      const node = target.createNode(wanted);
      // A list or mapping written on one line stays on one line.
      if (isCollection(node) && isCollection(current) && current.flow) node.flow = true;
      target.setIn(at, node);
    }
    if (result.skipped.length === before) result.adopted.push(change.address);
    if (!result.files.includes(origin.file)) result.files.push(origin.file);
  }

  for (const [file, paths] of removals) {
    const target = doc(file);
    const sorted = [...paths].sort((a, b) => Number(b.at(-1)) - Number(a.at(-1)));
    for (const path of sorted) target.deleteIn(path);
    if (!result.files.includes(file)) result.files.push(file);
  }
  for (const file of result.files) writeFileSync(file, docs.get(file)!.toString({ lineWidth: 0 }));
  return result;
}

/** The tenant's object of this kind and ID, written as configuration (references by name). */
function exportOne(live: LiveState, key: ConfigKey, id: string | undefined): Record<string, unknown> | undefined {
  const objects = live.kinds[key];
  if (!objects) return undefined;
  if (KINDS[key].singleton) {
    const exported = exportTenant(live)[key];
    return exported ? ({ sources: exported } as Record<string, unknown>) : undefined;
  }
  // Only this object of its kind, every other kind as read (apps name the others' references).
  const only: LiveState = { ...live, kinds: { ...live.kinds, [key]: objects.filter((o) => o.id === id) } };
  const exported = exportTenant(only)[key]?.[0];
  return typeof exported === "object" && exported !== null ? (exported as Record<string, unknown>) : undefined;
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
  if (isScalar(node)) return typeof node.value === "string" && node.value.includes("${");
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
