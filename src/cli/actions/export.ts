import { existsSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../../errors.ts";
import { exportTenant } from "../../import/export-tenant.ts";
import { loadConfigAsync, loadProject } from "../../load/load-config.ts";
import { computePlan } from "../../plan/compute-plan.ts";
import { needsFor, readLive } from "../../remote/read-live.ts";
import { openTarget } from "../../session.ts";
import { desiredFromDocuments, exportTerraform } from "../../terraform/export.ts";
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from "../../terraform/formats.ts";
import { targetFlags, terraformFlags, type EngineFlags } from "../engine-flags.ts";
import type { ExportFlags } from "../commands/export.ts";
import { outputFolder, readWholeTenant, writeOutputFiles } from "./import.ts";
import type { Runner } from "../runner.ts";

const SOURCES = ["config", "live"] as const;

// Through import.meta.url, which the bundle keeps pointing at this file's place (scripts/build.mjs).
const BINDINGS_DIR = fileURLToPath(new URL("../../../packages/provider-lumos-generated", import.meta.url));

/** package.json's reference to the bindings: this clone's copy, relative to --out, when there is one. */
function bindingsFor(dir: string): string | undefined {
  return existsSync(join(BINDINGS_DIR, "package.json")) ? `file:${relative(dir, BINDINGS_DIR).split(sep).join("/")}` : undefined;
}

function checkFormat(format: string | undefined): ExportFormat {
  if (format === undefined) throw new UsageError(`export needs --format: one of ${EXPORT_FORMATS.join(", ")}`);
  if (!isExportFormat(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(", ")}, got ${JSON.stringify(format)}`);
  return format;
}

export async function runExport(flags: ExportFlags, runner: Runner): Promise<number> {
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
    writeOutputFiles(dir, result.files, flags.force === true, (message) => runner.output.err(message));
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
}
