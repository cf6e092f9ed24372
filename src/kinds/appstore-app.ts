import type { DesiredObject } from "../model/types.ts";
import type { KindDef, LiveCheckContext } from "./types.ts";
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
  isRecord,
  nullableText,
  object,
  oneOf,
  overlay,
  patchFromDiff,
  permissionRef,
  principals,
  refsFromLive,
  resolveRefs,
  SET_FIELDS,
  text,
  timeBasedAccess,
  webhookRef,
} from "./common.ts";

/**
 * An app's place in the AppStore and its settings. Read per declared app (Lumos has no bulk
 * read of settings); written with PATCH so undeclared settings stay as they are.
 */
export const appStoreAppKind: KindDef = {
  kind: "appstore_app",
  configKey: "appstore_apps",
  description: "Apps offered in the AppStore, with their request flow and provisioning settings.",
  dependsOn: ["apps", "inline_webhooks", "requestable_permissions"],
  itemSchema: object(
    {
      app: appRef,
      custom_request_instructions: text("Instructions shown when requesting this app."),
      redirect_url: nullableText("Send requesters to this URL instead; null clears it.", { maxLength: 2048 }),
      request_flow: object({
        discoverability: oneOf(ENUMS.AppStoreVisibility, "Who sees the app in the AppStore."),
        custom_approval_message: text("Message shown to approvers."),
        require_manager_approval: flag("The requester's manager approves first."),
        require_additional_approval: flag("A second approval stage (approvers_stage_2)."),
        allowed_groups: allowedGroups,
        approvers: principals("First-stage approvers."),
        approvers_stage_2: principals("Second-stage approvers; needs require_additional_approval."),
        admins: principals("App admins."),
        request_validation_inline_webhook: webhookRef,
      }),
      provisioning: object({
        groups_provisioning: oneOf(ENUMS.GroupProvisioningOption, "How group-based access is offered."),
        time_based_access: timeBasedAccess,
        allow_multiple_permission_selection: flag("Requesters may pick several permissions at once."),
        manual_steps_needed: flag("Someone provisions access by hand."),
        custom_provisioning_instructions: nullableText("Instructions for whoever provisions."),
        default_time_based_access_option: nullableText("Preselected duration; must be one of time_based_access."),
        default_permission: { ...permissionRef, type: ["string", "null"] },
        provisioning_webhook: webhookRef,
        access_removal_inline_webhook: webhookRef,
      }),
    },
    ["app"],
  ),

  desiredKey: (spec) => asString(spec.app),
  liveKeys: (live, ctx) => [appNameOf(live, ctx)],
  keyInApp: () => "",
  liveKeyInApp: () => "",

  canonicalDesired: (object, ctx) => {
    const { app: _app, ...settings } = object.spec;
    return resolveRefs(settings, ctx, { address: object.address, path: [] }, appOf(object, ctx)) as Record<string, unknown>;
  },
  canonicalLive: (live) => {
    const { app_id: _app, ...settings } = live.data;
    return refsFromLive(settings) as Record<string, unknown>;
  },
  setFields: SET_FIELDS,
  createOnly: [],
  writeOnly: [],
  defaults: {
    "request_flow.discoverability": "FULL",
    "request_flow.require_manager_approval": false,
    "request_flow.require_additional_approval": false,
    "request_flow.allowed_groups.type": "ALL_GROUPS",
    "provisioning.groups_provisioning": "DIRECT_TO_USER",
    "provisioning.allow_multiple_permission_selection": false,
    "provisioning.manual_steps_needed": false,
  },

  createPayload: createInApp,
  updatePayload: (diff, desired, live) => {
    const patch = patchFromDiff(diff, desired, live);
    const flow = patch.request_flow;
    // Turning the second stage off makes Lumos fold stage-2 approvers into stage 1; clearing
    // stage 2 in the same request keeps stage 1 exactly as declared.
    if (isRecord(flow) && flow.require_additional_approval === false) {
      flow.approvers_stage_2 = { users: [], groups: [] };
      const declared = (desired.request_flow as Record<string, unknown> | undefined)?.approvers;
      const current = (live.request_flow as Record<string, unknown> | undefined)?.approvers;
      if (declared !== undefined && flow.approvers === undefined) flow.approvers = overlay(current, declared);
    }
    return patch;
  },
  deletable: () => ({ ok: true }),
  appOf: appIdOf,
  check: (spec, declared) => {
    const problems: [(string | number)[], string][] = checkWebhookSlots(spec, declared);
    const flow = (spec.request_flow ?? {}) as Record<string, unknown>;
    const provisioning = (spec.provisioning ?? {}) as Record<string, unknown>;
    const groups = (flow.allowed_groups as { type?: string; groups?: unknown[] } | undefined) ?? {};
    if (groups.type === "SPECIFIED_GROUPS" && !groups.groups?.length) {
      problems.push([["request_flow", "allowed_groups", "groups"], "SPECIFIED_GROUPS needs at least one group"]);
    }
    if (groups.type !== "SPECIFIED_GROUPS" && groups.groups?.length) {
      problems.push([["request_flow", "allowed_groups", "groups"], "groups only apply with type SPECIFIED_GROUPS; set type: SPECIFIED_GROUPS or remove the groups"]);
    }
    const stage2 = flow.approvers_stage_2 as { users?: unknown[]; groups?: unknown[] } | undefined;
    const stage2Count = (stage2?.users?.length ?? 0) + (stage2?.groups?.length ?? 0);
    if (stage2Count > 0 && flow.require_additional_approval === false) {
      problems.push([["request_flow", "approvers_stage_2"], "second-stage approvers need require_additional_approval: true"]);
    }
    const stage1 = flow.approvers as { users?: unknown[]; groups?: unknown[] } | undefined;
    if (stage2Count > 0 && stage1 !== undefined && (stage1.users?.length ?? 0) + (stage1.groups?.length ?? 0) === 0) {
      problems.push([["request_flow", "approvers_stage_2"], "second-stage approvers need first-stage approvers; add users or groups to request_flow.approvers"]);
    }
    if (typeof provisioning.custom_provisioning_instructions === "string" && provisioning.manual_steps_needed === false) {
      problems.push([
        ["provisioning", "custom_provisioning_instructions"],
        "provisioning instructions apply only when manual_steps_needed is true; set manual_steps_needed: true or remove the instructions",
      ]);
    }
    const options = provisioning.time_based_access as string[] | undefined;
    const chosen = provisioning.default_time_based_access_option;
    if (typeof chosen === "string" && !(options ?? []).includes(chosen)) {
      problems.push([
        ["provisioning", "default_time_based_access_option"],
        `default_time_based_access_option must be one of time_based_access (${(options ?? []).map((o) => JSON.stringify(o)).join(", ") || "none declared"})`,
      ]);
    }
    return problems;
  },
  checkLive: (object, ctx) => [...checkSecondStage(object, ctx), ...checkManualSteps(object, ctx), ...checkGroupsProvisioning(object, ctx)],
  label: appNameOf,
};


/**
 * Second-stage approvers take effect only with require_additional_approval; when the config
 * leaves the flag out, it is what the tenant has (false for an app not yet in the AppStore).
 */
function checkSecondStage(object: DesiredObject, { match }: LiveCheckContext): [(string | number)[], string][] {
  const flow = isRecord(object.spec.request_flow) ? object.spec.request_flow : {};
  const stage2 = isRecord(flow.approvers_stage_2) ? flow.approvers_stage_2 : {};
  const count = (Array.isArray(stage2.users) ? stage2.users.length : 0) + (Array.isArray(stage2.groups) ? stage2.groups.length : 0);
  if (count === 0 || flow.require_additional_approval !== undefined) return [];
  const liveFlow = match && isRecord(match.data.request_flow) ? match.data.request_flow : {};
  if (liveFlow.require_additional_approval === true) return [];
  return [[["request_flow", "approvers_stage_2"], "second-stage approvers need require_additional_approval: true, which this app does not have in Lumos; set it in request_flow"]];
}

/**
 * Provisioning instructions apply only with manual steps; when the config leaves
 * manual_steps_needed out, it is what the tenant has (false for an app not yet in the AppStore).
 */
function checkManualSteps(object: DesiredObject, { match }: LiveCheckContext): [(string | number)[], string][] {
  const provisioning = isRecord(object.spec.provisioning) ? object.spec.provisioning : {};
  if (typeof provisioning.custom_provisioning_instructions !== "string" || provisioning.manual_steps_needed !== undefined) return [];
  const live = match && isRecord(match.data.provisioning) ? match.data.provisioning : {};
  if (live.manual_steps_needed === true) return [];
  return [
    [
      ["provisioning", "custom_provisioning_instructions"],
      "provisioning instructions apply only when manual_steps_needed is true, which this app does not have in Lumos; set manual_steps_needed: true in provisioning, or remove the instructions",
    ],
  ];
}

/**
 * GROUPS_AND_HIDDEN and GROUPS_AND_VISIBLE provision per permission: Lumos needs at least one
 * VISIBLE permission of the app, counting what this plan declares over what exists.
 */
function checkGroupsProvisioning(object: DesiredObject, ctx: LiveCheckContext): [(string | number)[], string][] {
  const provisioning = object.spec.provisioning;
  const mode = isRecord(provisioning) ? provisioning.groups_provisioning : undefined;
  if (mode !== "GROUPS_AND_HIDDEN" && mode !== "GROUPS_AND_VISIBLE") return [];
  const app = ctx.resolver.resolve("app", object.spec.app, { address: object.address, path: ["app"] });
  if (!app) return [];
  const appKey = "id" in app ? app.id : app.pending;
  const visible = new Map<string, boolean>();
  if ("id" in app) {
    for (const p of ctx.livePermissionsOf(app.id)) {
      const config = isRecord(p.data.request_config) ? p.data.request_config : {};
      visible.set(asString(p.data.label), config.appstore_visibility === "VISIBLE");
    }
  }
  for (const p of ctx.declaredPermissionsOf(appKey)) {
    const config = isRecord(p.spec.request_config) ? p.spec.request_config : {};
    const label = asString(p.spec.label);
    if (config.appstore_visibility !== undefined) visible.set(label, config.appstore_visibility === "VISIBLE");
    else if (!visible.has(label)) visible.set(label, false);
  }
  if ([...visible.values()].some(Boolean)) return [];
  return [
    [
      ["provisioning", "groups_provisioning"],
      `${mode} needs at least one VISIBLE requestable permission of ${asString(object.spec.app)}; set appstore_visibility: VISIBLE on one, or use DIRECT_TO_USER`,
    ],
  ];
}
