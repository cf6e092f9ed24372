import { stringify } from "yaml";
import { escapeTemplates } from "../load/substitute.ts";
import { asString, isRecord } from "../kinds/common.ts";
import { CUSTOM_APP_INSTANCE } from "../kinds/app.ts";
import { KINDS, type ConfigKey } from "../kinds/registry.ts";
import { hasControlCharacter } from "../plan/summary.ts";
import type { LiveObject, LiveState } from "../model/types.ts";

export interface ExportOptions {
  /** Only these live objects (by config key and ID); references to the others are still written by name. */
  only?: (key: ConfigKey, id: string) => boolean;
  /** Pin every entry of a kind that takes `id:` to its live object. */
  pin?: boolean;
}

/**
 * The live tenant as configuration: one YAML document per kind, with every reference written
 * by name. Planned back against the same tenant, it shows no changes. Credentials are never
 * exported (Lumos never returns them).
 */
export function exportTenant(live: LiveState, options: ExportOptions = {}): Record<string, unknown[] | string[]> {
  const included = (key: ConfigKey) => (object: LiveObject) => options.only?.(key, object.id) ?? true;
  const pin = (id: string) => (options.pin ? { id } : {});
  const apps = live.kinds.apps ?? [];
  const appName = new Map(apps.map((a) => [a.id, asString(a.data.user_friendly_label)]));
  const users = new Map(live.users.map((u) => [u.id, u.email ?? u.id]));
  const groupCounts = new Map<string, number>();
  for (const g of live.groups) groupCounts.set(g.name ?? "", (groupCounts.get(g.name ?? "") ?? 0) + 1);
  const groups = new Map(
    live.groups.map((g) => [g.id, (groupCounts.get(g.name ?? "") ?? 0) > 1 ? { name: g.name ?? g.id, app: appName.get(g.app_id ?? "") ?? "" } : (g.name ?? g.id)]),
  );
  const permissions = new Map((live.kinds.requestable_permissions ?? []).map((p) => [p.id, asString(p.data.label)]));
  const webhooks = new Map((live.kinds.inline_webhooks ?? []).map((w) => [w.id, asString(w.data.name)]));
  const ids = (list: unknown, names: Map<string, unknown>) =>
    (Array.isArray(list) ? list : []).flatMap((item) => (isRecord(item) && names.has(asString(item.id)) ? [names.get(asString(item.id))] : []));
  const one = (item: unknown, names: Map<string, unknown>) => (isRecord(item) && names.has(asString(item.id)) ? names.get(asString(item.id)) : undefined);
  const allowedGroups = (allowed: Record<string, unknown>) =>
    compact({ type: allowed.type, groups: allowed.type === "SPECIFIED_GROUPS" ? ids(allowed.groups, groups) : undefined });
  const principals = (value: unknown) => {
    const p = isRecord(value) ? value : {};
    return compact({ users: ids(p.users, users), groups: ids(p.groups, groups) });
  };

  const out: Record<string, unknown[] | string[]> = {};
  out.apps = apps
    .filter((a) => a.data.disconnected !== true)
    .filter(included("apps"))
    .map((a) => {
      const custom = a.data.instance_id === CUSTOM_APP_INSTANCE;
      return compact({
        ...pin(a.id),
        name: a.data.user_friendly_label,
        ...(custom ? {} : { app_class_id: a.data.app_class_id }),
        ...(custom || a.data.instance_id === a.data.app_class_id ? {} : { instance_id: a.data.instance_id }),
        category: a.data.category,
        description: a.data.description,
        logo_url: custom ? a.data.logo_url : undefined,
        website_url: a.data.website_url,
        request_instructions: a.data.request_instructions,
      });
    });

  out.appstore_apps = (live.kinds.appstore_apps ?? [])
    .filter(included("appstore_apps"))
    .filter((s) => isRecord(s.data.request_flow))
    .map((s) => {
      const flow = s.data.request_flow as Record<string, unknown>;
      const provisioning = (s.data.provisioning ?? {}) as Record<string, unknown>;
      const allowed = (flow.allowed_groups ?? {}) as Record<string, unknown>;
      // What Lumos keeps but the configuration refuses is left out (and so left alone):
      // groups under ALL_GROUPS, stage-2 approvers without stage 1, instructions without manual steps.
      const stage1 = principals(flow.approvers);
      return compact({
        app: appName.get(s.id),
        custom_request_instructions: s.data.custom_request_instructions,
        redirect_url: s.data.redirect_url,
        request_flow: compact({
          discoverability: flow.discoverability,
          custom_approval_message: flow.custom_approval_message,
          require_manager_approval: flow.require_manager_approval,
          require_additional_approval: flow.require_additional_approval,
          allowed_groups: allowedGroups(allowed),
          approvers: stage1,
          approvers_stage_2: Object.keys(stage1).length > 0 ? principals(flow.approvers_stage_2) : undefined,
          admins: principals(flow.admins),
          request_validation_inline_webhook: one(flow.request_validation_inline_webhook, webhooks),
        }),
        provisioning: compact({
          groups_provisioning: provisioning.groups_provisioning,
          time_based_access: provisioning.time_based_access,
          allow_multiple_permission_selection: provisioning.allow_multiple_permission_selection,
          manual_steps_needed: provisioning.manual_steps_needed,
          custom_provisioning_instructions: provisioning.manual_steps_needed === false ? undefined : provisioning.custom_provisioning_instructions,
          default_time_based_access_option: provisioning.default_time_based_access_option,
          default_permission: one(provisioning.default_permission, permissions),
          provisioning_webhook: one(provisioning.provisioning_webhook, webhooks),
          access_removal_inline_webhook: one(provisioning.access_removal_inline_webhook, webhooks),
        }),
      });
    });

  out.requestable_permissions = (live.kinds.requestable_permissions ?? []).filter(included("requestable_permissions")).map((p) => {
    const config = (p.data.request_config ?? {}) as Record<string, Record<string, unknown> | unknown>;
    const approval = (config.request_approval_config ?? {}) as Record<string, unknown>;
    const fulfillment = (config.request_fulfillment_config ?? {}) as Record<string, unknown>;
    const allowed = (config.allowed_groups ?? {}) as Record<string, unknown>;
    // A setting is exported only with an explicit override flag; otherwise the app's applies.
    const governed = <T>(flag: unknown, value: T) => (flag === true ? value : undefined);
    // An override flag is exported only with the setting it governs (the config refuses one
    // without the other); an overridden empty list stays [] (it means "none", not "inherit").
    const tba = governed(fulfillment.time_based_access_override, fulfillment.time_based_access ?? []);
    const message = governed(approval.custom_approval_message_override, approval.custom_approval_message);
    return compact({
      ...pin(p.id),
      app: appName.get(asString(p.data.app_id)),
      label: p.data.label,
      request_config: compact({
        appstore_visibility: config.appstore_visibility,
        allowed_groups_override: config.allowed_groups_override,
        allowed_groups: governed(config.allowed_groups_override, allowedGroups(allowed)),
        request_approval_config: compact({
          request_approval_config_override: approval.request_approval_config_override,
          manager_approval: governed(approval.request_approval_config_override, approval.manager_approval),
          require_additional_approval: governed(approval.request_approval_config_override, approval.require_additional_approval),
          approvers: governed(approval.request_approval_config_override, principals(approval.approvers)),
          approvers_stage_2: governed(
            approval.request_approval_config_override && Object.keys(principals(approval.approvers)).length > 0,
            principals(approval.approvers_stage_2),
          ),
          custom_approval_message_override: message === undefined || message === null || message === "" ? undefined : true,
          custom_approval_message: message,
        }),
        request_fulfillment_config: compact({
          manual_steps_needed: fulfillment.manual_steps_needed,
          manual_instructions: fulfillment.manual_instructions,
          ...(tba === undefined ? { time_based_access_override: fulfillment.time_based_access_override } : { time_based_access: keep(tba) }),
          provisioning_group: one(fulfillment.provisioning_group, groups),
          provisioning_webhook: one(fulfillment.provisioning_webhook, webhooks),
        }),
        access_removal_inline_webhook: one(config.access_removal_inline_webhook, webhooks),
        request_validation_inline_webhook: one(config.request_validation_inline_webhook, webhooks),
      }),
    });
  });

  out.pre_approval_rules = (live.kinds.pre_approval_rules ?? []).filter(included("pre_approval_rules")).map((r) =>
    compact({
      ...pin(r.id),
      app: appName.get(asString(r.data.app_id)),
      justification: r.data.justification,
      preapproved_groups: ids(r.data.preapproved_groups, groups),
      preapproved_permissions: ids(r.data.preapproved_permissions, permissions),
      preapproved_users_by_attribute: r.data.preapproved_users_by_attribute,
      preapproval_webhooks: ids(r.data.preapproval_webhooks, webhooks),
      time_based_access: r.data.time_based_access,
    }),
  );

  out.access_policies = (live.kinds.access_policies ?? []).filter(included("access_policies")).map((p) =>
    compact({
      ...pin(p.id),
      name: p.data.name,
      business_justification: p.data.business_justification,
      apps: ((p.data.apps as Record<string, unknown>[] | undefined) ?? []).map((a) =>
        compact({ app: appName.get(asString(a.id)), is_preapproved: a.is_preapproved, permissions: ids(a.permissions, permissions) }),
      ),
      status: p.data.status,
      is_enabled: p.data.is_enabled,
      is_everyone_condition: p.data.is_everyone_condition,
      access_condition: p.data.is_everyone_condition ? undefined : p.data.access_condition,
    }),
  );

  out.inline_webhooks = (live.kinds.inline_webhooks ?? []).filter(included("inline_webhooks")).map((w) =>
    compact({
      ...pin(w.id), name: w.data.name, hook_type: w.data.hook_type, description: w.data.description, url: w.data.url }),
  );

  const sources = live.kinds.user_sources?.[0] as LiveObject | undefined;
  if (sources && included("user_sources")(sources)) out.user_sources = ((sources.data.items as { app_id: string }[]) ?? []).map((s) => appName.get(s.app_id) ?? s.app_id);

  // Lumos cannot sync custom apps: a schedule on one is left out (and so left alone).
  const custom = new Set(apps.filter((a) => a.data.instance_id === CUSTOM_APP_INSTANCE).map((a) => a.id));
  out.sync_schedules = (live.kinds.sync_schedules ?? []).filter((s) => !custom.has(asString(s.data.app_id))).filter(included("sync_schedules")).map((s) =>
    compact({ app: appName.get(asString(s.data.app_id)), cron: s.data.cron, timezone: s.data.timezone, enabled: s.data.enabled, sync_type: s.data.sync_type }),
  );
  return out;
}

const KEEP = Symbol("keep");

/** Marks a value compact() must keep even when it is empty. */
function keep(value: unknown): unknown {
  return { [KEEP]: value };
}

/** Drops nulls, empty strings, empty lists and empty objects (except values marked with keep()). */
function compact<T extends Record<string, unknown>>(value: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (isRecord(item) && KEEP in item) {
      out[key] = (item as { [KEEP]: unknown })[KEEP];
      continue;
    }
    if (item === undefined || item === null || item === "") continue;
    if (Array.isArray(item) && item.length === 0) continue;
    if (isRecord(item) && Object.keys(item).length === 0) continue;
    out[key] = item;
  }
  return out as Partial<T>;
}

export function toYaml(key: string, items: unknown, schemaPath: string): string {
  return `# yaml-language-server: $schema=${schemaPath}\n${stringify({ [key]: escapeTemplates(items) }, { lineWidth: 120 })}`;
}

/**
 * The name of an exported object that the configuration refuses (one holding a control
 * character, which could forge lines of a plan), or undefined: such objects are left out of
 * what import and drift --adopt write, which would not plan back.
 */
export function refusedName(key: ConfigKey, item: unknown): string | undefined {
  const def = KINDS[key];
  if (!def || def.singleton || !isRecord(item)) return undefined;
  const name = def.desiredKey(item);
  return hasControlCharacter(name) ? name : undefined;
}
