import { diffString } from "json-diff";
import { isRecord, isRef, isSecret } from "../kinds/common.ts";
import type { FieldDiff } from "../model/types.ts";
import { sensitiveLabel } from "../redact.ts";

/** One line of a JSON diff: `+` added, `-` removed, ` ` context; `text` without the marker. */
export interface JsonDiffLine {
  marker: "+" | "-" | " ";
  text: string;
}

const isJsonObject = (value: unknown): value is Record<string, unknown> => isRecord(value) && !isSecret(value) && !isRef(value);

/**
 * A change of a free-form JSON field (an access policy's access_condition, an integration's
 * settings) as a JSON diff drawn by json-diff, or undefined for any other field. Only for
 * display: whether the field changed was decided by the planner's own comparison. Sensitive
 * values are already hidden in the plan and show as their label; a live value hidden because
 * the desired one is sensitive is no object, so such a field is shown the ordinary way.
 */
export function jsonDiffLines(diff: FieldDiff, labels: Record<string, string>): JsonDiffLine[] | undefined {
  const before = diff.before ?? undefined;
  if (!isJsonObject(diff.after) || (before !== undefined && !isJsonObject(before))) return undefined;
  const text = diffString(shown(before ?? {}, labels), shown(diff.after, labels), { color: false, maxElisions: 1 });
  if (text === "") return undefined;
  return text
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => ({ marker: line[0] === "+" || line[0] === "-" ? line[0] : " ", text: line.slice(1) }));
}

/** References by their label and secrets by their `(sensitive: …)` label, so json-diff sees plain JSON. */
function shown(value: unknown, labels: Record<string, string>): unknown {
  if (isSecret(value)) return sensitiveLabel(value.$secret);
  if (isRef(value)) return "id" in value ? (labels[value.id] ?? value.id) : `(new) ${value.pending.slice(value.pending.indexOf(".") + 1)}`;
  if (Array.isArray(value)) return value.map((v) => shown(v, labels));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shown(v, labels)]));
  return value;
}
