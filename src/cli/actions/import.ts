import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MASK, maskedPlaces, redact } from "../../redact.ts";
import { stringify } from "yaml";
import { UsageError } from "../../errors.ts";
import { exportTenant, refusedName, toYaml } from "../../import/export-tenant.ts";
import { APPLY_ORDER, CONFIG_KEYS, KINDS, type ConfigKey } from "../../kinds/registry.ts";
import { printable } from "../../plan/summary.ts";
import { readTfState, type StateResource } from "../../terraform/from-tfstate.ts";
import { loadProject } from "../../load/load-config.ts";
import { readLive } from "../../remote/read-live.ts";
import type { LiveState } from "../../model/types.ts";
import type { LumosClient } from "../../remote/client.ts";
import { openTarget, type Target } from "../../session.ts";
import { targetFlags, type EngineFlags } from "../engine-flags.ts";
import type { Runner } from "../runner.ts";

// Through import.meta.url, which the bundle keeps pointing at this file's place (scripts/build.mjs).
export const SCHEMA_FILE = fileURLToPath(new URL("../../../schema/lumos-config.schema.json", import.meta.url));


type Documents = ReturnType<typeof exportTenant>;

/** Everything in the tenant that lumos-iac manages, as the documents of definition files. */
export async function readTenantDocuments(target: Target): Promise<Documents> {
  return exportTenant(await readWholeTenant(target.client));
}

/**
 * Every kind lumos-iac manages, with the users and groups they name; `managedApps` also reads
 * the set of API-managed apps (to tell them from apps connected in the Lumos UI).
 */
export function readWholeTenant(client: LumosClient, options: { managedApps?: boolean } = {}): Promise<LiveState> {
  return readLive(client, {
    kinds: new Set(CONFIG_KEYS),
    users: true,
    groups: true,
    managedApps: options.managedApps ?? false,
    settingsFor: new Set(),
    webhookDetails: new Set(),
    integrations: new Set(),
    everything: true,
  });
}

/**
 * What a Terraform state manages, read live, as the documents of definition files pinned to
 * the state's IDs. State entries the tenant no longer has are named on stderr and left out.
 */
async function readStateDocuments(target: Target, state: StateResource[], runner: Runner): Promise<Documents> {
  const live = await readWholeTenant(target.client);
  const wanted = new Map<ConfigKey, Set<string>>();
  for (const resource of state) {
    // The tenant has one user-source list, whatever ID the state gave it.
    if (resource.key === "user_sources") resource.id = live.kinds.user_sources?.[0]?.id ?? resource.id;
    const exists = (live.kinds[resource.key] ?? []).some((o) => o.id === resource.id);
    if (!exists) {
      runner.output.err(`warning: ${resource.address} (id ${resource.id}) is in the state but not in ${target.description}; left out`);
      continue;
    }
    if (!wanted.has(resource.key)) wanted.set(resource.key, new Set());
    wanted.get(resource.key)!.add(resource.id);
  }
  return exportTenant(live, { only: (key, id) => wanted.get(key)?.has(id) ?? false, pin: true });
}

/**
 * Objects whose name holds a control character are left out, and said so: the configuration
 * refuses such names (they could forge lines of a plan), so the files would not plan back.
 */
function withoutForgingNames(documents: Documents, runner: Runner): Documents {
  const out: Documents = {};
  for (const [key, items] of Object.entries(documents)) {
    out[key] = (items as unknown[]).filter((item) => {
      const name = refusedName(key as ConfigKey, item);
      if (name === undefined) return true;
      runner.output.err(`warning: ${KINDS[key as ConfigKey].kind} ${printable(JSON.stringify(name))} is not imported: its name has a control character (line break, tab, escape or text-direction override); rename it in Lumos, then import again`);
      return false;
    }) as Documents[string];
  }
  return out;
}

/** One definition file per kind that has objects, in apply order: [file name, text]. */
export function kindFiles(documents: Documents, schemaPath: string): [string, string][] {
  const files: [string, string][] = [];
  for (const key of APPLY_ORDER) {
    const items = documents[key];
    if (!items || items.length === 0) continue;
    files.push([`${key}.yaml`, toYaml(key, items, schemaPath)]);
  }
  return files;
}

/** "3 apps, 5 requestable_permissions" (or "nothing" for an empty tenant). */
export function importedCounts(documents: Documents): string {
  const counts = APPLY_ORDER.filter((k) => documents[k]?.length).map((k) => `${documents[k]!.length} ${k}`);
  return counts.length > 0 ? counts.join(", ") : "nothing";
}

/**
 * The --out folder, checked before anything is read: it must be a folder or not exist yet, below
 * an existing folder.
 */
export function outputFolder(out: string): string {
  if (out.trim() === "") throw new UsageError("--out needs a folder to write the project into, e.g. --out tenant/");
  const dir = resolve(out);
  let existing = dir;
  while (!existsSync(existing)) existing = dirname(existing);
  if (!statSync(existing).isDirectory()) {
    throw new UsageError(existing === dir ? `--out ${out} is a file, not a folder; pick a folder` : `--out ${out} cannot be created: ${existing} is a file`);
  }
  return dir;
}

/**
 * Creates the folder one level at a time (the recursive mkdir of Node 20 never returns under
 * /proc), saying plainly when it cannot.
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at); at = dirname(at)) missing.unshift(at);
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      throw new UsageError(`cannot create ${folder}: ${(error as NodeJS.ErrnoException).code ?? String(error)}; pick another --out folder`);
    }
  }
}

/**
 * Writes [file name, text] pairs into the --out folder (creating it), every secret or sensitive
 * value of the run masked. An existing file is kept unless `force`: then nothing is written.
 * Text from the tenant that holds such a value is written masked, and `warn` is told where:
 * planned back, that file would replace the tenant's text with the mask.
 */
export function writeOutputFiles(dir: string, files: readonly [string, string][], force: boolean, warn: (message: string) => void): void {
  const clashes = files.filter(([name]) => existsSync(join(dir, name))).map(([name]) => name);
  if (clashes.length > 0 && !force) throw new UsageError(`${dir} already has ${clashes.join(", ")}; pass --force to overwrite`);
  makeFolder(dir);
  for (const [name, text] of files) {
    for (const offset of maskedPlaces(text)) {
      const before = text.slice(0, offset);
      const line = before.split("\n").length;
      const col = offset - before.lastIndexOf("\n");
      warn(
        `warning: ${join(dir, name)}:${line}:${col}: written as ${MASK}: the text here holds a secret this run read (the API token, or a \${env:}, \${file:} or sensitive \${var:} value); planned back, it would replace that text with ${MASK}, so write the text here by hand, and rotate the secret if it should not be in the tenant`,
      );
    }
    try {
      writeFileSync(join(dir, name), redact(text));
    } catch (error) {
      throw new UsageError(`cannot write ${join(dir, name)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}; pick another --out folder`);
    }
  }
}

export async function runImport(flags: EngineFlags & { force?: boolean; fromTfstate?: string }, runner: Runner): Promise<number> {
  if (flags.out === undefined && flags.fromTfstate === undefined) throw new UsageError("import needs --out DIR: the folder to write the project into");
  const dir = outputFolder(flags.out ?? ".");
  // Read and checked before anything else: a bad state writes nothing.
  const state =
    flags.fromTfstate === undefined
      ? undefined
      : readTfState(flags.fromTfstate, flags.fromTfstate, { skipped: (address, why) => runner.output.err(`warning: ${address} is not imported: ${why}`) });
  const loaded = loadProject(flags.config, process.env, flags.env);
  const target = await openTarget(loaded, targetFlags(flags, runner.target));
  try {
    const documents = withoutForgingNames(state ? await readStateDocuments(target, state, runner) : await readTenantDocuments(target), runner);
    const schema = relative(dir, SCHEMA_FILE);
    const files = kindFiles(documents, schema);
    const project: Record<string, unknown> = { version: 1, sources: ["*.yaml"] };
    if (loaded || flags.url) {
      // The environment imported from: with --url, that URL (the token stays as configured).
      const env = loaded?.project.environments[target.environment] ?? { simulator: true };
      const copy: Record<string, unknown> = flags.url ? { url: target.url } : { ...env };
      if (env.token) copy.token = env.token.$secret;
      if (!flags.url && env.simulator) copy.data = target.url.replace(/^simulator:/, "");
      project.default_environment = target.environment;
      project.environments = { [target.environment]: copy };
    }
    files.push(["lumos.config.yaml", `# yaml-language-server: $schema=${schema}\n# Imported from ${target.description}.\n${stringify(project)}`]);
    writeOutputFiles(dir, files, flags.force === true, (message) => runner.output.err(message));
    runner.output.out(`Imported ${importedCounts(documents)} into ${dir}.\nCheck it with: lumos-iac plan --config ${join(flags.out ?? ".", "lumos.config.yaml")}`);
    return 0;
  } finally {
    await target.close();
  }
}
