import type { Command } from "commander";
import { withPlanFlags, type EngineFlags } from "../engine-flags.ts";
import type { Runner } from "../runner.ts";

export function registerApply(program: Command, runner: Runner): void {
  withPlanFlags(program.command("apply"))
    .argument("[plan-file]", "a plan saved with `lumos-iac plan --out`; planned afresh when omitted")
    .description("make the tenant match the configuration")
    .option("--auto-approve", "apply without asking (required when stdin is not a terminal)")
    .addHelpText(
      "after",
      `
A saved plan is applied only as it was saved (its checksum matches), to the environment it was
made for, and only if every object it read is unchanged; otherwise plan again. What it changes
was fixed when it was made: --target, --exclude, --rotate-credentials, --actor and the delete
and access-impact flags go to plan --out, not to apply FILE. A plan over the delete threshold
or a people threshold is shown, then refused; one that trips a guardrail error is refused with
its file:line:col.
Exit codes: 0 applied (or nothing to do), 1 error or partly applied (the report says what).

Examples:
  lumos-iac apply                      # shows the plan, asks before changing anything
  lumos-iac apply --auto-approve       # in CI
  lumos-iac apply plan.json            # exactly the reviewed plan`,
    )
    .action((file: string | undefined, flags: EngineFlags) => runner.run(async () => {
      const { applyFresh, applySaved } = await import("../actions/apply.ts");
      return (file ? applySaved(file, flags, runner) : applyFresh(flags, runner));
    }));
}
