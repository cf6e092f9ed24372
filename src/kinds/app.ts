import type { KindDef } from "./types.ts";
import { APP_CATEGORIES, asString, nullableText, object, patchFromDiff, pick, pinnedId, text } from "./common.ts";

const METADATA = ["name", "category", "description", "logo_url", "website_url", "request_instructions"] as const;
export const CUSTOM_APP_INSTANCE = "custom_app_import";

/**
 * Apps: custom apps (keyed by name) and connected integrations (keyed by app_class_id, plus
 * instance_id when one integration is connected twice). Credentials (`auth`, `settings`) are
 * write-only: sent when connecting and on an explicit rotation, never compared, never resent on
 * a metadata edit (which would reconnect and resync the integration).
 */
export const appKind: KindDef = {
  kind: "app",
  configKey: "apps",
  description: "Custom apps and connected integrations.",
  dependsOn: [],
  itemSchema: object(
    {
      id: pinnedId,
      name: text("Display name; required for a custom app, optional for an integration (defaults to the catalog name).", { minLength: 1 }),
      app_class_id: text("Connects this catalog integration (e.g. okta.com) instead of creating a custom app.", { minLength: 1 }),
      instance_id: text("Which instance of the integration, when it is connected more than once.", { minLength: 1 }),
      category: {
        enum: [...APP_CATEGORIES, null],
        description: "One of Lumos's app categories (GET /apps/categories), e.g. \"HR & Learning\"; null resets an integration to its catalog category.",
      },
      description: nullableText("What the app is for.", { maxLength: 1000 }),
      logo_url: nullableText("Logo image URL."),
      website_url: nullableText("Website URL."),
      request_instructions: nullableText("Shown to people requesting access.", { maxLength: 511 }),
      auth: {
        type: "object",
        description: "Integration credentials (write-only). Every value must be ${env:NAME} or ${file:PATH}.",
        additionalProperties: { type: "string" },
      },
      settings: { type: "object", description: "Integration settings (write-only, non-secret).", additionalProperties: true },
      version: text("Integration connector version."),
    },
    [],
  ),

  desiredKey: (spec) => asString(spec.name) || [spec.app_class_id, spec.instance_id].filter(Boolean).join("/"),
  matchKey: (spec) =>
    spec.app_class_id
      ? `class:${asString(spec.app_class_id)}${spec.instance_id ? `/${asString(spec.instance_id)}` : ""}`
      : `name:${asString(spec.name)}`,
  liveKeys: (live) => {
    const label = asString(live.data.user_friendly_label);
    if (live.data.instance_id === CUSTOM_APP_INSTANCE) return [label, `name:${label}`];
    const cls = asString(live.data.app_class_id);
    return [label, `class:${cls}`, `class:${cls}/${asString(live.data.instance_id)}`];
  },
  ignoreLive: (live) => live.data.disconnected === true,

  canonicalDesired: (object) => pick(object.spec, METADATA),
  canonicalLive: (live) => ({ ...pick(live.data, METADATA.slice(1)), name: live.data.user_friendly_label }),
  setFields: new Set(),
  createOnly: [],
  writeOnly: ["auth", "settings", "version"],
  secrets: ["auth.*"],
  volatile: ["sync_status"],

  createPayload: (canonical, object) => ({
    ...canonical,
    ...pick(object.spec, ["app_class_id", "auth", "settings", "version"]),
    ...(object.spec.app_class_id && object.spec.auth === undefined ? { auth: {} } : {}),
    ...(object.spec.instance_id && !isInstanceInSettings(object.spec)
      ? { settings: { ...(object.spec.settings as object | undefined), app_instance_identifier: object.spec.instance_id } }
      : {}),
  }),
  updatePayload: (diff, desired) => patchFromDiff(diff, desired),
  reconnectPayload: (object) =>
    object.spec.app_class_id && object.spec.auth !== undefined
      ? pick(object.spec, ["app_class_id", "auth", "settings", "version"])
      : undefined,
  deletable: (live, ctx) => {
    if (!ctx.managedAppIds) return { ok: false, reason: "the set of API-managed apps was not read" };
    return ctx.managedAppIds.has(live.id)
      ? { ok: true }
      : { ok: false, reason: "connected in the Lumos UI, not through the API" };
  },
  check: (spec) => {
    const problems: [(string | number)[], string][] = [];
    if (!spec.app_class_id) {
      if (spec.name === undefined) problems.push([["name"], "a custom app needs name (or set app_class_id for an integration)"]);
      for (const field of ["auth", "settings", "version", "instance_id"] as const) {
        if (spec[field] !== undefined) problems.push([[field], `${field} only applies to integrations (set app_class_id)`]);
      }
    }
    return problems;
  },
  checkCreate: (spec) =>
    spec.app_class_id
      ? []
      : (["category", "description"] as const)
          .filter((field) => typeof spec[field] !== "string" || spec[field] === "")
          .map((field) => [[field], `a new custom app needs ${field}`]),
  // Against the categories this Lumos lists (read when a declared app sets one).
  checkLive: (object, { live }) => {
    const category = object.spec.category;
    if (typeof category !== "string" || !live.categories || live.categories.includes(category)) return [];
    return [[["category"], `this Lumos has no app category ${JSON.stringify(category)}; use one of ${live.categories.map((c) => JSON.stringify(c)).join(", ")}`]];
  },
  label: (live) => asString(live.data.user_friendly_label),
};

function isInstanceInSettings(spec: Record<string, unknown>): boolean {
  const settings = spec.settings as Record<string, unknown> | undefined;
  return settings?.app_instance_identifier !== undefined;
}
