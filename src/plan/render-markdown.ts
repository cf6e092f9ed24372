import type { Plan } from "../model/types.ts";
import type { PlanAccess } from "../model/access.ts";
import { jsonDiffLines } from "./json-diff.ts";
import { accessSummary, impactLines } from "./render-access.ts";
import { displayValue, printable, summarise, variablesNote } from "./summary.ts";

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
  if (plan.variables) head.push(escape(variablesNote(plan.variables)), "");
  if (plan.changes.length === 0) {
    head.push(plan.unselected ? `No changes selected; ${plan.unselected} pending outside --target/--exclude.` : "No changes. The tenant matches the configuration.", "");
  }
  for (const warning of plan.warnings) head.push(`> ${escape(printable(warning))}`, "");
  let out = head.join("\n");
  if (plan.access && plan.access.impact.changes.length > 0) out += accessSection(plan.access, MARKDOWN_LIMIT / 4);
  const kinds = [...new Set(plan.changes.map((c) => c.kind))];
  // Room for every later section's closing lines and the truncation note.
  const reserve = 400;
  let omitted = 0;
  for (const kind of kinds) {
    const changes = plan.changes.filter((c) => c.kind === kind);
    // A fence longer than any run of backticks in the block: no name can close it early.
    const blocks = changes.map((change) => describeChange(change, plan.labels));
    const fence = "`".repeat(blocks.reduce((longest, block) => Math.max(longest, longestBacktickRun(block) + 1), 3));
    const open = `<details><summary><b>${kind}</b>: ${changes.length} change${changes.length === 1 ? "" : "s"}</summary>\n\n${fence}diff\n`;
    const close = `${fence}\n\n</details>\n\n`;
    if (out.length + open.length + close.length + reserve > MARKDOWN_LIMIT) {
      omitted += changes.length;
      continue;
    }
    let body = "";
    for (const [index, block] of blocks.entries()) {
      if (out.length + open.length + body.length + block.length + close.length + reserve > MARKDOWN_LIMIT) {
        const left = changes.length - index;
        omitted += left;
        body += `… ${left} more\n`;
        break;
      }
      body += block;
    }
    out += open + body + close;
  }
  if (omitted > 0) out += `_${omitted} change(s) left out to stay under GitHub's comment limit; run \`lumos-iac plan\` for the full plan._\n`;
  return out.trimEnd() + "\n";
}

function describeChange(change: Plan["changes"][number], labels: Record<string, string>): string {
  // One marker per line, in the first column, where GitHub's diff highlighting reads it.
  const sign = change.action === "create" ? "+" : change.action === "delete" ? "-" : change.action === "replace" ? "!" : "~";
  const notes = [...(change.action === "replace" ? ["replaced"] : []), ...(change.notes ?? [])];
  const lines = [`${sign} ${printable(change.address)}${notes.length > 0 ? `  (${printable(notes.join("; "))})` : ""}`];
  for (const diff of change.diff) {
    const json = jsonDiffLines(diff, labels);
    if (json) {
      // Free-form JSON as a JSON diff, its markers in the first column.
      lines.push(`    ${diff.path}:`);
      for (const line of json) lines.push(`${line.marker}       ${line.text}`);
      continue;
    }
    const after = displayValue(diff.after, labels);
    lines.push(diff.before === undefined ? `    ${diff.path}: ${after}` : `    ${diff.path}: ${displayValue(diff.before, labels)} → ${after}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The access impact, collapsed, within `budget` characters (names capped, then changes left out). */
function accessSection(access: PlanAccess, budget: number): string {
  const open = `<details><summary><b>Access impact</b>: ${escape(accessSummary(access))}</summary>\n\n`;
  const close = "\n</details>\n\n";
  let body = "";
  let left = 0;
  for (const [index, impact] of access.impact.changes.entries()) {
    const block = `- ${inlineCode(printable(impact.address))}\n${impactLines(impact, 50).map((line) => `  - ${escape(line)}\n`).join("")}`;
    if (open.length + body.length + block.length + close.length > budget) {
      left = access.impact.changes.length - index;
      break;
    }
    body += block;
  }
  if (left > 0) body += `- … ${left} more; run \`lumos-iac plan\` for every name\n`;
  return open + body + close;
}

/** Text as inline code, its fence longer than any backtick run inside (padded where it starts or ends with one). */
export function inlineCode(text: string): string {
  const fence = "`".repeat(longestBacktickRun(text) + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/** Text outside code, as it reads: no HTML, link, emphasis or @-mention a name from the tenant could make. */
export function escape(text: string): string {
  return text.replace(/[<>@\\`*_[\]()#!|~]/g, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "@" ? "&#64;" : `\\${c}`));
}
