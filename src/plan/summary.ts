import { isRecord, isRef, isSecret } from "../kinds/common.ts";
import type { Change, FieldDiff, Plan, PlanSummary } from "../model/types.ts";
import { MASK, sensitiveLabel } from "../redact.ts";

export function summarise(plan: Pick<Plan, "changes" | "unchanged">): PlanSummary {
  const count = (action: Change["action"]) => plan.changes.filter((c) => c.action === action).length;
  return { create: count("create"), update: count("update"), replace: count("replace"), delete: count("delete"), unchanged: plan.unchanged };
}

export function hasChanges(plan: Pick<Plan, "changes">): boolean {
  return plan.changes.length > 0;
}

/** A value as people read it: references by name, secrets hidden. */
export function displayValue(value: unknown, labels: Record<string, string>): string {
  if (value === undefined || value === null) return "null";
  if (isSecret(value)) return sensitiveLabel(value.$secret);
  if (isRef(value)) return printable("id" in value ? (labels[value.id] ?? value.id) : `(new) ${value.pending.slice(value.pending.indexOf(".") + 1)}`);
  if (Array.isArray(value)) return `[${value.map((v) => displayValue(v, labels)).join(", ")}]`;
  if (isRecord(value)) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${printable(k)}: ${displayValue(v, labels)}`)
      .join(", ")}}`;
  }
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** A value for machines: references as {$ref, id, label}, secrets hidden. */
export function jsonValue(value: unknown, labels: Record<string, string>): unknown {
  if (isSecret(value)) return sensitiveLabel(value.$secret);
  if (isRef(value)) {
    return "id" in value
      ? { $ref: value.$ref, id: value.id, label: labels[value.id] ?? null }
      : { $ref: value.$ref, pending: value.pending };
  }
  if (Array.isArray(value)) return value.map((v) => jsonValue(v, labels));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonValue(v, labels)]));
  return value;
}

/** Which environment's values the plan used: `Values of environment "staging" (variables: team, size).` */
export function variablesNote(variables: NonNullable<Plan["variables"]>): string {
  return `Values of environment ${JSON.stringify(variables.environment)} (variables: ${variables.names.join(", ")}).`;
}

export const SYMBOLS: Record<Change["action"], string> = { create: "+", update: "~", replace: "-/+", delete: "-" };

/** Stands for a live value shown next to a sensitive desired one: it is hidden too. */
const HIDDEN_LIVE = { $secret: MASK };

/**
 * The plan with every sensitive value of an ordinary field (read through `${env:}`/`${file:}`)
 * replaced by its `${…}` template, as secrets are: the planner compared the real values, and
 * what is shown, saved and later applied holds only the template (apply reads it again). The
 * live value of a field whose desired value is sensitive is hidden as well.
 */
export function hideSensitive(plan: Plan, sensitive: ReadonlyMap<string, string>): Plan {
  if (sensitive.size === 0) return plan;
  let touched = false;
  const hide = (value: unknown): unknown => {
    if (typeof value === "string") {
      const template = value === "" ? undefined : sensitive.get(value);
      if (template === undefined) return value;
      touched = true;
      return { $secret: template };
    }
    if (Array.isArray(value)) return value.map(hide);
    if (isRecord(value) && !isSecret(value) && !isRef(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hide(v)]));
    return value;
  };
  const hideDiff = (diff: FieldDiff): FieldDiff => {
    touched = false;
    const after = hide(diff.after);
    if (!touched) return diff;
    return { ...diff, after, ...(diff.before === undefined || diff.before === null ? {} : { before: HIDDEN_LIVE }) };
  };
  return {
    ...plan,
    changes: plan.changes.map((change) => ({
      ...change,
      diff: change.diff.map(hideDiff),
      ...(change.payload ? { payload: hide(change.payload) as Record<string, unknown> } : {}),
      ...(change.reconnect ? { reconnect: hide(change.reconnect) as Record<string, unknown> } : {}),
    })),
  };
}

/**
 * Text for one line of a plan: control characters (line breaks, carriage returns, terminal
 * escapes) shown as their escapes, so a name cannot start a fake line, hide the one it is on,
 * or recolour the terminal.
 */
export function printable(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Shown as escapes: control characters (C0 and C1), line and paragraph separators, the
 * bidirectional marks, embeddings, overrides and isolates that reorder what a line shows, and
 * the invisible ones (soft hyphen, zero-width space, word joiner, byte-order mark) that make two
 * names look alike. The zero-width (non-)joiners stay: scripts and emoji need them.
 */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
const SHORT_ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

/** Refused in names: what can forge or reorder a line (control characters, separators, direction overrides and isolates, a byte-order mark). */
const FORGING_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069\ufeff]/;

/** Whether a name holds a character that could forge or reorder the line it is shown on. */
export function hasControlCharacter(text: string): boolean {
  return FORGING_CHARACTERS.test(text);
}
