import { relative } from "node:path";
import { RemoteError, UnsafePlanError, UsageError } from "../../errors.ts";
import { adoptDrift, type AdoptResult } from "../../import/adopt.ts";
import type { Plan } from "../../model/types.ts";
import { attributeDrift, driftMarkdown, driftText, usersNamed, type DriftReport } from "../../plan/drift-report.ts";
import { planToJson } from "../../plan/render-json.ts";
import { MARKDOWN_LIMIT, renderMarkdown } from "../../plan/render-markdown.ts";
import { hasChanges, variablesNote } from "../../plan/summary.ts";
import { readActivity, readIdentityChanges, readTokenUser } from "../../remote/activity.ts";
import type { LumosClient } from "../../remote/client.ts";
import { secretReader } from "../../session.ts";
import type { ApplyResult } from "../../apply/apply-plan.ts";
import { renderPlan } from "../plan-output.ts";
import { DEFAULT_WINDOW, type DriftFlags } from "../commands/drift.ts";
import { confirm, execute, report as applyReport } from "./apply.ts";
import type { Runner } from "../runner.ts";
import { planCommand } from "./plan.ts";

export async function drift(flags: DriftFlags, runner: Runner): Promise<number> {
  if (flags.adopt && flags.revert) throw new UsageError("--adopt and --revert pull opposite ways; pick one");
  if (flags.autoApprove && !flags.revert) throw new UsageError("--auto-approve goes with --revert (drift alone changes nothing)");
  const window = windowStart(flags.since ?? DEFAULT_WINDOW, Date.now());
  // Reverting keeps apply's delete threshold, access thresholds and guardrails; the report alone
  // shows every difference and reads nothing for access impact.
  const { run, target, loaded, refusal } = await planCommand({ ...flags, allowDeletes: !flags.revert }, runner, { access: flags.revert === true });
  try {
    const plan = run.plan;
    const drifted = hasChanges(plan);
    const { report, warning } = drifted ? await attribution(target.client, plan, window) : { report: undefined, warning: undefined };
    if (warning) plan.warnings.push(warning);
    const out = runner.output;
    if (flags.format === "json") {
      if (!flags.revert || !drifted || refusal) {
        const adopted = flags.adopt && drifted ? adoptDrift(loaded, plan, run.live) : undefined;
        const doc = { ...planToJson(plan), drift: report ?? null, ...(adopted ? { adopt: adopted } : {}) };
        if (refusal) throw new UnsafePlanError(refusal.code, refusal.message, { ...refusal.meta, plan: doc });
        out.out(JSON.stringify(doc, null, 2));
        return exitCode(drifted, adopted);
      }
    } else {
      if (flags.format === "markdown") out.out(markdownReport(plan, report, `lumos-iac drift report: ${flags.url ? target.description : target.environment}`));
      else {
        out.out(drifted ? `Drift in ${target.description}: the tenant differs from the configuration.\n` : `No drift in ${plan.unselected ? "the selected objects of " : ""}${target.description}.`);
        if (!drifted && plan.variables) out.out(variablesNote(plan.variables));
        if (report) out.out(`${driftText(report)}\n`);
        if (drifted) out.out(renderPlan(plan, "text", out));
      }
      if (!drifted) return 0;
      if (flags.adopt) {
        const adopted = adoptDrift(loaded, plan, run.live);
        printAdopted(adopted, runner);
        return exitCode(drifted, adopted);
      }
      if (!flags.revert) return 2;
      if (refusal) throw refusal;
    }
    // --revert with drift: apply the configuration back.
    if (!flags.autoApprove && !(await confirm(target.description))) {
      out.err("Revert cancelled; nothing was changed.");
      return 1;
    }
    const result = await execute(plan, target.client, secretReader(process.env, loaded.secrets, loaded.configDir, loaded.vars), out);
    if (flags.format === "json") {
      out.out(JSON.stringify({ ...planToJson(plan), drift: report ?? null, apply: { ok: result.ok, results: result.results } }, null, 2));
      return result.ok ? 0 : 1;
    }
    return revertReport(result, runner);
  } finally {
    await target.close();
  }
}

/** The activity behind the drift; without it (a server that refuses the read) the report says so. */
async function attribution(client: LumosClient, plan: Plan, since: Date): Promise<{ report?: DriftReport; warning?: string }> {
  try {
    const [activity, tokenUser, people] = await Promise.all([readActivity(client, since), readTokenUser(client), readIdentityChanges(client, usersNamed(plan), since)]);
    return { report: attributeDrift(plan, activity, tokenUser, since.toISOString(), people) };
  } catch (error) {
    if (!(error instanceof RemoteError)) throw error;
    return { warning: `who changed what is unknown: the activity log could not be read (${error.message})` };
  }
}

function markdownReport(plan: Plan, report: DriftReport | undefined, title: string): string {
  const rendered = renderMarkdown(plan, title);
  if (!report) return rendered;
  // Attribution first, where an alert shows it; the changes follow in their collapsible blocks.
  const at = rendered.indexOf("<details>");
  // Together they stay under GitHub's limit for an issue or comment.
  const table = `${driftMarkdown(report, Math.max(500, MARKDOWN_LIMIT - rendered.length - 300))}\n`;
  // A blank line first: right after the summary table, a line would read as one of its rows.
  const before = (at < 0 ? rendered : rendered.slice(0, at)).replace(/\n*$/, "\n\n");
  return at < 0 ? `${before}${table}` : `${before}${table}${rendered.slice(at)}`;
}

function printAdopted(adopted: AdoptResult, runner: Runner): void {
  const out = runner.output;
  const files = adopted.files.map((f) => relative(process.cwd(), f) || f);
  out.out(`\nAdopted ${adopted.adopted.length} object${adopted.adopted.length === 1 ? "" : "s"} into ${files.length ? files.join(", ") : "no file"}; review the change (git diff) and plan again.`);
  for (const skip of adopted.skipped) out.out(`  ○ ${skip.address}: not adopted, ${skip.reason}`);
}

/** 0 once everything drifted is written back (or nothing drifted), 2 while some drift remains. */
function exitCode(drifted: boolean, adopted: AdoptResult | undefined): number {
  if (!drifted) return 0;
  if (!adopted) return 2;
  return adopted.skipped.length === 0 ? 0 : 2;
}

function revertReport(result: ApplyResult, runner: Runner): number {
  const code = applyReport(result, runner.output);
  if (code === 0) runner.output.out("The tenant matches the configuration again.");
  return code;
}

const DURATION = /^(\d+)\s*(m|h|d)$/;

/** --since: an ISO-8601 time, or a span back from now (30m, 12h, 7d). */
export function windowStart(since: string, now: number): Date {
  const span = DURATION.exec(since.trim());
  if (span) return new Date(now - Number(span[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[span[2] as "m" | "h" | "d"]);
  const at = Date.parse(since);
  if (Number.isNaN(at) || !/^\d{4}-\d{2}-\d{2}/.test(since)) throw new UsageError(`--since ${JSON.stringify(since)} is neither an ISO-8601 time (2026-11-01T00:00:00Z) nor a span such as 12h or 7d`);
  if (at > now) throw new UsageError(`--since ${since} is in the future`);
  return new Date(at);
}
