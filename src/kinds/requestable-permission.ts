import type { KindDef } from "./types.ts";
import {
  appIdOf,
  allowedGroups,
  appNameOf,
  appOf,
  appRef,
  asString,
  checkWebhookSlots,
  createInApp,
  ENUMS,
  flag,
  groupRef,
  nullableText,
  object,
  oneOf,
  patchFromDiff,
  pinnedId,
  principals,
  refsFromLive,
  resolveRefs,
  SET_FIELDS,
  text,
  timeBasedAccess,
  webhookRef,
} from "./common.ts";

/** The approval settings `request_approval_config_override` governs: any one of them set implies it. */
export const APPROVAL_FLOW_FIELDS = ["manager_approval", "approvers", "approvers_stage_2", "require_additional_approval"] as const;

/**
 * A permission-level setting only takes effect with its `*_override` flag; when the config sets
 * the setting and leaves the flag out, the flag is implied.
 */
function inferOverrides(config: Record<string, Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...config };
  if (config.allowed_groups !== undefined && out.allowed_groups_override === undefined) out.allowed_groups_override = true;
  const approval = config.request_approval_config;
  if (approval) {
    const next = { ...approval };
    const flowSet = APPROVAL_FLOW_FIELDS.some((k) => approval[k] !== undefined);
    if (flowSet && next.request_approval_config_override === undefined) next.request_approval_config_override = true;
    if (typeof approval.custom_approval_message === "string" && next.custom_approval_message_override === undefined) {
      next.custom_approval_message_override = true;
    }
    out.request_approval_config = next;
  }
  const fulfillment = config.request_fulfillment_config;
  if (fulfillment && fulfillment.time_based_access !== undefined && fulfillment.time_based_access_override === undefined) {
    out.request_fulfillment_config = { ...fulfillment, time_based_access_override: true };
  }
  return out;
}

const PROVISIONING_GROUP = "request_config.request_fulfillment_config.provisioning_group";

type RequestConfig = Record<string, Record<string, unknown> | undefined>;
const approvalOf = (config: RequestConfig) => config.request_approval_config ?? {};
const fulfillmentOf = (config: RequestConfig) => config.request_fulfillment_config ?? {};

/** Each override flag, and whether the fields it covers are set: a flag false with them set, or true without, is a mistake. */
const OVERRIDES: { path: (string | number)[]; field: string; override: (config: RequestConfig) => unknown; set: (config: RequestConfig) => boolean }[] = [
  {
    path: ["request_config", "allowed_groups_override"],
    field: "allowed_groups",
    override: (config) => config.allowed_groups_override,
    set: (config) => config.allowed_groups !== undefined,
  },
  {
    path: ["request_config", "request_approval_config", "request_approval_config_override"],
    field: "manager_approval/approvers",
    override: (config) => approvalOf(config).request_approval_config_override,
    set: (config) => APPROVAL_FLOW_FIELDS.some((k) => approvalOf(config)[k] !== undefined),
  },
  {
    path: ["request_config", "request_approval_config", "custom_approval_message_override"],
    field: "custom_approval_message",
    override: (config) => approvalOf(config).custom_approval_message_override,
    set: (config) => approvalOf(config).custom_approval_message !== undefined && approvalOf(config).custom_approval_message !== null,
  },
  {
    path: ["request_config", "request_fulfillment_config", "time_based_access_override"],
    field: "time_based_access",
    override: (config) => fulfillmentOf(config).time_based_access_override,
    set: (config) => fulfillmentOf(config).time_based_access !== undefined,
  },
];

/**
 * Requestable permissions, keyed by app + label. SYNCED permissions come from integration
 * syncs: they are adopted and updated, never created or deleted. Read with
 * include_inherited_configs=false so app-level settings do not leak into the comparison.
 */
export const requestablePermissionKind: KindDef = {
  kind: "requestable_permission",
  configKey: "requestable_permissions",
  description: "Permissions people can request in the AppStore.",
  dependsOn: ["apps", "inline_webhooks"],
  itemSchema: object(
    {
      id: pinnedId,
      app: appRef,
      label: text("The permission's name, unique within its app.", { minLength: 1 }),
      request_config: object({
        appstore_visibility: oneOf(ENUMS.AppStoreVisibilityOption, "VISIBLE to offer it in the AppStore."),
        allowed_groups_override: flag("Use allowed_groups below instead of the app's."),
        allowed_groups: allowedGroups,
        request_approval_config: object({
          request_approval_config_override: flag("Use this approval flow instead of the app's."),
          manager_approval: oneOf(ENUMS.ManagerApprovalOption, "NONE or INITIAL_APPROVAL by the requester's manager."),
          require_additional_approval: flag("A second approval stage."),
          custom_approval_message: nullableText("Message shown to approvers."),
          custom_approval_message_override: flag("Use custom_approval_message instead of the app's."),
          approvers: principals("First-stage approvers."),
          approvers_stage_2: principals("Second-stage approvers."),
        }),
        request_fulfillment_config: object({
          manual_steps_needed: flag("Someone provisions access by hand."),
          manual_instructions: nullableText("Instructions for whoever provisions."),
          time_based_access: timeBasedAccess,
          time_based_access_override: flag("Use time_based_access instead of the app's."),
          provisioning_group: { ...groupRef, description: "Group that grants this permission. Fixed at creation: a change replaces the permission." },
          provisioning_webhook: webhookRef,
        }),
        access_removal_inline_webhook: webhookRef,
        request_validation_inline_webhook: webhookRef,
      }),
    },
    ["app", "label"],
  ),

  desiredKey: (spec) => `${asString(spec.app)}/${asString(spec.label)}`,
  liveKeys: (live, ctx) => [`${appNameOf(live, ctx)}/${asString(live.data.label)}`],
  keyInApp: (spec) => asString(spec.label),
  liveKeyInApp: (live) => asString(live.data.label),

  canonicalDesired: (object, ctx) => {
    const app = appOf(object, ctx);
    const out: Record<string, unknown> = { label: object.spec.label };
    if (object.spec.request_config !== undefined) {
      const config = resolveRefs(object.spec.request_config, ctx, { address: object.address, path: ["request_config"] }, app);
      out.request_config = inferOverrides(config as Record<string, Record<string, unknown>>);
    }
    return out;
  },
  canonicalLive: (live) => ({ label: live.data.label, request_config: refsFromLive(live.data.request_config ?? {}) }),
  setFields: SET_FIELDS,
  createOnly: [PROVISIONING_GROUP],
  defaults: {
    "request_config.appstore_visibility": "HIDDEN",
    "request_config.allowed_groups.type": "ALL_GROUPS",
    "request_config.request_approval_config.manager_approval": "NONE",
    "request_config.request_fulfillment_config.manual_steps_needed": false,
    "request_config.allowed_groups_override": false,
    "request_config.request_approval_config.request_approval_config_override": false,
    "request_config.request_approval_config.require_additional_approval": false,
    "request_config.request_approval_config.custom_approval_message_override": false,
    "request_config.request_fulfillment_config.time_based_access_override": false,
  },
  writeOnly: [],

  syncedWithApp: true,
  createPayload: createInApp,
  updatePayload: (diff, desired, live) => patchFromDiff(diff, desired, live),
  deletable: (live) =>
    live.data.type === "SYNCED" ? { ok: false, reason: "synced from the integration; only NATIVE permissions can be deleted" } : { ok: true },
  appOf: appIdOf,
  check: (spec, declared) => {
    const problems: [(string | number)[], string][] = checkWebhookSlots(spec, declared);
    const config = (spec.request_config ?? {}) as RequestConfig;
    const groups = config.allowed_groups as { type?: string; groups?: unknown[] } | undefined;
    const approval = approvalOf(config);
    for (const { path, field, override, set } of OVERRIDES) {
      const flag = override(config);
      const isSet = set(config);
      if (flag === false && isSet) problems.push([path, `is false, so Lumos would ignore ${field}; remove one of them`]);
      if (flag === true && !isSet) problems.push([path, `is true but ${field} is not set`]);
    }
    if (groups?.type === "SPECIFIED_GROUPS" && !groups.groups?.length) {
      problems.push([["request_config", "allowed_groups", "groups"], "SPECIFIED_GROUPS needs at least one group"]);
    }
    if (groups?.type !== "SPECIFIED_GROUPS" && groups?.groups?.length) {
      problems.push([
        ["request_config", "allowed_groups", "groups"],
        "groups only apply with type SPECIFIED_GROUPS; set type: SPECIFIED_GROUPS or remove the groups",
      ]);
    }
    const stage1 = approval.approvers as { users?: unknown[]; groups?: unknown[] } | undefined;
    const stage2 = approval.approvers_stage_2 as { users?: unknown[]; groups?: unknown[] } | undefined;
    const count = (p?: { users?: unknown[]; groups?: unknown[] }) => (p?.users?.length ?? 0) + (p?.groups?.length ?? 0);
    if (count(stage2) > 0 && count(stage1) === 0) {
      problems.push([["request_config", "request_approval_config", "approvers_stage_2"], "second-stage approvers need first-stage approvers"]);
    }
    return problems;
  },
  label: (live, ctx) => `${appNameOf(live, ctx)}/${asString(live.data.label)}`,
};
