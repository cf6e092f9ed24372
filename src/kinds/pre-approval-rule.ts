import type { KindDef } from "./types.ts";
import { appIdOf, appNameOf, appOf, appRef, asString, checkWebhookSlots, createInApp, groupRef, object, permissionRef, pinnedId, refsFromLive, replaceWhole, resolveRefs, SET_FIELDS, text, timeBasedAccess } from "./common.ts";

const LISTS = ["preapproved_groups", "preapproved_permissions", "preapproved_users_by_attribute", "preapproval_webhooks", "time_based_access"] as const;

/**
 * Pre-approval rules have no name: their key is app + justification, which the config keeps
 * unique. Lumos returns their lists in no fixed order (compared as sets) and an update replaces
 * every list, so updates send the full rule.
 */
export const preApprovalRuleKind: KindDef = {
  kind: "pre_approval_rule",
  configKey: "pre_approval_rules",
  description: "Rules that pre-approve requests from certain groups, attributes or webhooks.",
  dependsOn: ["apps", "requestable_permissions", "inline_webhooks"],
  itemSchema: object(
    {
      id: pinnedId,
      app: appRef,
      justification: text("Why these requests are pre-approved; identifies the rule within its app.", { minLength: 1 }),
      preapproved_groups: { type: "array", items: groupRef },
      preapproved_permissions: { type: "array", items: permissionRef, uniqueItems: true },
      preapproved_users_by_attribute: {
        type: "array",
        items: object({ attribute: text("User attribute", { minLength: 1 }), value: text("Value it must equal") }, ["attribute", "value"]),
      },
      preapproval_webhooks: { type: "array", items: text("Inline webhook, by name.", { minLength: 1 }), uniqueItems: true },
      time_based_access: timeBasedAccess,
    },
    ["app", "justification"],
  ),

  desiredKey: (spec) => `${asString(spec.app)}/${asString(spec.justification)}`,
  liveKeys: (live, ctx) => [`${appNameOf(live, ctx)}/${asString(live.data.justification)}`],
  keyInApp: (spec) => asString(spec.justification),
  liveKeyInApp: (live) => asString(live.data.justification),

  canonicalDesired: (object, ctx) => {
    const { app: _app, id: _id, ...rest } = object.spec;
    return resolveRefs(rest, ctx, { address: object.address, path: [] }, appOf(object, ctx)) as Record<string, unknown>;
  },
  canonicalLive: (live) => {
    const out: Record<string, unknown> = { justification: live.data.justification };
    for (const list of LISTS) out[list] = live.data[list] ?? [];
    return refsFromLive(out) as Record<string, unknown>;
  },
  setFields: SET_FIELDS,
  createOnly: [],
  writeOnly: [],

  createPayload: createInApp,
  updatePayload: replaceWhole,
  deletable: () => ({ ok: true }),
  appOf: appIdOf,
  check: (spec, declared) => checkWebhookSlots(spec, declared),
  label: (live, ctx) => `${appNameOf(live, ctx)}/${asString(live.data.justification)}`,
};
