import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { ConfigValidationError, LumosIacError } from "../errors.ts";
import { registerApply } from "./commands/apply.ts";
import { registerDrift } from "./commands/drift.ts";
import { registerExport } from "./commands/export.ts";
import { registerImport } from "./commands/import.ts";
import { registerInit } from "./commands/init.ts";
import { registerPlan } from "./commands/plan.ts";
import type { Runner } from "./runner.ts";
import { registerSimulator } from "./commands/simulator.ts";
import { registerSync } from "./commands/sync.ts";
import { registerValidate } from "./commands/validate.ts";
import { reportProblems, terraformStyleFlags } from "./engine-flags.ts";
import { processOutput, type Output } from "./output.ts";
import { withRedaction, type Redactor } from "../redact.ts";

const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

function wantsJson(argv: string[]): boolean {
  return argv.some((arg, i) => arg === "--format=json" || (arg === "--format" && argv[i + 1] === "json"));
}

/**
 * Parses argv and runs one command. Returns the exit code: 0 success (or no changes), 1 error,
 * 2 changes present (with --detailed-exitcode, and for drift). User mistakes print one line
 * per problem with its code; anything else is a bug and shows its stack.
 */
export async function main(argv: string[], output: Output = processOutput, overrides: Pick<Runner, "target"> = {}): Promise<number> {
  return withRedaction((redactor) => {
    redactor.add(process.env.LUMOS_API_TOKEN);
    return run(terraformStyleFlags(argv), masked(output, redactor), overrides);
  });
}

/** Every line printed, on stdout and stderr, with the run's secret and sensitive values masked. */
function masked(output: Output, redactor: Redactor): Output {
  return {
    out: (line) => output.out(redactor.redact(line)),
    err: (line) => output.err(redactor.redact(line)),
    stdoutIsTTY: output.stdoutIsTTY,
    stderrIsTTY: output.stderrIsTTY,
  };
}

async function run(argv: string[], output: Output, overrides: Pick<Runner, "target">): Promise<number> {
  let exitCode = 0;
  const runner: Runner = {
    output,
    ...overrides,
    run: async (work) => {
      exitCode = await work();
    },
  };
  const program = new Command("lumos-iac")
    .description("Run a Lumos tenant as code: validate, plan and apply declarative definitions.")
    .version(VERSION, "-V, --version", "print the version")
    .exitOverride()
    .configureOutput({ writeOut: (s) => output.out(s.trimEnd()), writeErr: (s) => output.err(s.trimEnd()) })
    .showHelpAfterError("(run lumos-iac --help for usage)")
    .addHelpText(
      "after",
      `
Getting started:
  lumos-iac init                     # a starter project here: config, definitions, workflow
  lumos-iac validate                 # check lumos.config.yaml and its sources offline
  lumos-iac plan                     # what would change in the default environment
  lumos-iac apply                    # change it (asks first; --auto-approve in CI)
  lumos-iac import --out tenant/     # write an existing tenant as YAML
  lumos-iac sync run                 # trigger the sync schedules that are due
  lumos-iac export --format hcl --out terraform/   # the configuration as Terraform code

Variables: \${env:NAME} and \${file:PATH} work in any string. Their values are sensitive: plans
and errors show (sensitive: env:NAME) and saved plans keep only the reference, unless the
project file lists it under non_sensitive. \${file:} reads only files inside the project
directory (the folder of lumos.config.yaml, symlinks resolved).

Environment: LUMOS_API_TOKEN (API token), NO_COLOR (plain output), GITHUB_ACTIONS (annotations).`,
    );
  registerInit(program, runner);
  registerValidate(program, runner);
  registerPlan(program, runner);
  registerApply(program, runner);
  registerDrift(program, runner);
  registerImport(program, runner);
  registerSync(program, runner);
  registerExport(program, runner);
  registerSimulator(program, output, runner.run);
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    // Machines asked for JSON get the error as JSON on stdout too: {"error": {code, message, meta}}.
    if (error instanceof LumosIacError && wantsJson(argv)) output.out(JSON.stringify({ error: error.toJSON() }, null, 2));
    if (error instanceof ConfigValidationError) {
      reportProblems(error, output, wantsJson(argv));
      return 1;
    }
    if (error instanceof LumosIacError) {
      const at = error.meta.at as { file?: string; line?: number; col?: number } | undefined;
      output.err(`${at?.file ? `${at.file}:${at.line}:${at.col}: ` : ""}error [${error.code}]: ${error.message}`);
      return 1;
    }
    output.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}
