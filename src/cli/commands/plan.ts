import type { Command } from "commander";
import { withPlanFlags, type EngineFlags } from "../engine-flags.ts";
import type { Runner } from "../runner.ts";

/** plan: what apply would do (drift, the same as a report, is in drift.ts). */
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
  lumos-iac plan --actor alice@acme.example       # check the self-grant guardrail for her change

A plan over the delete threshold or a people threshold (safety in the config) is shown, then
refused with exit 1 (--allow-access-impact lifts the people thresholds). A guardrail error
(guardrails in the config) refuses the plan with its file:line:col.
--target/--exclude take an address, a kind (app, not apps) or a glob; one that matches no
declared or live object is an error.`,
    )
    .action((flags: EngineFlags) => runner.run(async () => {
      const { runPlan } = await import("../actions/plan.ts");
      return runPlan(flags, runner);
    }));
}
