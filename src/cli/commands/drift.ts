import type { Command } from "commander";
import { withTargetFlags, type EngineFlags } from "../engine-flags.ts";
import type { Runner } from "../runner.ts";

export interface DriftFlags extends EngineFlags {
  adopt?: boolean;
  revert?: boolean;
  since?: string;
}

export const DEFAULT_WINDOW = "30d";

/** drift: the plan as a report, with who changed what; --adopt writes it back, --revert undoes it. */
export function registerDrift(program: Command, runner: Runner): void {
  withTargetFlags(program.command("drift"))
    .description("report where the tenant differs from the configuration, and who changed it (exit 0 none, 2 drift, 1 error)")
    .option("--since <time>", `read the activity log from this time: ISO-8601, or back from now (12h, 7d; default ${DEFAULT_WINDOW})`)
    .option("--adopt", "write the tenant's values into the YAML files (comments and layout kept), so the next plan is empty")
    .option("--revert", "apply the configuration back over the drift, with apply's safety (asks first)")
    .option("--auto-approve", "with --revert: apply without asking (required when stdin is not a terminal)")
    .addHelpText(
      "after",
      `
Each drifted object is joined to the activity-log entries that touched it since this token
last wrote it (the token's user is whoever lumos-iac applies as): actor, time and event.
Objects in the tenant that the configuration does not declare, within the kinds and apps it
prunes, are reported as created outside the configuration.

--adopt changes fields to the tenant's values, appends objects created outside the
configuration to the file that declares their kind, and removes objects deleted in the
tenant; fields written with \${…} are left for you. Exit 0 when everything was written back.
--revert applies the configuration (deleting what was created outside it, within prune and
the delete threshold); apply itself lifts that threshold.

Examples:
  lumos-iac drift --format markdown > report.md      # for an issue or a chat message
  lumos-iac drift --since 2026-11-01T00:00:00Z --format json
  lumos-iac drift --adopt && git diff                # the tenant's values, as a change to review
  lumos-iac drift --revert --auto-approve            # put the configuration back`,
    )
    .action((flags: DriftFlags) => runner.run(async () => {
      const { drift } = await import("../actions/drift.ts");
      return drift(flags, runner);
    }));
}
