import { isRecord, isRef, isSecret } from "../kinds/common.ts";
import type { FieldDiff } from "../model/types.ts";
import { stableStringify } from "./canonical.ts";

export interface DiffOptions {
  /** Field names whose arrays are compared as sets. */
  sets: ReadonlySet<string>;
  /** Dotted paths never compared. */
  writeOnly: readonly string[];
  /** Dotted paths of objects compared whole rather than field by field. */
  atomic?: readonly string[];
  /** Server defaults by dotted path: an empty live value counts as its default. */
  defaults?: Readonly<Record<string, unknown>>;
}

/**
 * Compares only what the user declared: every field present in `desired` against the same
 * field in `live`, recursing into objects. Empty values (null, [], "", absent) are equal to
 * each other; set-like arrays ignore order. Returns one entry per differing leaf.
 */
export function diffDeclared(desired: Record<string, unknown>, live: Record<string, unknown> | undefined, options: DiffOptions, prefix = ""): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const [key, want] of Object.entries(desired)) {
    if (want === undefined) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (options.writeOnly.includes(path)) continue;
    const reported = live?.[key];
    const have = isEmpty(reported) && options.defaults && path in options.defaults ? options.defaults[path] : reported;
    if (isRecord(want) && !isRef(want) && !isSecret(want) && !options.atomic?.includes(path)) {
      out.push(...diffDeclared(want, isRecord(have) ? have : undefined, options, path));
      continue;
    }
    if (!sameValue(want, have, options.sets.has(key))) out.push({ path, before: reported ?? null, after: want });
  }
  return out;
}

function sameValue(a: unknown, b: unknown, asSet: boolean): boolean {
  // Two non-empty strings (most fields) are the same exactly when their JSON is.
  if (typeof a === "string" && typeof b === "string" && a !== "" && b !== "") return a === b;
  return normalise(a, asSet) === normalise(b, asSet);
}

function normalise(value: unknown, asSet: boolean): string {
  if (isEmpty(value)) return "∅";
  if (Array.isArray(value)) {
    const items = value.map((item) => stableStringify(item));
    return `[${(asSet ? [...new Set(items)].sort() : items).join(",")}]`;
  }
  return stableStringify(value);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}
