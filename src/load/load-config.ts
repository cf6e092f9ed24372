import { existsSync, readFileSync, realpathSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { ErrorObject } from "ajv";
import { closest } from "fastest-levenshtein";
import { globSync } from "tinyglobby";
import { ConfigError, ConfigValidationError, formatLocation, LumosIacError, UsageError } from "../errors.ts";
import { checkBaseUrl } from "../remote/base-url.ts";
import { hasControlCharacter, printable } from "../plan/summary.ts";
import { declaredIndex, isRecord, isSecret } from "../kinds/common.ts";
import { addressOf, CONFIG_KEYS, configKeyOf, KINDS, type ConfigKey } from "../kinds/registry.ts";
import { PRUNE_ADDRESS, type DesiredObject, type DesiredState, type Lookup, type Lookups, type Problem, type SourceLocation } from "../model/types.ts";
import { PROJECT_PROPERTIES } from "./config-schema.ts";
import { validateConfigSchema } from "./config-validator.ts";
import { hasReference, insideProject, lookupVariable, strayOpening, substitute, unescapeTemplates, type Environment, type VariableValue, type Variables } from "./substitute.ts";
import { YamlFile } from "./yaml-file.ts";
import { addSensitive, sensitiveLabel } from "../redact.ts";
import { decodeUtf8 } from "./decode.ts";
import { isTerraformSource, isVariablesFile, prepareTerraformSources, readTerraformSources, type TerraformOptions } from "./terraform/index.ts";
import { isCdktfAppEntry, synthesizeCdktfApp } from "./terraform/cdktf-synth.ts";
import { DEFAULT_LEVELS, GUARDRAILS, type GuardrailConfig, type GuardrailLevel } from "../model/guardrail-config.ts";

export interface EnvironmentConfig {
  url?: string;
  token?: { $secret: string };
  simulator?: boolean;
  seed?: string;
  /** Database of the embedded simulator (default .lumos/simulator.db beside the config). */
  data?: string;
  /** The Okta org whose event hooks this environment manages. */
  okta?: { org_url: string; token: { $secret: string } };
}

export interface ProjectSettings {
  defaultEnvironment: string;
  environments: Record<string, EnvironmentConfig>;
  safety: { maxDeletes: number; maxDeletePercent: number; maxPeopleGainingPreapproval?: number; maxPeopleLosingAccess?: number };
  /** Filled in by loadConfig; absent only in settings built by hand. */
  guardrails?: GuardrailConfig;
}

export interface LoadOptions {
  /** Only the project settings, without the definition files (apply of a saved plan, import). */
  projectOnly?: boolean;
  /**
   * Problems confined to single objects do not throw: they are returned in `problems`, and
   * those objects are left out of `desired`, so a plan can still resolve the others'
   * references and report everything at once. Any other problem throws as usual.
   */
  deferObjectProblems?: boolean;
  /** The environment whose `vars` fill `${var:NAME}` (default: default_environment, or local). */
  environment?: string;
  /**
   * The environment in use must say where its tenant is (a url, or simulator: true) as no
   * --url will: validate, which reads no tenant, checks what plan would only find out later.
   */
  requireTarget?: boolean;
  /** Values for the variables of Terraform sources (`--var`, `--var-file`). */
  terraform?: TerraformOptions;
  /** CDKTF app entries to read besides the sources (`--cdktf`), relative to the working directory. */
  cdktf?: readonly string[];
  /** The cdk.tf.json files each CDKTF app entry synthesized (loadConfigAsync fills it). */
  synthesized?: ReadonlyMap<string, readonly string[]>;
}

/** What a definition file gives loading: its value, and where each part of it was written (YAML, or a Terraform module). */
type DefinitionDocument = Pick<YamlFile, "path" | "value" | "locate"> & {
  /** Terraform sources: the data-source lookups behind references, by JSON of their path. */
  lookups?: ReadonlyMap<string, Lookup>;
};

export interface LoadedConfig {
  configFile: string;
  configDir: string;
  files: string[];
  project: ProjectSettings;
  desired: DesiredState;
  /** Values of sensitive `${…}` templates (secret fields and every other sensitive reference), by template. Never printed. */
  secrets: Map<string, string>;
  /** Templates of sensitive values in ordinary fields, by value: the plan shows these as (sensitive). */
  sensitive: Map<string, string>;
  /** With deferObjectProblems: the problems of the objects left out of `desired`. */
  problems: Problem[];
  /** With deferObjectProblems: the objects left out of `desired` because of those problems. */
  excluded: DesiredObject[];
  /** The variables of the environment the configuration was loaded for. */
  vars: Variables;
  /** Whether the project file declares variables (then plans say whose values they used). */
  declaresVariables: boolean;
  /** Where each declared object was written: its file (absolute) and its path in that file's YAML. */
  origins: ReadonlyMap<string, ObjectOrigin>;
}

export interface ObjectOrigin {
  file: string;
  path: (string | number)[];
}

/** Fields whose values are secrets, as paths with `*` for any key or index: the kinds' own, and tokens. */
const SENSITIVE: string[][] = [
  ...CONFIG_KEYS.flatMap((key) => (KINDS[key].secrets ?? []).map((path) => [key, "*", ...path.split(".")])),
  ["environments", "*", "token"],
  ["environments", "*", "okta", "token"],
];

function isSensitive(path: (string | number)[]): boolean {
  return SENSITIVE.some((pattern) => pattern.length === path.length && pattern.every((p, i) => p === "*" || p === path[i]));
}

/**
 * Reads lumos.config.yaml and the definition files its `sources` name, validates them against
 * the JSON Schema and the semantic rules, and returns the desired state. Every problem is
 * collected (not just the first) and thrown together as ConfigValidationError.
 */
export function loadConfig(
  configPath: string,
  env: Record<string, string | undefined> = process.env,
  options: LoadOptions = {},
): LoadedConfig {
  if (configPath.trim() === "") throw new ConfigError("CONFIG_NOT_FOUND", "--config is empty; pass the project file, e.g. --config lumos.config.yaml");
  const configFile = resolve(configPath);
  if (!existsSync(configFile)) {
    throw new ConfigError("CONFIG_NOT_FOUND", `no configuration at ${configPath} (pass --config FILE, or run from the project folder)`);
  }
  if (isDirectory(configFile)) {
    throw new ConfigError("CONFIG_NOT_FOUND", `${configPath} is a directory; pass the project file in it (--config ${join(configPath, "lumos.config.yaml")})`);
  }
  const configDir = dirname(configFile);
  const problems: Problem[] = [];
  const secrets = new Map<string, string>();
  /** The object each object-level problem belongs to (file, kind and index); others are not here. */
  const blamed = new Map<Problem, string>();
  const blame = (problem: Problem, file: DefinitionDocument, path: readonly (string | number)[]): Problem => {
    const marker = objectMarker(file.path, path);
    if (marker) blamed.set(problem, marker);
    return problem;
  };
  const sensitive = new Map<string, string>();
  const display = (file: string) => relative(process.cwd(), file) || file;

  const root = readYaml(configFile, display(configFile), problems, "project");
  const rootValue = root?.value;
  const environmentName =
    options.environment ?? (isRecord(rootValue) && typeof rootValue.default_environment === "string" ? rootValue.default_environment : "local");
  const sources = sourcePatterns(rootValue);
  const isPublicReference = publicReferences(isRecord(rootValue) ? rootValue.non_sensitive : undefined, configDir);
  const rootHidden = new Map<string, string>();
  const rootContext = (vars?: Variables): Substitution => ({
    environment: { env, baseDir: configDir, projectDir: configDir, ...(vars ? { vars } : {}) },
    file: root!,
    problems,
    secrets,
    sensitive,
    hidden: rootHidden,
    isPublic: isPublicReference,
    blame: (problem, path) => blame(problem, root!, path),
    environmentName,
    secretFields: { count: 0 },
  });
  const { vars, declared: declaresVariables, substituted: environmentVars } =
    root && isRecord(rootValue) ? readVariables(rootValue, environmentName, rootContext()) : { vars: { environment: environmentName, values: new Map() }, declared: false, substituted: undefined };
  const isPublic = (reference: string): boolean => {
    if (!reference.startsWith("var:")) return isPublicReference(reference);
    const found = vars.values.get(reference.slice("var:".length));
    return found !== undefined && "value" in found && !found.sensitive;
  };
  const files = [configFile];
  const inProject = insideProject(configDir);
  for (const pattern of options.projectOnly ? [] : sources) {
    const matches = globSync(pattern, { cwd: configDir, absolute: true }).sort();
    if (!/[*?[{]/.test(pattern) && isDirectory(resolve(configDir, pattern))) {
      problems.push({
        loc: root!.locate(["sources", sources.indexOf(pattern)]),
        message: `${JSON.stringify(pattern)} is a directory; name the files in it, e.g. ${JSON.stringify(`${pattern.replace(/\/+$/, "")}/*.yaml`)}`,
      });
    } else if (matches.length === 0) {
      problems.push({ loc: root!.locate(["sources", sources.indexOf(pattern)]), message: `no files match ${JSON.stringify(pattern)}` });
    } else {
      // Like ${file:}, sources read nothing outside the project: a pull request cannot have a plan read (and quote) other files.
      const outside = matches.filter((match) => !inProject(match));
      if (outside.length > 0) {
        problems.push({
          loc: root!.locate(["sources", sources.indexOf(pattern)]),
          message: `${JSON.stringify(pattern)} matches ${display(outside[0]!)}${outside.length > 1 ? ` and ${outside.length - 1} more` : ""}, outside the project directory; sources are read only inside the folder of lumos.config.yaml (symlinks resolved): move the files there`,
        });
      }
      for (const match of matches) if (!files.includes(match) && !outside.includes(match)) files.push(match);
    }
  }

  const objects: DesiredObject[] = [];
  const markers = new Map<DesiredObject, string | undefined>();
  const locators = new Map<string, { file: DefinitionDocument; base: (string | number)[] }>();
  const origins = new Map<string, ObjectOrigin>();
  let project: Record<string, unknown> = {};
  /** Where the singleton kind was first declared: located only if it is declared again. */
  let userSourcesSeen: { file: DefinitionDocument; key: string } | undefined;

  // Terraform sources (.tf, .tf.json, and what CDKTF apps synthesize) are one module: read
  // together, as one definition document, where the first of them is named.
  for (const entry of options.projectOnly ? [] : (options.cdktf ?? [])) if (!files.includes(resolve(entry))) files.push(resolve(entry));
  const synthesized = options.synthesized ?? new Map<string, readonly string[]>();
  const isTerraform = (f: string) => f !== configFile && (isTerraformSource(f) || isCdktfAppEntry(f) || isVariablesFile(f));
  const terraformFiles = files.filter((f) => isTerraform(f) && !isVariablesFile(f)).flatMap((f) => (isTerraformSource(f) ? [f] : (synthesized.get(f) ?? [])));
  const terraformOptions: TerraformOptions = { ...options.terraform, sourceVarFiles: files.filter(isVariablesFile) };
  // As Terraform refuses values for variables nobody declares, a flag setting some is not passed over in silence.
  const given = [...(options.terraform?.vars?.length ? ["--var"] : []), ...(options.terraform?.varFiles?.length ? ["--var-file"] : [])];
  if (!options.projectOnly && given.length > 0 && terraformFiles.length === 0 && !files.some((f) => f !== configFile && isCdktfAppEntry(f))) {
    throw new UsageError(`${given.join(" and ")} ${given.length > 1 ? "set" : "sets"} Terraform variables, and this project has no Terraform sources (.tf, .tf.json or a CDKTF app in sources); remove ${given.length > 1 ? "them" : "it"}, or use \${var:NAME} with environments.<name>.vars`);
  }
  const readTerraform = (): DefinitionDocument | undefined => {
    for (const entry of files.filter((f) => isCdktfAppEntry(f) && !synthesized.has(f))) {
      problems.push({ loc: { file: display(entry), line: 1, col: 1 }, message: "a CDKTF app is synthesized by lumos-iac's commands (or loadConfigAsync); name its cdk.tf.json here instead" });
    }
    if (terraformFiles.length === 0) return undefined;
    const read = readTerraformSources(terraformFiles, display, env, terraformOptions);
    problems.push(...read.problems);
    return read;
  };
  for (const path of files) {
    if (isTerraform(path) && path !== files.find(isTerraform)) continue;
    const file: DefinitionDocument | undefined =
      path === configFile ? root : isTerraform(path) ? readTerraform() : readYaml(path, display(path), problems, "definition");
    if (!file || file.value === undefined || file.value === null) continue;
    const raw = file.value;
    if (!isRecord(raw)) {
      problems.push({ loc: file.locate([]), message: "the top level must be a mapping of kinds (apps:, requestable_permissions:, …)" });
      continue;
    }
    const hidden = path === configFile ? rootHidden : new Map<string, string>();
    const substitutionProblems = problems.length;
    const secretFields = { count: 0 };
    const value = substituteAll(raw, [], {
      secretFields,
      // A Terraform module's ${file:…} are relative to its folder (for a CDKTF app, its stack's).
      environment: { env, baseDir: dirname(isTerraform(path) && terraformFiles.length > 0 ? terraformFiles[0]! : path), projectDir: configDir, vars },
      file,
      problems,
      secrets,
      sensitive,
      hidden,
      isPublic,
      blame: (problem, path) => blame(problem, file, path),
      environmentName,
      ...(environmentVars ? { environmentVars } : {}),
    }) as Record<string, unknown>;
    // Where substitution already said what is wrong with a value (a secret written out), the schema's more general word on it is left out.
    const said = new Set(problems.slice(substitutionProblems).map((p) => formatLocation(p.loc)));
    // The project file's environments come substituted by readVariables, secrets and all: always shown as templates.
    const asWritten = path === configFile || secretFields.count > 0 ? secretsAsTemplates(value) : value;
    for (const error of validateConfigSchema(asWritten)) {
      const problem = describeSchemaError(error, file, hidden);
      if (error.keyword === "pattern" && said.has(formatLocation(problem.loc))) continue;
      problems.push(blame(problem, file, instancePath(error)));
    }
    if (path === configFile) {
      project = value;
      problems.push(...environmentProblems(raw, file, environmentName, { explicit: options.environment !== undefined, requireTarget: Boolean(options.requireTarget) }));
    } else {
      for (const key of Object.keys(PROJECT_PROPERTIES)) {
        if (key in value) problems.push({ loc: file.locate([key], { key: true }), message: `${key} belongs in ${display(configFile)}, not in a definition file` });
      }
    }
    for (const key of CONFIG_KEYS) {
      const items = value[key];
      if (items === undefined || items === null) continue;
      const kind = KINDS[key];
      if (kind.singleton) {
        if (userSourcesSeen) {
          const first = userSourcesSeen.file.locate([userSourcesSeen.key], { key: true });
          problems.push({ loc: file.locate([key], { key: true }), message: `${key} is already declared at ${formatLocation(first)}` });
          continue;
        }
        userSourcesSeen = { file, key };
        const object = makeObject(kind.kind, key, { sources: items }, file, [key], locators);
        if (!origins.has(object.address)) origins.set(object.address, { file: path, path: [key] });
        objects.push(object);
        markers.set(object, objectMarker(file.path, [key]));
        continue;
      }
      if (!Array.isArray(items)) continue;
      items.forEach((item, index) => {
        if (!isRecord(item)) return;
        const object = makeObject(kind.kind, key, item, file, [key, index], locators);
        if (!origins.has(object.address)) origins.set(object.address, { file: path, path: [key, index] });
        objects.push(object);
        markers.set(object, objectMarker(file.path, [key, index]));
      });
    }
  }

  // Semantic checks: duplicate keys and each kind's own rules.
  const seen = new Map<string, DesiredObject>();
  const declared = declaredIndex(objects);
  for (const object of objects) {
    const key = KINDS[configKeyOf(object.kind)];
    // An entry without its key (no name) is reported for that; two of them are not "declared twice".
    const previous = object.key === "" ? undefined : seen.get(object.address);
    if (previous) {
      const problem = { loc: object.loc, message: `${object.address} is declared twice (first at ${formatLocation(previous.loc)})` };
      problems.push(problem);
      blamed.set(problem, markers.get(object)!);
    } else {
      seen.set(object.address, object);
    }
    // A name is shown on one line of every plan: a line break or terminal escape in it could forge the lines around it.
    const badName = hasControlCharacter(object.key)
      ? "has a control character (line break, tab, escape or text-direction override) in its name; write the name on one line, without them"
      : /(^|\/)\s+(\/|$)/.test(object.key)
        ? "has a name that is only spaces; give it a name"
        : undefined;
    if (badName) {
      const problem = { loc: object.loc, message: `${object.kind} ${printable(JSON.stringify(object.key))} ${badName}` };
      problems.push(problem);
      blamed.set(problem, markers.get(object)!);
    }
    for (const [path, message] of key.check?.(object.spec, declared) ?? []) {
      const problem = { loc: object instanceof Declared ? object.locate(path) : object.loc, message };
      problems.push(problem);
      blamed.set(problem, markers.get(object)!);
    }
  }

  const prune = (isRecord(project.prune) ? project.prune : {}) as DesiredState["prune"];
  if (root && !locators.has(PRUNE_ADDRESS)) locators.set(PRUNE_ADDRESS, { file: root, base: ["prune"] });
  const deferred = options.deferObjectProblems && problems.every((p) => blamed.has(p));
  if (problems.length > 0 && !deferred) throw new ConfigValidationError(withoutAnyOfBranches(problems));
  const invalid = new Set(problems.map((p) => blamed.get(p)));
  const valid = objects.filter((o) => !invalid.has(markers.get(o)));

  const environments = (isRecord(project.environments) ? project.environments : {}) as Record<string, EnvironmentConfig>;
  const safety = isRecord(project.safety) ? project.safety : {};
  return {
    configFile,
    configDir,
    files,
    secrets,
    sensitive,
    project: {
      defaultEnvironment: typeof project.default_environment === "string" ? project.default_environment : "local",
      environments,
      safety: {
        maxDeletes: typeof safety.max_deletes === "number" ? safety.max_deletes : 10,
        maxDeletePercent: typeof safety.max_delete_percent === "number" ? safety.max_delete_percent : 25,
        ...(typeof safety.max_people_gaining_preapproval === "number" ? { maxPeopleGainingPreapproval: safety.max_people_gaining_preapproval } : {}),
        ...(typeof safety.max_people_losing_access === "number" ? { maxPeopleLosingAccess: safety.max_people_losing_access } : {}),
      },
      guardrails: guardrailConfig(project.guardrails, (path) => root!.locate(["guardrails", ...path])),
    },
    problems: withoutAnyOfBranches(problems),
    vars,
    declaresVariables,
    origins,
    excluded: objects.filter((o) => invalid.has(markers.get(o))),
    desired: {
      objects: valid,
      prune,
      locate: (address, path) => {
        const located = locators.get(address);
        return located ? located.file.locate([...located.base, ...path]) : { file: display(configFile), line: 1, col: 1 };
      },
      ...(lookupsOf(valid, locators) ?? {}),
    },
  };
}

/**
 * What would make the environment in use fail once a command talks to it, found offline: a URL
 * that is no http(s) URL or would send the token in the clear, and an environment that is both
 * the embedded simulator and a URL. Other environments are checked when used (--env), so one
 * being set up does not stop the rest; URLs written with `${…}` too.
 */
function environmentProblems(
  project: Record<string, unknown>,
  file: DefinitionDocument,
  inUse: string,
  options: { explicit: boolean; requireTarget: boolean },
): Problem[] {
  const problems: Problem[] = [];
  const environments = isRecord(project.environments) ? project.environments : {};
  const known = Object.keys(environments);
  const knownList = known.length > 0 ? ` (known: ${known.join(", ")})` : "";
  const defaultName = project.default_environment;
  // Named without --env too: a default naming no environment is a typo whichever one is in use.
  if (typeof defaultName === "string" && defaultName !== "local" && !known.includes(defaultName)) {
    problems.push({
      loc: file.locate(["default_environment"]),
      message: `default_environment ${JSON.stringify(defaultName)} names no environment under environments:${knownList}; name one of them, or add ${JSON.stringify(defaultName)} there`,
    });
  }
  if (options.requireTarget && options.explicit && inUse !== "local" && !known.includes(inUse)) {
    problems.push({
      loc: file.locate(known.length > 0 ? ["environments"] : [], { key: true }),
      message: `--env ${inUse}: there is no environment ${JSON.stringify(inUse)} under environments:${knownList}; pick one of them, or add it`,
    });
  }
  for (const [name, environment] of Object.entries(environments)) {
    if (name !== inUse || !isRecord(environment)) continue;
    const urls: [unknown, (string | number)[]][] = [[environment.url, ["url"]], [isRecord(environment.okta) ? environment.okta.org_url : undefined, ["okta", "org_url"]]];
    for (const [url, at] of urls) {
      if (typeof url !== "string" || hasReference(url)) continue;
      try {
        checkBaseUrl(url);
      } catch (error) {
        if (error instanceof LumosIacError) problems.push({ loc: file.locate(["environments", name, ...at]), message: error.message });
      }
    }
    if (options.requireTarget && environment.simulator !== true && environment.url === undefined) {
      problems.push({
        loc: file.locate(["environments", name], { key: true }),
        message: `environment ${name} names no tenant: set url: https://… (its Lumos API), or simulator: true for the embedded simulator`,
      });
    }
    if (environment.simulator === true && environment.url !== undefined) {
      problems.push({
        loc: file.locate(["environments", name, "url"]),
        message: `environment ${name} is both the embedded simulator (simulator: true) and a url; keep one of them`,
      });
    }
  }
  return problems;
}

/**
 * loadConfig for any source: Terraform files in native syntax are parsed ahead (their parsers
 * are WebAssembly, loaded only when such a file is named), then loaded like every other source.
 */
export async function loadConfigAsync(
  configPath: string,
  env: Record<string, string | undefined> = process.env,
  options: LoadOptions = {},
): Promise<LoadedConfig> {
  const configFile = resolve(configPath);
  if (options.projectOnly || configPath.trim() === "" || !existsSync(configFile) || isDirectory(configFile)) return loadConfig(configPath, env, options);
  const configDir = dirname(configFile);
  const project = new YamlFile(configFile, readFileSync(configFile, "utf8")).value;
  const sources = sourcePatterns(project);
  const matched = [...new Set(sources.flatMap((pattern) => globSync(pattern, { cwd: configDir, absolute: true }).sort()))].filter(insideProject(configDir));
  const display = (file: string) => relative(process.cwd(), file) || file;
  await prepareTerraformSources(matched.filter(isTerraformSource), display, { ...options.terraform, sourceVarFiles: matched.filter(isVariablesFile) });
  const given = (options.cdktf ?? []).map((path) => {
    const absolute = resolve(path);
    if (!isCdktfAppEntry(absolute) && !absolute.endsWith(".tf.json")) {
      throw new UsageError(`--cdktf ${path}: name a CDKTF app's entry file (.ts, .js) or a synthesized cdk.tf.json`);
    }
    if (!existsSync(absolute)) throw new ConfigError("CDKTF_APP_NOT_FOUND", `--cdktf ${path}: no such file`);
    return absolute;
  });
  // CDKTF apps are synthesized here, in this process; their cdk.tf.json files are read like .tf.json.
  const entries = [...new Set([...matched, ...given].filter(isCdktfAppEntry))];
  if (entries.length === 0) return loadConfig(configPath, env, options);
  const synthesized = new Map<string, string[]>();
  for (const entry of entries) {
    const result = await synthesizeCdktfApp(entry, { outdir: cdktfOutdir(configDir, entry) });
    synthesized.set(entry, result.stacks.map((stack) => stack.file));
  }
  return loadConfig(configPath, env, { ...options, synthesized });
}

/** The `sources` patterns a project file names (the schema reports anything else in it). */
function sourcePatterns(project: unknown): string[] {
  return isRecord(project) && Array.isArray(project.sources) ? project.sources.filter((s): s is string => typeof s === "string") : [];
}

/**
 * Where a CDKTF app of the project is synthesized: under .lumos/ (beside the simulator's data),
 * so problems point at a cdk.tf.json that stays there to read, and the app's own cdktf.out is
 * left alone.
 */
function cdktfOutdir(configDir: string, app: string): string {
  const name = relative(configDir, app).replace(/\.[cm]?[jt]s$/, "").replace(/[^A-Za-z0-9._-]+/g, "_");
  const outdir = join(configDir, ".lumos", "cdktf.out", name || "app");
  rmSync(outdir, { recursive: true, force: true });
  return outdir;
}

/**
 * Just the project settings (environments, safety) of lumos.config.yaml, without reading the
 * definition files it names: for commands that do not plan (apply of a saved plan, import).
 * Undefined when there is no such file.
 */
export function loadProject(
  configPath: string,
  env: Record<string, string | undefined> = process.env,
  environment?: string,
): LoadedConfig | undefined {
  return existsSync(configPath) ? loadConfig(configPath, env, { projectOnly: true, ...(environment === undefined ? {} : { environment }) }) : undefined;
}

function makeObject(
  kind: string,
  configKey: ConfigKey,
  spec: Record<string, unknown>,
  file: DefinitionDocument,
  base: (string | number)[],
  locators: Map<string, { file: DefinitionDocument; base: (string | number)[] }>,
): DesiredObject {
  const def = KINDS[configKey];
  const key = def.desiredKey(spec);
  const address = addressOf(def, key);
  if (!locators.has(address)) locators.set(address, { file, base: def.singleton ? [configKey] : base });
  return new Declared(kind, key, address, spec, file, base);
}

/**
 * A declared object, located when first asked (a problem to report), not for every object of
 * a large project. A class, so its objects share one shape and one `loc` getter instead of a
 * closure and a property table each (about 0.5 kB an object).
 */
class Declared implements DesiredObject {
  readonly id?: string;
  #loc: SourceLocation | undefined;
  readonly #file: DefinitionDocument;
  readonly #base: (string | number)[];

  constructor(
    readonly kind: string,
    readonly key: string,
    readonly address: string,
    readonly spec: Record<string, unknown>,
    file: DefinitionDocument,
    base: (string | number)[],
  ) {
    if (typeof spec.id === "string") this.id = spec.id;
    this.#file = file;
    this.#base = base;
  }

  get loc(): SourceLocation {
    return (this.#loc ??= this.#file.locate(this.#base));
  }

  /** Where a part of this declaration is written (of this entry, also when another declares the same object). */
  locate(path: readonly (string | number)[]): SourceLocation {
    return this.#file.locate([...this.#base, ...path]);
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function readYaml(path: string, shown: string, problems: Problem[], role: "project" | "definition"): YamlFile | undefined {
  const at = (line = 1, col = 1) => ({ file: shown, line, col });
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === "EISDIR"
        ? "this is a directory, not a file; name the files in it (e.g. a glob like dir/*.yaml)"
        : `cannot read this file: ${code ?? (error as Error).message}`;
    problems.push({ loc: at(), message });
    return undefined;
  }
  const text = decodeUtf8(bytes);
  if (!text.ok) {
    problems.push({ loc: at(text.line, text.col), message: text.message });
    return undefined;
  }
  const file = new YamlFile(shown, text.text);
  problems.push(...file.errors);
  if (file.errors.length === 0 && (file.value === null || file.value === undefined)) {
    problems.push({
      loc: at(),
      message:
        role === "project"
          ? "the project file is empty; write at least `version: 1` and your definitions (or sources: [defs/*.yaml])"
          : "the file is empty (or only comments); add definitions to it, or remove it from sources",
    });
  }
  return file;
}

interface Substitution {
  environment: Environment;
  file: DefinitionDocument;
  problems: Problem[];
  secrets: Map<string, string>;
  sensitive: Map<string, string>;
  /** Template of each sensitive value by its path in this file (JSON of the path), for messages. */
  hidden: Map<string, string>;
  /** Whether a reference (`env:NAME`, `file:PATH`) was declared non-sensitive. */
  isPublic: (reference: string) => boolean;
  /** Notes the object a problem at `path` belongs to. */
  blame: (problem: Problem, path: readonly (string | number)[]) => Problem;
  /** The environment in use: only its `vars` are read. */
  environmentName: string;
  /** Its `vars`, already substituted (they are read before everything else). */
  environmentVars?: Record<string, unknown>;
  /** How many secret fields substitution has turned into `{ $secret }` (none: the schema sees the values as they are). */
  secretFields: { count: number };
}

const WHOLE_VARIABLE = /^\$\{var:([^}]*)\}$/;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const VARIABLE_TYPES = ["string", "number", "integer", "boolean"] as const;

interface Declaration {
  type: (typeof VARIABLE_TYPES)[number];
  default?: unknown;
  sensitive: boolean;
}

/**
 * `variables:` of the project file and the `vars` of each environment: names set but never
 * declared, and values of the wrong type, are located errors in every environment; only the
 * environment in use has its `${env:}`/`${file:}` values read. Returns that environment's values.
 */
function readVariables(
  project: Record<string, unknown>,
  environmentName: string,
  ctx: Substitution,
): { vars: Variables; declared: boolean; substituted: Record<string, unknown> | undefined } {
  const problem = (path: (string | number)[], message: string, key = false) => ctx.problems.push({ loc: ctx.file.locate(path, key ? { key: true } : {}), message });
  const declarations = new Map<string, Declaration>();
  /** Variables whose declaration is reported, each with a stand-in so its uses add no more errors. */
  const broken = new Map<string, string | number | boolean>();
  const declared = isRecord(project.variables) ? project.variables : {};
  for (const [name, declaration] of Object.entries(declared)) {
    if (!VARIABLE_NAME.test(name)) {
      problem(["variables", name], `variable name ${JSON.stringify(name)} must be letters, digits and _ (not starting with a digit)`, true);
      broken.set(name, "");
      continue;
    }
    if (!isRecord(declaration) || !(VARIABLE_TYPES as readonly unknown[]).includes(declaration.type)) {
      broken.set(name, ""); // the schema reports it; its uses are not reported again
      continue;
    }
    const type = declaration.type as Declaration["type"];
    const sensitive = declaration.sensitive === true;
    if (sensitive && type !== "string") problem(["variables", name, "sensitive"], `only string variables can be sensitive; make ${name} a string, or drop sensitive`);
    if (declaration.default !== undefined) {
      if (typeof declaration.default === "string" && hasReference(declaration.default)) {
        problem(["variables", name, "default"], "a default is written as a plain value; put ${env:}/${file:} values under environments.<name>.vars");
      } else {
        const wrong = typeError(declaration.default, type);
        if (wrong) {
          problem(["variables", name, "default"], `the default of ${name} ${wrong}`);
          broken.set(name, standIn(type));
        }
      }
    }
    declarations.set(name, { type, sensitive, ...(declaration.default === undefined ? {} : { default: declaration.default }) });
  }

  const environments = isRecord(project.environments) ? project.environments : {};
  let substituted: Record<string, unknown> | undefined;
  const set = new Map<string, { value: unknown; sensitive: boolean }>();
  for (const [name, environment] of Object.entries(environments)) {
    if (!isRecord(environment) || !isRecord(environment.vars)) continue;
    const base = ["environments", name, "vars"];
    const inUse = name === environmentName;
    const values = inUse ? (substituteAll(environment.vars, base, ctx) as Record<string, unknown>) : environment.vars;
    if (inUse) substituted = values;
    for (const [variable, raw] of Object.entries(environment.vars)) {
      const declaration = declarations.get(variable);
      if (!declaration) {
        if (VARIABLE_NAME.test(variable) && declared[variable] !== undefined) continue; // its declaration is reported
        const names = [...declarations.keys()];
        const hint = names.length > 0 ? ` (did you mean ${JSON.stringify(closest(variable, names))}?)` : "";
        problem([...base, variable], `variable ${variable} is not declared; declare it under variables: with its type${hint}, or remove it here`, true);
        continue;
      }
      const referenced = typeof raw === "string" && hasReference(raw);
      // Values from ${env:}/${file:} are text: read as the declared type when they can be.
      let value = inUse ? values[variable] : raw;
      if (referenced && typeof value === "string") value = fromText(value, declaration.type);
      if (!inUse && referenced) continue;
      const template = ctx.hidden.get(JSON.stringify([...base, variable]));
      const wrong = typeError(value, declaration.type);
      if (wrong) {
        problem([...base, variable], `${variable} ${wrong.replace(/got .*$/, `got ${template !== undefined ? sensitiveLabel(template) : declaration.sensitive ? `(sensitive: var:${variable})` : JSON.stringify(value)}`)}`);
        // Reported here once: its uses get a stand-in of the declared type, so they add no more errors.
        if (inUse) set.set(variable, { value: standIn(declaration.type), sensitive: false });
        continue;
      }
      if (inUse) set.set(variable, { value, sensitive: declaration.sensitive || template !== undefined });
    }
  }

  const configured = Object.keys(environments);
  const values = new Map<string, VariableValue>();
  for (const [name, declaration] of declarations) {
    const own = set.get(name);
    if (own) values.set(name, { value: own.value as string | number | boolean, sensitive: own.sensitive });
    else if (broken.has(name)) values.set(name, { value: broken.get(name)!, sensitive: false });
    else if (declaration.default !== undefined && !typeError(declaration.default, declaration.type)) {
      // Written literally, as a value under vars: is: $${ is a literal ${ there too.
      const value = typeof declaration.default === "string" ? unescapeTemplates(declaration.default) : (declaration.default as number | boolean);
      values.set(name, { value, sensitive: declaration.sensitive });
    } else if (!configured.includes(environmentName)) {
      values.set(name, {
        missing: `variable ${name} has no value: there is no environment ${JSON.stringify(environmentName)} in the project file${configured.length ? ` (known: ${configured.join(", ")})` : ""}`,
      });
    } else {
      values.set(name, {
        missing: `variable ${name} has no value in environment ${JSON.stringify(environmentName)}; set environments.${environmentName}.vars.${name}, or give it a default under variables.${name}`,
      });
    }
  }
  for (const [name, value] of broken) if (!values.has(name)) values.set(name, { value, sensitive: false });
  for (const value of values.values()) if ("value" in value && value.sensitive && typeof value.value === "string") addSensitive(value.value);
  return { vars: { environment: environmentName, values }, declared: declarations.size > 0, substituted };
}

/** A value of the type, given to a variable whose problem is reported (the load fails; it is never sent). */
function standIn(type: Declaration["type"]): string | number | boolean {
  return type === "string" ? "" : type === "boolean" ? false : 0;
}

function typeError(value: unknown, type: Declaration["type"]): string | undefined {
  const ok =
    type === "string" ? typeof value === "string" : type === "boolean" ? typeof value === "boolean" : typeof value === "number" && (type === "number" || Number.isInteger(value));
  return ok ? undefined : `must be ${type === "integer" ? "an integer" : `a ${type}`}; got ${JSON.stringify(value)}`;
}

function fromText(text: string, type: Declaration["type"]): unknown {
  if (type === "boolean") return text === "true" ? true : text === "false" ? false : text;
  if ((type === "number" || type === "integer") && text.trim() !== "" && Number.isFinite(Number(text))) return Number(text);
  return text;
}

function substituteAll(value: unknown, path: (string | number)[], ctx: Substitution): unknown {
  // Variables' declarations are plain values; only the environment in use has its vars read (once, first).
  if (path.length === 1 && path[0] === "variables") return value;
  if (path.length === 3 && path[0] === "environments" && path[2] === "vars") {
    if (path[1] !== ctx.environmentName) return value;
    if (ctx.environmentVars !== undefined) return ctx.environmentVars;
  }
  if (typeof value === "string") {
    const secretField = isSensitive(path);
    // Most values hold no `$` at all: no reference, nothing escaped.
    if (!value.includes("$")) {
      if (secretField && value !== "") {
        ctx.problems.push(ctx.blame({ loc: ctx.file.locate(path), message: "secrets must come from ${env:NAME} or ${file:PATH}, never written in the file" }, path));
      }
      return value;
    }
    const stray = value.includes("${") ? strayOpening(value, { secret: secretField }) : undefined;
    if (stray) {
      ctx.problems.push(ctx.blame({ loc: ctx.file.locate(path), message: stray }, path));
      return secretField ? secretOf(value, ctx) : value;
    }
    if (WHOLE_VARIABLE.test(value)) {
      // A whole-value ${var:N} of a number or boolean variable is that number or boolean.
      const found = lookupVariable(value.match(WHOLE_VARIABLE)![1]!.trim(), ctx.environment.vars);
      if ("value" in found && typeof found.value !== "string") return found.value;
    }
    if (!hasReference(value)) {
      if (secretField && value !== "") {
        ctx.problems.push(ctx.blame({ loc: ctx.file.locate(path), message: "secrets must come from ${env:NAME} or ${file:PATH}, never written in the file" }, path));
      }
      return unescapeTemplates(value);
    }
    // An environment's token is read only when that environment is used.
    if (path[0] === "environments" && (path[2] === "token" || (path[2] === "okta" && path[3] === "token"))) return secretOf(value, ctx);
    const result = substitute(value, ctx.environment);
    if (!result.ok) {
      for (const message of result.messages) ctx.problems.push(ctx.blame({ loc: ctx.file.locate(path), message }, path));
      return secretField ? secretOf(value, ctx) : value;
    }
    if (secretField && result.value.trim() === "") {
      ctx.problems.push(ctx.blame({ loc: ctx.file.locate(path), message: `${result.references.join(", ")} is empty; a secret needs a value` }, path));
    }
    if (!secretField && result.references.every(ctx.isPublic)) return result.value;
    ctx.secrets.set(result.template, result.value);
    addSensitive(result.value);
    if (secretField) return secretOf(result.template, ctx);
    if (result.value !== "") ctx.sensitive.set(result.value, result.template);
    ctx.hidden.set(JSON.stringify(path), result.template);
    return result.value;
  }
  if (Array.isArray(value) || isRecord(value)) {
    // One path for the whole walk, each step added and taken off again: nothing keeps it.
    return copyOnChange(value, (item: unknown, key: string | number) => {
      path.push(key);
      const changed = substituteAll(item, path, ctx);
      path.pop();
      return changed;
    });
  }
  return value;
}

/** A secret field's value as loading keeps it: its template, read again when a write needs it. */
function secretOf(template: string, ctx: Substitution): { $secret: string } {
  ctx.secretFields.count++;
  return { $secret: template };
}

/**
 * `value` with `change` applied to each item (array) or property (mapping), copied only where
 * an item changes: a large project with few `${…}` values keeps the parsed trees as they are.
 */
function copyOnChange<T extends unknown[] | Record<string, unknown>>(value: T, change: (item: unknown, key: T extends unknown[] ? number : string) => unknown): T {
  let out: T | undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const changed = (change as (item: unknown, key: number) => unknown)(item, i);
      if (changed !== item) (out ??= [...value] as T)[i as keyof T] = changed as T[keyof T];
    }
  } else {
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      const changed = (change as (item: unknown, key: string) => unknown)(item, key);
      if (changed !== item) Object.defineProperty((out ??= { ...value }), key, { value: changed, enumerable: true, writable: true, configurable: true });
    }
  }
  return out ?? value;
}

/**
 * `non_sensitive: [env:NAME, file:GLOB]` of the project file: references whose values may be
 * shown. File globs are relative to the project directory.
 */
function publicReferences(declared: unknown, configDir: string): (reference: string) => boolean {
  const entries = Array.isArray(declared) ? declared.filter((d): d is string => typeof d === "string") : [];
  const names = new Set(entries.filter((e) => e.startsWith("env:")));
  const globs = entries.filter((e) => e.startsWith("file:")).map((e) => e.slice("file:".length));
  let root = configDir;
  try {
    root = realpathSync(configDir);
  } catch {
    // keep it as given
  }
  const files = new Set(
    globs.length === 0
      ? []
      : globSync(globs, { cwd: configDir, absolute: true }).flatMap((f) => {
          try {
            return [relative(root, realpathSync(f)).split(sep).join("/")];
          } catch {
            return [];
          }
        }),
  );
  return (reference) => names.has(reference) || (reference.startsWith("file:") && files.has(reference.slice("file:".length)));
}

/** The schema checks secrets as the `${…}` text the user wrote. */
function secretsAsTemplates(value: unknown): unknown {
  if (isSecret(value)) return value.$secret;
  if (Array.isArray(value) || isRecord(value)) return copyOnChange(value, secretsAsTemplates);
  return value;
}

/** Which object a path in a file belongs to: `file, kind, index` (or `file, kind` for a singleton). */
function objectMarker(file: string, path: readonly (string | number)[]): string | undefined {
  const key = path[0];
  if (typeof key !== "string" || !(CONFIG_KEYS as readonly string[]).includes(key)) return undefined;
  // NUL appears in no path: the three parts are told apart as a JSON array would, at less cost.
  if (KINDS[key as ConfigKey].singleton) return `${file}\u0000${key}`;
  return typeof path[1] === "number" ? `${file}\u0000${key}\u0000${path[1]}` : undefined;
}

function instancePath(error: ErrorObject): (string | number)[] {
  return error.instancePath.split("/").filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, "/").replace(/~0/g, "~")));
}

function describeSchemaError(error: ErrorObject, file: DefinitionDocument, hidden: ReadonlyMap<string, string>): Problem {
  const path = instancePath(error);
  switch (error.keyword) {
    case "additionalProperties": {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      if (extra === "<<") return { loc: file.locate([...path, extra], { key: true }), message: "YAML merge keys (<<) are not read; write the fields out in this entry" };
      const allowed = Object.keys(((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object);
      const hint = allowed.length > 0 ? `; did you mean ${JSON.stringify(closest(extra, allowed))}?` : "";
      return { loc: file.locate([...path, extra], { key: true }), message: `unknown field ${JSON.stringify(extra)}${hint}` };
    }
    case "required": {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      return { loc: file.locate(path), message: `missing required field ${JSON.stringify(missing)}` };
    }
    case "enum": {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ");
      const template = hidden.get(JSON.stringify(path));
      const got = template === undefined ? JSON.stringify(error.data) : sensitiveLabel(template);
      return { loc: file.locate(path), message: `${label(path)} must be one of ${allowed}; got ${got}` };
    }
    case "anyOf": {
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      return { loc: file.locate(path), message: `${label(path)} is not valid${description ? `: expected ${description.charAt(0).toLowerCase()}${description.slice(1)}` : ""}` };
    }
    case "pattern": {
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      if (!description) return { loc: file.locate(path), message: `${label(path)} ${error.message ?? "is invalid"}` };
      return { loc: file.locate(path), message: `${label(path)} must be ${description.charAt(0).toLowerCase()}${description.slice(1)}` };
    }
    case "const":
      return { loc: file.locate(path), message: `${label(path)} must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}` };
    case "type": {
      const wanted = String((error.params as { type: string | string[] }).type).split(",");
      const names = wanted.map((type) => TYPE_NAMES[type] ?? type);
      const template = hidden.get(JSON.stringify(path));
      const got = template === undefined ? typeNameOf(error.data) : "a sensitive value";
      return { loc: file.locate(path), message: `${itemLabel(path)} must be ${names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}` : names[0]}; got ${got}` };
    }
    case "minLength":
    case "maxLength": {
      const limit = (error.params as { limit: number }).limit;
      if (error.keyword === "minLength" && limit === 1) return { loc: file.locate(path), message: `${itemLabel(path)} must not be empty` };
      const length = typeof error.data === "string" ? `; this one has ${[...error.data].length}` : "";
      return { loc: file.locate(path), message: `${itemLabel(path)} must be ${error.keyword === "minLength" ? "at least" : "at most"} ${limit} characters long${length}` };
    }
    case "minItems":
    case "maxItems": {
      const limit = (error.params as { limit: number }).limit;
      const entries = `${limit} ${limit === 1 ? "entry" : "entries"}`;
      return { loc: file.locate(path), message: `${itemLabel(path)} must list ${error.keyword === "minItems" ? "at least" : "at most"} ${entries}` };
    }
    case "uniqueItems": {
      const { i, j } = error.params as { i: number; j: number };
      // Ajv names the later copy i and the earlier j; the later one is the one to remove.
      return { loc: file.locate([...path, Math.max(i, j)]), message: `${itemLabel(path)} lists the same entry twice (entries ${Math.min(i, j) + 1} and ${Math.max(i, j) + 1}); remove one of them` };
    }
    case "minimum":
    case "maximum": {
      const limit = (error.params as { limit: number }).limit;
      const template = hidden.get(JSON.stringify(path));
      const got = template === undefined ? JSON.stringify(error.data) : sensitiveLabel(template);
      return { loc: file.locate(path), message: `${itemLabel(path)} must be ${error.keyword === "minimum" ? "at least" : "at most"} ${limit}; got ${got}` };
    }
    case "format":
      if ((error.params as { format: string }).format === "uri") return { loc: file.locate(path), message: `${itemLabel(path)} must be an absolute URL, such as https://example.com/path` };
      return { loc: file.locate(path), message: `${itemLabel(path)} ${error.message ?? "is invalid"}` };
    default:
      return { loc: file.locate(path), message: `${label(path)} ${error.message ?? "is invalid"}` };
  }
}

function label(path: (string | number)[]): string {
  const named = path.filter((p) => typeof p === "string");
  return named.length > 0 ? String(named[named.length - 1]) : "value";
}

/** The field a path ends at, with the indexes after it: `description`, or `apps[0]` for an entry of the wrong type. */
function itemLabel(path: (string | number)[]): string {
  let last = path.length - 1;
  while (last >= 0 && typeof path[last] !== "string") last--;
  if (last < 0) return "value";
  return `${String(path[last])}${path.slice(last + 1).map((index) => `[${index}]`).join("")}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  object: "a mapping (key: value)",
  array: "a list",
  null: "null",
};

function typeNameOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return "text";
  if (typeof value === "boolean") return String(value);
  return typeof value === "number" ? `the number ${value}` : typeof value;
}

/** anyOf branches repeat what the anyOf line says: keep only the anyOf line at that place. */
function withoutAnyOfBranches(problems: Problem[]): Problem[] {
  const anyOfPlaces = new Set(problems.filter((p) => p.message.includes("is not valid")).map((p) => formatLocation(p.loc)));
  return problems.filter((p) => !(anyOfPlaces.has(formatLocation(p.loc)) && !p.message.includes("is not valid")));
}

/** The `guardrails:` section (already checked against the schema), with every level filled in. */
function guardrailConfig(raw: unknown, locate: (path: (string | number)[]) => SourceLocation): GuardrailConfig {
  const section = isRecord(raw) ? raw : {};
  const levels = isRecord(section.levels) ? section.levels : {};
  const actors = isRecord(section.actors) ? section.actors : {};
  return {
    actors: Object.fromEntries(Object.entries(actors).filter((e): e is [string, string] => typeof e[1] === "string")),
    levels: Object.fromEntries(GUARDRAILS.map((name) => [name, (levels[name] as GuardrailLevel | undefined) ?? DEFAULT_LEVELS[name]])) as GuardrailConfig["levels"],
    separationOfDuties: (Array.isArray(section.separation_of_duties) ? section.separation_of_duties : []).flatMap((rule, i) => {
      if (!isRecord(rule) || !Array.isArray(rule.permissions)) return [];
      const permissions = rule.permissions.map(String);
      // Located when a finding asks: locating parses the whole file, which a valid plan never needs.
      let locs: SourceLocation[] | undefined;
      return [
        {
          permissions,
          ...(typeof rule.message === "string" ? { message: rule.message } : {}),
          get locs() {
            return (locs ??= permissions.map((_, j) => locate(["separation_of_duties", i, "permissions", j])));
          },
        },
      ];
    }),
    ...(Array.isArray(section.webhook_hosts) ? { webhookHosts: section.webhook_hosts.map(String) } : {}),
  };
}

/** The data-source lookups behind the references of the valid objects (Terraform sources only). */
function lookupsOf(objects: DesiredObject[], locators: ReadonlyMap<string, { file: DefinitionDocument; base: (string | number)[] }>): { lookups: Lookups } | undefined {
  const used = new Set(objects.map((o) => o.address));
  const tables = [...locators.entries()].filter(([address, { file }]) => used.has(address) && file.lookups && file.lookups.size > 0);
  if (tables.length === 0) return undefined;
  return {
    lookups: {
      at: (address, path) => {
        const located = locators.get(address);
        return located?.file.lookups?.get(JSON.stringify([...located.base, ...path]));
      },
      apps: tables.some(([, { file }]) => [...file.lookups!.values()].some((l) => l.kind === "app" || l.app !== undefined)),
    },
  };
}
