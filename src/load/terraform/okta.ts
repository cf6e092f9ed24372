/**
 * The okta/okta provider's event hook in Terraform files: `okta_event_hook` (with its companion
 * `okta_event_hook_verification`) → `okta_event_hooks` of the definition document. The hook
 * lives in the Okta org of the environment lumos.config.yaml chooses; the `provider "okta"`
 * block's org and token are not read from the files.
 *
 * - `name`, `status`, `events` (a set) and `description` (a lumos-iac addition) as they are;
 * - `channel = { type = "HTTP", version = "1.0.0", uri = … }` → `url`;
 * - `auth = { type = "HEADER", key = "Authorization", value = "Bearer ${var.NAME}" }` with a
 *   sensitive variable (or `file(…)`) → `token`, a secret reference; a written token is an error;
 * - `headers { key = …  value = … }` blocks (in JSON, a list of `{ key, value }`) → `headers`;
 * - an `okta_event_hook_verification` whose `event_hook_id` is the hook's `.id` → `verify: true`;
 *   no verification → `verify: false`.
 */
import { closest } from "fastest-levenshtein";
import { AUTH_HEADER } from "../../kinds/okta-event-hook.ts";
import type { SourceLocation } from "../../model/types.ts";
import { EvalError, isObject, RefValue, Special, typeName, type Scope, type Value } from "./evaluate.ts";
import type { Expr } from "./expr.ts";
import type { Instance } from "./module.ts";
import { exprLocation, type TfBlock } from "./read.ts";
import { isWholeReference } from "./references.ts";

export const OKTA_HOOK = "okta_event_hook";
export const OKTA_VERIFICATION = "okta_event_hook_verification";
export const OKTA_RESOURCE_TYPES: readonly string[] = [OKTA_HOOK, OKTA_VERIFICATION];

/** The okta provider's settings that are secrets: never written in a file (the environment has the token). */
export const OKTA_PROVIDER_SECRETS: readonly string[] = ["api_token", "private_key", "access_token"];

/** `okta_event_hook.NAME.id`: known only in Okta, so a verification refers to the hook by its address. */
export class OktaHookId extends Special {
  constructor(readonly address: string) {
    super();
  }
  describe(): string {
    return `${this.address}.id`;
  }
}

const HOOK_ATTRIBUTES = ["name", "description", "events", "channel", "auth", "headers", "status"] as const;
const CHANNEL_KEYS = ["type", "version", "uri"] as const;
const AUTH_KEYS = ["type", "key", "value"] as const;
const TOKEN_HINT = 'write value = "Bearer ${var.NAME}" with a variable "NAME" { sensitive = true } set through TF_VAR_NAME, or "Bearer ${file("…")}"';

export interface OktaContext {
  /** The instances of a block (count, for_each). */
  expand(block: TfBlock, key: string): Instance[];
  evaluate(expr: Expr, scope: Scope): Value;
  /** Records where a path of the document was written. */
  mark(path: (string | number)[], loc: SourceLocation, key?: SourceLocation): void;
  /** An error at a place (collected by the caller's report). */
  fail(message: string, loc: SourceLocation, block?: TfBlock): Error;
  /** Collects an error and goes on with the next block. */
  report(error: unknown): void;
  /** Meta-arguments every resource may have (count, for_each, lifecycle, …). */
  meta: ReadonlySet<string>;
}

/** The okta_event_hooks of the module's `okta_event_hook` and `okta_event_hook_verification` resources. */
export function readOktaHooks(context: OktaContext, hooks: [string, TfBlock][], verifications: [string, TfBlock][]): Record<string, unknown>[] {
  const specs: Record<string, unknown>[] = [];
  const byAddress = new Map<string, { spec: Record<string, unknown>; index: number; block: TfBlock; verifiedBy?: string }>();
  for (const [key, block] of hooks) {
    try {
      checkAttributes(context, block, HOOK_ATTRIBUTES, "okta_event_hook", ["id"]);
      for (const instance of context.expand(block, key)) {
        const index = specs.length;
        const spec = hookSpec(context, instance, ["okta_event_hooks", index]);
        context.mark(["okta_event_hooks", index], block.loc, block.loc);
        specs.push(spec);
        byAddress.set(instance.address, { spec, index, block });
      }
    } catch (error) {
      context.report(error);
    }
  }
  for (const [key, block] of verifications) {
    try {
      checkAttributes(context, block, ["event_hook_id"], OKTA_VERIFICATION, ["id"]);
      const attribute = block.attributes.get("event_hook_id");
      if (!attribute) throw context.fail(`${OKTA_VERIFICATION} needs event_hook_id = okta_event_hook.NAME.id`, block.loc, block);
      for (const instance of context.expand(block, key)) {
        const target = context.evaluate(attribute.expr, instance.scope);
        if (!(target instanceof OktaHookId)) {
          throw new EvalError(`event_hook_id refers to the hook to verify: write okta_event_hook.NAME.id; got ${target instanceof RefValue ? target.text : typeName(target)}`, attribute.expr);
        }
        const hook = byAddress.get(target.address);
        if (!hook) throw new EvalError(`${target.address} is not declared`, attribute.expr);
        if (hook.verifiedBy) throw context.fail(`${target.address} is verified by ${hook.verifiedBy} already`, block.loc, block);
        hook.verifiedBy = instance.address;
        hook.spec.verify = true;
        context.mark(["okta_event_hooks", hook.index, "verify"], block.loc, block.loc);
      }
    } catch (error) {
      context.report(error);
    }
  }
  // Without a verification resource Terraform leaves the hook unverified: so does lumos-iac.
  for (const hook of byAddress.values()) {
    if (hook.spec.verify === undefined) {
      hook.spec.verify = false;
      context.mark(["okta_event_hooks", hook.index, "verify"], hook.block.loc, hook.block.loc);
    }
  }
  return specs;
}

function checkAttributes(context: OktaContext, block: TfBlock, known: readonly string[], type: string, computed: string[]): void {
  for (const [name, attribute] of block.attributes) {
    if (context.meta.has(name) || known.includes(name)) continue;
    const message = computed.includes(name)
      ? `${name} is computed by Okta; it cannot be set on ${type}`
      : `${type} has no attribute ${JSON.stringify(name)} that lumos-iac reads (it reads ${known.join(", ")}; did you mean ${closest(name, [...known])}?)`;
    throw context.fail(message, attribute.nameLoc, block);
  }
  for (const nested of block.blocks) {
    if (nested.type === "lifecycle") continue;
    if (type === OKTA_HOOK && nested.type === "headers") continue;
    throw context.fail(`${nested.type} blocks are not supported in ${type}${type === OKTA_HOOK ? " (only headers blocks)" : ""}`, nested.loc, block);
  }
}

function hookSpec(context: OktaContext, instance: Instance, base: (string | number)[]): Record<string, unknown> {
  const { block } = instance;
  const spec: Record<string, unknown> = {};
  const attr = (name: string) => block.attributes.get(name);
  const put = (field: string, value: unknown, expr: Expr, keyLoc?: SourceLocation) => {
    spec[field] = value;
    context.mark([...base, field], exprLocation(expr), keyLoc ?? exprLocation(expr));
  };
  for (const name of ["name", "description", "status", "events"] as const) {
    const attribute = attr(name);
    if (!attribute) continue;
    const value = context.evaluate(attribute.expr, instance.scope);
    if (value === null) continue;
    put(name, plain(value, attribute.expr, name), attribute.expr, attribute.nameLoc);
  }

  const channel = attr("channel");
  if (!channel) throw context.fail(`${instance.address} needs channel = { type = "HTTP", version = "1.0.0", uri = "https://…" }`, block.loc, block);
  const channelValue = mapOf(context.evaluate(channel.expr, instance.scope), channel.expr, "channel", CHANNEL_KEYS);
  expectText(channelValue, "type", "HTTP", channel.expr, "channel", "Okta event hooks have HTTP channels only");
  expectText(channelValue, "version", "1.0.0", channel.expr, "channel", "Okta's event hook channel version is 1.0.0");
  if (channelValue.uri === undefined || channelValue.uri === null) throw new EvalError(`channel needs uri, where Okta sends the events (Lumos: https://api.lumos.com/events/okta)`, channel.expr);
  put("url", plain(channelValue.uri, itemExpr(channel.expr, "uri"), "channel.uri"), itemExpr(channel.expr, "uri"));

  const auth = attr("auth");
  if (!auth) {
    throw context.fail(
      `${instance.address} needs auth = { type = "HEADER", key = "Authorization", value = "Bearer \${var.NAME}" }: Lumos accepts only events that carry its API token`,
      block.loc,
      block,
    );
  }
  const authValue = mapOf(context.evaluate(auth.expr, instance.scope), auth.expr, "auth", AUTH_KEYS);
  expectText(authValue, "type", "HEADER", auth.expr, "auth", "Okta sends the token as a header");
  if (authValue.key !== undefined && authValue.key !== null && (typeof authValue.key !== "string" || authValue.key.toLowerCase() !== AUTH_HEADER.toLowerCase())) {
    throw new EvalError(`auth.key must be "${AUTH_HEADER}": Lumos reads its API token from that header; got ${JSON.stringify(authValue.key)}`, itemExpr(auth.expr, "key"));
  }
  const valueExpr = itemExpr(auth.expr, "value");
  const token = authValue.value;
  if (typeof token !== "string") throw new EvalError(`auth needs value, the Authorization header Okta sends: ${TOKEN_HINT}`, valueExpr);
  const bearer = /^Bearer (.*)$/s.exec(token);
  if (!bearer || !isWholeReference(bearer[1]!)) {
    // The value itself is never repeated: it may be the token.
    throw new EvalError(
      bearer || !isWholeReference(token)
        ? `auth.value must not hold the token written in a file (a secret); ${TOKEN_HINT}`
        : `auth.value is the whole Authorization header, "Bearer <token>"; ${TOKEN_HINT}`,
      valueExpr,
    );
  }
  put("token", bearer[1], valueExpr);

  const headers = headersOf(context, instance);
  if (headers) {
    spec.headers = Object.fromEntries(headers.map((h) => [h.key, h.value]));
    context.mark([...base, "headers"], headers[0]?.loc ?? block.loc, headers[0]?.loc ?? block.loc);
    for (const h of headers) context.mark([...base, "headers", h.key], h.loc, h.loc);
  }
  return spec;
}

/** `headers { key, value }` blocks (native syntax) or `headers = [{ key, value }, …]` (JSON). */
function headersOf(context: OktaContext, instance: Instance): { key: string; value: string; loc: SourceLocation }[] | undefined {
  const { block } = instance;
  const out: { key: string; value: string; loc: SourceLocation }[] = [];
  const add = (key: Value, value: Value, at: Expr, loc: SourceLocation) => {
    if (typeof key !== "string" || key === "") throw new EvalError(`a header's key is its name, as text; got ${typeName(key)}`, at);
    if (typeof value !== "string") throw new EvalError(`header ${key}: value is text; got ${typeName(value)}`, at);
    if (out.some((h) => h.key.toLowerCase() === key.toLowerCase())) throw new EvalError(`header ${key} is declared twice`, at);
    out.push({ key, value, loc });
  };
  const nested = block.blocks.filter((b) => b.type === "headers");
  for (const header of nested) {
    for (const [name, attribute] of header.attributes) {
      if (name !== "key" && name !== "value") throw context.fail(`a headers block has key and value; got ${name}`, attribute.nameLoc, block);
    }
    const key = header.attributes.get("key");
    const value = header.attributes.get("value");
    if (!key || !value) throw context.fail("a headers block needs key and value", header.loc, block);
    add(context.evaluate(key.expr, instance.scope), context.evaluate(value.expr, instance.scope), key.expr, header.loc);
  }
  const attribute = block.attributes.get("headers");
  if (attribute) {
    if (!exprLocation(attribute.expr).file.endsWith(".json")) {
      throw context.fail("headers is a block in the okta provider: write headers { key = \"…\" value = \"…\" }, one per header", attribute.nameLoc, block);
    }
    const raw = context.evaluate(attribute.expr, instance.scope);
    const items = Array.isArray(raw) ? raw : raw === null ? [] : [raw];
    items.forEach((item, i) => {
      const at = attribute.expr.type === "tuple" ? (attribute.expr.items[i] ?? attribute.expr) : attribute.expr;
      if (!isObject(item)) throw new EvalError(`headers[${i}] is { key, value }; got ${typeName(item)}`, at);
      const extra = Object.keys(item).find((k) => k !== "key" && k !== "value");
      if (extra) throw new EvalError(`headers[${i}] has key and value; got ${extra}`, at);
      add(item.key ?? null, item.value ?? null, at, exprLocation(at));
    });
  }
  return nested.length > 0 || attribute ? out : undefined;
}

function mapOf(value: Value, expr: Expr, name: string, keys: readonly string[]): Record<string, Value> {
  if (!isObject(value)) throw new EvalError(`${name} is a map ({ ${keys.join(", ")} }); got ${typeName(value)}`, expr);
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) throw new EvalError(`${name} has no key ${JSON.stringify(key)} (it has ${keys.join(", ")}; did you mean ${closest(key, [...keys])}?)`, itemKey(expr, key));
  }
  return value;
}

function expectText(map: Record<string, Value>, key: string, expected: string, expr: Expr, name: string, why: string): void {
  const value = map[key];
  if (value === undefined || value === null || value === expected) return;
  throw new EvalError(`${name}.${key} must be "${expected}" (${why}); got ${JSON.stringify(value)}`, itemExpr(expr, key));
}

/** The expression of one key of an object written in place; the whole expression otherwise. */
function itemExpr(expr: Expr, key: string): Expr {
  return expr.type === "object" ? (expr.items.find((i) => i.bare === key)?.value ?? expr) : expr;
}

function itemKey(expr: Expr, key: string): Expr {
  return expr.type === "object" ? (expr.items.find((i) => i.bare === key)?.key ?? expr) : expr;
}

function plain(value: Value, expr: Expr, name: string): unknown {
  if (value instanceof RefValue) throw new EvalError(`${name} does not take a reference (${value.text})`, expr);
  if (value instanceof Special) throw new EvalError(`${name} cannot be ${value.describe()}`, expr);
  if (Array.isArray(value)) return value.map((item) => plain(item, expr, name));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v, expr, name)]));
  return value;
}
