import type { Command } from "commander";
import { withConfigFlags, type EngineFlags } from "../engine-flags.ts";
import type { Runner } from "../runner.ts";

export function registerImport(program: Command, runner: Runner): void {
  withConfigFlags(program.command("import"))
    .description("write the live tenant (or what a Terraform state manages) as YAML that, planned back, shows no changes")
    .option("--out <dir>", "folder to write (one file per kind, plus lumos.config.yaml); with --from-tfstate, default: this folder")
    .option("--from-tfstate <file>", "only the objects of this Terraform state (teamlumos/lumos provider, format 4), each pinned to its ID")
    .option("--env <name>", "environment to read (default: the config's default, or local)")
    .option("--url <url>", "Lumos API base URL (token from LUMOS_API_TOKEN); written into the generated lumos.config.yaml")
    .option("--parallelism <n>", "requests in flight at once (default 10)")
    .option("--force", "overwrite files that already exist in the folder")
    .addHelpText(
      "after",
      `
Examples:
  lumos-iac import --out tenant/                               # the whole tenant
  lumos-iac import --from-tfstate terraform.tfstate --out lumos/  # leave Terraform: what it manages

Credentials are never exported: Lumos does not return them. Add auth for integrations you want to reconnect.
With --from-tfstate, the state's lumos resources (terraform state pull > terraform.tfstate) are
read live and written with id: pins where the kind takes one, so the first plan shows no
changes; resources the tenant no longer has are named and left out. Run terraform state rm on
them (or remove the state) once lumos-iac manages them.`,
    )
    .action((flags: EngineFlags & { force?: boolean; fromTfstate?: string }) => runner.run(async () => {
      const { runImport } = await import("../actions/import.ts");
      return runImport(flags, runner);
    }));
}
