import { mkdirSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { ConfigError, ConfigValidationError, UsageError } from "./errors.ts";
import type { EnvironmentConfig, LoadedConfig } from "./load/load-config.ts";
import { substitute, type Variables } from "./load/substitute.ts";
import { hideSensitive } from "./plan/summary.ts";
import { deleteBases } from "./plan/safety.ts";
import { addSensitive } from "./redact.ts";
import type { DesiredState, LiveState, Plan } from "./model/types.ts";
import { planSteps, type PlanOptions } from "./plan/compute-plan.ts";
import { LumosClient, type LumosClientOptions } from "./remote/client.ts";
import { OktaClient } from "./remote/okta-client.ts";
import { needsFor, readLiveInStages, type LiveStages, type ReadNeeds } from "./remote/read-live.ts";
import type { FetchLike } from "./remote/transport.ts";

/** The tenant a command talks to. */
export interface Target {
  environment: string;
  /** What the user would call it: the URL, or "embedded simulator (path)". */
  description: string;
  url: string;
  client: LumosClient;
  close(): Promise<void>;
}

export interface TargetFlags {
  env?: string;
  url?: string;
  /** Overrides the transport (tests plug an in-process simulator here). */
  fetch?: FetchLike;
  client?: Partial<LumosClientOptions>;
}

const EMBEDDED_TOKEN = "embedded-simulator";
const EMBEDDED_OKTA_TOKEN = "embedded-simulator-okta";

/**
 * Opens the environment named by --env (or the config's default, `local`): a URL with a token
 * from LUMOS_API_TOKEN or the config, or the embedded simulator persisted under .lumos/.
 */
export async function openTarget(
  loaded: Pick<LoadedConfig, "project" | "configDir"> | undefined,
  flags: TargetFlags,
  env: Record<string, string | undefined> = process.env,
): Promise<Target> {
  const name = flags.env ?? loaded?.project.defaultEnvironment ?? "local";
  const configured = loaded?.project.environments[name];
  if (!configured && name !== "local" && !flags.url) {
    const known = Object.keys(loaded?.project.environments ?? {});
    throw new UsageError(`no environment ${JSON.stringify(name)} in the configuration${known.length ? ` (known: ${known.join(", ")})` : ""}`);
  }
  const environment: EnvironmentConfig = configured ?? { simulator: true };
  if (environment.simulator && !flags.url && !flags.fetch) {
    const dir = loaded?.configDir ?? process.cwd();
    const dataFile = environment.data ? (isAbsolute(environment.data) ? environment.data : resolve(dir, environment.data)) : join(dir, ".lumos", "simulator.db");
    mkdirSync(dirname(dataFile), { recursive: true });
    const seed = environment.seed ? resolve(dir, environment.seed) : undefined;
    // Loaded only when used: talking to a real tenant never loads the simulator.
    const { Simulator, OKTA_PREFIX } = await import("./simulator/server.ts");
    const simulator = new Simulator({ token: EMBEDDED_TOKEN, oktaToken: EMBEDDED_OKTA_TOKEN, dataFile, ...(seed ? { seed } : {}), syncDurationMs: 0 });
    // The embedded simulator has an Okta side of its own: okta_event_hooks go there.
    const okta = new OktaClient({ orgUrl: `http://localhost${OKTA_PREFIX}`, token: EMBEDDED_OKTA_TOKEN, fetch: simulator.fetch, ...oktaOptions(flags.client) });
    const client = new LumosClient({ baseUrl: "http://localhost", token: EMBEDDED_TOKEN, fetch: simulator.fetch, ...flags.client, okta });
    return {
      environment: name,
      description: `embedded simulator (${dataFile})`,
      url: `simulator:${dataFile}`,
      client,
      close: () => simulator.close(),
    };
  }
  const url = flags.url ?? environment.url;
  if (!url) throw new ConfigError("NO_URL", `environment ${name} has no url (set environments.${name}.url or pass --url)`);
  const token = env.LUMOS_API_TOKEN || tokenFrom(environment, loaded?.configDir, env);
  addSensitive(token);
  if (!token) {
    throw new ConfigError("NO_TOKEN", `no API token for ${name}: set LUMOS_API_TOKEN or environments.${name}.token: \${env:NAME}`);
  }
  const okta = environment.okta ? oktaClientFor(name, environment.okta, loaded?.configDir, env, flags) : undefined;
  const client = new LumosClient({ baseUrl: url, token, ...(flags.fetch ? { fetch: flags.fetch } : {}), ...flags.client, ...(okta ? { okta } : {}) });
  return { environment: name, description: client.baseUrl, url: client.baseUrl, client, close: async () => {} };
}

/** The client of an environment's Okta org; its token is read now, and masked in all output. */
function oktaClientFor(
  name: string,
  okta: NonNullable<EnvironmentConfig["okta"]>,
  configDir: string | undefined,
  env: Record<string, string | undefined>,
  flags: TargetFlags,
): OktaClient {
  const dir = configDir ?? process.cwd();
  const result = substitute(okta.token.$secret, { env, baseDir: dir, projectDir: dir });
  if (!result.ok) throw new ConfigError("NO_OKTA_TOKEN", `cannot read the Okta API token of ${name} (environments.${name}.okta.token): ${result.message}`);
  if (result.value.trim() === "") throw new ConfigError("NO_OKTA_TOKEN", `the Okta API token of ${name} (${result.references.join(", ")}) is empty`);
  addSensitive(result.value);
  return new OktaClient({ orgUrl: okta.org_url, token: result.value, ...(flags.fetch ? { fetch: flags.fetch } : {}), ...oktaOptions(flags.client) });
}

/** The transport settings of the Lumos client that apply to the Okta one too (tests' sleep and retry). */
function oktaOptions(options: Partial<LumosClientOptions> | undefined): Partial<Pick<LumosClientOptions, "sleep" | "retry" | "now" | "random">> {
  const { sleep, retry, now, random } = options ?? {};
  return { ...(sleep ? { sleep } : {}), ...(retry ? { retry } : {}), ...(now ? { now } : {}), ...(random ? { random } : {}) };
}

function tokenFrom(environment: EnvironmentConfig, configDir: string | undefined, env: Record<string, string | undefined>): string | undefined {
  if (!environment.token) return undefined;
  const dir = configDir ?? process.cwd();
  const result = substitute(environment.token.$secret, { env, baseDir: dir, projectDir: dir });
  if (!result.ok) throw new ConfigError("NO_TOKEN", `cannot read the API token: ${result.message}`);
  if (result.value.trim() === "") throw new ConfigError("NO_TOKEN", `the API token (${result.references.join(", ")}) is empty`);
  return result.value;
}

export interface PlanRun {
  plan: Plan;
  live: LiveState;
  reads: ReadNeeds;
  /** Per pruned kind, the objects its deletes are a share of, for the delete threshold (see deleteBases). */
  existing: Record<string, number>;
}

/** Reads what the configuration needs from the tenant and plans against it. */
export async function planAgainst(
  loaded: LoadedConfig,
  target: Target,
  options: PlanOptions & { progress?: (what: string) => void } = {},
): Promise<PlanRun> {
  const rotate = options.rotateCredentials;
  const rotating = new Set(
    loaded.desired.objects
      .filter((o) => o.kind === "app" && o.spec.app_class_id && (rotate === true || (Array.isArray(rotate) && rotate.includes(o.address))))
      .map((o) => String(o.spec.app_class_id)),
  );
  // Okta event hooks live in the environment's Okta org: without one, say so where they are declared.
  const hook = loaded.desired.objects.find((o) => o.kind === "okta_event_hook");
  if (hook && !target.client.okta) {
    throw new ConfigValidationError([
      {
        loc: hook.loc,
        message: `okta_event_hooks are managed in Okta, and environment ${target.environment} has no Okta org: set environments.${target.environment}.okta: { org_url: https://<org>.okta.com, token: \${env:OKTA_API_TOKEN} }`,
      },
    ]);
  }
  // Rotated credentials are checked against the connection schema, so it is read for them too.
  const needs = needsFor(loaded.desired);
  // Data-source lookups of apps filter by connection source: the API-managed set tells which is which.
  if (loaded.desired.lookups?.apps) needs.managedApps = true;
  const reads: ReadNeeds = { ...needs, ...(rotating.size > 0 ? { rotating } : {}) };
  const stages = readLiveInStages(target.client, reads, options.progress);
  const plan = hideSensitive(await planBeside(stages, loaded.desired, { ...options, secrets: loaded.secrets }), loaded.sensitive);
  if (loaded.declaresVariables) plan.variables = { environment: loaded.vars.environment, names: [...loaded.vars.values.keys()] };
  return { plan, live: await stages.all, reads, existing: deleteBases(plan.managed) };
}

/** How long the planner runs before the reads get a turn. */
const SLICE_MS = 2;

/**
 * Plans while the AppStore settings are still being read (one request per app, the longest
 * part of a large tenant's reads): every other kind once the lists are in, a few milliseconds
 * at a time so the reads go on between, then each AppStore app once its own settings are in,
 * so what is left when the last read is in is the plan of one app. The plan is the one
 * computePlan makes of the whole live state.
 */
async function planBeside(stages: LiveStages, desired: DesiredState, options: PlanOptions): Promise<Plan> {
  try {
    const steps = planSteps(desired, await stages.lists, options);
    let since = performance.now();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      const reading = step.value === "appstore settings" ? stages.all : step.value === "pause" ? undefined : stages.settingsOf(step.value.settings);
      if (reading) await reading;
      else if (performance.now() - since < SLICE_MS) continue;
      else await new Promise((resolve) => setImmediate(resolve));
      since = performance.now();
    }
  } catch (error) {
    // A read that failed is the error to report, as when planning waited for every read.
    await stages.all;
    throw error;
  }
}

/**
 * Reads a sensitive template again (for saved plans): `${env:…}` from the environment,
 * `${file:…}` from the project directory (the folder of --config), which templates are relative to,
 * `${var:…}` from the vars of the environment the plan was made for.
 */
export function secretReader(
  env: Record<string, string | undefined> = process.env,
  known?: ReadonlyMap<string, string>,
  projectDir: string = process.cwd(),
  vars?: Variables,
): (template: string) => string {
  // Each value is read once: a check before the writes and the writes themselves see the same one.
  const read = new Map<string, string>();
  return (template) => {
    const cached = known?.get(template) ?? read.get(template);
    if (cached !== undefined) return cached;
    const result = substitute(template, { env, baseDir: projectDir, projectDir, ...(vars ? { vars } : {}) });
    if (!result.ok) throw new ConfigError("SECRET_UNAVAILABLE", `cannot read a value needed by this plan: ${result.message}`);
    addSensitive(result.value);
    read.set(template, result.value);
    return result.value;
  };
}

/**
 * For a configuration loaded with deferObjectProblems: the error to throw once the valid
 * objects were planned (or planning failed), holding the objects' own problems together with
 * the reference problems planning found. Problems that only name an object left out as
 * invalid are dropped: fixing that object fixes them. Undefined when there is nothing to report.
 */
export function withDeferredProblems(loaded: Pick<LoadedConfig, "problems" | "excluded">, error?: unknown): unknown {
  if (loaded.problems.length === 0) return error;
  const names = loaded.excluded.flatMap((o) => [o.address, JSON.stringify(o.key), JSON.stringify(o.key.slice(o.key.lastIndexOf("/") + 1))]);
  const found = error instanceof ConfigValidationError ? error.problems.filter((p) => !names.some((n) => p.message.includes(n))) : [];
  return new ConfigValidationError([...loaded.problems, ...found]);
}
