/**
 * Terraform files as a source: the `.tf` and `.tf.json` files a project's `sources` name are
 * read as one module for the `teamlumos/lumos` provider, and become one definition document.
 */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Lookup, Problem, SourceLocation } from "../../model/types.ts";
import { TerraformModule } from "./module.ts";
import { ChangedReferenceError, withReferences } from "./references.ts";
import { isNativeFile, prepareNative, readTerraformFile } from "./read.ts";

export interface TerraformOptions {
  /** `-var NAME=VALUE` assignments, in order. */
  vars?: readonly string[];
  /** `--var-file` files (relative to the working directory), in order. */
  varFiles?: readonly string[];
  /** `.tfvars` files named in `sources` (absolute), applied before `--var-file` ones. */
  sourceVarFiles?: readonly string[];
}

export interface TerraformSource {
  /** The first file's displayed path: problems without a better place name it. */
  path: string;
  value: Record<string, unknown>;
  problems: Problem[];
  locate(path: readonly (string | number)[], options?: { key?: boolean }): SourceLocation;
  /** The data-source lookup behind the reference at a path of the document (JSON of the path). */
  lookups: ReadonlyMap<string, Lookup>;
}

/** Whether a source file is Terraform (`*.tf`, `*.tf.json`, which includes CDKTF's `cdk.tf.json`). */
export function isTerraformSource(path: string): boolean {
  return /\.tf(\.json)?$/.test(path);
}

/** Whether a source file holds values for the Terraform variables (`*.tfvars`, `*.tfvars.json`). */
export function isVariablesFile(path: string): boolean {
  return /\.tfvars(\.json)?$/.test(path);
}

/** `terraform.tfvars` and `*.auto.tfvars` (and their `.json` forms) of the module folder, as Terraform loads them. */
function autoVarFiles(moduleDir: string): string[] {
  if (!existsSync(moduleDir)) return [];
  const names = readdirSync(moduleDir);
  const first = ["terraform.tfvars", "terraform.tfvars.json"].filter((n) => names.includes(n));
  const auto = names.filter((n) => /\.auto\.tfvars(\.json)?$/.test(n)).sort();
  return [...first, ...auto].map((n) => join(moduleDir, n));
}

function varFilesOf(paths: readonly string[], options: TerraformOptions): string[] {
  const auto = autoVarFiles(dirname(paths[0]!));
  const named = (options.sourceVarFiles ?? []).filter((f) => !auto.includes(f));
  return [...auto, ...named, ...(options.varFiles ?? []).map((f) => resolve(f))];
}

/**
 * Reads the native-syntax files ahead: their parsers are WebAssembly, loaded on first use and
 * asynchronous. Must run before {@link readTerraformSources} for the same files.
 */
export async function prepareTerraformSources(paths: readonly string[], display: (path: string) => string, options: TerraformOptions = {}): Promise<void> {
  if (paths.length === 0) return;
  for (const path of [...paths, ...varFilesOf(paths, options)]) if (isNativeFile(path)) await prepareNative(path, display(path));
}

/** The Terraform files of a project (absolute paths, in order) → one definition document. */
export function readTerraformSources(
  paths: readonly string[],
  display: (path: string) => string,
  env: Record<string, string | undefined>,
  options: TerraformOptions = {},
): TerraformSource {
  const files = paths.map((path) => readTerraformFile(path, display(path)));
  const varFiles = varFilesOf(paths, options).map((path) => {
    if (!existsSync(path)) return { path: display(path), blocks: [], problems: [{ loc: { file: display(path), line: 1, col: 1 }, message: "no such variables file" }] };
    return readTerraformFile(path, display(path));
  });
  const module = new TerraformModule(files, dirname(paths[0]!), { env, varFiles, ...(options.vars ? { vars: options.vars } : {}) });
  const document = module.document();
  let value: typeof document.value;
  try {
    value = withReferences(document.value) as typeof document.value;
  } catch (error) {
    if (!(error instanceof ChangedReferenceError)) throw error;
    const problem = {
      loc: { file: display(paths[0]!), line: 1, col: 1 },
      message: "a sensitive value (a sensitive variable, or file()) was changed by a function such as replace(), lower() or substr(); use it whole, or inside a template (\"Bearer ${var.token}\")",
    };
    return { path: display(paths[0]!), value: {}, problems: [...document.problems, problem], locate: document.locate, lookups: document.lookups };
  }
  return { path: display(paths[0]!), value, problems: document.problems, locate: document.locate, lookups: document.lookups };
}
