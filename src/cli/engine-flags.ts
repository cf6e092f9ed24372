import { Option, type Command } from "commander";
import { closest } from "fastest-levenshtein";
import { formatLocation, UsageError, type ConfigValidationError } from "../errors.ts";
import { CONFIG_KEYS, KINDS } from "../kinds/registry.ts";
import type { TargetFlags } from "../session.ts";
import type { Change, Plan } from "../model/types.ts";
import { renderJson } from "../plan/render-json.ts";
import { renderMarkdown } from "../plan/render-markdown.ts";
import { renderText } from "../plan/render-text.ts";
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
  autoApprove?: boolean;
  parallelism?: string;
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
    .option("--rotate-credentials [address...]", "reconnect integrations with the auth in the config and resend webhook secrets (all, or these addresses)")
    .option("--allow-deletes", "lift the delete threshold for this run")
    .option("--max-deletes <n|p%>", "delete threshold for this run: a count (25) or a share of a kind (10%); repeat to set both", collect);
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

export function renderPlan(plan: Plan, format: EngineFlags["format"], output: Output, title?: string): string {
  if (format === "json") return renderJson(plan);
  if (format === "markdown") return renderMarkdown(plan, title);
  return renderText(plan, { color: output.stdoutIsTTY && !process.env.NO_COLOR && process.env.TERM !== "dumb" });
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

/** Keeps the changes --target/--exclude select, plus what selected creates depend on. */
export function selectChanges(plan: Plan, targets: string[] = [], excludes: string[] = []): Plan {
  if (targets.length === 0 && excludes.length === 0) return plan;
  const matches = (change: Change, patterns: string[]) => patterns.some((p) => addressMatches(change.address, change.kind, p));
  const byAddress = new Map(plan.changes.map((c) => [c.address, c]));
  let keep = new Set(plan.changes.filter((c) => (targets.length === 0 || matches(c, targets)) && !matches(c, excludes)).map((c) => c.address));
  if (targets.length > 0) {
    const queue = [...keep];
    while (queue.length > 0) {
      for (const dep of byAddress.get(queue.pop()!)?.dependsOn ?? []) {
        if (!keep.has(dep) && byAddress.has(dep)) {
          keep.add(dep);
          queue.push(dep);
        }
      }
    }
  }
  const warnings = [...plan.warnings];
  let changed = true;
  while (changed) {
    changed = false;
    for (const address of keep) {
      const missing = byAddress.get(address)?.dependsOn.find((dep) => byAddress.has(dep) && !keep.has(dep));
      if (missing) {
        keep = new Set([...keep].filter((a) => a !== address));
        warnings.push(`${address} left out: it needs ${missing}, which is excluded`);
        changed = true;
      }
    }
  }
  const left = plan.changes.filter((c) => !keep.has(c.address)).length;
  return {
    ...plan,
    changes: plan.changes.filter((c) => keep.has(c.address)),
    unchanged: plan.unchanged,
    warnings: left > 0 ? [...warnings, `${left} change(s) not selected by --target/--exclude`] : warnings,
    ...(left > 0 ? { unselected: left } : {}),
  };
}

/**
 * Refuses a --target/--exclude pattern that matches no declared or live object (a typo would
 * otherwise select nothing and pass), suggesting the closest kind or address.
 */
export function checkSelection(flags: Pick<EngineFlags, "target" | "exclude">, known: Iterable<{ address: string; kind: string }>): void {
  const objects = [...known];
  for (const [flag, patterns] of [["--target", flags.target], ["--exclude", flags.exclude]] as const) {
    for (const pattern of patterns ?? []) {
      if (objects.some((o) => addressMatches(o.address, o.kind, pattern))) continue;
      throw new UsageError(`${flag} ${pattern} matches no declared or live object${suggestion(pattern, objects.map((o) => o.address))}`, { pattern });
    }
  }
}

/** Refuses --rotate-credentials addresses that name no declared object. */
export function checkRotation(rotate: EngineFlags["rotateCredentials"], declared: readonly string[]): void {
  if (!Array.isArray(rotate)) return;
  for (const address of rotate) {
    if (declared.includes(address)) continue;
    throw new UsageError(`--rotate-credentials ${address} names no declared object${suggestion(address, declared)}`, { address });
  }
}

/** "; did you mean app?": a config key maps to its kind, anything else to the closest kind or address. */
function suggestion(pattern: string, addresses: readonly string[]): string {
  const kinds = CONFIG_KEYS.map((key) => KINDS[key].kind);
  const byKey = CONFIG_KEYS.find((key) => key === pattern.split(".")[0]);
  if (byKey) return `; did you mean ${[KINDS[byKey].kind, ...pattern.split(".").slice(1)].join(".")}?`;
  const candidates = [...new Set([...kinds, ...addresses])].filter((c) => c !== pattern);
  if (candidates.length === 0) return "";
  return `; did you mean ${closest(pattern, candidates)}? (kinds: ${kinds.join(", ")})`;
}

function addressMatches(address: string, kind: string, pattern: string): boolean {
  if (pattern === kind || pattern === address) return true;
  if (!pattern.includes("*")) return address.startsWith(`${pattern}/`);
  const regex = new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return regex.test(address);
}
