import { Option, type Command } from "commander";
import { formatLocation, UsageError, type ConfigValidationError } from "../errors.ts";
import type { TargetFlags } from "../session.ts";
import type { Output } from "./output.ts";

export interface EngineFlags {
  config: string;
  env?: string;
  url?: string;
  format: "text" | "json" | "markdown";
  out?: string;
  target?: string[];
  exclude?: string[];
  detailedExitcode?: boolean;
  rotateCredentials?: boolean | string[];
  allowDeletes?: boolean;
  maxDeletes?: string[];
  allowAccessImpact?: boolean;
  actor?: string;
  autoApprove?: boolean;
  parallelism?: string;
  skipUnsupported?: boolean;
  /** Terraform sources: `--var NAME=VALUE` and `--var-file FILE`, repeatable. */
  var?: string[];
  varFile?: string[];
  /** CDKTF app entries to read besides the sources. */
  cdktf?: string[];
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** Flags every command that reads the configuration shares. */
export function withConfigFlags(command: Command): Command {
  return command.option("--config <file>", "project file (environments, sources, safety, prune)", "lumos.config.yaml");
}

/** Values for the variables of Terraform sources, as terraform takes them. */
export function withTerraformFlags(command: Command): Command {
  return command
    .option("--var <NAME=VALUE>", "value of a variable of the Terraform sources (.tf, .tf.json); repeatable, later wins", collect)
    .option("--var-file <file>", "a .tfvars (or .tfvars.json) file of values for the Terraform sources' variables; repeatable", collect)
    .option("--cdktf <entry>", "a CDKTF app (main.ts, main.js; synthesized in-process) or a synthesized cdk.tf.json, read besides the sources; repeatable", collect);
}

/** Terraform's own spelling, `-var NAME=VALUE` and `-var-file FILE` (one dash), read as --var and --var-file. */
export function terraformStyleFlags(argv: readonly string[]): string[] {
  return argv.map((arg) => (/^-var(-file)?(=|$)/.test(arg) ? `-${arg}` : arg));
}

/** --var/--var-file/--cdktf as load options. */
export function terraformFlags(flags: Pick<EngineFlags, "var" | "varFile" | "cdktf">): { terraform: { vars?: string[]; varFiles?: string[] }; cdktf?: string[] } {
  return {
    terraform: { ...(flags.var ? { vars: flags.var } : {}), ...(flags.varFile ? { varFiles: flags.varFile } : {}) },
    ...(flags.cdktf ? { cdktf: flags.cdktf } : {}),
  };
}

/** Flags of commands that talk to a tenant. */
export function withTargetFlags(command: Command): Command {
  return withTerraformFlags(withConfigFlags(command))
    .option("--env <name>", "environment from the config, its tenant and its vars (default: its default_environment, or local)")
    .option("--url <url>", "Lumos API base URL, overriding the environment's (token from LUMOS_API_TOKEN)")
    .option("--parallelism <n>", "requests in flight at once (default 10)")
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "markdown"]).default("text"))
    .option("--target <address>", "only this object (or kind like app, or glob like requestable_permission.Payroll/*); repeatable; must match something", collect)
    .option("--exclude <address>", "everything but this object, kind or glob; repeatable", collect);
}

export function withPlanFlags(command: Command): Command {
  return withTargetFlags(command)
    .option("--rotate-credentials [address...]", "reconnect integrations with the auth in the config and resend webhook secrets and Okta hook tokens (all, or these addresses)")
    .option("--allow-deletes", "lift the delete threshold for this run")
    .option("--max-deletes <n|p%>", "delete threshold for this run: a count (25) or a share of a kind (10%); repeat to set both", collect)
    .option("--skip-unsupported", "leave out (and list) declared kinds this server cannot serve, such as extension kinds on the public Lumos API")
    .option("--allow-access-impact", "lift the people thresholds (safety.max_people_gaining_preapproval, max_people_losing_access) for this run")
    .option("--actor <email>", "the change's author, for the self-grant guardrail (default: GITHUB_ACTOR mapped by guardrails.actors)");
}

/** --env/--url/--parallelism as options for openTarget. */
export function targetFlags(flags: EngineFlags, overrides: Partial<TargetFlags> = {}): TargetFlags {
  const parallelism = flags.parallelism === undefined ? undefined : Number(flags.parallelism);
  if (parallelism !== undefined && (!Number.isInteger(parallelism) || parallelism < 1 || parallelism > 64)) {
    throw new UsageError(`--parallelism must be a whole number from 1 to 64, got ${JSON.stringify(flags.parallelism)}`);
  }
  return {
    env: flags.env,
    url: flags.url,
    ...overrides,
    client: { ...overrides.client, ...(parallelism ? { concurrency: parallelism } : {}) },
  };
}

/**
 * Prints every configuration problem as file:line:col (and as GitHub annotations in Actions;
 * on stderr when stdout carries a JSON document, which they would corrupt).
 */
export function reportProblems(error: ConfigValidationError, output: Output, json = false): void {
  for (const problem of error.problems) {
    output.err(`${formatLocation(problem.loc)}: ${problem.message}`);
    if (process.env.GITHUB_ACTIONS === "true") {
      const annotation = `::error file=${problem.loc.file},line=${problem.loc.line},col=${problem.loc.col}::${problem.message.replace(/\r?\n/g, " ")}`;
      if (json) output.err(annotation);
      else output.out(annotation);
    }
  }
  output.err(`error [${error.code}]: ${error.message}`);
}
