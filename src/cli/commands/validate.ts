import { relative } from "node:path";
import { Option, type Command } from "commander";
import { loadConfigAsync } from "../../load/load-config.ts";
import { terraformFlags, withConfigFlags, withTerraformFlags, type EngineFlags } from "../engine-flags.ts";
import type { Runner } from "./plan.ts";

export function registerValidate(program: Command, runner: Runner): void {
  withTerraformFlags(withConfigFlags(program.command("validate")))
    .description("check the configuration offline: YAML, schema, and the rules Lumos enforces (no tenant needed)")
    .option("--env <name>", "environment whose vars fill ${var:NAME} (default: default_environment, or local)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .addHelpText(
      "after",
      `
References to users, groups and existing apps are checked by plan, which reads the tenant.
With --format json: {"valid": true, "objects": N, "files": [...]}, or {"error": {...}} as the other commands print.`,
    )
    .action((flags: Pick<EngineFlags, "config" | "format" | "env" | "var" | "varFile" | "cdktf">) =>
      runner.run(async () => {
        const loaded = await loadConfigAsync(flags.config, process.env, { ...terraformFlags(flags), ...(flags.env === undefined ? {} : { environment: flags.env }) });
        const count = loaded.desired.objects.length;
        if (flags.format === "json") {
          const files = loaded.files.map((file) => relative(process.cwd(), file) || file);
          runner.output.out(JSON.stringify({ valid: true, objects: count, files }, null, 2));
          return 0;
        }
        runner.output.out(`✓ ${count} object${count === 1 ? "" : "s"} in ${loaded.files.length} file${loaded.files.length === 1 ? "" : "s"}: the configuration is valid.`);
        return 0;
      }),
    );
}
