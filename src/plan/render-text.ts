import type { Plan } from "../model/types.ts";
import { jsonDiffLines } from "./json-diff.ts";
import { accessSummary, impactLines } from "./render-access.ts";
import { displayValue, printable, summarise, SYMBOLS, variablesNote } from "./summary.ts";

export interface TextOptions {
  color: boolean;
}

const COLORS = { create: "\u001b[32m", update: "\u001b[33m", replace: "\u001b[35m", delete: "\u001b[31m", dim: "\u001b[2m", bold: "\u001b[1m", reset: "\u001b[0m" };

const indent = (depth: number) => " ".repeat(6 + depth * 2);

/** The plan as Terraform users expect to read it: one block per change, a summary line. */
export function renderText(plan: Plan, options: TextOptions): string {
  const paint = (code: keyof typeof COLORS, text: string) => (options.color ? `${COLORS[code]}${text}${COLORS.reset}` : text);
  const lines: string[] = [];
  if (plan.variables) lines.push(paint("dim", variablesNote(plan.variables)), "");
  for (const warning of plan.warnings) lines.push(paint("dim", `note: ${printable(warning)}`));
  if (plan.warnings.length > 0) lines.push("");
  const summary = summarise(plan);
  if (plan.changes.length === 0) {
    lines.push(
      plan.unselected
        ? `No changes selected. ${plan.unselected} change${plan.unselected === 1 ? " is" : "s are"} pending outside --target/--exclude.`
        : `No changes. The tenant matches the configuration (${summary.unchanged} object${summary.unchanged === 1 ? "" : "s"} checked).`,
    );
    return lines.join("\n");
  }
  lines.push("lumos-iac will make these changes:", "");
  for (const change of plan.changes) {
    const symbol = SYMBOLS[change.action];
    const suffix = change.notes?.length ? paint("dim", `   # ${printable(change.notes.join("; "))}`) : "";
    lines.push(`  ${paint(change.action, `${symbol} ${printable(change.address)}`)}${suffix}`);
    // Field diffs as a tree, nested like the YAML they come from.
    let previous: string[] = [];
    for (const diff of change.diff) {
      const parts = diff.path.split(".");
      let shared = 0;
      while (shared < parts.length - 1 && shared < previous.length - 1 && parts[shared] === previous[shared]) shared++;
      for (let depth = shared; depth < parts.length - 1; depth++) lines.push(`${indent(depth)}${parts[depth]}:`);
      const json = jsonDiffLines(diff, plan.labels);
      if (json) {
        // Free-form JSON: a JSON diff below the field's name.
        const at = indent(parts.length - 1);
        lines.push(`${at}${parts[parts.length - 1]}:`);
        for (const line of json) {
          const text = `${line.marker} ${line.text}`;
          lines.push(`${at}  ${line.marker === "+" ? paint("create", text) : line.marker === "-" ? paint("delete", text) : text}`);
        }
        previous = parts;
        continue;
      }
      const after = displayValue(diff.after, plan.labels);
      const value = change.action === "create" || diff.before === undefined ? after : `${displayValue(diff.before, plan.labels)} ${paint("dim", "→")} ${after}`;
      lines.push(`${indent(parts.length - 1)}${parts[parts.length - 1]}: ${value}`);
      previous = parts;
    }
    lines.push("");
  }
  if (plan.access && plan.access.impact.changes.length > 0) {
    // What the changes do to people: who gains or loses what, per change.
    lines.push(paint("bold", `Access impact: ${accessSummary(plan.access)}`));
    for (const impact of plan.access.impact.changes) {
      lines.push(`  ${printable(impact.address)}`);
      for (const line of impactLines(impact)) lines.push(`${indent(0)}${line}`);
    }
    lines.push("");
  }
  lines.push(
    paint(
      "bold",
      `Plan: ${summary.create} to create, ${summary.update} to update, ${summary.replace} to replace, ${summary.delete} to delete, ${summary.unchanged} unchanged.`,
    ),
  );
  return lines.join("\n");
}
