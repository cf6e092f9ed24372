import type { DesiredObject, FieldDiff, LiveObject, Ref, RefKind } from "../model/types.ts";
import type { AppNames, JsonSchema, KindDef, PlanContext } from "./types.ts";

// ---- enums (a test checks them against the contract) ----------------------------------------

export const ENUMS = {
  AppStoreVisibility: ["FULL", "LIMITED", "NONE"],
  AppStoreVisibilityOption: ["HIDDEN", "VISIBLE"],
  AllowedGroupsConfigType: ["ALL_GROUPS", "SPECIFIED_GROUPS"],
  GroupProvisioningOption: ["DIRECT_TO_USER", "GROUPS_AND_HIDDEN", "GROUPS_AND_VISIBLE"],
  ManagerApprovalOption: ["NONE", "INITIAL_APPROVAL"],
  InlineWebhookType: ["PRE_APPROVAL", "PROVISION", "DEPROVISION", "REQUEST_VALIDATION", "SIEM"],
  SyncType: ["full_sync"],
} as const;

/** Lumos's app categories (GET /apps/categories lists them); the server refuses any other. */
export const APP_CATEGORIES = [
  "Accounting & Finance",
  "Marketing & Analytics",
  "Content & Social Media",
  "Sales & Support",
  "Design & Creativity",
  "IT & Security",
  "Developers",
  "HR & Learning",
  "Office & Legal",
  "Communication",
  "Collaboration",
  "Commerce & Marketplaces",
  "Other",
  "Internal",
] as const;

// ---- inline webhook slots -------------------------------------------------------------------

/** The hook type Lumos requires in each field that takes an inline webhook (SIEM hooks have no slot). */
export const WEBHOOK_SLOTS: Readonly<Record<string, (typeof ENUMS.InlineWebhookType)[number]>> = {
  request_validation_inline_webhook: "REQUEST_VALIDATION",
  provisioning_webhook: "PROVISION",
  access_removal_inline_webhook: "DEPROVISION",
  preapproval_webhooks: "PRE_APPROVAL",
};

/** The webhook slot a config path points into, if any (the last slot field on the path). */
export function webhookSlotOf(path: readonly (string | number)[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const part = path[i];
    if (typeof part === "string" && part in WEBHOOK_SLOTS) return part;
  }
  return undefined;
}

/** Why a webhook of `hookType` cannot sit in `slot`, or undefined when it can. */
export function webhookSlotProblem(slot: string, name: string, hookType: unknown): string | undefined {
  const wanted = WEBHOOK_SLOTS[slot];
  if (!wanted || typeof hookType !== "string" || hookType === wanted) return undefined;
  return `${JSON.stringify(name)} is a ${hookType} webhook, but ${slot} takes a ${wanted} webhook; name a ${wanted} webhook here`;
}

/** What the semantic checks of one object may know about the others declared with it. */
export interface Declared {
  /** hook_type of each declared inline webhook, by name. */
  webhookTypes: ReadonlyMap<string, unknown>;
  /** Names of declared custom apps (apps without app_class_id). */
  customApps: ReadonlySet<string>;
}

export function declaredIndex(objects: readonly DesiredObject[]): Declared {
  const webhookTypes = new Map<string, unknown>();
  const customApps = new Set<string>();
  for (const object of objects) {
    if (object.kind === "inline_webhook") webhookTypes.set(asString(object.spec.name), object.spec.hook_type);
    if (object.kind === "app" && !object.spec.app_class_id && typeof object.spec.name === "string") customApps.add(object.spec.name);
  }
  return { webhookTypes, customApps };
}

/** Why Lumos cannot sync this app (custom apps have no integration to sync from). */
export const CUSTOM_APP_SYNC =
  "is a custom app: Lumos syncs only connected integrations (manual apps cannot sync); remove this schedule or name an integration";

/** Declared webhooks named in a slot of the wrong hook type, anywhere in a spec. */
export function checkWebhookSlots(spec: unknown, declared: Declared | undefined, path: (string | number)[] = []): [(string | number)[], string][] {
  const problems: [(string | number)[], string][] = [];
  // Only a declared webhook can sit in the wrong slot.
  if (!declared || declared.webhookTypes.size === 0) return problems;
  if (Array.isArray(spec)) spec.forEach((item, i) => problems.push(...checkWebhookSlots(item, declared, [...path, i])));
  else if (isRecord(spec)) {
    for (const [key, value] of Object.entries(spec)) {
      if (!(key in WEBHOOK_SLOTS)) {
        problems.push(...checkWebhookSlots(value, declared, [...path, key]));
        continue;
      }
      const names: [unknown, (string | number)[]][] = Array.isArray(value) ? value.map((v, i) => [v, [...path, key, i]]) : [[value, [...path, key]]];
      for (const [name, at] of names) {
        if (typeof name !== "string" || !declared.webhookTypes.has(name)) continue;
        const problem = webhookSlotProblem(key, name, declared.webhookTypes.get(name));
        if (problem) problems.push([at, problem]);
      }
    }
  }
  return problems;
}

// ---- config schema fragments ----------------------------------------------------------------

export const text = (description: string, extra: JsonSchema = {}): JsonSchema => ({ type: "string", description, ...extra });
export const nullableText = (description: string, extra: JsonSchema = {}): JsonSchema => ({
  type: ["string", "null"],
  description,
  ...extra,
});
export const flag = (description: string): JsonSchema => ({ type: "boolean", description });
export const oneOf = (values: readonly string[], description: string): JsonSchema => ({ enum: [...values], description });
export const pinnedId: JsonSchema = {
  type: "string",
  description: "Pins this entry to an existing object by its Lumos ID (e.g. to rename it).",
};

export const appRef = text("An app, by its name (or an integration by app_class_id when that is unambiguous).", { minLength: 1 });
export const userRef = text("A user, by email.", { minLength: 3 });
export const groupRef: JsonSchema = {
  description: "A group by name, or {name, app} when groups from two sources share a name.",
  anyOf: [
    { type: "string", minLength: 1 },
    {
      type: "object",
      additionalProperties: false,
      required: ["name", "app"],
      properties: { name: { type: "string", minLength: 1 }, app: { type: "string", minLength: 1 } },
    },
  ],
};
export const webhookRef = nullableText("An inline webhook, by name; null removes it.");
export const permissionRef = text("A requestable permission of the same app, by label.", { minLength: 1 });
export const timeBasedAccess: JsonSchema = {
  type: "array",
  description: 'Durations people may request, e.g. ["2 hours", "7 days", "Unlimited"].',
  items: { type: "string", minLength: 1 },
};
export const principals = (description: string): JsonSchema => ({
  type: "object",
  description,
  additionalProperties: false,
  properties: {
    users: { type: "array", items: userRef, uniqueItems: true },
    groups: { type: "array", items: groupRef },
  },
});
export const allowedGroups: JsonSchema = {
  type: "object",
  description: "Who may request: ALL_GROUPS, or SPECIFIED_GROUPS with a list of groups.",
  additionalProperties: false,
  properties: {
    type: oneOf(ENUMS.AllowedGroupsConfigType, "ALL_GROUPS or SPECIFIED_GROUPS"),
    groups: { type: "array", items: groupRef },
  },
};

export function object(properties: Record<string, JsonSchema>, required: string[] = [], description?: string): JsonSchema {
  return {
    type: "object",
    ...(description ? { description } : {}),
    additionalProperties: false,
    ...(required.length > 0 ? { required } : {}),
    properties,
  };
}

// ---- references -----------------------------------------------------------------------------

/** Fields that hold references, by field name, wherever they appear. */
export const REF_FIELDS: Record<string, RefKind> = {
  users: "user",
  groups: "group",
  preapproved_groups: "group",
  provisioning_group: "group",
  default_permission: "permission",
  preapproved_permissions: "permission",
  provisioning_webhook: "webhook",
  access_removal_inline_webhook: "webhook",
  request_validation_inline_webhook: "webhook",
  preapproval_webhooks: "webhook",
};

/** REF_FIELDS as a Map: looked up for every field of every object planned (and never finds `constructor`). */
const REF_KINDS: ReadonlyMap<string, RefKind> = new Map(Object.entries(REF_FIELDS));

/** Fields compared as sets everywhere. */
export const SET_FIELDS = new Set([
  "users",
  "groups",
  "preapproved_groups",
  "preapproved_permissions",
  "preapproval_webhooks",
  "preapproved_users_by_attribute",
]);

export function isRef(value: unknown): value is Ref {
  return isRecord(value) && typeof value.$ref === "string" && ("id" in value || "pending" in value);
}

/** Every Ref anywhere inside a value. */
export function refsIn(value: unknown, out: Ref[] = []): Ref[] {
  if (isRef(value)) out.push(value);
  else if (Array.isArray(value)) for (const item of value) refsIn(item, out);
  else if (isRecord(value)) for (const item of Object.values(value)) refsIn(item, out);
  return out;
}

/**
 * Config value → comparable value: every name in a reference field becomes a Ref.
 * `app` scopes permission labels.
 */
export function resolveRefs(
  value: unknown,
  ctx: PlanContext,
  at: { address: string; path: (string | number)[] },
  app?: Ref,
): unknown {
  if (Array.isArray(value)) return value.map((item, i) => resolveRefs(item, ctx, { ...at, path: [...at.path, i] }, app));
  if (!isRecord(value) || isSecret(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const path = [...at.path, key];
    const kind = REF_KINDS.get(key);
    if (kind && Array.isArray(item)) {
      out[key] = item
        .map((name, i) => ctx.resolver.resolve(kind, name, { address: at.address, path: [...path, i] }, app))
        .filter((ref): ref is Ref => ref !== undefined);
    } else if (kind && item !== null && item !== undefined && !isRecord(item)) {
      out[key] = ctx.resolver.resolve(kind, item, { address: at.address, path }, app) ?? null;
    } else if (kind && isRecord(item) && "name" in item && "app" in item) {
      out[key] = ctx.resolver.resolve(kind, item, { address: at.address, path }, app) ?? null;
    } else {
      out[key] = resolveRefs(item, ctx, { address: at.address, path }, app);
    }
  }
  return out;
}

/** The app a declared object belongs to (its `app:` field), as a Ref. */
export function appOf(object: DesiredObject, ctx: PlanContext): Ref | undefined {
  return ctx.resolver.resolve("app", object.spec.app, { address: object.address, path: ["app"] });
}

/** Create payload for kinds that belong to an app: `app_id` plus the comparable fields. */
export const createInApp: KindDef["createPayload"] = (canonical, object, ctx) => ({ app_id: appOf(object, ctx), ...canonical });

/** Update payload for APIs that replace the whole object: declared values over live ones. */
export const replaceWhole: KindDef["updatePayload"] = (_diff, desired, live) => overlay(live, desired) as Record<string, unknown>;

/** The app ID of a live object that belongs to an app. */
export const appIdOf = (live: LiveObject): string => asString(live.data.app_id);

/** Display name of the app a live object belongs to (its `app_id`). */
export function appNameOf(live: LiveObject, ctx: AppNames): string {
  const id = asString(live.data.app_id);
  return ctx.appName(id) ?? id;
}

/**
 * API value → comparable value: every expanded object in a reference field becomes a Ref.
 * Parts without references are the live value's own (not copied): callers read them, never
 * change them.
 */
export function refsFromLive(value: unknown): unknown {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const mapped = refsFromLive(item);
      if (out) out.push(mapped);
      else if (mapped !== item) (out = value.slice(0, i)).push(mapped);
    }
    return out ?? value;
  }
  if (!isRecord(value)) return value;
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const item = value[key];
    const kind = REF_KINDS.get(key);
    let mapped: unknown;
    if (kind && Array.isArray(item)) {
      mapped = item.filter((o) => isRecord(o) && typeof o.id === "string").map((o) => ({ $ref: kind, id: (o as { id: string }).id }));
    } else if (kind && isRecord(item) && typeof item.id === "string") {
      mapped = { $ref: kind, id: item.id };
    } else if (kind && item === null) {
      mapped = null;
    } else {
      mapped = refsFromLive(item);
    }
    if (mapped !== item) (out ??= { ...value })[key] = mapped;
  }
  return out ?? value;
}

/**
 * Objects sent whole when any part of them changes: Lumos may replace them rather than merge
 * them, so a PATCH carries the declared fields laid over the live ones.
 */
const WHOLE_OBJECTS = new Set(["approvers", "approvers_stage_2", "admins", "allowed_groups"]);

/**
 * A PATCH body holding just the changed fields, nested as in the API. Changes inside
 * `approvers`, `admins` or `allowed_groups` send that whole object (declared over live).
 */
export function patchFromDiff(diff: FieldDiff[], desired: Record<string, unknown>, live: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { path } of diff) {
    const full = path.split(".");
    const cut = full.findIndex((part) => WHOLE_OBJECTS.has(part));
    const parts = cut >= 0 ? full.slice(0, cut + 1) : full;
    const want = getPath(desired, parts);
    const value = cut >= 0 ? overlay(getPath(live, parts), want) : want;
    let target = out;
    parts.forEach((part, index) => {
      if (index === parts.length - 1) target[part] = value === undefined ? null : value;
      else {
        if (!isRecord(target[part])) target[part] = {};
        target = target[part] as Record<string, unknown>;
      }
    });
  }
  return out;
}

function getPath(source: unknown, parts: string[]): unknown {
  let value = source;
  for (const part of parts) value = isRecord(value) ? value[part] : undefined;
  return value;
}

/** Desired values laid over live ones: for APIs that replace the whole object. */
export function overlay(live: unknown, desired: unknown): unknown {
  if (!isRecord(live) || !isRecord(desired)) return desired === undefined ? live : desired;
  const out: Record<string, unknown> = { ...live };
  for (const [key, value] of Object.entries(desired)) out[key] = overlay(live[key], value);
  return out;
}

export function pick(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

export function isSecret(value: unknown): value is { $secret: string } {
  return isRecord(value) && typeof value.$secret === "string" && Object.keys(value).length === 1;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asString(value: unknown): string {
  return typeof value === "string" ? value : "";
}
