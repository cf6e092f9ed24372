import type { Plan } from "../model/types.ts";
import { jsonValue, summarise } from "./summary.ts";

/**
 * The documented, versioned JSON shape:
 * {"format_version": "1", "summary": {create, update, replace, delete, unchanged},
 *  "changes": [{address, kind, action, id, diff: [{path, before, after}], notes}], "warnings": [...],
 *  "access": {impact: {changes, totals}, guardrails: [...], actor} when the plan changes something for people}
 * References appear as {$ref, id, label}; secrets as "(sensitive)".
 */
export function planToJson(plan: Plan): Record<string, unknown> {
  return {
    format_version: plan.format_version,
    summary: summarise(plan),
    changes: plan.changes.map((change) => ({
      address: change.address,
      kind: change.kind,
      action: change.action,
      id: change.id ?? null,
      diff: change.diff.map((d) => ({
        path: d.path,
        ...(d.before !== undefined ? { before: jsonValue(d.before, plan.labels) } : {}),
        after: jsonValue(d.after, plan.labels),
      })),
      ...(change.notes ? { notes: change.notes } : {}),
    })),
    warnings: plan.warnings,
    ...(plan.skipped ? { skipped: plan.skipped } : {}),
    ...(plan.variables ? { variables: plan.variables } : {}),
    ...(plan.access ? { access: plan.access } : {}),
  };
}

export function renderJson(plan: Plan): string {
  return JSON.stringify(planToJson(plan), null, 2);
}
