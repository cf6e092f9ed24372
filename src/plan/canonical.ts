import { createHash } from "node:crypto";

/** JSON with object keys sorted, so equal values always print the same. */
export function stableStringify(value: unknown): string {
  if (value === undefined) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
}

/** Arrays of objects sorted too: for values whose collections Lumos returns in any order. */
export function orderInsensitive(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(orderInsensitive);
    return items.every((item) => typeof item === "object" && item !== null)
      ? [...items].sort((a, b) => stableStringify(a).localeCompare(stableStringify(b)))
      : items;
  }
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, orderInsensitive(v)]));
}

export function fingerprint(value: unknown): string {
  return createHash("sha256").update(stableStringify(orderInsensitive(value))).digest("hex").slice(0, 32);
}
