import { createHash } from "node:crypto";

/** JSON with object keys sorted, so equal values always print the same. */
export function stableStringify(value: unknown): string {
  return canonical(value, false);
}

const collator = new Intl.Collator();

/**
 * Canonical JSON: keys sorted, `undefined` left out, and — when `unordered` — arrays of objects
 * sorted too (for values whose collections Lumos returns in any order). Each item is
 * serialised once and the sort compares those strings.
 */
function canonical(value: unknown, unordered: boolean): string {
  if (value === undefined) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) {
    const items = value.map((item) => canonical(item, unordered));
    if (unordered && value.every((item) => typeof item === "object" && item !== null)) items.sort(collator.compare);
    return `[${items.join(",")}]`;
  }
  // Keys in code-unit order (the default sort); built in one pass, as this runs for every value of a plan.
  const record = value as Record<string, unknown>;
  let out = "";
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) continue;
    out += `${out ? "," : ""}${JSON.stringify(key)}:${canonical(item, unordered)}`;
  }
  return `{${out}}`;
}

/** A short hash of a value that does not depend on key order or on the order of arrays of objects. */
export function fingerprint(value: unknown): string {
  return createHash("sha256").update(canonical(value, true)).digest("hex").slice(0, 32);
}
