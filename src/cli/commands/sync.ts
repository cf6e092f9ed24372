import { Option, type Command } from "commander";
import { withConfigFlags } from "../engine-flags.ts";
import type { Runner } from "../runner.ts";

export interface SyncFlags {
  config: string;
  env?: string;
  url?: string;
  format: "text" | "json";
  app?: string[];
  dryRun?: boolean;
  timeout: string;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

function withSyncFlags(command: Command): Command {
  return withConfigFlags(command)
    .option("--env <name>", "environment from the config (default: its default_environment, or local)")
    .option("--url <url>", "Lumos API base URL, overriding the environment's (token from LUMOS_API_TOKEN)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"));
}

/** sync status / sync run: enforce sync schedules through Lumos's public sync trigger. */
export function registerSync(program: Command, runner: Runner): void {
  const sync = program
    .command("sync")
    .description("sync schedules: what is due, and trigger it (works against the public Lumos API)")
    .addHelpText(
      "after",
      `
Schedules come from sync_schedules in the configuration and, on a server with lumos-iac's
extension operations, from the server too. Due times are worked out on the server's clock
(its Date header). sync run records what it triggered in .lumos/sync-runs.json beside the
project file, so a second run in the same window triggers nothing; keep that file between CI
runs (a cache).`,
    );

  withSyncFlags(sync.command("status"))
    .description("per scheduled app: the last sync (time, state) and when it is due next")
    .action((flags: SyncFlags) => runner.run(async () => {
      const { syncCommand } = await import("../actions/sync.ts");
      return syncCommand(flags, runner, false);
    }));

  withSyncFlags(sync.command("run"))
    .description("trigger the syncs that are due and follow them to the end")
    .option("--app <name>", "only this app (name or app_class_id); repeatable", collect)
    .option("--dry-run", "show what would be triggered, trigger nothing")
    .option("--timeout <duration>", "how long to follow the syncs started (90s, 30m, 2h)", "1h")
    .addHelpText(
      "after",
      `
A sync already running (409) counts as in progress, not as a failure. Exit codes: 0 every
followed sync succeeded (or nothing was due), 1 a sync failed, did not finish within
--timeout, or a scheduled app is missing.

Examples:
  lumos-iac sync run --env production                 # from a CI cron job
  lumos-iac sync run --app Okta --dry-run
  lumos-iac sync run --format json --timeout 2h > sync-report.json`,
    )
    .action((flags: SyncFlags) => runner.run(async () => {
      const { syncCommand } = await import("../actions/sync.ts");
      return syncCommand(flags, runner, true);
    }));
}
