import type { Declared } from "./common.ts";
import type { DesiredObject, FieldDiff, LiveObject, LiveState, Ref, RefKind, SourceLocation } from "../model/types.ts";

export type JsonSchema = Record<string, unknown>;

/** Turns a name written in the config into a Ref, or records why it cannot. */
export interface Resolver {
  /**
   * @param name what the user wrote (an app name, an email, a group name or `{name, app}`,
   *   a permission label, a webhook name)
   * @param app for permissions: the app whose permission is meant
   */
  resolve(kind: RefKind, name: unknown, at: { address: string; path: (string | number)[] }, app?: Ref): Ref | undefined;
}

/** Display names of apps by ID. */
export interface AppNames {
  appName(appId: string): string | undefined;
}

/** What a kind may read about the rest of the tenant while planning. */
export interface PlanContext {
  resolver: Resolver;
  /** Display name of an app ID. */
  appName(appId: string): string | undefined;
  /** Apps connected through the API, when that was read. */
  managedAppIds: ReadonlySet<string> | undefined;
  /** Options that change planning. */
  rotateCredentials: (address: string) => boolean;
}

/** What a kind may read when it checks a declared object against the live tenant. */
export interface LiveCheckContext extends PlanContext {
  live: LiveState;
  /** The live object the declared one matched, if any. */
  match: LiveObject | undefined;
  liveApp(id: string): LiveObject | undefined;
  /** Declared permissions of an app, by its ID (or the address of an app this plan creates). */
  declaredPermissionsOf(appKey: string): DesiredObject[];
  livePermissionsOf(appId: string): LiveObject[];
}

/**
 * A kind is a small record: its config schema, natural key, how desired and live values are
 * brought to one comparable shape, which fields force a replace or are never compared, and how
 * a change becomes a request payload. The JSON Schema of the config, the apply order and the
 * planner all derive from these records.
 */
export interface KindDef {
  /** Address prefix, e.g. `requestable_permission`. */
  kind: string;
  /** Top-level key in the config, e.g. `requestable_permissions`. */
  configKey: string;
  description: string;
  /** Config keys of the kinds this one refers to (they are applied first). */
  dependsOn: readonly string[];
  /** JSON Schema of one item in the config. */
  itemSchema: JsonSchema;
  /** A single object rather than a list (user_sources). */
  singleton?: boolean;
  /** Served only by servers with lumos-iac's extension operations. */
  extension?: boolean;
  /**
   * Objects of this kind also come from their app's syncs (SYNCED permissions): one declared
   * for an integration connected in the same run is adopted after that sync, not created.
   */
  syncedWithApp?: boolean;

  /** Natural key of a desired object. */
  desiredKey(spec: Record<string, unknown>): string;
  /** Keys a live object answers to (first = canonical key used in addresses). */
  liveKeys(live: LiveObject, ctx: AppNames): string[];
  /** The key used for matching a desired object against liveKeys. */
  matchKey?(spec: Record<string, unknown>): string;
  /**
   * For kinds that belong to an app: the rest of the natural key within the app (a label, a
   * justification, or "" for one object per app). Objects are then matched by the app's
   * resolved ID plus this, so `app: Okta` and `app: okta.com` mean the same object.
   */
  keyInApp?(spec: Record<string, unknown>): string;
  /** The same part of a live object's key. */
  liveKeyInApp?(live: LiveObject): string;
  /** Live objects never matched or deleted (e.g. disconnected integrations). */
  ignoreLive?(live: LiveObject): boolean;

  /** Desired spec → comparable shape (names resolved to Refs). */
  canonicalDesired(object: DesiredObject, ctx: PlanContext): Record<string, unknown>;
  /** Live API object → the same comparable shape. */
  canonicalLive(live: LiveObject, ctx: PlanContext): Record<string, unknown>;
  /** Arrays compared as sets, by field name. */
  setFields: ReadonlySet<string>;
  /** Dotted paths whose change needs delete + create. */
  createOnly: readonly string[];
  /** Dotted paths never compared (write-only). */
  writeOnly: readonly string[];
  /** Dotted paths (`*` = any key) whose values are secrets: they must be `${env:…}`/`${file:…}`. */
  secrets?: readonly string[];
  /** Live fields that change on their own (e.g. sync status): left out of fingerprints. */
  volatile?: readonly string[];
  /** What the server assumes when a field is unset, by dotted path (so null ≡ default). */
  defaults?: Readonly<Record<string, unknown>>;
  /** Dotted paths of objects compared whole (free-form JSON). */
  atomic?: readonly string[];

  /** Request body for a create. */
  createPayload(canonical: Record<string, unknown>, object: DesiredObject, ctx: PlanContext): Record<string, unknown>;
  /** Request body for an update, from the field diffs. */
  updatePayload(
    diff: FieldDiff[],
    desired: Record<string, unknown>,
    live: Record<string, unknown>,
    object: DesiredObject,
  ): Record<string, unknown>;
  /** Body of the reconnect request that rotates credentials (integrations only). */
  reconnectPayload?(object: DesiredObject): Record<string, unknown> | undefined;
  /** Write-only fields sent again in the update of a credentials rotation (webhook secrets). */
  rotatePayload?(object: DesiredObject): Record<string, unknown> | undefined;
  /** Notes the plan shows on an update of this kind (e.g. what the server needs done again). */
  updateNotes?(diff: FieldDiff[], rotating: boolean): string[];
  /** Whether the tool may delete this live object (it never deletes what it may not own). */
  deletable(live: LiveObject, ctx: Pick<PlanContext, "managedAppIds">): { ok: true } | { ok: false; reason: string };
  /** The app a live object belongs to (for per-app pruning). */
  appOf?(live: LiveObject): string | undefined;
  /** Checks that apply only when the object is about to be created. */
  checkCreate?(spec: Record<string, unknown>): [(string | number)[], string][];
  /**
   * Semantic checks of one desired object, offline; return [path, message] pairs. `declared`
   * tells what else the configuration declares (e.g. the hook type of a declared webhook).
   */
  check?(spec: Record<string, unknown>, declared?: Declared): [(string | number)[], string][];
  /** Warnings about an update (desired and live in the comparable shape), for the plan. */
  updateWarnings?(desired: Record<string, unknown>, live: Record<string, unknown>, ctx: PlanContext): string[];
  /** Checks of one declared object against the live tenant, at plan time; [path, message] pairs. */
  checkLive?(object: DesiredObject, ctx: LiveCheckContext): [(string | number)[], string][];
  /** Label for an ID of this kind, for rendering. */
  label(live: LiveObject, ctx: AppNames): string;
}

export interface LocatedError {
  loc: SourceLocation;
  message: string;
}
