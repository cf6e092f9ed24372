import type { KindDef } from "./types.ts";
import { asString, flag, isRecord, nullableText, object, oneOf, pick, text } from "./common.ts";

/** The group events Lumos handles live (seed: "Using Okta Webhooks for Live Group Updates"). */
export const LUMOS_GROUP_EVENTS = [
  "group.lifecycle.create",
  "group.lifecycle.delete",
  "group.profile.update",
  "group.user_membership.add",
  "group.user_membership.remove",
  "group.application_assignment.add",
  "group.application_assignment.remove",
  "group.application_assignment.update",
] as const;

/** Where Lumos receives Okta's event hooks. */
export const LUMOS_EVENTS_URL = "https://api.lumos.com/events/okta";

/** The header Okta sends with every call; Lumos expects `Authorization: Bearer <Lumos API token>`. */
export const AUTH_HEADER = "Authorization";

/** Fields whose change alters the hook's channel: Okta then needs the hook verified again. */
export const CHANNEL_FIELDS = ["url", "headers", "auth_header", "token"] as const;

const HOOK_STATUS = ["ACTIVE", "INACTIVE"] as const;

/**
 * The Okta event hook that feeds Lumos live group updates, keyed by its name in Okta. It lives
 * in the Okta org of the environment (environments.<name>.okta), not in Lumos. `token` (the
 * Lumos API token Okta sends as `Authorization: Bearer …`) is write-only: Okta never returns
 * it, so it is never compared; --rotate-credentials sends it again. A change of URL, headers or
 * token changes the channel, which Okta wants verified again: apply does that when `verify` is
 * on. Removing a hook deactivates it first, as Okta deletes only inactive hooks.
 */
export const oktaEventHookKind: KindDef = {
  kind: "okta_event_hook",
  configKey: "okta_event_hooks",
  description: "Okta event hooks that send group and membership changes to Lumos as they happen (managed in the environment's Okta org).",
  dependsOn: [],
  itemSchema: object(
    {
      name: text("Name of the event hook in Okta, unique in the org.", { minLength: 1 }),
      description: nullableText("What the hook is for."),
      url: text(`Where Okta sends the events (default ${LUMOS_EVENTS_URL}). Okta requires https.`, { format: "uri", pattern: "^https://" }),
      token: text("Lumos API token Okta sends as `Authorization: Bearer <token>` (write-only): ${env:NAME} or ${file:PATH}."),
      events: {
        type: "array",
        description: "Okta event types the hook subscribes to, as a set (default: the eight group events Lumos handles).",
        items: { type: "string", minLength: 1 },
        uniqueItems: true,
        minItems: 1,
      },
      headers: {
        type: "object",
        description: "Further headers Okta sends with every call, by name (not secrets; Authorization is set by `token`).",
        additionalProperties: { type: "string" },
      },
      status: oneOf(HOOK_STATUS, "ACTIVE (default) or INACTIVE: only an active, verified hook receives events."),
      verify: flag("Verify the hook after it is created or its channel changes (default true): Okta calls the URL once and Lumos answers the challenge."),
    },
    ["name", "token"],
  ),

  desiredKey: (spec) => asString(spec.name),
  liveKeys: (live) => [asString(live.data.name)],

  canonicalDesired: (object) => {
    const spec = object.spec;
    const status = typeof spec.status === "string" ? spec.status : "ACTIVE";
    return {
      name: spec.name,
      description: spec.description,
      url: spec.url ?? LUMOS_EVENTS_URL,
      events: spec.events ?? [...LUMOS_GROUP_EVENTS],
      headers: spec.headers,
      // Okta may return the header name lower-cased: compared without regard to case.
      auth_header: AUTH_HEADER.toLowerCase(),
      status,
      // Only an active hook is verified; a hook cannot be un-verified, so verify: false compares nothing.
      ...(spec.verify !== false && status === "ACTIVE" ? { verified: true } : {}),
    };
  },
  canonicalLive: (live) => {
    const channel = isRecord(live.data.channel) ? live.data.channel : {};
    const config = isRecord(channel.config) ? channel.config : {};
    const events = isRecord(live.data.events) ? live.data.events : {};
    const auth = isRecord(config.authScheme) ? config.authScheme : {};
    const headers = Array.isArray(config.headers) ? config.headers : [];
    return {
      name: live.data.name,
      description: live.data.description ?? null,
      url: config.uri,
      events: Array.isArray(events.items) ? events.items : [],
      headers: Object.fromEntries(headers.flatMap((h) => (isRecord(h) && typeof h.key === "string" ? [[h.key, asString(h.value)]] : []))),
      auth_header: typeof auth.key === "string" ? auth.key.toLowerCase() : null,
      status: live.data.status,
      verified: live.data.verificationStatus === "VERIFIED",
    };
  },
  setFields: new Set(["events"]),
  createOnly: [],
  writeOnly: ["token"],
  secrets: ["token"],
  atomic: ["headers"],

  createPayload: (canonical, object) => ({ ...payloadOf(canonical), ...pick(object.spec, ["token"]) }),
  // PUT replaces the whole hook: every field is sent, the token included.
  updatePayload: (_diff, desired, _live, object) => ({ ...payloadOf(desired), ...pick(object.spec, ["token"]) }),
  rotatePayload: (object) => pick(object.spec, ["token"]),
  updateNotes: (diff, rotating) => {
    const fields = new Set(diff.map((d) => d.path.split(".")[0]!));
    const channel = rotating || CHANNEL_FIELDS.some((field) => fields.has(field));
    if (channel) return ["the channel changes: Okta needs the hook verified again (apply verifies it)"];
    return fields.has("verified") ? ["apply asks Okta to verify the hook: Okta calls its url once with a challenge"] : [];
  },
  deletable: () => ({ ok: true }),
  check: (spec) => {
    const problems: [(string | number)[], string][] = [];
    if (isRecord(spec.headers)) {
      for (const name of Object.keys(spec.headers)) {
        if (name.toLowerCase() === AUTH_HEADER.toLowerCase()) {
          problems.push([["headers", name], "the Authorization header is set by `token` (sent as `Bearer <token>`); remove it from headers"]);
        }
      }
    }
    if (spec.verify === true && spec.status === "INACTIVE") {
      problems.push([["verify"], "Okta verifies only an ACTIVE hook: set status: ACTIVE, or leave verify out"]);
    }
    return problems;
  },
  label: (live) => asString(live.data.name),
};

/** The comparable fields as the adapter takes them (verify: whether the hook should end VERIFIED). */
function payloadOf(canonical: Record<string, unknown>): Record<string, unknown> {
  const { verified, auth_header: _key, ...rest } = canonical;
  return { ...rest, verify: verified === true };
}
