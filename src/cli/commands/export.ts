import { existsSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { UsageError } from "../../errors.ts";
import { exportTenant } from "../../import/export-tenant.ts";
import { loadConfigAsync, loadProject } from "../../load/load-config.ts";
import { computePlan } from "../../plan/compute-plan.ts";
import { needsFor, readLive } from "../../remote/read-live.ts";
import { openTarget } from "../../session.ts";
import { desiredFromDocuments, EXPORT_FORMATS, exportTerraform, isExportFormat, type ExportFormat } from "../../terraform/export.ts";
import { targetFlags, terraformFlags, withConfigFlags, withTerraformFlags, type EngineFlags } from "../engine-flags.ts";
import { outputFolder, readWholeTenant, writeOutputFiles } from "./import.ts";
import type { Runner } from "./plan.ts";

const SOURCES = ["config", "live"] as const;

// Through import.meta.url, which the bundle keeps pointing at this file's place (scripts/build.mjs).
const BINDINGS_DIR = fileURLToPath(new URL("../../../packages/provider-lumos-generated", import.meta.url));

/** package.json's reference to the bindings: this clone's copy, relative to --out, when there is one. */
function bindingsFor(dir: string): string | undefined {
  return existsSync(join(BINDINGS_DIR, "package.json")) ? `file:${relative(dir, BINDINGS_DIR).split(sep).join("/")}` : undefined;
}

interface ExportFlags extends Omit<EngineFlags, "format"> {
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
    .action((flags: ExportFlags) =>
      runner.run(async () => {
        const format = checkFormat(flags.format);
        const from = flags.from ?? "config";
        if (!(SOURCES as readonly string[]).includes(from)) throw new UsageError(`--from must be config or live, got ${JSON.stringify(from)}`);
        const dir = outputFolder(flags.out!);
        const environment = flags.env === undefined ? {} : { environment: flags.env };
        const loaded =
          from === "config"
            ? await loadConfigAsync(flags.config, process.env, { ...terraformFlags(flags as EngineFlags), ...environment })
            : loadProject(flags.config, process.env, flags.env);
        const target = await openTarget(loaded, targetFlags(flags as EngineFlags, runner.target));
        try {
          let result;
          if (from === "config") {
            const desired = loaded!.desired;
            const live = await readLive(target.client, { ...needsFor(desired), managedApps: true });
            // Only a configuration that plans is exported: unknown users, groups and apps fail here.
            computePlan(desired, live, { secrets: loaded!.secrets });
            result = exportTerraform({ desired, live, sensitive: loaded!.sensitive, serverUrl: target.url, source: "the configuration", bindings: bindingsFor(dir) }, format);
          } else {
            const live = await readWholeTenant(target.client, { managedApps: true });
            const desired = desiredFromDocuments(exportTenant(live), target.description);
            result = exportTerraform({ desired, live, serverUrl: target.url, source: target.description, bindings: bindingsFor(dir) }, format);
          }
          writeOutputFiles(dir, result.files, flags.force === true);
          const what = format === "hcl" ? "HCL" : format === "tf.json" ? "Terraform JSON" : "a CDKTF app";
          runner.output.out(`Exported ${result.resources} resources (${result.imports} with import blocks) as ${what} into ${dir}.`);
          if (result.omitted.length > 0) {
            runner.output.err(`Note: not exported, as the teamlumos/lumos provider has no resource for them (they live in the Okta org): ${result.omitted.join(", ")}.`);
          }
          if (result.additions.length > 0) {
            runner.output.err(`Note: lumos-iac's own additions, which the official provider does not have: ${result.additions.join(", ")}.`);
          }
          return 0;
        } finally {
          await target.close();
        }
      }),
    );
}

function checkFormat(format: string | undefined): ExportFormat {
  if (format === undefined) throw new UsageError(`export needs --format: one of ${EXPORT_FORMATS.join(", ")}`);
  if (!isExportFormat(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(", ")}, got ${JSON.stringify(format)}`);
  return format;
}
