import { Option, type Command } from "commander";
import { withConfigFlags, withTerraformFlags, type EngineFlags } from "../engine-flags.ts";
import type { Runner } from "../runner.ts";

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
    .action((flags: Pick<EngineFlags, "config" | "format" | "env" | "var" | "varFile" | "cdktf">) => runner.run(async () => {
      const { runValidate } = await import("../actions/validate.ts");
      return runValidate(flags, runner);
    }));
}
