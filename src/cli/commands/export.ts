import type { Command } from "commander";
import { EXPORT_FORMATS } from "../../terraform/formats.ts";
import { withConfigFlags, withTerraformFlags, type EngineFlags } from "../engine-flags.ts";
import type { Runner } from "../runner.ts";

export interface ExportFlags extends Omit<EngineFlags, "format"> {
  format?: string;
  from?: string;
  force?: boolean;
}

export function registerExport(program: Command, runner: Runner): void {
  withTerraformFlags(withConfigFlags(program.command("export")))
    .description("write the configuration (or the live tenant) as Terraform or CDKTF code for the teamlumos/lumos provider")
    .option("--format <format>", `hcl (main.tf), tf.json (main.tf.json) or cdktf (a TypeScript CDKTF app): ${EXPORT_FORMATS.join("|")}`)
    .requiredOption("--out <dir>", "folder to write the code into")
    .option("--from <source>", "config (the definition files, default) or live (everything in the tenant)", "config")
    .option("--env <name>", "environment whose tenant gives the IDs for the import blocks (and its vars)")
    .option("--url <url>", "Lumos API base URL (token from LUMOS_API_TOKEN); also the default of var.lumos_server_url")
    .option("--parallelism <n>", "requests in flight at once (default 10)")
    .option("--force", "overwrite files that already exist in the folder")
    .addHelpText(
      "after",
      `
Examples:
  lumos-iac export --format hcl --out terraform/            # the configuration as main.tf
  lumos-iac export --format tf.json --out tf/ --env production
  lumos-iac export --format cdktf --out cdktf/ --from live  # the whole tenant as a CDKTF app

The configuration's sources may be YAML, Terraform or CDKTF (--var/--var-file as for plan).

Every object the tenant already has gets an import block with its live ID (lumos_app_store_app
by app ID), so terraform apply adopts it instead of creating it again. Users, groups and apps
that are named but not declared become data sources (lumos_users, lumos_groups, lumos_apps).
Secrets and sensitive values become sensitive variables (set them with TF_VAR_<name>); no
value is written, nor the API token: the provider reads it from LUMOS_ACCESS_TOKEN, and
var.lumos_server_url is its server_url. Inline webhooks, user sources and sync schedules are
lumos-iac's own resource types (lumos_inline_webhook, lumos_user_source, lumos_sync_schedule).`,
    )
    .action((flags: ExportFlags) => runner.run(async () => {
      const { runExport } = await import("../actions/export.ts");
      return runExport(flags, runner);
    }));
}
