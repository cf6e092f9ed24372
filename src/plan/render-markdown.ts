import type { Plan } from "../model/types.ts";
import { displayValue, summarise, SYMBOLS } from "./summary.ts";

/** GitHub keeps comments under 65,536 characters. */
export const MARKDOWN_LIMIT = 65_000;

/** For pull-request comments: a summary table, then each kind's changes in a collapsible block. */
export function renderMarkdown(plan: Plan, title = "lumos-iac plan"): string {
  const summary = summarise(plan);
  const head = [
    `### ${title}`,
    "",
    "| Create | Update | Replace | Delete | Unchanged |",
    "|---:|---:|---:|---:|---:|",
    `| ${summary.create} | ${summary.update} | ${summary.replace} | ${summary.delete} | ${summary.unchanged} |`,
    "",
  ];
  if (plan.changes.length === 0) head.push("No changes. The tenant matches the configuration.", "");
  for (const warning of plan.warnings) head.push(`> ${escape(warning)}`, "");
  const sections: string[] = [];
  const kinds = [...new Set(plan.changes.map((c) => c.kind))];
  for (const kind of kinds) {
    const changes = plan.changes.filter((c) => c.kind === kind);
    const body: string[] = ["```diff"];
    for (const change of changes) {
      const sign = change.action === "create" ? "+" : change.action === "delete" ? "-" : change.action === "replace" ? "!" : "~";
      body.push(`${sign} ${SYMBOLS[change.action]} ${change.address}${change.notes ? `  (${change.notes.join("; ")})` : ""}`);
      for (const diff of change.diff) {
        const after = displayValue(diff.after, plan.labels);
        body.push(diff.before === undefined ? `    ${diff.path}: ${after}` : `    ${diff.path}: ${displayValue(diff.before, plan.labels)} → ${after}`);
      }
    }
    body.push("```");
    sections.push(`<details><summary><b>${kind}</b>: ${changes.length} change${changes.length === 1 ? "" : "s"}</summary>\n\n${body.join("\n")}\n\n</details>\n`);
  }
  let out = head.join("\n");
  for (const [index, section] of sections.entries()) {
    const note = `\n_${sections.length - index} more section(s) left out to stay under GitHub's comment limit; run \`lumos-iac plan\` for the full plan._\n`;
    if (out.length + section.length + note.length > MARKDOWN_LIMIT) {
      out += note;
      break;
    }
    out += `${section}\n`;
  }
  return out.trimEnd() + "\n";
}

function escape(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;"));
}
