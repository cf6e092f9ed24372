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
  return text.replace(CONTROL_CHARACTERS, (c) => (c.charCodeAt(0) < 0x100 ? JSON.stringify(c).slice(1, -1) : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}

/** Control characters, line and paragraph separators, and the bidirectional overrides that reorder what a line shows. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
