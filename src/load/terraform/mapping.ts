/**
 * How the attributes of each resource type of the official provider (`teamlumos/lumos`), and
 * of lumos-iac's own resources in the same style, become the fields of a definition file.
 * Objects are referred to by ID in the provider (`app_id`, `{ id = … }`); here those become
 * the names a definition file uses.
 */
import type { ConfigKey } from "../../kinds/registry.ts";
import type { RefKind } from "../../model/types.ts";

export type Field =
  /** Copied as it is (text, number, bool, list of text); `to` renames it. */
  | { as: "value"; to?: string }
  /** A JSON string (jsonencode) that is an object in a definition file. */
  | { as: "json"; to?: string }
  /** An ID attribute (`app_id`): a reference, written as a name. */
  | { as: "ref"; ref: RefKind; to?: string }
  /** `{ id = … }`: a reference, written as a name. */
  | { as: "idObject"; ref: RefKind; to?: string }
  /** A list or set of `{ id = … }`: names. */
  | { as: "idObjects"; ref: RefKind; to?: string }
  /** A nested attribute (`request_config = { … }`). */
  | { as: "object"; fields: Fields; to?: string }
  /** A list of nested objects. */
  | { as: "objects"; fields: Fields; to?: string }
  /** Accepted and not used (computed by the provider, or read differently here). */
  | { as: "ignored" };

export type Fields = Record<string, Field>;

export interface ResourceMapping {
  configKey: ConfigKey;
  fields: Fields;
  /** Only one may be declared (user sources). */
  singleton?: boolean;
  /** What `.id` of this resource refers to, from its evaluated definition. */
  identity?: (spec: Record<string, unknown>) => { kind: RefKind; name: string; app?: string } | undefined;
  /** Our own resource, not the official provider's. */
  own?: boolean;
}

const value: Field = { as: "value" };
const webhook: Field = { as: "idObject", ref: "webhook" };
const principals: Field = { as: "object", fields: { users: { as: "idObjects", ref: "user" }, groups: { as: "idObjects", ref: "group" } } };
const allowedGroups: Field = { as: "object", fields: { type: value, groups: { as: "idObjects", ref: "group" } } };

export const RESOURCES: Record<string, ResourceMapping> = {
  lumos_app: {
    configKey: "apps",
    fields: {
      name: value,
      app_class_id: value,
      category: value,
      description: value,
      logo_url: value,
      website_url: value,
      request_instructions: value,
      auth: { as: "json" },
      settings: { as: "json" },
      version: value,
    },
    identity: (spec) => {
      const name = typeof spec.name === "string" ? spec.name : typeof spec.app_class_id === "string" ? spec.app_class_id : undefined;
      return name === undefined ? undefined : { kind: "app", name };
    },
  },
  lumos_app_store_app: {
    configKey: "appstore_apps",
    fields: {
      app_id: { as: "ref", ref: "app", to: "app" },
      custom_request_instructions: value,
      redirect_url: value,
      request_flow: {
        as: "object",
        fields: {
          discoverability: value,
          custom_approval_message: value,
          require_manager_approval: value,
          require_additional_approval: value,
          allowed_groups: allowedGroups,
          approvers: principals,
          approvers_stage_2: principals,
          admins: principals,
          request_validation_inline_webhook: webhook,
        },
      },
      provisioning: {
        as: "object",
        fields: {
          groups_provisioning: value,
          time_based_access: value,
          allow_multiple_permission_selection: value,
          manual_steps_needed: value,
          custom_provisioning_instructions: value,
          default_time_based_access_option: value,
          default_permission: { as: "idObject", ref: "permission" },
          provisioning_webhook: webhook,
          access_removal_inline_webhook: webhook,
        },
      },
    },
    // The app store entry of an app has the app's ID.
    identity: (spec) => (typeof spec.app === "string" ? { kind: "app", name: spec.app } : undefined),
  },
  lumos_requestable_permission: {
    configKey: "requestable_permissions",
    fields: {
      app_id: { as: "ref", ref: "app", to: "app" },
      label: value,
      include_inherited_configs: { as: "ignored" },
      request_config: {
        as: "object",
        fields: {
          appstore_visibility: value,
          allowed_groups_override: value,
          allowed_groups: allowedGroups,
          request_approval_config: {
            as: "object",
            fields: {
              request_approval_config_override: value,
              manager_approval: value,
              require_additional_approval: value,
              custom_approval_message: value,
              custom_approval_message_override: value,
              approvers: principals,
              approvers_stage_2: principals,
            },
          },
          request_fulfillment_config: {
            as: "object",
            fields: {
              manual_steps_needed: value,
              manual_instructions: value,
              time_based_access: value,
              time_based_access_override: value,
              provisioning_group: { as: "idObject", ref: "group" },
              provisioning_webhook: webhook,
            },
          },
          access_removal_inline_webhook: webhook,
          request_validation_inline_webhook: webhook,
        },
      },
    },
    identity: (spec) =>
      typeof spec.label === "string" ? { kind: "permission", name: spec.label, ...(typeof spec.app === "string" ? { app: spec.app } : {}) } : undefined,
  },
  lumos_pre_approval_rule: {
    configKey: "pre_approval_rules",
    fields: {
      app_id: { as: "ref", ref: "app", to: "app" },
      justification: value,
      preapproved_groups: { as: "idObjects", ref: "group" },
      preapproved_permissions: { as: "idObjects", ref: "permission" },
      preapproved_users_by_attribute: { as: "objects", fields: { attribute: value, value } },
      preapproval_webhooks: { as: "idObjects", ref: "webhook" },
      time_based_access: value,
    },
  },
  lumos_access_policy: {
    configKey: "access_policies",
    fields: {
      name: value,
      business_justification: value,
      apps: {
        as: "objects",
        fields: { id: { as: "ref", ref: "app", to: "app" }, is_preapproved: value, permissions: { as: "idObjects", ref: "permission" } },
      },
      access_condition: { as: "json" },
      is_enabled: value,
      is_everyone_condition: value,
      status: value,
    },
  },
  lumos_inline_webhook: {
    configKey: "inline_webhooks",
    own: true,
    fields: { name: value, hook_type: value, description: value, url: value, secret: value },
    identity: (spec) => (typeof spec.name === "string" ? { kind: "webhook", name: spec.name } : undefined),
  },
  lumos_sync_schedule: {
    configKey: "sync_schedules",
    own: true,
    fields: { app_id: { as: "ref", ref: "app", to: "app" }, cron: value, timezone: value, enabled: value, sync_type: value },
  },
  lumos_user_source: {
    configKey: "user_sources",
    own: true,
    singleton: true,
    fields: { app_ids: { as: "ref", ref: "app", to: "sources" } },
  },
};

/** Data sources that become name lookups, with the arguments each takes. */
export const DATA_SOURCES: Record<string, { arguments: readonly string[]; key: string }> = {
  lumos_apps: { arguments: ["name_search", "exact_match", "connection_source", "disconnected", "expand", "page", "size"], key: "name_search" },
  lumos_groups: { arguments: ["name", "app_id", "exact_match", "integration_specific_id", "page", "size"], key: "name" },
  lumos_users: { arguments: ["search_term", "exact_match", "expand", "page", "size"], key: "search_term" },
  /** lumos-iac's own lookup (the provider has none for inline webhooks). */
  lumos_inline_webhooks: { arguments: ["name"], key: "name" },
  lumos_requestable_permissions: {
    arguments: ["app_id", "search_term", "exact_match", "in_app_store", "include_inherited_configs", "page", "size"],
    key: "search_term",
  },
};

/** Attributes the provider computes: writing them is a mistake the message can explain. */
export const COMPUTED = new Set(["id", "status", "sync_status", "sources", "links", "custom_attributes", "instance_id", "disconnected", "type", "app_instance_id"]);
