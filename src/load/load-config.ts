import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { closest } from "fastest-levenshtein";
import { globSync } from "tinyglobby";
import { ConfigError, ConfigValidationError, formatLocation } from "../errors.ts";
import { declaredIndex, isRecord, isSecret } from "../kinds/common.ts";
import { addressOf, CONFIG_KEYS, configKeyOf, KINDS, type ConfigKey } from "../kinds/registry.ts";
import type { DesiredObject, DesiredState, Problem, SourceLocation } from "../model/types.ts";
import { buildConfigSchema, PROJECT_PROPERTIES } from "./config-schema.ts";
import { hasReference, substitute, type Environment } from "./substitute.ts";
import { YamlFile } from "./yaml-file.ts";
import { addSensitive, sensitiveLabel } from "../redact.ts";
import { decodeUtf8 } from "./decode.ts";

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

export interface LoadOptions {
  /** Only the project settings, without the definition files (apply of a saved plan, import). */
  projectOnly?: boolean;
  /**
   * Problems confined to single objects do not throw: they are returned in `problems`, and
   * those objects are left out of `desired`, so a plan can still resolve the others'
   * references and report everything at once. Any other problem throws as usual.
   */
  deferObjectProblems?: boolean;
}

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
}


const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
let validator: ReturnType<Ajv2020["compile"]> | undefined;

function validateSchema(value: unknown): ErrorObject[] {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
    addFormats(ajv);
    validator = ajv.compile(buildConfigSchema());
  }
  return validator(value) ? [] : (validator.errors ?? []);
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
  options: LoadOptions = {},
): LoadedConfig {
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
  const blame = (problem: Problem, file: YamlFile, path: readonly (string | number)[]): Problem => {
    const marker = objectMarker(file.path, path);
    if (marker) blamed.set(problem, marker);
    return problem;
  };
  const sensitive = new Map<string, string>();
  const display = (file: string) => relative(process.cwd(), file) || file;

  const root = readYaml(configFile, display(configFile), problems, "project");
  const rootValue = root?.value;
  const sources = isRecord(rootValue) && Array.isArray(rootValue.sources) ? rootValue.sources.filter((s): s is string => typeof s === "string") : [];
  const isPublic = publicReferences(isRecord(rootValue) ? rootValue.non_sensitive : undefined, configDir);
  const files = [configFile];
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
      for (const match of matches) if (!files.includes(match)) files.push(match);
    }
  }

  const objects: DesiredObject[] = [];
  const markers = new Map<DesiredObject, string | undefined>();
  const locators = new Map<string, { file: YamlFile; base: (string | number)[] }>();
  let project: Record<string, unknown> = {};
  let userSourcesSeen: SourceLocation | undefined;

  for (const path of files) {
    const file = path === configFile ? root : readYaml(path, display(path), problems, "definition");
    if (!file || file.value === undefined || file.value === null) continue;
    const raw = file.value;
    if (!isRecord(raw)) {
      problems.push({ loc: file.locate([]), message: "the top level must be a mapping of kinds (apps:, requestable_permissions:, …)" });
      continue;
    }
    const hidden = new Map<string, string>();
    const value = substituteAll(raw, [], {
      environment: { env, baseDir: dirname(path), projectDir: configDir },
      file,
      problems,
      secrets,
      sensitive,
      hidden,
      isPublic,
      blame: (problem, path) => blame(problem, file, path),
    }) as Record<string, unknown>;
    for (const error of validateSchema(secretsAsTemplates(value))) problems.push(blame(describeSchemaError(error, file, hidden), file, instancePath(error)));
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
        const object = makeObject(kind.kind, key, { sources: items }, file, [key], locators);
        objects.push(object);
        markers.set(object, objectMarker(file.path, [key]));
        continue;
      }
      if (!Array.isArray(items)) continue;
      items.forEach((item, index) => {
        if (!isRecord(item)) return;
        const object = makeObject(kind.kind, key, item, file, [key, index], locators);
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
    const previous = seen.get(object.address);
    if (previous) {
      const problem = { loc: object.loc, message: `${object.address} is declared twice (first at ${formatLocation(previous.loc)})` };
      problems.push(problem);
      blamed.set(problem, markers.get(object)!);
    } else {
      seen.set(object.address, object);
    }
    for (const [path, message] of key.check?.(object.spec, declared) ?? []) {
      const located = locators.get(object.address);
      const problem = { loc: located ? located.file.locate([...located.base, ...path]) : object.loc, message };
      problems.push(problem);
      blamed.set(problem, markers.get(object)!);
    }
  }

  const prune = (isRecord(project.prune) ? project.prune : {}) as DesiredState["prune"];
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
      },
    },
    problems: withoutAnyOfBranches(problems),
    excluded: objects.filter((o) => !valid.includes(o)),
    desired: {
      objects: valid,
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
  file: YamlFile;
  problems: Problem[];
  secrets: Map<string, string>;
  sensitive: Map<string, string>;
  /** Template of each sensitive value by its path in this file (JSON of the path), for messages. */
  hidden: Map<string, string>;
  /** Whether a reference (`env:NAME`, `file:PATH`) was declared non-sensitive. */
  isPublic: (reference: string) => boolean;
  /** Notes the object a problem at `path` belongs to. */
  blame: (problem: Problem, path: readonly (string | number)[]) => Problem;
}

function substituteAll(value: unknown, path: (string | number)[], ctx: Substitution): unknown {
  if (typeof value === "string") {
    const secretField = isSensitive(path);
    if (!hasReference(value)) {
      if (secretField && value !== "") {
        ctx.problems.push(ctx.blame({ loc: ctx.file.locate(path), message: "secrets must come from ${env:NAME} or ${file:PATH}, never written in the file" }, path));
      }
      return value;
    }
    // An environment's token is read only when that environment is used.
    if (path[0] === "environments" && path[2] === "token") return { $secret: value };
    const result = substitute(value, ctx.environment);
    if (!result.ok) {
      ctx.problems.push(ctx.blame({ loc: ctx.file.locate(path), message: result.message }, path));
      return secretField ? { $secret: value } : value;
    }
    if (secretField && result.value.trim() === "") {
      ctx.problems.push(ctx.blame({ loc: ctx.file.locate(path), message: `${result.references.join(", ")} is empty; a secret needs a value` }, path));
    }
    if (!secretField && result.references.every(ctx.isPublic)) return result.value;
    ctx.secrets.set(result.template, result.value);
    addSensitive(result.value);
    if (secretField) return { $secret: result.template };
    if (result.value !== "") ctx.sensitive.set(result.value, result.template);
    ctx.hidden.set(JSON.stringify(path), result.template);
    return result.value;
  }
  if (Array.isArray(value)) return value.map((item, i) => substituteAll(item, [...path, i], ctx));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteAll(v, [...path, k], ctx)]));
  return value;
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
  if (Array.isArray(value)) return value.map(secretsAsTemplates);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, secretsAsTemplates(v)]));
  return value;
}

/** Which object a path in a file belongs to: `file, kind, index` (or `file, kind` for a singleton). */
function objectMarker(file: string, path: readonly (string | number)[]): string | undefined {
  const key = path[0];
  if (typeof key !== "string" || !(CONFIG_KEYS as readonly string[]).includes(key)) return undefined;
  if (KINDS[key as ConfigKey].singleton) return JSON.stringify([file, key]);
  return typeof path[1] === "number" ? JSON.stringify([file, key, path[1]]) : undefined;
}

function instancePath(error: ErrorObject): (string | number)[] {
  return error.instancePath.split("/").filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, "/").replace(/~0/g, "~")));
}

function describeSchemaError(error: ErrorObject, file: YamlFile, hidden: ReadonlyMap<string, string>): Problem {
  const path = instancePath(error);
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
