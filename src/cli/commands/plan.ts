import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { hasChanges } from "../../plan/summary.ts";
import { checkDeletes, parseMaxDeletes, type DeleteLimits } from "../../plan/safety.ts";
import { savePlan } from "../../plan/saved-plan.ts";
import { openTarget, planAgainst, withDeferredProblems, type PlanRun, type Target, type TargetFlags } from "../../session.ts";
import { renderPlan, selectChanges, targetFlags, withPlanFlags, type EngineFlags } from "../engine-flags.ts";
import type { Output } from "../output.ts";
import { progressReporter } from "../progress.ts";
import { loadConfig, type LoadedConfig } from "../../load/load-config.ts";
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
    .option("--out <file>", "save the plan for `lumos-iac apply FILE` (values of secrets and of ${env:}/${file:} are not written, only their references)")
    .option("--detailed-exitcode", "exit 0 when there are no changes, 2 when there are, 1 on error")
    .addHelpText(
      "after",
      `
Examples:
  lumos-iac plan                                  # against the default environment
  lumos-iac plan --env production --out plan.json # save it for review, then: lumos-iac apply plan.json
  lumos-iac plan --format markdown > comment.md   # for a pull-request comment
  lumos-iac plan --target requestable_permission.Payroll/Payroll\\ Admin`,
    )
    .action((flags: EngineFlags) =>
      runner.run(async () => {
        const { run, target } = await planCommand(flags, runner);
        try {
          runner.output.out(renderPlan(run.plan, flags.format, runner.output));
          if (flags.out) {
            writeFileSync(flags.out, redact(savePlan(run.plan, run.reads, { name: target.environment, url: target.url })));
            runner.output.err(`plan saved to ${flags.out}; apply it with: lumos-iac apply ${flags.out}`);
          }
          return flags.detailedExitcode && hasChanges(run.plan) ? 2 : 0;
        } finally {
          await target.close();
        }
      }),
    );

  withPlanFlags(program.command("drift"))
    .description("report where the tenant differs from the configuration (exit 0 none, 2 drift, 1 error)")
    .addHelpText("after", "\nFor nightly jobs: `lumos-iac drift --format markdown` prints a report fit for an issue or a chat message.")
    .action((flags: EngineFlags) =>
      runner.run(async () => {
        const { run, target } = await planCommand({ ...flags, allowDeletes: true }, runner);
        try {
          const drifted = hasChanges(run.plan);
          if (flags.format === "text") {
            runner.output.out(drifted ? `Drift in ${target.description}: the tenant differs from the configuration.\n` : `No drift in ${target.description}.`);
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

/** Loads, connects, reads and plans; applies --target/--exclude and the delete threshold. */
export async function planCommand(flags: EngineFlags, runner: Runner): Promise<{ run: PlanRun; target: Target; loaded: LoadedConfig }> {
  // Problems of single objects are reported together with the reference problems of the rest.
  const loaded = loadConfig(flags.config, process.env, { deferObjectProblems: true });
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
    run.plan = selectChanges(run.plan, flags.target, flags.exclude);
    let limits: DeleteLimits = { allowAll: Boolean(flags.allowDeletes), ...loadedLimits(loaded) };
    if (flags.maxDeletes) limits = parseMaxDeletes(flags.maxDeletes, limits);
    checkDeletes(run.plan, run.existing, limits);
    return { run, target, loaded };
  } catch (error) {
    await target.close();
    throw error;
  }
}

function loadedLimits(loaded: LoadedConfig): Omit<DeleteLimits, "allowAll"> {
  return { maxDeletes: loaded.project.safety.maxDeletes, maxDeletePercent: loaded.project.safety.maxDeletePercent };
}
