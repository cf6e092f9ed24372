import { existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Command } from "commander";
import { UnsafePlanError, UsageError } from "../../errors.ts";
import { asString } from "../../kinds/common.ts";
import type { Plan } from "../../model/types.ts";
import { liveFingerprints } from "../../plan/compute-plan.ts";
import { planToJson } from "../../plan/render-json.ts";
import { hasChanges, variablesNote } from "../../plan/summary.ts";
import { deleteRefusal, parseMaxDeletes, type DeleteLimits } from "../../plan/safety.ts";
import { savePlan, targetIdentity } from "../../plan/saved-plan.ts";
import { openTarget, planAgainst, withDeferredProblems, type PlanRun, type Target, type TargetFlags } from "../../session.ts";
import { checkRotation, checkSelection, renderPlan, selectChanges, targetFlags, terraformFlags, withPlanFlags, withTargetFlags, type EngineFlags } from "../engine-flags.ts";
import type { Output } from "../output.ts";
import { progressReporter } from "../progress.ts";
import { loadConfigAsync, type LoadedConfig } from "../../load/load-config.ts";
import { redact } from "../../redact.ts";

export interface Runner {
  output: Output;
  run: (work: () => Promise<number>) => Promise<void>;
  /** Overrides for tests: the transport under every target. */
  target?: Partial<TargetFlags>;
}

/** plan: what apply would do. drift: the same, as a report with detailed exit codes. */
export function registerPlan(program: Command, runner: Runner): void {
  withPlanFlags(program.command("plan"))
    .description("show what apply would change, without changing anything")
    .option("--out <file>", "save the plan for `lumos-iac apply FILE` (values of secrets, of ${env:}/${file:} and of sensitive ${var:} are not written, only their references)")
    .option("--detailed-exitcode", "exit 0 when there are no changes, 2 when there are, 1 on error")
    .addHelpText(
      "after",
      `
Examples:
  lumos-iac plan                                  # against the default environment
  lumos-iac plan --env production --out plan.json # save it for review, then: lumos-iac apply plan.json
  lumos-iac plan --format markdown > comment.md   # for a pull-request comment
  lumos-iac plan --target requestable_permission.Payroll/Payroll\\ Admin
  lumos-iac plan --max-deletes 20 --max-deletes 30%  # lift both delete rules for this run
  lumos-iac plan --var-file prod.tfvars -var team=payroll  # Terraform sources' variables

A plan over the delete threshold (safety in the config) is shown, then refused with exit 1.
--target/--exclude take an address, a kind (app, not apps) or a glob; one that matches no
declared or live object is an error.`,
    )
    .action((flags: EngineFlags) =>
      runner.run(async () => {
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
      }),
    );

  withTargetFlags(program.command("drift"))
    .description("report where the tenant differs from the configuration (exit 0 none, 2 drift, 1 error)")
    .addHelpText(
      "after",
      "\nDrift never deletes and has no delete threshold; --target/--exclude narrow the report as for plan.\nFor nightly jobs: `lumos-iac drift --format markdown` prints a report fit for an issue or a chat message.",
    )
    .action((flags: EngineFlags) =>
      runner.run(async () => {
        const { run, target } = await planCommand({ ...flags, allowDeletes: true }, runner);
        try {
          const drifted = hasChanges(run.plan);
          if (flags.format === "text") {
            runner.output.out(drifted ? `Drift in ${target.description}: the tenant differs from the configuration.\n` : `No drift in ${run.plan.unselected ? "the selected objects of " : ""}${target.description}.`);
            if (!drifted && run.plan.variables) runner.output.out(variablesNote(run.plan.variables));
            if (drifted) runner.output.out(renderPlan(run.plan, "text", runner.output));
          } else {
            runner.output.out(renderPlan(run.plan, flags.format, runner.output, `lumos-iac drift report: ${target.environment}`));
          }
          return drifted ? 2 : 0;
        } finally {
          await target.close();
        }
      }),
    );
}

/**
 * Loads, connects, reads and plans; applies --target/--exclude. A plan over the delete
 * threshold comes back with its `refusal`: the caller shows the plan, then throws it.
 */
export async function planCommand(flags: EngineFlags, runner: Runner): Promise<{ run: PlanRun; target: Target; loaded: LoadedConfig; refusal?: UnsafePlanError }> {
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
      progress: (what) => progress.step(`read ${what}`),
    }).catch((error: unknown) => {
      throw withDeferredProblems(loaded, error);
    });
    progress.done();
    if (loaded.problems.length > 0) throw withDeferredProblems(loaded);
    if (flags.target?.length || flags.exclude?.length) checkSelection(flags, knownObjects(loaded, run));
    run.plan = selectChanges(run.plan, flags.target, flags.exclude);
    return { run, target, loaded, refusal: deleteRefusal(run.plan, run.existing, limits) };
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
}
