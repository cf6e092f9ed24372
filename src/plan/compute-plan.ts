import { Ajv2020 } from "ajv/dist/2020.js";
import { ConfigError, ConfigValidationError, formatLocation } from "../errors.ts";
import { asString, isRecord, isRef, isSecret, refsIn } from "../kinds/common.ts";
import { addressOf, APPLY_ORDER, configKeyOf, KINDS, type ConfigKey } from "../kinds/registry.ts";
import type { AppNames, KindDef, LiveCheckContext, PlanContext } from "../kinds/types.ts";
import { PRUNE_ADDRESS, type Change, type DesiredObject, type DesiredState, type FieldDiff, type LiveObject, type LiveState, type Plan, type Problem } from "../model/types.ts";
import { fingerprint } from "./canonical.ts";
import { diffDeclared } from "./diff.ts";
import { NameResolver, type Standing } from "./resolver.ts";
import { pushTo } from "../util/multimap.ts";

export interface PlanOptions {
  /** Rotate credentials of every declared integration (true) or of these addresses. */
  rotateCredentials?: boolean | readonly string[];
  /** Values of secret templates, to check credentials against connection schemas. */
  secrets?: ReadonlyMap<string, string>;
  /** Fingerprint every live object read, for a plan that will be saved and applied later. */
  fingerprints?: boolean;
  /** Leave out declared kinds the server cannot serve (listed in the plan) instead of refusing. */
  skipUnsupported?: boolean;
}

/**
 * The planner: desired state + live state → plan. Pure: no I/O, no clock. Objects are matched
 * by natural key (or pinned ID), only declared fields are compared, and deletes are proposed
 * only where pruning is enabled and the object is one the tool may own.
 */
export function computePlan(declared: DesiredState, live: LiveState, options: PlanOptions = {}): Plan {
  return drain(planSteps(declared, live, options));
}

/**
 * What planSteps pauses for: to let other work run (`pause`, every few dozen objects);
 * before it looks at the settings of one AppStore app (`{ settings: id }`, the app's live ID);
 * and, once, before it looks at every AppStore app's settings (`appstore settings`). The plan
 * of every other kind needs only the lists, so it can be made while those settings are read,
 * and each AppStore app can be planned as soon as its own settings are in.
 */
export type PlanPause = "pause" | { settings: string } | "appstore settings";

/** Objects planned between two pauses. */
const STEP = 25;

interface KindPlan {
  changes: Change[];
  deletes: Change[];
  warnings: string[];
  /** Every live ID a declared object of the kind refers to, with the first object that does. */
  referrers: Map<string, DesiredObject>;
  unchanged: number;
  /** Deletable live objects, within prune's scope and in all (pruned kinds only). */
  managed?: { inScope: number; all: number };
}

/** Runs a generator to its end, past every pause. */
function drain<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The planner in steps: computePlan runs them straight through; a caller that reads the
 * tenant meanwhile (planAgainst) lets its reads run at every pause, and fills in the AppStore
 * apps' settings (in place, on the live objects it passed): each app's before going past its
 * `{ settings: id }`, all of them before going past `appstore settings`. The plan is the same
 * either way: each kind is planned on its own and the results are put together in apply order.
 */
export function* planSteps(declared: DesiredState, live: LiveState, options: PlanOptions = {}): Generator<PlanPause, Plan, void> {
  const { desired, skipped } = withoutUnsupported(declared, live, options.skipUnsupported === true);
  const problems: Problem[] = [];
  const appNames = new Map((live.kinds.apps ?? []).map((app) => [app.id, asString(app.data.user_friendly_label)]));
  const appName = (id: string) => appNames.get(id);
  const standing: Standing = { matched: new Map(), replaced: new Set() };
  const resolver = new NameResolver(desired.objects, live, standing, desired.locate, appName, desired.lookups);
  const rotate = options.rotateCredentials;
  const ctx: PlanContext = {
    resolver,
    appName,
    managedAppIds: live.managedAppIds ? new Set(live.managedAppIds) : undefined,
    rotateCredentials: (address) => rotate === true || (Array.isArray(rotate) && rotate.includes(address)),
  };
  const byKind = new Map<ConfigKey, DesiredObject[]>();
  for (const object of desired.objects) {
    pushTo(byKind, configKeyOf(object.kind), object);
  }

  // Match every declared object to the live object it stands for.
  const liveIndex = new Map<ConfigKey, LiveObject[]>();
  for (const key of APPLY_ORDER) {
    const def = KINDS[key];
    const objects = (live.kinds[key] ?? []).filter((o) => !def.ignoreLive?.(o));
    liveIndex.set(key, objects);
    problems.push(...(yield* matchKind(def, byKind.get(key) ?? [], objects, ctx, standing, desired)));
  }

  /** Declared permissions by their app's ID (or pending address), built when first needed. */
  let byApp: Map<string, DesiredObject[]> | undefined;
  const permissionsByApp = (appKey: string): DesiredObject[] => {
    if (!byApp) {
      byApp = new Map();
      for (const p of byKind.get("requestable_permissions") ?? []) {
        const owner = ctx.resolver.resolve("app", p.spec.app, { address: p.address, path: ["app"] });
        if (owner) pushTo(byApp, "id" in owner ? owner.id : owner.pending, p);
      }
    }
    return byApp.get(appKey) ?? [];
  };
  const liveApps = new Map((live.kinds.apps ?? []).map((app) => [app.id, app]));
  let liveByApp: Map<string, LiveObject[]> | undefined;
  const livePermissionsByApp = (appId: string): LiveObject[] => {
    if (!liveByApp) {
      liveByApp = new Map();
      for (const p of live.kinds.requestable_permissions ?? []) pushTo(liveByApp, asString(p.data.app_id), p);
    }
    return liveByApp.get(appId) ?? [];
  };

  const liveCheck: Omit<LiveCheckContext, "match"> = {
    ...ctx,
    live,
    liveApp: (id) => liveApps.get(id),
    declaredPermissionsOf: permissionsByApp,
    livePermissionsOf: livePermissionsByApp,
  };

  /** Integrations this plan connects: their first sync may bring objects declared for them. */
  const connecting = new Set(desired.objects.filter((o) => o.kind === "app" && o.spec.app_class_id !== undefined).map((o) => o.address));
  /**
   * One kind planned: what depends on the order of kinds (changes, deletes, warnings, the first
   * referrer of an ID) kept apart, so kinds can be planned out of order. Problems need no such
   * care: they are reported sorted by where they are written.
   */
  function* planKind(key: ConfigKey): Generator<PlanPause, KindPlan, void> {
    const def = KINDS[key];
    const out: KindPlan = { changes: [], deletes: [], warnings: [], referrers: new Map(), unchanged: 0 };
    const { changes, warnings } = out;
    let count = 0;
    for (const object of byKind.get(key) ?? []) {
      if (++count % STEP === 0) yield "pause";
      const match = standing.matched.get(object.address);
      if (match && key === "appstore_apps") yield { settings: match.id };
      for (const [path, message] of def.checkLive?.(object, { ...liveCheck, match }) ?? []) {
        problems.push({ loc: desired.locate(object.address, path), message });
      }
      const want = def.canonicalDesired(object, ctx);
      for (const ref of refsIn(want)) if ("id" in ref && !out.referrers.has(ref.id)) out.referrers.set(ref.id, object);
      if (!match) {
        problems.push(...checkConnection(object, live, options.secrets, desired));
        for (const [path, message] of def.checkCreate?.(object.spec) ?? []) {
          problems.push({ loc: desired.locate(object.address, path), message });
        }
        const payload = def.createPayload(want, object, ctx);
        const created = change(object, "create", undefined, [...createDiff(want, def), ...sentOnCreate(object, want, payload, def)], payload);
        const owner = payload.app_id;
        if (def.syncedWithApp && isRef(owner) && "pending" in owner && connecting.has(owner.pending)) {
          created.adoptAfterSync = owner.pending;
          created.notes = [`adopt after sync: ${owner.pending} connects in this run; apply waits for its first sync and updates the SYNCED ${def.kind} it brings (created as NATIVE only if it brings none)`];
        }
        changes.push(created);
        continue;
      }
      const have = def.canonicalLive(match, ctx);
      let diff = diffDeclared(want, have, { sets: def.setFields, writeOnly: def.writeOnly, atomic: def.atomic, defaults: def.defaults });
      const fixed = diff.filter((d) => def.createOnly.some((path) => d.path === path || d.path.startsWith(`${path}.`)));
      if (fixed.length > 0) {
        const deletable = def.deletable(match, ctx);
        if (deletable.ok) {
          standing.replaced.add(object.address);
          const payload = def.createPayload(want, object, ctx);
          changes.push({
            ...change(object, "replace", match.id, diff, payload),
            notes: [`${fixed.map((d) => d.path).join(", ")} cannot change after creation`],
          });
          continue;
        }
        warnings.push(`${object.address}: ${fixed.map((d) => d.path).join(", ")} cannot change after creation, and the object cannot be replaced (${deletable.reason}); that change is skipped`);
        diff = diff.filter((d) => !fixed.includes(d));
      }
      const rotating = ctx.rotateCredentials(object.address);
      const reconnect = rotating ? def.reconnectPayload?.(object) : undefined;
      const resend = rotating ? def.rotatePayload?.(object) : undefined;
      if (diff.length === 0 && !reconnect && !resend) {
        out.unchanged++;
        continue;
      }
      // Rotated credentials are checked against the integration's schema now, as a connect is.
      if (reconnect) problems.push(...checkConnection(object, live, options.secrets, desired));
      for (const warning of def.updateWarnings?.(want, have, ctx) ?? []) warnings.push(`${object.address}: ${warning}`);
      const patch = diff.length > 0 ? def.updatePayload(diff, want, have, object) : undefined;
      const payload = resend ? { ...patch, ...resend } : patch;
      const update = change(object, "update", match.id, diff, payload);
      if (reconnect) {
        update.reconnect = reconnect;
        update.diff = [...update.diff, { path: "auth", before: { $secret: "live" }, after: { $secret: "config" } }];
        update.notes = ["credentials rotated: the integration reconnects and syncs"];
      }
      if (resend) {
        update.diff = [...update.diff, ...Object.keys(resend).map((path) => ({ path, before: { $secret: "live" }, after: { $secret: "config" } }))];
        update.notes = [`${Object.keys(resend).join(", ")} rotated: sent again from the configuration`];
      }
      const notes = def.updateNotes?.(diff, Boolean(resend)) ?? [];
      if (notes.length > 0) update.notes = [...(update.notes ?? []), ...notes];
      changes.push(update);
    }
    const pruned = planDeletes(key, def, liveIndex.get(key) ?? [], standing, desired, ctx, warnings);
    if (pruned) {
      out.deletes.push(...pruned.deletes);
      out.managed = pruned.managed;
    }
    return out;
  }

  // Every kind but the AppStore apps first; then the AppStore apps, each once its settings are
  // read; then, with every app's settings in, the rest (fingerprints and labels read them all).
  const planned = new Map<ConfigKey, KindPlan>();
  for (const key of APPLY_ORDER) if (key !== "appstore_apps") planned.set(key, yield* planKind(key));
  planned.set("appstore_apps", yield* planKind("appstore_apps"));
  yield "appstore settings";

  const changes: Change[] = [];
  const deletes: Change[] = [];
  const warnings: string[] = [];
  /** Which declared object refers to each live ID (the first in apply order), to catch references to what this plan deletes. */
  const referrers = new Map<string, DesiredObject>();
  let unchanged = 0;
  const managed: NonNullable<Plan["managed"]> = {};
  for (const key of APPLY_ORDER) {
    const kind = planned.get(key)!;
    changes.push(...kind.changes);
    deletes.push(...kind.deletes);
    warnings.push(...kind.warnings);
    for (const [id, object] of kind.referrers) if (!referrers.has(id)) referrers.set(id, object);
    unchanged += kind.unchanged;
    if (kind.managed !== undefined) managed[KINDS[key].kind] = kind.managed;
  }

  for (const doomed of deletes) {
    const referrer = doomed.id ? referrers.get(doomed.id) : undefined;
    if (referrer) {
      problems.push({
        loc: referrer.loc,
        message: `${referrer.address} refers to ${doomed.address}, which is not declared and would be deleted; declare it or drop the reference`,
      });
    }
  }
  problems.push(...resolver.problems);
  if (problems.length > 0) throw new ConfigValidationError(problems);

  // Deletes run after creates and updates, dependents first.
  const ordered = [...changes, ...deletes.reverse()];
  for (const c of ordered) c.dependsOn = [...new Set(refsIn(c.payload).flatMap((ref) => ("pending" in ref ? [ref.pending] : [])))];
  return {
    format_version: "1",
    changes: ordered,
    unchanged,
    ...(options.fingerprints ? { fingerprints: fingerprints(desired, live, ctx, standing) } : {}),
    labels: labelsFor(ordered, live, ctx),
    warnings: [...skipped.map((s) => `skipped ${s.kind} (${s.count} declared): ${s.reason}`), ...warnings],
    ...(skipped.length > 0 ? { skipped } : {}),
    ...(Object.keys(managed).length > 0 ? { managed } : {}),
  };
}

/**
 * Declared kinds the server lacks: refused with one line per kind (where it is declared and
 * why), or, with skipUnsupported, left out of the plan and listed.
 */
function withoutUnsupported(desired: DesiredState, live: LiveState, skip: boolean): { desired: DesiredState; skipped: NonNullable<Plan["skipped"]> } {
  const skipped: NonNullable<Plan["skipped"]> = [];
  const first = new Map<ConfigKey, DesiredObject>();
  for (const object of desired.objects) {
    const key = configKeyOf(object.kind);
    if (!live.unsupported[key]) continue;
    if (!first.has(key)) first.set(key, object);
  }
  if (first.size === 0) return { desired, skipped };
  const kinds = APPLY_ORDER.filter((key) => first.has(key));
  if (!skip) {
    const lines = kinds.map((key) => `${key} cannot be managed on this server (declared at ${formatLocation(first.get(key)!.loc)}): ${live.unsupported[key]}`);
    throw new ConfigError(
      "KIND_UNSUPPORTED",
      `${lines.join("\n")}\nRemove ${kinds.join(", ")} from the configuration, pass --skip-unsupported to plan and apply the rest, or use a server that serves lumos-iac's extension operations.`,
      { kinds, at: first.get(kinds[0]!)!.loc },
    );
  }
  for (const key of kinds) {
    skipped.push({ kind: key, count: desired.objects.filter((o) => configKeyOf(o.kind) === key).length, reason: live.unsupported[key]! });
  }
  return { desired: { ...desired, objects: desired.objects.filter((o) => !first.has(configKeyOf(o.kind))) }, skipped };
}

function change(object: DesiredObject, action: Change["action"], id: string | undefined, diff: FieldDiff[], payload?: Record<string, unknown>): Change {
  return { address: object.address, kind: object.kind, action, ...(id ? { id } : {}), diff, ...(payload ? { payload } : {}), dependsOn: [] };
}

function createDiff(want: Record<string, unknown>, def: KindDef, prefix = ""): FieldDiff[] {
  const out: FieldDiff[] = [];
  for (const [key, value] of Object.entries(want)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value === undefined || def.writeOnly.includes(path)) continue;
    if (isRecord(value) && !isRef(value) && !isSecret(value) && !def.atomic?.includes(path)) out.push(...createDiff(value, def, path));
    else out.push({ path, after: value });
  }
  return out;
}

/**
 * Fields a create sends that the comparable shape leaves out (an integration's app_class_id,
 * settings and credentials, a webhook's secret), so the plan shows everything the request
 * carries. Secret fields show as one sensitive value, never their contents.
 */
function sentOnCreate(object: DesiredObject, want: Record<string, unknown>, payload: Record<string, unknown>, def: KindDef): FieldDiff[] {
  const out: FieldDiff[] = [];
  const sensitive = (key: string) => (def.secrets ?? []).some((path) => path === key || path.startsWith(`${key}.`));
  const walk = (value: unknown, path: string): void => {
    if (isRecord(value) && !isRef(value) && !isSecret(value) && Object.keys(value).length > 0) {
      for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
    } else if (value !== undefined) out.push({ path, after: value });
  };
  for (const [key, value] of Object.entries(payload)) {
    if (key in want || !(key in object.spec) || value === undefined) continue;
    if (sensitive(key)) out.push({ path: key, after: { $secret: "config" } });
    else walk(value, key);
  }
  return out;
}

/**
 * The live ID each declared object stands for (by natural key or pinned ID), without planning:
 * what export needs for its import blocks. Objects that match nothing, or match ambiguously,
 * are left out. Pure, like the planner.
 */
export function matchLive(desired: DesiredState, live: LiveState): Map<string, string> {
  const appNames = new Map((live.kinds.apps ?? []).map((app) => [app.id, asString(app.data.user_friendly_label)]));
  const appName = (id: string) => appNames.get(id);
  const standing: Standing = { matched: new Map(), replaced: new Set() };
  const resolver = new NameResolver(desired.objects, live, standing, desired.locate, appName, desired.lookups);
  const ctx: PlanContext = { resolver, appName, managedAppIds: undefined, rotateCredentials: () => false };
  for (const key of APPLY_ORDER) {
    const def = KINDS[key];
    const declared = desired.objects.filter((o) => o.kind === def.kind);
    if (declared.length === 0) continue;
    drain(matchKind(def, declared, (live.kinds[key] ?? []).filter((o) => !def.ignoreLive?.(o)), ctx, standing, desired));
  }
  return new Map([...standing.matched].map(([address, object]) => [address, object.id]));
}

function* matchKind(
  def: KindDef,
  declared: DesiredObject[],
  liveObjects: LiveObject[],
  ctx: PlanContext,
  standing: Standing,
  desired: DesiredState,
): Generator<PlanPause, Problem[], void> {
  const problems: Problem[] = [];
  const byKey = new Map<string, LiveObject[]>();
  const byId = new Map(liveObjects.map((o) => [o.id, o]));
  const inApp = def.keyInApp && def.liveKeyInApp ? { desired: def.keyInApp, live: def.liveKeyInApp } : undefined;
  for (let index = 0; index < liveObjects.length; index++) {
    if (index % STEP === STEP - 1) yield "pause";
    const object = liveObjects[index]!;
    // Kinds that belong to an app match on the app's ID, whatever name the config uses for it.
    if (inApp) {
      pushTo(byKey, appScopedKey(asString(object.data.app_id), inApp.live(object)), object);
      continue;
    }
    const keys = def.liveKeys(object, ctx);
    if (keys.length === 1) pushTo(byKey, keys[0]!, object);
    else for (const key of new Set(keys)) pushTo(byKey, key, object);
  }
  const claimed = new Map<string, string>();
  const declaredAs = new Map<string, DesiredObject>();
  for (let index = 0; index < declared.length; index++) {
    if (index % STEP === STEP - 1) yield "pause";
    const object = declared[index]!;
    let match: LiveObject | undefined;
    let key: string | undefined;
    if (inApp) {
      const app = ctx.resolver.resolve("app", object.spec.app, { address: object.address, path: ["app"] });
      if (!app) continue;
      key = appScopedKey("id" in app ? app.id : `pending:${app.pending}`, inApp.desired(object.spec));
      const same = declaredAs.get(key);
      if (same) {
        problems.push({
          loc: object.loc,
          message: `${object.address} is the same ${def.kind} as ${same.address} (one app, named two ways); declare it once, first declared at ${formatLocation(same.loc)}`,
        });
        continue;
      }
      declaredAs.set(key, object);
    }
    if (object.id) {
      match = byId.get(object.id);
      if (!match) {
        problems.push({ loc: desired.locate(object.address, ["id"]), message: `no ${def.kind} with id ${object.id} exists` });
        continue;
      }
    } else {
      key ??= def.matchKey?.(object.spec) ?? def.desiredKey(object.spec);
      const candidates = byKey.get(key) ?? [];
      if (candidates.length > 1) {
        problems.push({
          loc: object.loc,
          message: `${candidates.length} existing ${def.configKey} match ${object.address} (ids ${candidates.map((c) => c.id).join(", ")}); pin the one you mean with id:`,
        });
        continue;
      }
      match = candidates[0];
    }
    if (!match) continue;
    const other = claimed.get(match.id);
    if (other) {
      problems.push({ loc: object.loc, message: `${object.address} and ${other} refer to the same object` });
      continue;
    }
    claimed.set(match.id, object.address);
    standing.matched.set(object.address, match);
  }
  return problems;
}

function appScopedKey(appId: string, rest: string): string {
  return `${appId}\u0000${rest}`;
}

function planDeletes(
  key: ConfigKey,
  def: KindDef,
  liveObjects: LiveObject[],
  standing: Standing,
  desired: DesiredState,
  ctx: PlanContext,
  warnings: string[],
): { deletes: Change[]; managed: { inScope: number; all: number } } | undefined {
  const policy = desired.prune[key];
  if (!policy || def.singleton) return undefined;
  const matchedIds = new Set([...standing.matched.values()].filter((o) => o.kind === def.kind).map((o) => o.id));
  const appIds = typeof policy === "object" ? new Set(policy.apps.flatMap((name, index) => resolveAppIds(name, ctx, [key, "apps", index]))) : undefined;
  const out: Change[] = [];
  const managed = { inScope: 0, all: 0 };
  for (const object of liveObjects) {
    const deletable = def.deletable(object, ctx);
    if (deletable.ok) managed.all++;
    if (appIds && !appIds.has(def.appOf?.(object) ?? "")) continue;
    if (deletable.ok) managed.inScope++;
    if (matchedIds.has(object.id)) continue;
    const address = liveAddress(def, object, ctx);
    if (!deletable.ok) {
      if (key !== "apps" || ctx.managedAppIds) warnings.push(`${address} is not declared but is kept: ${deletable.reason}`);
      continue;
    }
    out.push({ address, kind: def.kind, action: "delete", id: object.id, diff: [], dependsOn: [] });
  }
  return { deletes: out.sort((a, b) => a.address.localeCompare(b.address)), managed };
}

/** The apps a prune policy names; `path` is where in `prune` the name is written. */
function resolveAppIds(name: string, ctx: PlanContext, path: (string | number)[]): string[] {
  const ref = ctx.resolver.resolve("app", name, { address: PRUNE_ADDRESS, path });
  return ref && "id" in ref ? [ref.id] : [];
}

let connectionAjv: Ajv2020 | undefined;

/** Credentials for an integration about to be connected, checked against its schema. */
function checkConnection(object: DesiredObject, live: LiveState, secrets: ReadonlyMap<string, string> | undefined, desired: DesiredState): Problem[] {
  if (object.kind !== "app" || typeof object.spec.app_class_id !== "string") return [];
  const schema = live.connectionSchemas[object.spec.app_class_id];
  if (!schema) {
    return [{ loc: desired.locate(object.address, ["app_class_id"]), message: `Lumos has no integration ${JSON.stringify(object.spec.app_class_id)}` }];
  }
  connectionAjv ??= new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const problems: Problem[] = [];
  const reveal = (value: unknown): unknown =>
    isSecret(value) ? (secrets?.get(value.$secret) ?? "") : isRecord(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reveal(v)])) : value;
  for (const field of ["auth", "settings"] as const) {
    const validate = connectionAjv.compile(field === "auth" ? schema.auth_schema : schema.settings_schema);
    if (validate(reveal(object.spec[field] ?? {}))) continue;
    for (const error of validate.errors ?? []) {
      const path = error.instancePath.split("/").filter(Boolean);
      const missing = error.keyword === "required" ? String((error.params as { missingProperty: string }).missingProperty) : undefined;
      // Messages name the field, never its value: it may be a secret.
      problems.push({
        loc: desired.locate(object.address, [field, ...path]),
        message: missing ? `${object.spec.app_class_id} needs ${field}.${missing}` : `${[field, ...path].join(".")} ${error.message ?? "is invalid"}`,
      });
    }
  }
  return problems;
}

/** The address a live object has when nothing declares it. */
function liveAddress(def: KindDef, object: LiveObject, ctx: AppNames): string {
  return addressOf(def, def.liveKeys(object, ctx)[0] ?? object.id);
}

/** A fingerprint of every live object read, by address; null for declared objects not found. */
function fingerprints(desired: DesiredState, live: LiveState, ctx: PlanContext, standing: Standing): Record<string, string | null> {
  const out = liveFingerprints(live, ctx);
  for (const object of desired.objects) if (!standing.matched.has(object.address)) out[object.address] = null;
  return out;
}

export function liveFingerprints(live: LiveState, ctx: AppNames): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const key of APPLY_ORDER) {
    const def = KINDS[key];
    for (const object of live.kinds[key] ?? []) {
      const base = liveAddress(def, object, ctx);
      const address = base in out ? `${base}#${object.id}` : base;
      const data = def.volatile ? Object.fromEntries(Object.entries(object.data).filter(([k]) => !def.volatile!.includes(k))) : object.data;
      out[address] = fingerprint(data);
    }
  }
  return out;
}

/** Display labels for every ID a change mentions. */
function labelsFor(changes: Change[], live: LiveState, ctx: PlanContext): Record<string, string> {
  const wanted = new Set<string>();
  for (const c of changes) {
    for (const ref of refsIn(c.diff)) if ("id" in ref) wanted.add(ref.id);
    if (c.id) wanted.add(c.id);
  }
  const labels: Record<string, string> = {};
  if (wanted.size === 0) return labels;
  // Only IDs the changes mention are labelled; most objects of a large tenant are not.
  for (const user of live.users) if (wanted.has(user.id)) labels[user.id] = user.email ?? user.id;
  const names = new Map<string, number>();
  for (const group of live.groups) names.set(group.name ?? "", (names.get(group.name ?? "") ?? 0) + 1);
  for (const group of live.groups) {
    if (!wanted.has(group.id)) continue;
    const name = group.name ?? group.id;
    labels[group.id] = (names.get(group.name ?? "") ?? 0) > 1 ? `${name} (${ctx.appName(group.app_id ?? "") ?? "?"})` : name;
  }
  for (const key of APPLY_ORDER) {
    for (const object of live.kinds[key] ?? []) if (wanted.has(object.id)) labels[object.id] = KINDS[key].label(object, ctx);
  }
  return labels;
}

