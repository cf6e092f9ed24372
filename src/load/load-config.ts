import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import type { ErrorObject } from "ajv";
import { closest } from "fastest-levenshtein";
import { globSync } from "tinyglobby";
import { ConfigError, ConfigValidationError, formatLocation } from "../errors.ts";
import { isRecord, isSecret } from "../kinds/common.ts";
import { addressOf, CONFIG_KEYS, configKeyOf, KINDS, type ConfigKey } from "../kinds/registry.ts";
import type { DesiredObject, DesiredState, Problem, SourceLocation } from "../model/types.ts";
import { PROJECT_PROPERTIES } from "./config-schema.ts";
import { validateConfigSchema } from "./config-validator.ts";
import { hasReference, substitute, type Environment } from "./substitute.ts";
import { YamlFile } from "./yaml-file.ts";

export interface EnvironmentConfig {
  url?: string;
  token?: { $secret: string };
  simulator?: boolean;
  seed?: string;
  /** Database of the embedded simulator (default .lumos/simulator.db beside the config). */
  data?: string;
}

export interface ProjectSettings {
  defaultEnvironment: string;
  environments: Record<string, EnvironmentConfig>;
  safety: { maxDeletes: number; maxDeletePercent: number };
}

export interface LoadedConfig {
  configFile: string;
  configDir: string;
  files: string[];
  project: ProjectSettings;
  desired: DesiredState;
  /** Values of `${…}` templates in sensitive fields, by template. Never printed. */
  secrets: Map<string, string>;
}

/** Fields whose values are secrets, as paths with `*` for any key or index: the kinds' own, and tokens. */
const SENSITIVE: string[][] = [
  ...CONFIG_KEYS.flatMap((key) => (KINDS[key].secrets ?? []).map((path) => [key, "*", ...path.split(".")])),
  ["environments", "*", "token"],
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
  options: { projectOnly?: boolean } = {},
): LoadedConfig {
  const configFile = resolve(configPath);
  if (!existsSync(configFile)) {
    throw new ConfigError("CONFIG_NOT_FOUND", `no configuration at ${configPath} (pass --config FILE, or run from the project folder)`);
  }
  const configDir = dirname(configFile);
  const problems: Problem[] = [];
  const secrets = new Map<string, string>();
  const display = (file: string) => relative(process.cwd(), file) || file;

  const root = readYaml(configFile, display(configFile), problems);
  const rootValue = root?.value;
  const sources = isRecord(rootValue) && Array.isArray(rootValue.sources) ? rootValue.sources.filter((s): s is string => typeof s === "string") : [];
  const files = [configFile];
  for (const pattern of options.projectOnly ? [] : sources) {
    const matches = globSync(pattern, { cwd: configDir, absolute: true }).sort();
    if (matches.length === 0) {
      problems.push({ loc: root!.locate(["sources", sources.indexOf(pattern)]), message: `no files match ${JSON.stringify(pattern)}` });
    }
    for (const match of matches) if (!files.includes(match)) files.push(match);
  }

  const objects: DesiredObject[] = [];
  const locators = new Map<string, { file: YamlFile; base: (string | number)[] }>();
  let project: Record<string, unknown> = {};
  let userSourcesSeen: SourceLocation | undefined;

  for (const path of files) {
    const file = path === configFile ? root : readYaml(path, display(path), problems);
    if (!file || file.value === undefined) continue;
    const raw = file.value ?? {};
    if (!isRecord(raw)) {
      problems.push({ loc: file.locate([]), message: "the top level must be a mapping of kinds (apps:, requestable_permissions:, …)" });
      continue;
    }
    const value = substituteAll(raw, [], { env, baseDir: dirname(path) }, file, problems, secrets) as Record<string, unknown>;
    for (const error of validateConfigSchema(secretsAsTemplates(value))) problems.push(describeSchemaError(error, file));
    if (path === configFile) {
      project = value;
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
          problems.push({ loc: file.locate([key], { key: true }), message: `${key} is already declared at ${formatLocation(userSourcesSeen)}` });
          continue;
        }
        userSourcesSeen = file.locate([key], { key: true });
        objects.push(makeObject(kind.kind, key, { sources: items }, file, [key], locators));
        continue;
      }
      if (!Array.isArray(items)) continue;
      items.forEach((item, index) => {
        if (isRecord(item)) objects.push(makeObject(kind.kind, key, item, file, [key, index], locators));
      });
    }
  }

  // Semantic checks: duplicate keys and each kind's own rules.
  const seen = new Map<string, DesiredObject>();
  for (const object of objects) {
    const key = KINDS[configKeyOf(object.kind)];
    const previous = seen.get(object.address);
    if (previous) {
      problems.push({ loc: object.loc, message: `${object.address} is declared twice (first at ${formatLocation(previous.loc)})` });
    } else {
      seen.set(object.address, object);
    }
    for (const [path, message] of key.check?.(object.spec) ?? []) {
      const located = locators.get(object.address);
      problems.push({ loc: located ? located.file.locate([...located.base, ...path]) : object.loc, message });
    }
  }

  const prune = (isRecord(project.prune) ? project.prune : {}) as DesiredState["prune"];
  if (problems.length > 0) throw new ConfigValidationError(withoutAnyOfBranches(problems));

  const environments = (isRecord(project.environments) ? project.environments : {}) as Record<string, EnvironmentConfig>;
  const safety = isRecord(project.safety) ? project.safety : {};
  return {
    configFile,
    configDir,
    files,
    secrets,
    project: {
      defaultEnvironment: typeof project.default_environment === "string" ? project.default_environment : "local",
      environments,
      safety: {
        maxDeletes: typeof safety.max_deletes === "number" ? safety.max_deletes : 10,
        maxDeletePercent: typeof safety.max_delete_percent === "number" ? safety.max_delete_percent : 25,
      },
    },
    desired: {
      objects,
      prune,
      locate: (address, path) => {
        const located = locators.get(address);
        return located ? located.file.locate([...located.base, ...path]) : { file: display(configFile), line: 1, col: 1 };
      },
    },
  };
}

/**
 * Just the project settings (environments, safety) of lumos.config.yaml, without reading the
 * definition files it names: for commands that do not plan (apply of a saved plan, import).
 * Undefined when there is no such file.
 */
export function loadProject(configPath: string, env: Record<string, string | undefined> = process.env): LoadedConfig | undefined {
  return existsSync(configPath) ? loadConfig(configPath, env, { projectOnly: true }) : undefined;
}

function makeObject(
  kind: string,
  configKey: ConfigKey,
  spec: Record<string, unknown>,
  file: YamlFile,
  base: (string | number)[],
  locators: Map<string, { file: YamlFile; base: (string | number)[] }>,
): DesiredObject {
  const def = KINDS[configKey];
  const key = def.desiredKey(spec);
  const address = addressOf(def, key);
  if (!locators.has(address)) locators.set(address, { file, base: def.singleton ? [configKey] : base });
  return {
    kind,
    key,
    address,
    spec,
    loc: file.locate(base),
    ...(typeof spec.id === "string" ? { id: spec.id } : {}),
  };
}

function readYaml(path: string, shown: string, problems: Problem[]): YamlFile | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    problems.push({ loc: { file: shown, line: 1, col: 1 }, message: `cannot read: ${(error as Error).message}` });
    return undefined;
  }
  const file = new YamlFile(shown, text);
  problems.push(...file.errors);
  return file;
}

function substituteAll(
  value: unknown,
  path: (string | number)[],
  environment: Environment,
  file: YamlFile,
  problems: Problem[],
  secrets: Map<string, string>,
): unknown {
  if (typeof value === "string") {
    const sensitive = isSensitive(path);
    if (!hasReference(value)) {
      if (sensitive && value !== "") {
        problems.push({ loc: file.locate(path), message: "secrets must come from ${env:NAME} or ${file:PATH}, never written in the file" });
      }
      return value;
    }
    // An environment's token is read only when that environment is used.
    if (path[0] === "environments" && path[2] === "token") return { $secret: value };
    const result = substitute(value, environment);
    if (!result.ok) {
      problems.push({ loc: file.locate(path), message: result.message });
      return sensitive ? { $secret: value } : value;
    }
    if (!sensitive) return result.value;
    secrets.set(result.template, result.value);
    return { $secret: result.template };
  }
  if (Array.isArray(value)) return value.map((item, i) => substituteAll(item, [...path, i], environment, file, problems, secrets));
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, substituteAll(v, [...path, k], environment, file, problems, secrets)]),
    );
  }
  return value;
}

/** The schema checks secrets as the `${…}` text the user wrote. */
function secretsAsTemplates(value: unknown): unknown {
  if (isSecret(value)) return value.$secret;
  if (Array.isArray(value)) return value.map(secretsAsTemplates);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, secretsAsTemplates(v)]));
  return value;
}

function describeSchemaError(error: ErrorObject, file: YamlFile): Problem {
  const path = error.instancePath.split("/").filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, "/").replace(/~0/g, "~")));
  switch (error.keyword) {
    case "additionalProperties": {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
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
      return { loc: file.locate(path), message: `${label(path)} must be one of ${allowed}; got ${JSON.stringify(error.data)}` };
    }
    case "anyOf": {
      const description = (error.parentSchema as { description?: string } | undefined)?.description;
      return { loc: file.locate(path), message: `${label(path)} is not valid${description ? `: expected ${description.charAt(0).toLowerCase()}${description.slice(1)}` : ""}` };
    }
    default:
      return { loc: file.locate(path), message: `${label(path)} ${error.message ?? "is invalid"}` };
  }
}

function label(path: (string | number)[]): string {
  const named = path.filter((p) => typeof p === "string");
  return named.length > 0 ? String(named[named.length - 1]) : "value";
}

/** anyOf branches repeat what the anyOf line says: keep only the anyOf line at that place. */
function withoutAnyOfBranches(problems: Problem[]): Problem[] {
  const anyOfPlaces = new Set(problems.filter((p) => p.message.includes("is not valid")).map((p) => formatLocation(p.loc)));
  return problems.filter((p) => !(anyOfPlaces.has(formatLocation(p.loc)) && !p.message.includes("is not valid")));
}
