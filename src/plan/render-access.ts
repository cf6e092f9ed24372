import type { ChangeImpact, PlanAccess } from "../model/access.ts";
import { printable } from "./summary.ts";

/** One line of totals: what the plan does to people, over all changes. */
export function accessSummary(access: PlanAccess): string {
  const t = access.impact.totals;
  const parts: string[] = [];
  const people = (n: number) => `${n} ${n === 1 ? "person" : "people"}`;
  if (t.gaining_preapproval) parts.push(`${people(t.gaining_preapproval)} newly pre-approved`);
  if (t.losing_preapproval) parts.push(`${people(t.losing_preapproval)} no longer pre-approved`);
  if (t.gaining_request) parts.push(`${people(t.gaining_request)} able to request`);
  if (t.losing_request) parts.push(`${people(t.losing_request)} no longer able to request`);
  if (t.losing_access) parts.push(`${people(t.losing_access)} losing access they hold`);
  if (t.orphaned_requests) parts.push(`${t.orphaned_requests} pending request${t.orphaned_requests === 1 ? "" : "s"} orphaned`);
  const approvers = access.impact.changes.reduce((n, c) => n + c.approvers_added.length + c.approvers_removed.length, 0);
  if (approvers) parts.push(`${approvers} approver change${approvers === 1 ? "" : "s"}`);
  return parts.length > 0 ? parts.join(", ") : "no change for people";
}

/** The lines describing one change's impact, each `label (count): names`, names capped at `max`. */
export function impactLines(impact: ChangeImpact, max = Infinity): string[] {
  const lines: string[] = [];
  const list = (label: string, names: string[]) => {
    if (names.length === 0) return;
    const shown = names.slice(0, max);
    const more = names.length - shown.length;
    lines.push(printable(`${label} (${names.length}): ${shown.join(", ")}${more > 0 ? `, … ${more} more` : ""}`));
  };
  list("newly pre-approved", impact.gains_preapproval);
  list("no longer pre-approved", impact.loses_preapproval);
  list("can now request", impact.gains_request);
  list("can no longer request", impact.loses_request);
  list("lose access they hold", impact.loses_access);
  list(
    "pending requests orphaned",
    impact.orphaned_requests.map((r) => `${r.target} (${r.status})`),
  );
  list("approvers added", impact.approvers_added);
  list("approvers removed", impact.approvers_removed);
  return lines;
}

/** Guardrail findings as `file:line:col: level [CODE] message`. */
export function guardrailLines(access: PlanAccess): string[] {
  return access.guardrails.map((f) => printable(`${f.loc ? `${f.loc.file}:${f.loc.line}:${f.loc.col}: ` : ""}${f.level} [${f.code}] ${f.message}`));
}
