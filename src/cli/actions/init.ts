import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { UsageError } from "../../errors.ts";
import type { LoadedConfig } from "../../load/load-config.ts";
import { redact } from "../../redact.ts";
import { openTarget } from "../../session.ts";
import { targetFlags, type EngineFlags } from "../engine-flags.ts";
import { DEFINITIONS, PRODUCTION_URL, WORKFLOW, type InitFlags } from "../commands/init.ts";
import { importedCounts, kindFiles, makeFolder, readTenantDocuments, SCHEMA_FILE } from "./import.ts";
import type { Runner } from "../runner.ts";

/**
 * What a new repository may already hold without counting as "not empty": version control,
 * the npm install of lumos-iac itself, and the files a hosting service creates with a repository.
 */
const HOUSEKEEPING = new Set([
  ".git",
  ".gitignore",
  "node_modules",
  "package.json",
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "README.md",
  "LICENSE",
]);

/**
 * The project folder: a folder or not there yet (below a folder), and empty but for
 * housekeeping unless --force. Checked before anything is read.
 */
function projectFolder(arg: string, force: boolean): string {
  if (arg.trim() === "") throw new UsageError("init needs a folder, e.g. lumos-iac init tenant/ (or no argument for this folder)");
  const dir = resolve(arg);
  let existing = dir;
  while (!existsSync(existing)) existing = dirname(existing);
  if (!statSync(existing).isDirectory()) {
    throw new UsageError(existing === dir ? `${arg} is a file, not a folder; pick a folder` : `${arg} cannot be created: ${existing} is a file`);
  }
  if (existing === dir && !force) {
    const others = readdirSync(dir).filter((name) => !HOUSEKEEPING.has(name));
    if (others.length > 0) {
      const shown = others.slice(0, 5).join(", ") + (others.length > 5 ? `, and ${others.length - 5} more` : "");
      throw new UsageError(`${dir} is not empty (${shown}); init starts a project in an empty folder: pick another, or pass --force to write into it`);
    }
  }
  return dir;
}

function write(file: string, text: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}; pick another folder`);
  }
}

/** Adds the lines .gitignore does not have yet (creating it if missing). */
function ignore(file: string, lines: string[]): void {
  const text = existsSync(file) ? readFileSync(file, "utf8") : "";
  const have = new Set(text.split(/\r?\n/).map((line) => line.trim()));
  const missing = lines.filter((line) => !have.has(line));
  if (missing.length === 0) return;
  const prefix = text === "" || text.endsWith("\n") ? "" : "\n";
  try {
    appendFileSync(file, `${prefix}${missing.join("\n")}\n`);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

function projectFile(schema: string, url: string, importFrom: string | undefined): string {
  return `# yaml-language-server: $schema=${schema}
#
# The project file: where the definitions are, which tenants exist, and how careful to be.
version: 1

# Definition files, relative to this file. Their kinds are merged.
sources:
  - ${DEFINITIONS}/*.yaml

# local is the embedded simulator, persisted in .lumos/: plan and apply there first.
# production is the real tenant; its token comes from the environment (a CI secret).
default_environment: ${importFrom ?? "local"}
environments:
  local:
    simulator: true
  production:
    url: ${JSON.stringify(url)}
    token: \${env:LUMOS_API_TOKEN}

# lumos-iac refuses plans that delete more than this (override with --allow-deletes or
# --max-deletes). The percentage applies to kinds with at least 10 objects.
safety:
  max_deletes: 10
  max_delete_percent: 25

# Deletes happen only for kinds listed under prune: (and only for objects the tool may own).
# Objects outside the definitions are otherwise left alone. For example:
# prune:
#   pre_approval_rules: true
#   requestable_permissions:
#     apps: [Team Wiki]
`;
}

function starterDefinitions(schema: string): string {
  return `# yaml-language-server: $schema=${schema}
#
# A first app and a permission people can request in the app store. Plan it against the
# embedded simulator (npx lumos-iac plan), then make it yours before planning production.
# Any file in this folder can hold any kind: apps, requestable_permissions, access_policies,
# pre_approval_rules, sync_schedules, user_sources, inline_webhooks, appstore_apps.
apps:
  - name: Team Wiki
    category: Communication
    description: Where the team writes things down
    website_url: https://wiki.example.com

requestable_permissions:
  - app: Team Wiki
    label: Wiki Editor
    request_config:
      appstore_visibility: VISIBLE
`;
}

const WORKFLOW_TEXT = `# Plans every pull request that changes the Lumos definitions (the plan is in the run's
# summary) and applies them when they are merged to main. Needs the repository secret
# LUMOS_API_TOKEN, and package.json with lumos-iac in devDependencies (npm ci installs it).
name: lumos-iac
on:
  pull_request:
    paths: ["lumos.config.yaml", "${DEFINITIONS}/**"]
  push:
    branches: [main]
    paths: ["lumos.config.yaml", "${DEFINITIONS}/**"]

permissions:
  contents: read

jobs:
  plan:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    env:
      LUMOS_API_TOKEN: \${{ secrets.LUMOS_API_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, cache: npm }
      - run: npm ci
      # Config problems become annotations on the changed lines.
      - run: npx lumos-iac validate
      - run: npx lumos-iac plan --env production --format markdown >> "$GITHUB_STEP_SUMMARY"

  apply:
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    # One apply to production at a time; a queued one waits instead of being cancelled.
    concurrency: { group: lumos-iac-production, cancel-in-progress: false }
    env:
      LUMOS_API_TOKEN: \${{ secrets.LUMOS_API_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20, cache: npm }
      - run: npm ci
      - run: npx lumos-iac apply --env production --auto-approve
`;

export async function runInit(dirArg: string, flags: InitFlags, runner: Runner): Promise<number> {
  const dir = projectFolder(dirArg, flags.force === true);
  if (flags.env !== undefined && !flags.import) throw new UsageError("--env names the tenant to import: add --import, or leave --env out");
  const env = flags.env ?? "production";
  if (env !== "local" && env !== "production") {
    throw new UsageError(`--env ${JSON.stringify(env)}: init knows the environments local and production`);
  }
  const url = flags.url ?? PRODUCTION_URL;
  const importFrom = flags.import ? env : undefined;
  const project: Pick<LoadedConfig, "project" | "configDir"> = {
    configDir: dir,
    project: {
      defaultEnvironment: importFrom ?? "local",
      environments: { local: { simulator: true }, production: { url, token: { $secret: "${env:LUMOS_API_TOKEN}" } } },
      safety: { maxDeletes: 10, maxDeletePercent: 25 },
    },
  };
  const definitions = join(dir, DEFINITIONS);
  let files: [string, string][];
  let what: string;
  if (importFrom) {
    const read: EngineFlags = { config: "lumos.config.yaml", format: "text", env: importFrom, url: flags.url, parallelism: flags.parallelism };
    const target = await openTarget(project, targetFlags(read, runner.target));
    try {
      const documents = await readTenantDocuments(target);
      files = kindFiles(documents, relative(definitions, SCHEMA_FILE)).map(([name, text]) => [join(DEFINITIONS, name), text]);
      what = `${importedCounts(documents)} from ${target.description}`;
    } finally {
      await target.close();
    }
  } else {
    files = [[join(DEFINITIONS, "apps.yaml"), starterDefinitions(relative(definitions, SCHEMA_FILE))]];
    what = "a starter app";
  }
  files.unshift(["lumos.config.yaml", projectFile(relative(dir, SCHEMA_FILE), url, importFrom)]);
  files.push([WORKFLOW, WORKFLOW_TEXT]);
  makeFolder(dir);
  for (const [name, text] of files) write(join(dir, name), redact(text));
  ignore(join(dir, ".gitignore"), [".lumos/", "node_modules/"]);
  const cd = relative(process.cwd(), dir);
  const hasPackage = existsSync(join(dir, "package.json"));
  runner.output.out(
    [
      `Wrote a lumos-iac project with ${what} into ${dir}:`,
      ...[...files.map(([name]) => name), ".gitignore"].map((name) => `  ${name}`),
      "",
      "Next:",
      ...(cd === "" ? [] : [`  cd ${cd}`]),
      ...(hasPackage ? [] : ["  npm init -y && npm i -D lumos-iac  # (or the packed .tgz) the workflow runs npm ci: commit package.json and the lockfile"]),
      `  npx lumos-iac validate             # offline check`,
      `  npx lumos-iac plan                 # against ${importFrom === "production" ? "production" : "the embedded simulator (local)"}`,
      importFrom === "production" ? "  npx lumos-iac plan --env local     # against the embedded simulator" : "  npx lumos-iac apply                # then plan again: no changes",
      "  Set the repository secret LUMOS_API_TOKEN for the workflow in " + WORKFLOW + ".",
    ].join("\n"),
  );
  return 0;
}
