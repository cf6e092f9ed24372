/**
 * A Terraform configuration for the `teamlumos/lumos` provider (every `.tf`/`.tf.json` file a
 * project names, read as one module) → a definition document in the form of a YAML definition
 * file (`apps:`, `requestable_permissions:`, … with names, not IDs), plus where each of its
 * values was written. The rest of loading (schema, `${…}` references, semantic checks) runs on
 * that document as on any YAML file.
 */
import { closest } from "fastest-levenshtein";
import { isAbsolute, relative, resolve } from "node:path";
import { isRecord } from "../../kinds/common.ts";
import type { Lookup, Problem, RefKind, SourceLocation } from "../../model/types.ts";
import { parseExpression, type Expr } from "./expr.ts";
import { EvalError, Evaluator, RefValue, Special, describeExpr, isObject, standardFunctions, typeName, type Scope, type Value } from "./evaluate.ts";
import { DATA_SOURCES, RESOURCES, type Field, type Fields, type ResourceMapping } from "./mapping.ts";
import { OKTA_HOOK, OKTA_PROVIDER_SECRETS, OKTA_RESOURCE_TYPES, OKTA_VERIFICATION, OktaHookId, readOktaHooks } from "./okta.ts";
import { exprConstruct, exprLocation, type TfAttribute, type TfBlock, type TfFile } from "./read.ts";
import { reference } from "./references.ts";


export interface TerraformInputs {
  /** `-var NAME=VALUE`, in the order given (later wins). */
  vars?: readonly string[];
  /** Values read from `--var-file` files and `terraform.tfvars`/`*.auto.tfvars`, in order of precedence (later wins). */
  varFiles?: readonly TfFile[];
  env: Record<string, string | undefined>;
}

export interface TerraformDocument {
  /** The definition document. */
  value: Record<string, unknown>;
  problems: Problem[];
  /** Where the value at a path of the document was written. */
  locate(path: readonly (string | number)[], options?: { key?: boolean }): SourceLocation;
  /** The data-source lookup behind the reference at a path of the document, by JSON of the path. */
  lookups: ReadonlyMap<string, Lookup>;
}

class Failure extends Error {
  constructor(
    message: string,
    readonly loc: SourceLocation,
  ) {
    super(message);
  }
}

function failAt(expr: Expr, message: string): Failure {
  const construct = exprConstruct(expr);
  return new Failure(construct ? `${message} (construct ${construct})` : message, exprLocation(expr));
}

function blockFail(block: TfBlock, message: string, loc = block.loc): Failure {
  return new Failure(block.construct ? `${message} (construct ${block.construct})` : message, loc);
}

class Namespace extends Special {
  constructor(
    private readonly label: string,
    private readonly get: (name: string, at: Expr) => Value,
  ) {
    super();
  }
  describe(): string {
    return this.label;
  }
  override attr(name: string, at: Expr): Value {
    return this.get(name, at);
  }
}

/** One instance of a block (after count or for_each), with the scope its expressions see. */
export interface Instance {
  block: TfBlock;
  address: string;
  scope: Scope;
}

/** The value an instance's address stands for in expressions. */
abstract class InstanceValue extends Special {
  constructor(
    protected readonly module: TerraformModule,
    readonly instance: Instance,
  ) {
    super();
  }
  describe(): string {
    return this.instance.address;
  }
}

/** An instance of a resource: `.id` is a reference to it; its other attributes are what it declares. */
class ResourceInstance extends InstanceValue {
  override attr(name: string, at: Expr): Value {
    const type = this.instance.block.labels[0]!;
    if (name === "id" && type === OKTA_HOOK) return new OktaHookId(this.instance.address);
    if (name === "id") {
      const identity = this.module.identity(this.instance, at);
      if (!identity) throw new EvalError(`${this.instance.address}.id cannot be referred to: nothing in lumos-iac refers to a ${type} by ID`, at);
      return new RefValue(identity.kind, identity.name, `${this.instance.address}.id`, identity.app);
    }
    const attribute = this.instance.block.attributes.get(name);
    if (!attribute) throw new EvalError(`${this.instance.address}.${name} is known only after apply; refer to ${this.instance.address}.id, or to attributes it declares`, at);
    return this.module.guarded(`${this.instance.address}.${name}`, at, () => this.module.evaluate(attribute.expr, this.instance.scope));
  }
}

/** A resource or data source with count or for_each, before one instance is picked. */
class Instances extends Special {
  constructor(
    private readonly address: string,
    private readonly instances: Map<string | number, Special>,
    private readonly keyed: boolean,
  ) {
    super();
  }
  describe(): string {
    return this.address;
  }
  override attr(name: string, at: Expr): Value {
    throw new EvalError(`${this.address} has ${this.keyed ? "for_each" : "count"}: pick one instance, as ${this.address}[${this.keyed ? '"key"' : "0"}].${name}`, at);
  }
  override entries(): [Value, Value][] {
    return [...this.instances.entries()];
  }
  override index(key: Value, at: Expr): Value {
    const found = typeof key === "string" || typeof key === "number" ? this.instances.get(key) : undefined;
    if (!found) throw new EvalError(`${this.address} has no instance ${JSON.stringify(key)} (it has ${[...this.instances.keys()].map((k) => JSON.stringify(k)).join(", ") || "none"})`, at);
    return found;
  }
}

/** A data source: a lookup by name, with the provider's own arguments. */
class DataInstance extends InstanceValue {
  override attr(name: string, at: Expr): Value {
    if (name !== "items") throw new EvalError(`${this.instance.address}.${name} is not read by lumos-iac; use ${this.instance.address}.items[0].id`, at);
    return new DataItems(this.module, this.instance);
  }
}

/** `items` of a data source: lumos-iac resolves a lookup to its one object, `items[0]`. */
class DataItems extends Special {
  constructor(
    private readonly module: TerraformModule,
    private readonly instance: Instance,
  ) {
    super();
  }
  describe(): string {
    return `${this.instance.address}.items`;
  }
  override attr(name: string, at: Expr): Value {
    throw new EvalError(`${this.describe()} is a list: write ${this.describe()}[0].${name}`, at);
  }
  override index(key: Value, at: Expr): Value {
    if (key !== 0) throw new EvalError(`lumos-iac resolves lookups to one object: write ${this.describe()}[0]`, at);
    return new DataItem(this.module, this.instance);
  }
}

class DataItem extends Special {
  constructor(
    private readonly module: TerraformModule,
    private readonly instance: Instance,
  ) {
    super();
  }
  describe(): string {
    return `${this.instance.address}.items[0]`;
  }
  override attr(name: string, at: Expr): Value {
    const lookup = this.module.lookup(this.instance, at);
    if (name === "id") return lookup.ref;
    const named = lookup.attributes[name];
    if (named === undefined) throw new EvalError(`${this.describe()}.${name} is known only from the live tenant; lumos-iac reads .id (a reference by name)`, at);
    return named;
  }
}

/** More instances than any tenant holds: a typo (or a hostile file) rather than a configuration. */
const MAX_INSTANCES = 10_000;

const META = new Set(["count", "for_each", "depends_on", "provider", "lifecycle"]);

export class TerraformModule {
  private readonly evaluator: Evaluator;
  private readonly resources = new Map<string, TfBlock>();
  private readonly data = new Map<string, TfBlock>();
  private readonly locals = new Map<string, TfAttribute>();
  private readonly localValues = new Map<string, Value | "computing">();
  private readonly variables = new Map<string, Value>();
  private readonly variableProblems = new Map<string, string>();
  private readonly instancesCache = new Map<string, Value>();
  private readonly identities = new Map<string, ReturnType<NonNullable<ResourceMapping["identity"]>>>();
  private readonly lookups = new Map<string, { ref: RefValue; attributes: Record<string, Value> }>();
  private readonly imports = new Map<string, string>();
  private readonly importBlocks: TfBlock[] = [];
  private readonly documentLookups = new Map<string, Lookup>();
  readonly problems: Problem[] = [];

  constructor(
    private readonly files: TfFile[],
    moduleDir: string,
    private readonly inputs: TerraformInputs,
  ) {
    this.evaluator = new Evaluator(
      standardFunctions((path) => {
        // A file's contents stay a reference, read like ${file:…} in YAML (secrets stay out of plans).
        const full = isAbsolute(path) ? path : resolve(moduleDir, path);
        return reference(`file:${relative(moduleDir, full).split("\\").join("/")}`);
      }),
    );
    for (const file of files) this.problems.push(...file.problems);
    const variableBlocks: TfBlock[] = [];
    for (const file of files) {
      for (const block of file.blocks) {
        try {
          this.collect(block, variableBlocks);
        } catch (error) {
          this.report(error);
        }
      }
    }
    this.readVariables(variableBlocks);
    this.readImports();
  }

  private report(error: unknown): void {
    if (error instanceof Failure) this.problems.push({ loc: error.loc, message: error.message });
    else if (error instanceof EvalError) {
      const failure = failAt(error.expr, error.message);
      this.problems.push({ loc: failure.loc, message: failure.message });
    } else throw error;
  }

  private collect(block: TfBlock, variables: TfBlock[]): void {
    const labels = block.labels;
    switch (block.type) {
      case "resource": {
        const key = labels.join(".");
        if (this.resources.has(key)) throw blockFail(block, `resource ${key} is declared twice (first at ${formatLoc(this.resources.get(key)!.loc)})`);
        if (!(labels[0]! in RESOURCES) && !OKTA_RESOURCE_TYPES.includes(labels[0]!)) {
          const known = [...Object.keys(RESOURCES), ...OKTA_RESOURCE_TYPES];
          throw blockFail(
            block,
            `resource type ${JSON.stringify(labels[0])} is not supported; lumos-iac reads ${known.join(", ")} (did you mean ${closest(labels[0]!, known)}?)`,
          );
        }
        this.resources.set(key, block);
        return;
      }
      case "data": {
        const key = labels.join(".");
        if (!(labels[0]! in DATA_SOURCES)) {
          throw blockFail(block, `data source ${JSON.stringify(labels[0])} is not supported; lumos-iac looks objects up by name with ${Object.keys(DATA_SOURCES).join(", ")}`);
        }
        this.data.set(key, block);
        return;
      }
      case "variable":
        variables.push(block);
        return;
      case "locals":
        for (const [name, attribute] of block.attributes) {
          if (this.locals.has(name)) throw new Failure(`local.${name} is declared twice`, attribute.nameLoc);
          this.locals.set(name, attribute);
        }
        return;
      case "provider":
        return this.checkProvider(block);
      case "terraform":
      case "output":
        return;
      case "import":
        return this.readImport(block);
      case "module":
        throw blockFail(block, "module blocks are not supported; put the module's resources in the files lumos-iac reads");
      default:
        throw blockFail(block, `${block.type} blocks are not supported`);
    }
  }

  private checkProvider(block: TfBlock): void {
    if (block.labels[0] === "okta") {
      // The Okta org and its token are the environment's (environments.<name>.okta in lumos.config.yaml).
      for (const name of OKTA_PROVIDER_SECRETS) {
        const secret = block.attributes.get(name);
        if (secret && isLiteralText(secret.expr)) {
          throw failAt(secret.expr, `${name} must not be written in the file; the Okta token comes from the environment's okta.token in lumos.config.yaml (remove ${name}, or use a sensitive variable)`);
        }
      }
      return;
    }
    if (block.labels[0] !== "lumos") throw blockFail(block, `provider ${JSON.stringify(block.labels[0])} is not read; lumos-iac reads only the lumos and okta providers' resources`);
    const bearer = block.attributes.get("http_bearer");
    if (bearer && isLiteralText(bearer.expr)) {
      throw failAt(bearer.expr, "http_bearer must not be written in the file; the token comes from the environment's token in lumos.config.yaml (remove http_bearer, or use a sensitive variable)");
    }
    // server_url is ignored: the environment chosen in lumos.config.yaml decides the tenant.
  }

  private readImport(block: TfBlock): void {
    if (!block.attributes.get("to") || !block.attributes.get("id")) throw blockFail(block, "an import block needs to and id");
    this.importBlocks.push(block);
  }

  /** `import { to, id }`: the object at `to` is pinned to that ID (evaluated once variables are known). */
  private readImports(): void {
    for (const block of this.importBlocks) {
      const to = block.attributes.get("to")!;
      const id = block.attributes.get("id")!;
      try {
        const address = describeExpr(importTarget(to.expr));
        if (!this.resources.has(address.replace(/\[.*$/, ""))) throw failAt(to.expr, `import to ${address}: no such resource is declared`);
        const value = this.evaluate(id.expr, this.rootScope());
        if (typeof value !== "string" || value === "") throw failAt(id.expr, `the id of an import is text; got ${typeName(value)}`);
        this.imports.set(address, value);
      } catch (error) {
        this.report(error);
      }
    }
  }

  // ---- variables ------------------------------------------------------------------------

  private readVariables(blocks: TfBlock[]): void {
    const declared = new Map<string, TfBlock>();
    for (const block of blocks) {
      const name = block.labels[0]!;
      if (declared.has(name)) {
        this.problems.push({ loc: block.loc, message: `variable ${name} is declared twice` });
        continue;
      }
      declared.set(name, block);
    }
    const given = new Map<string, { value: Value; from: "env" | "file" | "flag"; expr?: Expr }>();
    for (const name of declared.keys()) {
      const text = this.inputs.env[`TF_VAR_${name}`];
      if (text !== undefined) given.set(name, { value: text, from: "env" });
    }
    for (const file of this.inputs.varFiles ?? []) {
      this.problems.push(...file.problems);
      for (const block of file.blocks) {
        for (const [name, attribute] of block.attributes) {
          if (!declared.has(name)) {
            this.problems.push({ loc: attribute.nameLoc, message: `variable ${name} is not declared; declare it with a variable "${name}" block, or remove it here` });
            continue;
          }
          try {
            given.set(name, { value: this.evaluate(attribute.expr, this.constantScope()), from: "file", expr: attribute.expr });
          } catch (error) {
            this.report(error);
          }
        }
      }
    }
    for (const assignment of this.inputs.vars ?? []) {
      const at = assignment.indexOf("=");
      const name = at < 0 ? assignment : assignment.slice(0, at);
      if (at < 0 || !declared.has(name)) {
        this.problems.push({
          loc: { file: "(command line)", line: 1, col: 1 },
          message: at < 0 ? `--var ${assignment}: write --var NAME=VALUE` : `--var ${name}: no variable "${name}" is declared in the Terraform files`,
        });
        continue;
      }
      given.set(name, { value: assignment.slice(at + 1), from: "flag" });
    }
    for (const [name, block] of declared) {
      const type = block.attributes.get("type");
      const typeText = type ? describeType(type.expr) : "any";
      const sensitiveAttr = block.attributes.get("sensitive");
      const sensitive = sensitiveAttr ? this.evaluate(sensitiveAttr.expr, this.constantScope()) === true : false;
      const given_ = given.get(name);
      const defaultAttr = block.attributes.get("default");
      if (sensitive && given_?.from !== "file" && given_?.from !== "flag" && (given_ !== undefined || !defaultAttr)) {
        // A secret stays a reference: read from the environment where it is used, never written out.
        this.variables.set(name, reference(`env:TF_VAR_${name}`));
        continue;
      }
      try {
        if (given_) this.variables.set(name, given_.from !== "file" ? fromText(given_.value as string, typeText, block, name) : fromFile(given_.value, typeText, given_.expr!, name));
        else if (defaultAttr) this.variables.set(name, this.evaluate(defaultAttr.expr, this.constantScope()));
        else this.variableProblems.set(name, `variable ${name} has no value; give it one with --var ${name}=…, --var-file, terraform.tfvars or TF_VAR_${name}, or a default`);
      } catch (error) {
        this.report(error);
      }
    }
    for (const name of declared.keys()) if (!this.variables.has(name) && !this.variableProblems.has(name)) this.variableProblems.set(name, `variable ${name} has no usable value`);
  }

  private constantScope(): Scope {
    // The name is not repeated: unquoted text in a variables file reads as one, and may be a secret.
    return { lookup: (_name, at) => { throw new EvalError("a name cannot be used here: the value must be a constant (quote text: \"…\")", at); } };
  }

  // ---- scopes and evaluation -------------------------------------------------------------

  evaluate(expr: Expr, scope: Scope): Value {
    return this.evaluator.evaluate(expr, scope);
  }

  rootScope(each?: { key: Value; value: Value }, countIndex?: number): Scope {
    return {
      lookup: (name, at): Value => {
        switch (name) {
          case "var":
            return new Namespace("var", (variable, where) => {
              const found = this.variables.get(variable);
              if (found !== undefined) return found;
              const problem = this.variableProblems.get(variable);
              const names = [...this.variables.keys(), ...this.variableProblems.keys()];
              throw new EvalError(problem ?? `no variable "${variable}" is declared${names.length ? ` (did you mean ${closest(variable, names)}?)` : ""}`, where);
            });
          case "local":
            return new Namespace("local", (local, where) => this.local(local, where));
          case "each":
            if (!each) throw new EvalError("each is only known in a block with for_each", at);
            return { key: each.key, value: each.value };
          case "count":
            if (countIndex === undefined) throw new EvalError("count.index is only known in a block with count", at);
            return { index: countIndex };
          case "path":
            return { module: ".", root: ".", cwd: "." };
          case "terraform":
            return { workspace: "default" };
          case "data":
            return new Namespace("data", (type, where) => {
              if (!(type in DATA_SOURCES)) throw new EvalError(`data source ${type} is not supported`, where);
              return new Namespace(`data.${type}`, (label, w) => this.instances("data", `${type}.${label}`, w));
            });
          default:
            if (name in RESOURCES || [...this.resources.keys()].some((k) => k.startsWith(`${name}.`))) {
              return new Namespace(name, (label, where) => this.instances("resource", `${name}.${label}`, where));
            }
            throw new EvalError(`unknown name ${JSON.stringify(name)}; expected var.…, local.…, each.…, count.index, data.…, or a resource like lumos_app.NAME`, at);
        }
      },
    };
  }

  private local(name: string, at: Expr): Value {
    const cached = this.localValues.get(name);
    if (cached === "computing") throw new EvalError(`local.${name} refers to itself`, at);
    if (cached !== undefined) return cached;
    const attribute = this.locals.get(name);
    if (!attribute) throw new EvalError(`no local value "${name}" is declared`, at);
    this.localValues.set(name, "computing");
    try {
      const value = this.evaluate(attribute.expr, this.rootScope());
      this.localValues.set(name, value);
      return value;
    } catch (error) {
      this.localValues.delete(name);
      throw error;
    }
  }

  /** The instances of a block: one, or one per count index / for_each key. */
  expand(block: TfBlock, address: string): Instance[] {
    const forEach = block.attributes.get("for_each");
    const count = block.attributes.get("count");
    if (forEach && count) throw blockFail(block, "a block has count or for_each, not both");
    if (count) {
      const n = this.evaluate(count.expr, this.rootScope());
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0) throw failAt(count.expr, `count must be a whole number; got ${typeName(n)}`);
      if (n > MAX_INSTANCES) throw failAt(count.expr, `count is ${n}; lumos-iac expands at most ${MAX_INSTANCES} instances of one block`);
      return Array.from({ length: n }, (_, i) => ({ block, address: `${address}[${i}]`, scope: this.rootScope(undefined, i) }));
    }
    if (forEach) {
      const collection = this.evaluate(forEach.expr, this.rootScope());
      let entries: [string, Value][];
      if (Array.isArray(collection)) {
        entries = collection.map((item) => {
          if (typeof item !== "string") throw failAt(forEach.expr, `for_each over a set needs text items; got ${typeName(item)} (use a map to iterate over objects)`);
          return [item, item];
        });
      } else if (isObject(collection)) entries = Object.keys(collection).sort().map((k) => [k, collection[k]!]);
      else throw failAt(forEach.expr, `for_each needs a map or a set of text; got ${typeName(collection)}`);
      return entries.map(([key, value]) => ({ block, address: `${address}[${JSON.stringify(key)}]`, scope: this.rootScope({ key, value }) }));
    }
    return [{ block, address, scope: this.rootScope() }];
  }

  private instances(kind: "resource" | "data", key: string, at: Expr): Value {
    const cacheKey = `${kind}:${key}`;
    const cached = this.instancesCache.get(cacheKey);
    if (cached !== undefined) return cached;
    const block = (kind === "resource" ? this.resources : this.data).get(key);
    const address = kind === "resource" ? key : `data.${key}`;
    if (!block) {
      const known = [...(kind === "resource" ? this.resources : this.data).keys()];
      throw new EvalError(`${address} is not declared${known.length ? ` (did you mean ${kind === "data" ? "data." : ""}${closest(key, known)}?)` : ""}`, at);
    }
    let expanded: Instance[];
    try {
      expanded = this.expand(block, address);
    } catch (error) {
      if (error instanceof Failure) throw new EvalError(`${address}: ${error.message}`, at);
      throw error;
    }
    const make = (instance: Instance): Special => (kind === "resource" ? new ResourceInstance(this, instance) : new DataInstance(this, instance));
    let value: Value;
    if (!block.attributes.has("for_each") && !block.attributes.has("count")) value = make(expanded[0]!);
    else {
      const map = new Map<string | number, Special>();
      expanded.forEach((instance, i) => map.set(block.attributes.has("count") ? i : (JSON.parse(instance.address.slice(address.length + 1, -1)) as string), make(instance)));
      value = new Instances(address, map, block.attributes.has("for_each"));
    }
    this.instancesCache.set(cacheKey, value);
    return value;
  }

  private readonly evaluating = new Set<string>();

  /** Evaluates what `key` names once at a time: a value that needs itself is an error, not a loop. */
  guarded<T>(key: string, at: Expr, run: () => T): T {
    if (this.evaluating.has(key)) throw new EvalError(`${key} refers to itself`, at);
    this.evaluating.add(key);
    try {
      return run();
    } finally {
      this.evaluating.delete(key);
    }
  }

  identity(instance: Instance, at: Expr): ReturnType<NonNullable<ResourceMapping["identity"]>> {
    if (this.identities.has(instance.address)) return this.identities.get(instance.address);
    return this.guarded(`${instance.address}.id`, at, () => this.computeIdentity(instance, at));
  }

  private computeIdentity(instance: Instance, at: Expr): ReturnType<NonNullable<ResourceMapping["identity"]>> {
    const mapping = RESOURCES[instance.block.labels[0]!];
    if (!mapping?.identity) return undefined;
    const spec: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(mapping.fields)) {
      if (field.as !== "value" && field.as !== "ref") continue;
      const attribute = instance.block.attributes.get(name);
      if (!attribute) continue;
      const value = this.evaluate(attribute.expr, instance.scope);
      spec[field.to ?? name] = value instanceof RefValue ? refName(value) : value;
    }
    const identity = mapping.identity(spec);
    if (!identity) throw new EvalError(`${instance.address} declares nothing that names it; give it a name`, at);
    this.identities.set(instance.address, identity);
    return identity;
  }

  lookup(instance: Instance, at: Expr): { ref: RefValue; attributes: Record<string, Value> } {
    const cached = this.lookups.get(instance.address);
    if (cached) return cached;
    const type = instance.block.labels[0]!;
    const source = DATA_SOURCES[type]!;
    const args: Record<string, Value> = {};
    for (const [name, attribute] of instance.block.attributes) {
      if (META.has(name)) continue;
      if (!source.arguments.includes(name)) {
        throw failAtAsEval(attribute.expr, `${type} has no argument ${name} (it takes ${source.arguments.join(", ")})`);
      }
      args[name] = this.evaluate(attribute.expr, instance.scope);
    }
    const key = args[source.key];
    if (typeof key !== "string" || key === "") {
      throw new EvalError(`${instance.address} needs ${source.key} = "…": lumos-iac turns the lookup into a reference by that name`, at);
    }
    if (args.connection_source !== undefined && args.connection_source !== "API" && args.connection_source !== "UI") {
      throw failAtAsEval(instance.block.attributes.get("connection_source")!.expr, `connection_source must be "API" or "UI"; got ${JSON.stringify(args.connection_source)}`);
    }
    if (type === "lumos_apps" && args.disconnected !== undefined && args.disconnected !== null && args.disconnected !== false) {
      throw failAtAsEval(
        instance.block.attributes.get("disconnected")!.expr,
        "lumos-iac refers only to connected apps: a lookup with disconnected = true finds none it can use (remove disconnected, or set it to false)",
      );
    }
    if (args.exact_match !== undefined && args.exact_match !== null && typeof args.exact_match !== "boolean") {
      throw failAtAsEval(instance.block.attributes.get("exact_match")!.expr, `exact_match is true or false; got ${typeName(args.exact_match)}`);
    }
    if (args.integration_specific_id !== undefined) {
      throw failAtAsEval(instance.block.attributes.get("integration_specific_id")!.expr, "lookups by integration_specific_id are not supported; look the group up by name (and app_id)");
    }
    const text = `${instance.address}.items[0].id`;
    // The provider's own arguments, as it sends them: resolved against the live tenant when planning.
    const found = (kind: RefKind, extra: Partial<Lookup> = {}): Lookup => ({
      kind,
      source: instance.address,
      loc: exprLocation(instance.block.attributes.get(source.key)!.expr),
      argument: source.key,
      search: key,
      exact: args.exact_match === true,
      ...extra,
    });
    let result: { ref: RefValue; attributes: Record<string, Value> };
    switch (type) {
      case "lumos_apps": {
        const given = args.connection_source;
        const lookup = found("app", { connectionSource: given === "UI" ? "UI" : "API", connectionSourceDefaulted: given === undefined || given === null });
        result = { ref: new RefValue("app", key, text, undefined, lookup), attributes: { name: key, user_friendly_label: key } };
        break;
      }
      case "lumos_groups": {
        const app = args.app_id;
        if (app !== undefined && app !== null && !(app instanceof RefValue && app.kind === "app")) {
          throw failAtAsEval(instance.block.attributes.get("app_id")!.expr, "app_id of a group lookup must refer to an app (data.lumos_apps.NAME.items[0].id or lumos_app.NAME.id), not be written as an ID");
        }
        const lookup = found("group", app instanceof RefValue && app.lookup ? { app: app.lookup } : {});
        result = {
          ref: new RefValue("group", app instanceof RefValue ? { name: key, app: refName(app) as string } : key, text, undefined, lookup),
          attributes: { name: key },
        };
        break;
      }
      case "lumos_users":
        result = { ref: new RefValue("user", key, text, undefined, found("user")), attributes: { email: key } };
        break;
      case "lumos_inline_webhooks":
        result = { ref: new RefValue("webhook", key, text), attributes: { name: key } };
        break;
      default: {
        const app = args.app_id;
        if (!(app instanceof RefValue && app.kind === "app")) throw new EvalError(`${instance.address} needs app_id, a reference to the permission's app`, at);
        result = { ref: new RefValue("permission", key, text, refName(app) as string), attributes: { label: key } };
      }
    }
    this.lookups.set(instance.address, result);
    return result;
  }

  // ---- the definition document -----------------------------------------------------------

  document(): TerraformDocument {
    const value: Record<string, unknown[]> = {};
    const values = new Map<string, SourceLocation>();
    const keys = new Map<string, SourceLocation>();
    const mark = (path: (string | number)[], loc: SourceLocation, key?: SourceLocation) => {
      values.set(JSON.stringify(path), loc);
      if (key) keys.set(JSON.stringify(path), key);
    };
    let userSources: { block: TfBlock } | undefined;
    const oktaHooks: [string, TfBlock][] = [];
    const oktaVerifications: [string, TfBlock][] = [];
    for (const [key, block] of this.resources) {
      if (block.labels[0] === OKTA_HOOK || block.labels[0] === OKTA_VERIFICATION) {
        (block.labels[0] === OKTA_HOOK ? oktaHooks : oktaVerifications).push([key, block]);
        continue;
      }
      const mapping = RESOURCES[block.labels[0]!]!;
      try {
        for (const [name] of block.attributes) {
          if (META.has(name)) continue;
          const field = mapping.fields[name];
          if (!field || field.as === "computed") {
            const attribute = block.attributes.get(name)!;
            const message = field
              ? `${name} is computed by Lumos; it cannot be set on ${block.labels[0]}`
              : `${block.labels[0]} has no attribute ${JSON.stringify(name)} (did you mean ${closest(name, settable(mapping.fields))}?)`;
            throw blockFail(block, message, attribute.nameLoc);
          }
        }
        for (const nested of block.blocks) {
          if (nested.type === "lifecycle") continue;
          if (nested.type in mapping.fields) throw blockFail(nested, `${nested.type} is a nested attribute in this provider: write ${nested.type} = { … }`);
          throw blockFail(nested, `${nested.type} blocks are not supported in resources (lumos-iac reads attributes, count and for_each)`);
        }
        if (mapping.singleton) {
          if (userSources) throw blockFail(block, `only one ${block.labels[0]} may be declared (first at ${formatLoc(userSources.block.loc)})`);
          userSources = { block };
        }
        for (const instance of this.expand(block, key)) {
          const list = (value[mapping.configKey] ??= []);
          const index = list.length;
          const base: (string | number)[] = mapping.singleton ? [mapping.configKey] : [mapping.configKey, index];
          const spec = this.convert(mapping.fields, block.attributes, instance, base, mark);
          mark(base, block.loc, block.loc);
          if (mapping.configKey === "requestable_permissions") this.checkOverrides(spec, block.attributes, instance);
          if (mapping.configKey === "apps") instanceFromSettings(spec);
          const pinned = this.imports.get(instance.address);
          // AppStore apps and sync schedules are keyed by their app: they take no id.
          if (pinned !== undefined && mapping.configKey !== "appstore_apps" && mapping.configKey !== "sync_schedules") spec.id = pinned;
          if (mapping.singleton) {
            value[mapping.configKey] = (spec.sources as unknown[] | undefined) ?? [];
            mark([mapping.configKey], block.loc, block.loc);
            // The list is the document's value itself: its lookups are at [key, i].
            const prefix = JSON.stringify([mapping.configKey, "sources"]).slice(0, -1);
            for (const [at, lookup] of [...this.documentLookups]) {
              if (!at.startsWith(`${prefix},`)) continue;
              this.documentLookups.delete(at);
              this.documentLookups.set(`[${JSON.stringify(mapping.configKey)},${at.slice(prefix.length + 1)}`, lookup);
            }
          } else list.push(spec);
        }
      } catch (error) {
        this.report(error);
      }
    }
    if (oktaHooks.length > 0 || oktaVerifications.length > 0) {
      const hooks = readOktaHooks(
        {
          expand: (block, key) => this.expand(block, key),
          evaluate: (expr, scope) => this.evaluate(expr, scope),
          mark,
          fail: (message, loc, block) => (block ? blockFail(block, message, loc) : new Failure(message, loc)),
          report: (error) => this.report(error),
          meta: META,
        },
        oktaHooks,
        oktaVerifications,
      );
      if (hooks.length > 0) value.okta_event_hooks = hooks;
    }
    const first = this.files[0]?.path ?? "terraform";
    return {
      value,
      problems: this.problems,
      lookups: this.documentLookups,
      locate: (path, options = {}) => {
        for (let depth = path.length; depth >= 0; depth--) {
          const at = JSON.stringify(path.slice(0, depth));
          if (options.key && depth === path.length) {
            const key = keys.get(at);
            if (key) return key;
          }
          const found = values.get(at);
          if (found) return found;
        }
        return { file: first, line: 1, col: 1 };
      },
    };
  }

  private convert(
    fields: Fields,
    attributes: ReadonlyMap<string, TfAttribute> | Map<string, { value: Value; expr: Expr }>,
    instance: Instance,
    base: (string | number)[],
    mark: (path: (string | number)[], loc: SourceLocation, key?: SourceLocation) => void,
  ): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(fields)) {
      const attribute = attributes.get(name);
      if (!attribute || field.as === "ignored" || field.as === "computed") continue;
      const expr = attribute.expr;
      const raw = "value" in attribute ? attribute.value : this.evaluate(expr, instance.scope);
      if (raw === null) continue;
      const to = field.to ?? name;
      const path = [...base, to];
      mark(path, exprLocation(expr), "nameLoc" in attribute ? attribute.nameLoc : exprLocation(expr));
      out[to] = this.convertValue(field, raw, expr, instance, path, mark, name);
    }
    return out;
  }

  private convertValue(
    field: Field,
    raw: Value,
    expr: Expr,
    instance: Instance,
    path: (string | number)[],
    mark: (path: (string | number)[], loc: SourceLocation, key?: SourceLocation) => void,
    name: string,
  ): unknown {
    switch (field.as) {
      case "value":
        return plainValue(raw, expr, name);
      case "json": {
        if (typeof raw !== "string") {
          if (isObject(raw)) return plainValue(raw, expr, name);
          throw failAt(expr, `${name} is JSON text (write jsonencode({ … })); got ${typeName(raw)}`);
        }
        try {
          return JSON.parse(raw) as unknown;
        } catch {
          throw failAt(expr, `${name} is not valid JSON; write it with jsonencode({ … })`);
        }
      }
      case "ref":
        if (Array.isArray(raw)) return raw.map((item, i) => this.noteLookup(item, [...path, i], refOf(item, field.ref, expr, name)));
        return this.noteLookup(raw, path, refOf(raw, field.ref, expr, name));
      case "idObject": {
        const id = idOf(raw, expr, name);
        return this.noteLookup(id, path, refOf(id, field.ref, expr, name));
      }
      case "idObjects": {
        if (!Array.isArray(raw)) throw failAt(expr, `${name} is a list of { id = … }; got ${typeName(raw)}`);
        return raw.map((item, i) => {
          const id = idOf(item, expr, name);
          return this.noteLookup(id, [...path, i], refOf(id, field.ref, expr, name));
        });
      }
      case "object": {
        if (!isObject(raw)) throw failAt(expr, `${name} is an object ({ … }); got ${typeName(raw)}`);
        return this.convertObject(field.fields, raw, expr, instance, path, mark, name);
      }
      case "objects": {
        if (!Array.isArray(raw)) throw failAt(expr, `${name} is a list of objects; got ${typeName(raw)}`);
        return raw.map((item, i) => {
          if (!isObject(item)) throw failAt(expr, `${name}[${i}] must be an object; got ${typeName(item)}`);
          return this.convertObject(field.fields, item, expr, instance, [...path, i], mark, `${name}[${i}]`);
        });
      }
      default:
        return undefined;
    }
  }

  /** Keeps the lookup behind a reference that came from a data source, by the path it lands at. */
  private noteLookup(raw: Value, path: (string | number)[], name: unknown): unknown {
    if (raw instanceof RefValue && raw.lookup) this.documentLookups.set(JSON.stringify(path), raw.lookup);
    return name;
  }

  private convertObject(
    fields: Fields,
    raw: Record<string, Value>,
    expr: Expr,
    instance: Instance,
    path: (string | number)[],
    mark: (path: (string | number)[], loc: SourceLocation, key?: SourceLocation) => void,
    name: string,
  ): Record<string, unknown> {
    const inner = new Map<string, { value: Value; expr: Expr }>();
    const items = expr.type === "object" ? expr.items : [];
    for (const [key, item] of Object.entries(raw)) {
      const field = fields[key];
      if (!field || field.as === "computed") {
        const at = items.find((i) => i.bare === key)?.key ?? expr;
        throw failAt(at, field ? `${name}.${key} is computed by Lumos; it cannot be set` : `${name} has no attribute ${JSON.stringify(key)} (did you mean ${closest(key, settable(fields))}?)`);
      }
      const written = items.find((i) => i.bare === key)?.value ?? expr;
      inner.set(key, { value: item, expr: written });
    }
    return this.convert(fields, inner, instance, path, mark);
  }

  /** The provider's rules for the override flags of a permission's request_config, kept as written. */
  private checkOverrides(spec: Record<string, unknown>, attributes: ReadonlyMap<string, TfAttribute>, instance: Instance): void {
    const config = spec.request_config;
    if (!isRecord(config)) return;
    const at = attributes.get("request_config")!.expr;
    const where = (path: string[]): Expr => {
      let node: Expr = at;
      for (const part of path) {
        if (node.type !== "object") break;
        const next = node.items.find((i) => i.bare === part);
        if (!next) break;
        node = next.value;
      }
      return node;
    };
    const fail = (path: string[], message: string) => {
      throw failAt(where(path), `${instance.address}: ${message}`);
    };
    const present = (v: unknown) => v !== undefined && v !== null;
    if (present(config.allowed_groups) !== (config.allowed_groups_override === true)) {
      fail(present(config.allowed_groups) ? ["allowed_groups"] : ["allowed_groups_override"], "allowed_groups and allowed_groups_override = true go together (the provider requires both or neither)");
    }
    if (isRecord(config.allowed_groups) && config.allowed_groups.type === "SPECIFIED_GROUPS" && !(Array.isArray(config.allowed_groups.groups) && config.allowed_groups.groups.length > 0)) {
      fail(["allowed_groups"], "SPECIFIED_GROUPS needs at least one group");
    }
    const approval = config.request_approval_config;
    if (isRecord(approval)) {
      const flow = present(approval.approvers) || present(approval.manager_approval);
      if (flow !== (approval.request_approval_config_override === true)) {
        fail(["request_approval_config"], "approvers or manager_approval go with request_approval_config_override = true (the provider requires both or neither)");
      }
      if (present(approval.custom_approval_message) !== (approval.custom_approval_message_override === true)) {
        fail(["request_approval_config"], "custom_approval_message and custom_approval_message_override = true go together");
      }
      if (present(approval.approvers_stage_2) && !present(approval.approvers)) fail(["request_approval_config"], "approvers_stage_2 needs approvers");
    }
    const fulfillment = config.request_fulfillment_config;
    if (isRecord(fulfillment)) {
      const timed = Array.isArray(fulfillment.time_based_access) && fulfillment.time_based_access.length > 0;
      if (timed !== (fulfillment.time_based_access_override === true)) {
        fail(["request_fulfillment_config"], "a non-empty time_based_access goes with time_based_access_override = true (the provider requires both or neither)");
      }
    }
  }
}

/**
 * The provider has no instance_id: an integration's instance is `app_instance_identifier` in its
 * settings JSON. It is read back as the definition file writes it, `instance_id`.
 */
function instanceFromSettings(spec: Record<string, unknown>): void {
  const settings = spec.settings;
  if (!isRecord(settings) || typeof settings.app_instance_identifier !== "string") return;
  const { app_instance_identifier: instance, ...rest } = settings;
  spec.instance_id = instance;
  if (Object.keys(rest).length > 0) spec.settings = rest;
  else delete spec.settings;
}

function settable(fields: Fields): string[] {
  return Object.keys(fields).filter((name) => fields[name]!.as !== "computed");
}

function failAtAsEval(expr: Expr, message: string): EvalError {
  return new EvalError(message, expr);
}

function formatLoc(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.col}`;
}

function isLiteralText(expr: Expr): boolean {
  if (expr.type === "literal") return typeof expr.value === "string" && expr.value !== "";
  return expr.type === "template" && expr.parts.every((p) => typeof p === "string") && expr.parts.length > 0;
}

function describeType(expr: Expr): string {
  if (expr.type === "variable") return expr.name;
  if (expr.type === "call") return expr.name;
  // Terraform JSON writes the type as text: "string", "list(string)".
  if (expr.type === "template" && expr.parts.length === 1 && typeof expr.parts[0] === "string") return expr.parts[0].replace(/\(.*$/, "").trim();
  return "any";
}

function fromText(text: string, type: string, block: TfBlock, name: string): Value {
  if (type === "string" || type === "any") return text;
  if (type === "number") {
    const n = Number(text);
    // The value is not repeated: a variable may be sensitive, and its value a secret.
    if (text.trim() === "" || !Number.isFinite(n)) throw blockFail(block, `variable ${name} is a number; got text that is not one`);
    return n;
  }
  if (type === "bool") {
    if (text !== "true" && text !== "false") throw blockFail(block, `variable ${name} is a bool; got text other than true or false`);
    return text === "true";
  }
  try {
    return JSON.parse(text) as Value;
  } catch {
    throw blockFail(block, `variable ${name} is a ${type}; give its value as JSON on the command line or in TF_VAR_${name}`);
  }
}

/**
 * A value from a variables file, converted to the variable's type as Terraform converts it:
 * "3" to a number, "true" to a bool, a number or bool to a string; anything else of the wrong
 * type is refused where the file gives it.
 */
function fromFile(value: Value, type: string, expr: Expr, name: string): Value {
  if (value === null || type === "any") return value;
  const refuse = () => failAt(expr, `variable ${name} is a ${type}; got ${typeName(value)}`);
  if (type === "string") {
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") throw refuse();
    return String(value);
  }
  if (type === "number") {
    const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
    if (typeof n !== "number" || !Number.isFinite(n)) throw refuse();
    return n;
  }
  if (type === "bool") {
    if (value === "true" || value === "false") return value === "true";
    if (typeof value !== "boolean") throw refuse();
    return value;
  }
  if ((type === "list" || type === "set" || type === "tuple") && !Array.isArray(value)) throw refuse();
  if ((type === "map" || type === "object") && !isObject(value)) throw refuse();
  return value;
}

function refName(ref: RefValue): string | { name: string; app: string } {
  return ref.name;
}

function idOf(raw: Value, expr: Expr, name: string): Value {
  if (!isObject(raw)) throw failAt(expr, `${name} takes { id = … } objects; got ${typeName(raw)}`);
  const extra = Object.keys(raw).filter((k) => k !== "id" && k !== "app_id" && k !== "integration_specific_id");
  if (extra.length > 0) throw failAt(expr, `${name}: ${extra[0]} is computed by Lumos; write just { id = … }`);
  if (!("id" in raw)) throw failAt(expr, `${name}: write { id = … } with a reference (lookups by integration_specific_id are not supported)`);
  return raw.id!;
}

const EXAMPLES: Record<RefKind, string> = {
  app: "lumos_app.NAME.id or data.lumos_apps.NAME.items[0].id",
  user: "data.lumos_users.NAME.items[0].id",
  group: "data.lumos_groups.NAME.items[0].id",
  permission: "lumos_requestable_permission.NAME.id",
  webhook: "lumos_inline_webhook.NAME.id",
};

function refOf(raw: Value, kind: RefKind, expr: Expr, name: string): unknown {
  if (raw instanceof RefValue) {
    if (raw.kind !== kind) throw failAt(expr, `${name} takes a reference to ${article(kind)}; ${raw.text} refers to ${article(raw.kind)}`);
    return raw.name;
  }
  if (typeof raw === "string") {
    throw failAt(expr, `${name} is written as an ID (${JSON.stringify(raw)}); lumos-iac refers to objects by name: refer to ${EXAMPLES[kind]}`);
  }
  throw failAt(expr, `${name} takes a reference to ${article(kind)} (${EXAMPLES[kind]}); got ${typeName(raw)}`);
}

function article(kind: RefKind): string {
  return `${kind === "app" ? "an" : "a"} ${kind}`;
}

/** A value with no references left in it (references belong in ID attributes only). */
function plainValue(raw: Value, expr: Expr, name: string): unknown {
  if (raw instanceof RefValue) throw failAt(expr, `${name} does not take a reference (${raw.text})`);
  if (raw instanceof Special) throw failAt(expr, `${name} cannot be ${raw.describe()}`);
  if (Array.isArray(raw)) return raw.map((item) => plainValue(item, expr, name));
  if (isObject(raw)) return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, plainValue(v, expr, name)]));
  return raw;
}

/**
 * The address an import block's `to` names. In Terraform JSON it is a string holding the
 * address (`"to": "lumos_app.payroll"`, as CDKTF's importFrom writes it), read as an expression.
 */
function importTarget(expr: Expr): Expr {
  const text = expr.type === "literal" ? expr.value : expr.type === "template" && expr.parts.length === 1 && typeof expr.parts[0] === "string" ? expr.parts[0] : undefined;
  if (typeof text !== "string") return expr;
  try {
    return { ...parseExpression(text), at: expr.at };
  } catch {
    return expr;
  }
}
