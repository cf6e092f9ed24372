import type { Command } from "commander";
import { loadConfig } from "../../load/load-config.ts";
import { withConfigFlags, type EngineFlags } from "../engine-flags.ts";
import type { Runner } from "./plan.ts";

export function registerValidate(program: Command, runner: Runner): void {
  withConfigFlags(program.command("validate"))
    .description("check the configuration offline: YAML, schema, and the rules Lumos enforces (no tenant needed)")
    .addHelpText("after", "\nReferences to users, groups and existing apps are checked by plan, which reads the tenant.")
    .action((flags: EngineFlags) =>
      runner.run(async () => {
        const loaded = loadConfig(flags.config);
        const count = loaded.desired.objects.length;
        runner.output.out(`✓ ${count} object${count === 1 ? "" : "s"} in ${loaded.files.length} file${loaded.files.length === 1 ? "" : "s"}: the configuration is valid.`);
        return 0;
      }),
    );
}
