import { existsSync, lstatSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { UnsafePlanError, UsageError } from "../../errors.ts";
import { asString } from "../../kinds/common.ts";
import type { Plan } from "../../model/types.ts";
import { liveFingerprints } from "../../plan/compute-plan.ts";
import { planToJson } from "../../plan/render-json.ts";
import { hasChanges } from "../../plan/summary.ts";
import { deleteRefusal, parseMaxDeletes, type DeleteLimits } from "../../plan/safety.ts";
import { savePlan, targetIdentity } from "../../plan/saved-plan.ts";
import { assessAccess } from "../../assess-access.ts";
import { openTarget, planAgainst, withDeferredProblems, type PlanRun, type Target } from "../../session.ts";
import { targetFlags, terraformFlags, type EngineFlags } from "../engine-flags.ts";
import { checkRotation, checkSelection, renderPlan, selectChanges } from "../plan-output.ts";
import type { Runner } from "../runner.ts";
import { progressReporter } from "../progress.ts";
import { loadConfigAsync, type LoadedConfig } from "../../load/load-config.ts";
import { redact } from "../../redact.ts";


/**
 * Loads, connects, reads and plans; applies --target/--exclude. A plan over the delete
 * threshold comes back with its `refusal`: the caller shows the plan, then throws it.
 */
export async function planCommand(
  flags: EngineFlags,
  runner: Runner,
  options: { access?: boolean } = {},
): Promise<{ run: PlanRun; target: Target; loaded: LoadedConfig; refusal?: UnsafePlanError }> {
  // Problems of single objects are reported together with the reference problems of the rest.
  const loaded = await loadConfigAsync(flags.config, process.env, {
    deferObjectProblems: true,
    ...terraformFlags(flags),
    ...(flags.env === undefined ? {} : { environment: flags.env }),
  });
  checkRotation(flags.rotateCredentials, loaded.desired.objects.map((o) => o.address));
  let limits: DeleteLimits = { allowAll: Boolean(flags.allowDeletes), ...loadedLimits(loaded) };
  if (flags.maxDeletes?.length) limits = parseMaxDeletes(flags.maxDeletes, limits);
  const target = await openTarget(loaded, targetFlags(flags, runner.target)).catch((error: unknown) => {
    throw withDeferredProblems(loaded, error);
  });
  try {
    const progress = progressReporter(runner.output);
    const run = await planAgainst(loaded, target, {
      rotateCredentials: flags.rotateCredentials === undefined ? false : flags.rotateCredentials,
      fingerprints: flags.out !== undefined,
      ...(flags.skipUnsupported ? { skipUnsupported: true } : {}),
      progress: (what) => progress.step(`read ${what}`),
    }).catch((error: unknown) => {
      throw withDeferredProblems(loaded, error);
    });
    progress.done();
    if (loaded.problems.length > 0) throw withDeferredProblems(loaded);
    if (flags.target?.length || flags.exclude?.length) checkSelection(flags, knownObjects(loaded, run));
    run.plan = selectChanges(run.plan, flags.target, flags.exclude);
    let accessRefusal: UnsafePlanError | undefined;
    if (options.access !== false) {
      // What the plan does to people, and the guardrails it trips; errors refuse it before it is shown.
      const outcome = await assessAccess(run, loaded, target.client, {
        ...(flags.actor === undefined ? {} : { actor: flags.actor }),
        allowAccessImpact: Boolean(flags.allowAccessImpact),
        progress: (what) => progress.step(`read ${what}`),
      });
      progress.done();
      if (outcome.error) throw outcome.error;
      if (process.env.GITHUB_ACTIONS === "true") {
        // Located guardrail warnings become annotations on their line (on stderr beside JSON, as errors do).
        const annotate = flags.format === "json" ? runner.output.err : runner.output.out;
        for (const f of outcome.access.guardrails) {
          if (f.level === "warning" && f.loc) annotate(`::warning file=${f.loc.file},line=${f.loc.line},col=${f.loc.col}::[${f.code}] ${f.message.replace(/\r?\n/g, " ")}`);
        }
      }
      if (outcome.access.impact.changes.length > 0 || outcome.access.guardrails.length > 0) run.plan.access = outcome.access;
      accessRefusal = outcome.refusal;
    }
    return { run, target, loaded, refusal: deleteRefusal(run.plan, run.existing, limits) ?? accessRefusal };
  } catch (error) {
    await target.close();
    throw error;
  }
}

/** Shows the plan; one refused by the delete threshold is shown, then refused (in JSON, inside the error). */
export function printPlan(plan: Plan, format: EngineFlags["format"], runner: Pick<Runner, "output">, refusal: UnsafePlanError | undefined, title?: string): void {
  if (refusal && format === "json") throw new UnsafePlanError(refusal.code, refusal.message, { ...refusal.meta, plan: planToJson(plan) });
  runner.output.out(renderPlan(plan, format, runner.output, title));
  if (refusal) throw refusal;
}

/** Every declared and every live object the plan read, by address and kind. */
function knownObjects(loaded: LoadedConfig, run: PlanRun): { address: string; kind: string }[] {
  const names = new Map((run.live.kinds.apps ?? []).map((app) => [app.id, asString(app.data.user_friendly_label)]));
  const live = Object.keys(liveFingerprints(run.live, { appName: (id) => names.get(id) })).map((address) => ({
    address,
    kind: address.slice(0, address.indexOf(".")),
  }));
  return [...loaded.desired.objects.map((o) => ({ address: o.address, kind: o.kind })), ...live, ...run.plan.changes];
}

function loadedLimits(loaded: LoadedConfig): Omit<DeleteLimits, "allowAll"> {
  return { maxDeletes: loaded.project.safety.maxDeletes, maxDeletePercent: loaded.project.safety.maxDeletePercent };
}

/** --out is checked before the tenant is read: a file (new or not) in an existing folder. */
function checkPlanFile(out: string): void {
  if (out.trim() === "") throw new UsageError("--out needs a file name, e.g. --out plan.json");
  const file = resolve(out);
  if (existsSync(file) && statSync(file).isDirectory()) throw new UsageError(`--out ${out} is a folder; name a file, e.g. --out ${out.replace(/\/$/, "")}/plan.json`);
  const folder = dirname(file);
  if (!existsSync(folder)) throw new UsageError(`--out ${out}: the folder ${folder} does not exist; create it or pick another file`);
  if (!statSync(folder).isDirectory()) throw new UsageError(`--out ${out}: ${folder} is a file, not a folder`);
  // Only a plan lumos-iac saved is replaced: never a definition, a ${file:} secret or anything
  // else, nor what a symlink or a device stands for.
  const entry = lstatSync(file, { throwIfNoEntry: false });
  if (entry && (!entry.isFile() || !isSavedPlanFile(file))) {
    throw new UsageError(`--out ${out} exists and is not a plan lumos-iac saved; it is left as it is. Name a new file, e.g. --out plan.json, or remove that one first`);
  }
}

function isSavedPlanFile(file: string): boolean {
  try {
    const saved: unknown = JSON.parse(readFileSync(file, "utf8"));
    return typeof saved === "object" && saved !== null && (saved as { type?: unknown }).type === "lumos-iac-plan";
  } catch {
    return false;
  }
}

export async function runPlan(flags: EngineFlags, runner: Runner): Promise<number> {
  if (flags.out !== undefined) checkPlanFile(flags.out);
  const { run, target, refusal } = await planCommand(flags, runner);
  try {
    printPlan(run.plan, flags.format, runner, refusal);
    if (flags.out) {
      try {
        writeFileSync(flags.out, redact(savePlan(run.plan, run.reads, targetIdentity(target))));
      } catch (error) {
        throw new UsageError(`cannot write the plan to ${flags.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}; pick another --out file`);
      }
      runner.output.err(`plan saved to ${flags.out}; apply it with: lumos-iac apply ${flags.out}`);
    }
    return flags.detailedExitcode && hasChanges(run.plan) ? 2 : 0;
  } finally {
    await target.close();
  }
}
