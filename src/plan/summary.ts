import { isRecord, isRef, isSecret } from "../kinds/common.ts";
import type { Change, Plan, PlanSummary } from "../model/types.ts";

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
  if (isSecret(value)) return "(sensitive)";
  if (isRef(value)) return "id" in value ? (labels[value.id] ?? value.id) : `(new) ${value.pending.slice(value.pending.indexOf(".") + 1)}`;
  if (Array.isArray(value)) return `[${value.map((v) => displayValue(v, labels)).join(", ")}]`;
  if (isRecord(value)) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${displayValue(v, labels)}`)
      .join(", ")}}`;
  }
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** A value for machines: references as {$ref, id, label}, secrets hidden. */
export function jsonValue(value: unknown, labels: Record<string, string>): unknown {
  if (isSecret(value)) return "(sensitive)";
  if (isRef(value)) {
    return "id" in value
      ? { $ref: value.$ref, id: value.id, label: labels[value.id] ?? null }
      : { $ref: value.$ref, pending: value.pending };
  }
  if (Array.isArray(value)) return value.map((v) => jsonValue(v, labels));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonValue(v, labels)]));
  return value;
}

export const SYMBOLS: Record<Change["action"], string> = { create: "+", update: "~", replace: "-/+", delete: "-" };
