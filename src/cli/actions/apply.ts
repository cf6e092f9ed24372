import { createInterface } from "node:readline/promises";
import { applyPlan, type ApplyResult } from "../../apply/apply-plan.ts";
import { UsageError } from "../../errors.ts";
import { loadProject } from "../../load/load-config.ts";
import type { Plan } from "../../model/types.ts";
import { checkNotStale, checkSameTarget, checkSavedDeletes, checkSavedSecrets, readSavedPlan, targetIdentity } from "../../plan/saved-plan.ts";
import { planToJson } from "../../plan/render-json.ts";
import { hasChanges } from "../../plan/summary.ts";
import { readLive } from "../../remote/read-live.ts";
import { openTarget, secretReader } from "../../session.ts";
import { targetFlags, type EngineFlags } from "../engine-flags.ts";
import { renderPlan } from "../plan-output.ts";
import type { Output } from "../output.ts";
import { progressReporter } from "../progress.ts";
import type { Runner } from "../runner.ts";
import { planCommand, printPlan } from "./plan.ts";


export async function applyFresh(flags: EngineFlags, runner: Runner): Promise<number> {
  const { run, target, loaded, refusal } = await planCommand(flags, runner);
  try {
    if (flags.format !== "json" || refusal) printPlan(run.plan, flags.format, runner, refusal);
    if (!hasChanges(run.plan)) return finish(run.plan, undefined, flags, runner.output);
    if (!flags.autoApprove && !(await confirm(target.description))) {
      runner.output.err("Apply cancelled; nothing was changed.");
      return 1;
    }
    const result = await execute(run.plan, target.client, secretReader(process.env, loaded.secrets, loaded.configDir, loaded.vars), runner.output, runner.target?.client?.sleep);
    return finish(run.plan, result, flags, runner.output);
  } finally {
    await target.close();
  }
}

/** Flags that shape a plan: with a saved plan they would be silently ignored, so they are refused. */
const PLANNING_FLAGS = [
  ["target", "--target"],
  ["exclude", "--exclude"],
  ["rotateCredentials", "--rotate-credentials"],
  ["allowDeletes", "--allow-deletes"],
  ["maxDeletes", "--max-deletes"],
  ["skipUnsupported", "--skip-unsupported"],
  ["allowAccessImpact", "--allow-access-impact"],
  ["actor", "--actor"],
] as const;

export async function applySaved(file: string, flags: EngineFlags, runner: Runner): Promise<number> {
  for (const [key, flag] of PLANNING_FLAGS) {
    if (flags[key] !== undefined) throw new UsageError(`${flag} does not apply to a saved plan, which already fixed what it changes; pass it to lumos-iac plan --out ${file}`);
  }
  const { saved, reads } = readSavedPlan(file);
  // Sensitive ${var:} values are read again from the vars of the environment the plan was made for.
  const loaded = loadProject(flags.config, process.env, flags.env ?? saved.environment.name);
  const target = await openTarget(loaded, targetFlags({ ...flags, env: flags.env ?? saved.environment.name }, runner.target));
  try {
    checkSameTarget(file, saved, targetIdentity(target));
    const live = await readLive(target.client, reads);
    checkNotStale(saved, live);
    checkSavedDeletes(saved.plan, loaded?.desired.prune, live);
    // Checked before any write, then sent from what was read (the reader reads each value once).
    const secret = secretReader(process.env, undefined, loaded?.configDir, loaded?.vars);
    checkSavedSecrets(saved.plan, live, secret, (value) => target.client.holdsToken(value));
    if (flags.format !== "json") runner.output.out(renderPlan(saved.plan, flags.format, runner.output));
    if (!hasChanges(saved.plan)) return finish(saved.plan, undefined, flags, runner.output);
    const result = await execute(saved.plan, target.client, secret, runner.output, runner.target?.client?.sleep);
    return finish(saved.plan, result, flags, runner.output);
  } finally {
    await target.close();
  }
}

export async function execute(
  plan: Plan,
  client: Parameters<typeof applyPlan>[1],
  secret: (template: string) => string,
  output: Output,
  sleep?: (ms: number) => Promise<void>,
): Promise<ApplyResult> {
  const progress = progressReporter(output);
  const finished: ApplyResult["results"] = [];
  // Ctrl-C (or a CI job cancelled) mid-apply: say what landed before the process goes.
  const interrupted = (signal: NodeJS.Signals) => {
    progress.done();
    const applied = finished.filter((r) => r.outcome === "applied" || r.outcome === "recovered").map((r) => r.address);
    output.err(
      `\nInterrupted (${signal}) during apply: ${applied.length} of ${plan.changes.length} change(s) applied${applied.length ? ` (${applied.join(", ")})` : ""}; ` +
        "the rest were not started or were in flight. Run lumos-iac plan to see where the tenant stands; apply again picks up where this stopped.",
    );
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    const result = await applyPlan(plan, client, {
      secret,
      ...(sleep ? { sleep } : {}),
      onWait: (text) => progress.step(text),
      onResult: (r, done, total) => {
        finished.push(r);
        progress.step(`applied ${done}/${total}: ${r.address}`);
      },
    });
    progress.done();
    return result;
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
  }
}

/** Text: the report below the plan. JSON: one document, the plan's shape plus `apply`. */
function finish(plan: Plan, result: ApplyResult | undefined, flags: EngineFlags, output: Output): number {
  if (flags.format === "json") {
    output.out(JSON.stringify({ ...planToJson(plan), apply: { ok: result?.ok ?? true, results: result?.results ?? [] } }, null, 2));
    return result && !result.ok ? 1 : 0;
  }
  return result ? report(result, output) : 0;
}

export function report(result: ApplyResult, output: Output): number {
  const count = (o: string) => result.results.filter((r) => r.outcome === o).length;
  for (const r of result.results) {
    if (r.adopted) output.out(`  ✓ ${r.address}: adopted (the integration's sync brought it as SYNCED; updated, not created)`);
    if (r.outcome === "recovered") output.out(`  ✓ ${r.address}: found after an ambiguous failure (not created twice)`);
    if (r.outcome === "failed") output.out(`  ✗ ${r.address}: ${r.error?.message ?? "failed"}`);
    if (r.outcome === "skipped") output.out(`  ○ ${r.address}: skipped, ${r.error?.message ?? "a dependency failed"}`);
  }
  const applied = count("applied") + count("recovered");
  if (result.ok) {
    output.out(`\nApply complete: ${applied} change${applied === 1 ? "" : "s"} applied.`);
    return 0;
  }
  output.out(`\nApply incomplete: ${applied} applied, ${count("failed")} failed, ${count("skipped")} skipped. Fix the cause and run apply again; it picks up where this left off.`);
  return 1;
}

export async function confirm(where: string): Promise<boolean> {
  if (!process.stdin.isTTY) {
    throw new UsageError("refusing to apply without --auto-approve: stdin is not a terminal, so nobody can confirm");
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`\nApply these changes to ${where}? Only 'yes' is accepted: `);
    return answer.trim() === "yes";
  } finally {
    rl.close();
  }
}
