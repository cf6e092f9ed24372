import type { Command } from "commander";
import type { EngineFlags } from "../engine-flags.ts";
import type { Runner } from "../runner.ts";

/** Where the definition files go, relative to the project file. */
export const DEFINITIONS = "lumos";
export const WORKFLOW = ".github/workflows/lumos-iac.yml";
export const PRODUCTION_URL = "https://api.lumos.com";

export interface InitFlags extends Pick<EngineFlags, "env" | "url" | "parallelism"> {
  import?: boolean;
  force?: boolean;
}

export function registerInit(program: Command, runner: Runner): void {
  program
    .command("init")
    .argument("[dir]", "folder for the project (created if missing)", ".")
    .description("start a project: lumos.config.yaml, a definition file and a GitHub workflow (or the live tenant with --import)")
    .option("--import", "fill lumos/ with the tenant of --env instead of the starter definitions, and make it the default environment")
    .option("--env <name>", "with --import: the environment to read, production (default) or local (the embedded simulator)")
    .option("--url <url>", `the production Lumos API URL written into the project file (default ${PRODUCTION_URL}), and read with --import; token from LUMOS_API_TOKEN`)
    .option("--parallelism <n>", "with --import: requests in flight at once (default 10)")
    .option("--force", "write into a folder that already has other files, overwriting the ones init writes")
    .addHelpText(
      "after",
      `
Writes:
  lumos.config.yaml                 environments local (embedded simulator, data in .lumos/)
                                    and production (${PRODUCTION_URL}, token \${env:LUMOS_API_TOKEN})
  ${DEFINITIONS}/apps.yaml                   one app and one permission people can request
                                    (with --import: one file per kind, read from the tenant)
  ${WORKFLOW}   plans every pull request, applies on merge to main
  .gitignore                        keeps .lumos/ (local simulator data) and node_modules/ out

The folder must be empty, apart from .git, README.md, LICENSE, .gitignore and the npm files of
lumos-iac itself (package.json, the lockfile, node_modules/); --force writes anyway.

Examples:
  npm i -D ./lumos-iac-X.Y.Z.tgz && npx lumos-iac init  # then: npx lumos-iac plan, apply
  npx lumos-iac init tenant/                            # into a new folder
  LUMOS_API_TOKEN=... npx lumos-iac init --import       # start from the production tenant
  npx lumos-iac init --import --env local               # from the embedded simulator's demo tenant

Credentials are never imported: Lumos does not return them. Add auth for integrations you want to reconnect.`,
    )
    .action((dirArg: string, flags: InitFlags) => runner.run(async () => {
      const { runInit } = await import("../actions/init.ts");
      return runInit(dirArg, flags, runner);
    }));
}
