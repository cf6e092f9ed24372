/**
 * Terraform descriptors: how each kind of the registry appears as a resource of the Lumos
 * Terraform provider (`teamlumos/lumos`), and which data sources exist.
 *
 * Every resource type names its kind (by config key) and lists its attributes in the shape of
 * `terraform providers schema -json`: primitive or collection `type`, or `nested` attributes
 * with a nesting mode (`single`/`list`/`set`/`map` — nested attributes, never blocks), and the
 * flags R (required), O (optional), C (computed), S (sensitive).
 *
 * Attribute ↔ config field, relative to the enclosing object:
 * - a settable attribute (R or O) maps to the config field of the same name, or to `field`
 *   when that is set; `field: false` marks a Terraform-only argument with no config field;
 * - a computed-only attribute (C) maps to nothing (the server fills it);
 * - `ref` says the attribute holds a reference: a string attribute holds the referenced
 *   object's ID (`app_id` → config `app`, an app name); a nested attribute holds objects (or one
 *   object) whose `id` is the referenced object's ID, where the config holds names (emails,
 *   group names or `{name, app}`, permission labels, webhook names);
 * - `json` says the Terraform string is JSON text of the config field's object
 *   (`auth = jsonencode({...})`);
 * - `replace` says a change forces delete + create; `ours` marks attributes and resource
 *   types lumos-iac adds beyond the official provider.
 * A config `id` (pinned ID) is never an attribute: it is written as an `import` block with the
 * resource's import ID (`importId`).
 *
 * `src/terraform/provider-schema.ts` turns these tables into the provider schema document
 * (`schema/terraform-provider-schema.json`), from which the CDKTF bindings are generated.
 * This module is pure data: no I/O, no generator imports.
 */
import type { ConfigKey } from "../kinds/registry.ts";
import type { RefKind } from "../model/types.ts";

export type TfPrimitive = "string" | "bool" | "number";
export type TfType = TfPrimitive | readonly ["list" | "set" | "map", TfPrimitive];
export type TfNesting = "single" | "list" | "set" | "map";

/** R required, O optional, C computed (OC: optional with a server value), S sensitive. */
export type TfFlags = "R" | "O" | "C" | "OC" | "OS" | "RS";

export interface TfAttribute {
  /** A primitive or collection type; absent when `nested` is set. */
  type?: TfType;
  /** Nested attributes and how they nest. */
  nested?: { mode: TfNesting; attributes: Readonly<Record<string, TfAttribute>> };
  flags: TfFlags;
  /** Our own description; when absent, the mapped config field's description is used. */
  description?: string;
  /** The config field this attribute maps to, if its name differs; false: Terraform-only. */
  field?: string | false;
  /** The attribute holds references to objects of this kind (see the module comment). */
  ref?: RefKind;
  /** The Terraform string is JSON text of an object in the config. */
  json?: true;
  /** A change forces replacement. */
  replace?: true;
  /** Allowed values (validated by the provider). */
  oneOf?: readonly string[];
  /** The value assumed when the argument is left out. */
  default?: unknown;
  /** A lumos-iac addition, not in the official provider. */
  ours?: true;
}

export type TfAttributes = Readonly<Record<string, TfAttribute>>;

export interface TfResource {
  /** Terraform resource type, e.g. `lumos_app_store_app`. */
  type: string;
  /** The kind (config key) it describes. */
  configKey: ConfigKey;
  description: string;
  /** Which attribute `terraform import` (and `import` blocks) take as ID. */
  importId: "id" | "app_id" | "singleton";
  attributes: TfAttributes;
  /** Config fields with no attribute, and how they are expressed instead. */
  unmapped?: Readonly<Record<string, string>>;
  /** A lumos-iac addition, not in the official provider. */
  ours?: true;
}

export interface TfDataSource {
  type: string;
  description: string;
  attributes: TfAttributes;
  /**
   * A lookup by name: the reference kind it finds and the argument that carries the name
   * (`items[0].id` of `lumos_users { search_term = "a@b" }` is the user a@b).
   */
  finds?: { ref: RefKind; by: string; within?: string };
  /** A lumos-iac addition, not in the official provider. */
  ours?: true;
}

// ---- building blocks ------------------------------------------------------------------------

const S = "string";
const B = "bool";
const N = "number";
const LIST_OF_STRINGS = ["list", "string"] as const;

const a = (type: TfType, flags: TfFlags, extra: Omit<TfAttribute, "type" | "flags"> = {}): TfAttribute => ({ type, flags, ...extra });
const nest = (
  mode: TfNesting,
  attributes: TfAttributes,
  flags: TfFlags,
  extra: Omit<TfAttribute, "nested" | "flags"> = {},
): TfAttribute => ({ nested: { mode, attributes }, flags, ...extra });

/** Every attribute (deeply) computed-only: how data sources return a resource's shape. */
export function computedOnly(attributes: TfAttributes): Record<string, TfAttribute> {
  return Object.fromEntries(
    Object.entries(attributes).map(([name, attr]) => {
      const { field: _f, ref: _r, replace: _p, default: _d, oneOf: _o, ...rest } = attr;
      const out: TfAttribute = { ...rest, flags: "C" };
      if (attr.nested) out.nested = { mode: attr.nested.mode, attributes: computedOnly(attr.nested.attributes) };
      return [name, out];
    }),
  );
}

const USER: TfAttributes = {
  email: a(S, "C", { description: "The user's email." }),
  family_name: a(S, "C", { description: "The user's family name." }),
  given_name: a(S, "C", { description: "The user's given name." }),
  id: a(S, "C", { description: "The user's Lumos ID." }),
  status: a(S, "C", { description: "The user's status." }),
};
const USER_REF: TfAttributes = { ...USER, id: a(S, "OC", { description: "Lumos ID of the user." }) };

const GROUP: TfAttributes = {
  app_id: a(S, "C", { description: "ID of the app the group comes from." }),
  description: a(S, "C", { description: "The group's description." }),
  group_lifecycle: a(S, "C", { description: "Whether the group is synced or managed in Lumos." }),
  id: a(S, "C", { description: "The group's Lumos ID." }),
  integration_specific_id: a(S, "C", { description: "The group's ID in its source app." }),
  name: a(S, "C", { description: "The group's name." }),
  source_app_id: a(S, "C", { description: "ID of the app the group comes from." }),
};
const GROUP_REF: TfAttributes = {
  ...GROUP,
  app_id: a(S, "OC", { description: "ID of the app the group comes from." }),
  id: a(S, "OC", { description: "Lumos ID of the group." }),
  integration_specific_id: a(S, "OC", { description: "ID of the group in its source app." }),
};
const GROUP_REF_REPLACE: TfAttributes = Object.fromEntries(
  Object.entries(GROUP_REF).map(([name, attr]) => [name, attr.flags === "OC" ? { ...attr, replace: true as const } : attr]),
);

const WEBHOOK_REF: TfAttributes = {
  description: a(S, "C", { description: "The webhook's description." }),
  hook_type: a(S, "C", { description: "When Lumos calls the webhook." }),
  id: a(S, "OC", { description: "Lumos ID of the inline webhook." }),
  name: a(S, "C", { description: "The webhook's name." }),
};

const PERMISSION_REF: TfAttributes = {
  app_class_id: a(S, "C", { description: "Class of the permission's app." }),
  app_id: a(S, "C", { description: "ID of the permission's app." }),
  app_instance_id: a(S, "C", { description: "Instance of the permission's app." }),
  id: a(S, "OC", { description: "Lumos ID of the requestable permission." }),
  label: a(S, "C", { description: "The permission's label." }),
  type: a(S, "C", { description: "Whether the permission is synced or managed in Lumos." }),
};

const CUSTOM_ATTRIBUTES = nest(
  "map",
  {
    type: a(S, "C", { description: "The attribute's value type." }),
    value: nest(
      "single",
      {
        array_of_user: nest("list", USER, "C", { description: "Users, for a user-list attribute." }),
        date_time: a(S, "C", { description: "A date-time value." }),
        integer: a(N, "C", { description: "An integer value." }),
        str: a(S, "C", { description: "A text value." }),
      },
      "C",
      { description: "The attribute's value." },
    ),
  },
  "C",
  { description: "Custom attributes, by name." },
);

/** What Lumos returns about an app (the data sources' shape; the resources add arguments). */
const APP_READ: TfAttributes = {
  allow_multiple_permission_selection: a(B, "C", { description: "Whether requesters may pick several permissions at once." }),
  app_class_id: a(S, "C", { description: "The integration's catalog identifier (custom_app for custom apps)." }),
  category: a(S, "C", { description: "The app's category." }),
  custom_attributes: CUSTOM_ATTRIBUTES,
  description: a(S, "C", { description: "What the app is for." }),
  disconnected: a(B, "C", { description: "Whether the integration's credentials were removed." }),
  id: a(S, "C", { description: "The app's Lumos ID." }),
  instance_id: a(S, "C", { description: "Which instance of the integration." }),
  links: nest(
    "single",
    {
      admin_url: a(S, "C", { description: "The app's page in the Lumos web app." }),
      self: a(S, "C", { description: "The app's API URL." }),
    },
    "C",
    { description: "Links to the app." },
  ),
  logo_url: a(S, "C", { description: "Logo image URL." }),
  request_instructions: a(S, "C", { description: "Shown to people requesting access." }),
  sources: a(LIST_OF_STRINGS, "C", { description: "Where Lumos learned of the app." }),
  status: a(S, "C", { description: "The app's status." }),
  sync_status: a(S, "C", { description: "State of the most recent sync." }),
  user_friendly_label: a(S, "C", { description: "The app's display name." }),
  website_url: a(S, "C", { description: "Website URL." }),
};

const ENUM = {
  discoverability: ["FULL", "LIMITED", "NONE"],
  visibility: ["HIDDEN", "VISIBLE"],
  allowedGroups: ["ALL_GROUPS", "SPECIFIED_GROUPS"],
  groupsProvisioning: ["DIRECT_TO_USER", "GROUPS_AND_HIDDEN", "GROUPS_AND_VISIBLE"],
  managerApproval: ["NONE", "INITIAL_APPROVAL"],
  hookType: ["PRE_APPROVAL", "PROVISION", "DEPROVISION", "REQUEST_VALIDATION", "SIEM"],
  policyStatus: ["DRAFT", "PUBLISHED"],
  syncType: ["full_sync"],
} as const;

const webhookSlot = (description?: string): TfAttribute =>
  nest("single", WEBHOOK_REF, "OC", { ref: "webhook", ...(description ? { description } : {}) });

/** users + groups; the official provider uses sets for approvers and lists for admins. */
const principals = (mode: "set" | "list"): TfAttribute =>
  nest("single", { groups: nest(mode, GROUP_REF, "OC", { ref: "group" }), users: nest(mode, USER_REF, "OC", { ref: "user" }) }, "OC");

const ALLOWED_GROUPS = nest(
  "single",
  {
    groups: nest("set", GROUP_REF, "OC", { ref: "group" }),
    type: a(S, "OC", { oneOf: ENUM.allowedGroups }),
  },
  "OC",
);

const REQUEST_FLOW = nest(
  "single",
  {
    admins: principals("list"),
    allowed_groups: ALLOWED_GROUPS,
    approvers: principals("set"),
    approvers_stage_2: principals("set"),
    custom_approval_message: a(S, "OC"),
    discoverability: a(S, "OC", { oneOf: ENUM.discoverability }),
    request_validation_inline_webhook: webhookSlot(),
    require_additional_approval: a(B, "OC"),
    require_manager_approval: a(B, "OC"),
    response_describes_entire_approval_workflow: a(B, "C", { description: "Whether this response describes the whole approval workflow." }),
  },
  "OC",
  { description: "How the app is requested and approved." },
);

const PROVISIONING = nest(
  "single",
  {
    access_removal_inline_webhook: webhookSlot(),
    allow_multiple_permission_selection: a(B, "OC"),
    custom_provisioning_instructions: a(S, "OC"),
    default_permission: nest("single", { id: a(S, "OC", { description: "Lumos ID of the requestable permission." }) }, "O", {
      ref: "permission",
      ours: true,
    }),
    default_time_based_access_option: a(S, "O", { ours: true }),
    groups_provisioning: a(S, "OC", { oneOf: ENUM.groupsProvisioning }),
    manual_steps_needed: a(B, "OC"),
    provisioning_webhook: webhookSlot(),
    time_based_access: a(LIST_OF_STRINGS, "OC"),
  },
  "OC",
  { description: "How access to the app is provisioned." },
);

const REQUEST_CONFIG = nest(
  "single",
  {
    access_removal_inline_webhook: webhookSlot(),
    allowed_groups: ALLOWED_GROUPS,
    allowed_groups_override: a(B, "OC"),
    appstore_visibility: a(S, "OC", { oneOf: ENUM.visibility }),
    request_approval_config: nest(
      "single",
      {
        approvers: principals("set"),
        approvers_stage_2: principals("set"),
        custom_approval_message: a(S, "OC"),
        custom_approval_message_override: a(B, "OC"),
        manager_approval: a(S, "OC", { oneOf: ENUM.managerApproval }),
        request_approval_config_override: a(B, "OC"),
        require_additional_approval: a(B, "OC"),
        response_describes_entire_approval_workflow: a(B, "C", { description: "Whether this response describes the whole approval workflow." }),
      },
      "OC",
    ),
    request_fulfillment_config: nest(
      "single",
      {
        manual_instructions: a(S, "OC"),
        manual_steps_needed: a(B, "OC"),
        provisioning_group: nest("single", GROUP_REF_REPLACE, "OC", { ref: "group", replace: true }),
        provisioning_webhook: webhookSlot(),
        time_based_access: a(LIST_OF_STRINGS, "OC"),
        time_based_access_override: a(B, "OC"),
      },
      "OC",
    ),
    request_validation_inline_webhook: webhookSlot(),
  },
  "OC",
  { description: "How the permission is requested, approved and provisioned." },
);

const PERMISSION_READ_EXTRA: TfAttributes = {
  app_class_id: a(S, "OC", { field: false, description: "Class of the permission's app (derived from app_id)." }),
  app_instance_id: a(S, "OC", { field: false, description: "Instance of the permission's app (derived from app_id)." }),
  id: a(S, "C", { description: "The permission's Lumos ID." }),
  type: a(S, "C", { description: "SYNCED (from an integration sync) or NATIVE (managed in Lumos)." }),
};

const ACCESS_POLICY_ATTRIBUTES: TfAttributes = {
  access_condition: a(S, "OC", { json: true }),
  apps: nest(
    "list",
    {
      id: a(S, "OC", { field: "app", ref: "app", description: "ID of an app the policy grants." }),
      is_preapproved: a(B, "OC"),
      permissions: nest("list", { id: a(S, "OC", { description: "Lumos ID of the requestable permission." }) }, "OC", { ref: "permission" }),
    },
    "R",
  ),
  business_justification: a(S, "R"),
  id: a(S, "C", { description: "The policy's Lumos ID." }),
  is_enabled: a(B, "OC"),
  is_everyone_condition: a(B, "OC", { default: false }),
  name: a(S, "R"),
  status: a(S, "OC", { oneOf: ENUM.policyStatus }),
};

const PRE_APPROVAL_RULE_ATTRIBUTES: TfAttributes = {
  app_class_id: a(S, "C", { description: "Class of the rule's app." }),
  app_id: a(S, "R", { field: "app", ref: "app", replace: true, description: "ID of the app the rule belongs to." }),
  app_instance_id: a(S, "C", { description: "Instance of the rule's app." }),
  id: a(S, "C", { description: "The rule's Lumos ID." }),
  justification: a(S, "R"),
  preapproval_webhooks: nest("set", WEBHOOK_REF, "OC", { ref: "webhook", description: "Pre-approval webhooks that may approve a request." }),
  preapproved_groups: nest("set", GROUP_REF, "OC", { ref: "group", description: "Groups whose members are pre-approved." }),
  preapproved_permissions: nest("set", PERMISSION_REF, "OC", { ref: "permission", description: "Permissions the rule covers." }),
  preapproved_users_by_attribute: nest("list", { attribute: a(S, "OC"), value: a(S, "OC") }, "OC", {
    description: "Users pre-approved by an attribute value.",
  }),
  time_based_access: a(LIST_OF_STRINGS, "OC"),
};

const REQUESTABLE_PERMISSION_RESOURCE: TfAttributes = {
  ...PERMISSION_READ_EXTRA,
  app_id: a(S, "R", { field: "app", ref: "app", description: "ID of the app the permission belongs to." }),
  include_inherited_configs: a(B, "OC", {
    field: false,
    default: true,
    description: "Whether reads include settings inherited from the app (lumos-iac always compares without them).",
  }),
  label: a(S, "R"),
  request_config: REQUEST_CONFIG,
};

// ---- resources ------------------------------------------------------------------------------

/** One resource type per kind of the registry (a new kind needs an entry here). */
export const TERRAFORM_RESOURCES = {
  apps: {
    type: "lumos_app",
    configKey: "apps",
    description: "A custom app, or a connected integration (with app_class_id).",
    importId: "id",
    attributes: {
      ...APP_READ,
      app_class_id: a(S, "OC", { replace: true }),
      auth: a(S, "OS", { json: true, description: "Integration credentials as JSON text (write-only); use a sensitive variable." }),
      category: a(S, "OC"),
      description: a(S, "OC"),
      logo_url: a(S, "OC"),
      name: a(S, "O"),
      request_instructions: a(S, "OC"),
      settings: a(S, "O", { json: true, description: "Integration settings as JSON text (write-only)." }),
      version: a(S, "O"),
      website_url: a(S, "OC"),
    },
    unmapped: {
      instance_id: "settings.app_instance_identifier in the settings JSON",
    },
  },
  appstore_apps: {
    type: "lumos_app_store_app",
    configKey: "appstore_apps",
    description: "An app's place in the AppStore: its request flow and provisioning settings.",
    importId: "app_id",
    attributes: {
      ...APP_READ,
      app_id: a(S, "R", { field: "app", ref: "app", description: "ID of the app offered in the AppStore." }),
      custom_request_instructions: a(S, "OC"),
      provisioning: PROVISIONING,
      redirect_url: a(S, "O", { ours: true }),
      request_flow: REQUEST_FLOW,
    },
  },
  requestable_permissions: {
    type: "lumos_requestable_permission",
    configKey: "requestable_permissions",
    description: "A permission people can request in the AppStore.",
    importId: "id",
    attributes: REQUESTABLE_PERMISSION_RESOURCE,
  },
  pre_approval_rules: {
    type: "lumos_pre_approval_rule",
    configKey: "pre_approval_rules",
    description: "A rule that pre-approves requests from certain groups, attributes or webhooks.",
    importId: "id",
    attributes: PRE_APPROVAL_RULE_ATTRIBUTES,
  },
  access_policies: {
    type: "lumos_access_policy",
    configKey: "access_policies",
    description: "Birthright access: who gets which apps and permissions automatically.",
    importId: "id",
    attributes: ACCESS_POLICY_ATTRIBUTES,
  },
  inline_webhooks: {
    type: "lumos_inline_webhook",
    configKey: "inline_webhooks",
    description: "An inline webhook Lumos calls during requests, provisioning and audits (needs lumos-iac's extension operations).",
    importId: "id",
    ours: true,
    attributes: {
      description: a(S, "O"),
      hook_type: a(S, "R", { replace: true, oneOf: ENUM.hookType }),
      id: a(S, "C", { description: "The webhook's Lumos ID." }),
      name: a(S, "R"),
      secret: a(S, "OS", { description: "Shared secret (write-only); use a sensitive variable." }),
      url: a(S, "R"),
    },
  },
  user_sources: {
    type: "lumos_user_source",
    configKey: "user_sources",
    description: "The tenant's user sources in priority order, first wins (one per tenant; needs lumos-iac's extension operations).",
    importId: "singleton",
    ours: true,
    attributes: {
      app_ids: a(LIST_OF_STRINGS, "R", { field: "sources", ref: "app", description: "IDs of the source apps, highest priority first." }),
      id: a(S, "C", { description: "Always user_sources." }),
    },
  },
  sync_schedules: {
    type: "lumos_sync_schedule",
    configKey: "sync_schedules",
    description: "When Lumos syncs an integration, as a cron expression (needs lumos-iac's extension operations).",
    importId: "id",
    ours: true,
    attributes: {
      app_id: a(S, "R", { field: "app", ref: "app", replace: true, description: "ID of the integration to sync." }),
      cron: a(S, "R"),
      enabled: a(B, "OC", { default: true }),
      id: a(S, "C", { description: "The schedule's Lumos ID." }),
      sync_type: a(S, "OC", { default: "full_sync", oneOf: ENUM.syncType }),
      timezone: a(S, "OC", { default: "UTC" }),
    },
  },
} as const satisfies Record<ConfigKey, TfResource>;

/** Resource descriptors by Terraform type (`lumos_app` → …). */
export const RESOURCE_BY_TYPE: ReadonlyMap<string, TfResource> = new Map(
  Object.values(TERRAFORM_RESOURCES).map((resource: TfResource) => [resource.type, resource]),
);

// ---- data sources ---------------------------------------------------------------------------

const paging = (items: TfAttributes, arguments_: TfAttributes): TfAttributes => ({
  ...arguments_,
  items: nest("list", computedOnly(items), "C", { description: "One page of results." }),
  page: a(N, "OC", { description: "Page number, from 1." }),
  pages: a(N, "C", { description: "Number of pages." }),
  size: a(N, "OC", { description: "Page size, 1 to 100 (default 50)." }),
  total: a(N, "C", { description: "Number of results." }),
});

const EXPAND = a(LIST_OF_STRINGS, "O", { description: "Fields to expand (custom_attributes)." });
const EXACT_MATCH = a(B, "O", { description: "Only exact matches of the search." });

const APP_STORE_SETTINGS: TfAttributes = {
  custom_request_instructions: a(S, "C"),
  provisioning: PROVISIONING,
  request_flow: REQUEST_FLOW,
};
const readOnlyAppStoreSettings = (): Record<string, TfAttribute> => {
  const out = computedOnly(APP_STORE_SETTINGS);
  // The additions are lumos-iac arguments; reads return the official shape.
  const provisioning = out.provisioning!.nested!;
  const { default_permission: _p, default_time_based_access_option: _o, ...official } = provisioning.attributes;
  out.provisioning = { ...out.provisioning!, nested: { mode: provisioning.mode, attributes: official } };
  return out;
};

const { include_inherited_configs: _inherited, ...PERMISSION_FIELDS } = REQUESTABLE_PERMISSION_RESOURCE;
const PERMISSION_READ = computedOnly(PERMISSION_FIELDS);

export const TERRAFORM_DATA_SOURCES: readonly TfDataSource[] = [
  {
    type: "lumos_access_policies",
    description: "One page of access policies, optionally by name.",
    attributes: paging(ACCESS_POLICY_ATTRIBUTES, { name: a(S, "O", { description: "Filter by policy name." }) }),
  },
  {
    type: "lumos_access_policy",
    description: "One access policy, by ID.",
    attributes: { ...computedOnly(ACCESS_POLICY_ATTRIBUTES), id: a(S, "R", { description: "The policy's Lumos ID." }) },
  },
  {
    type: "lumos_app",
    description: "One app, by ID.",
    attributes: { ...computedOnly(APP_READ), expand: EXPAND, id: a(S, "R", { description: "The app's Lumos ID." }) },
  },
  {
    type: "lumos_apps",
    description: "One page of apps, optionally searched by name.",
    finds: { ref: "app", by: "name_search" },
    attributes: paging(APP_READ, {
      connection_source: a(S, "O", { oneOf: ["API", "UI"], description: "Only integrations connected through the API or in the Lumos UI." }),
      disconnected: a(B, "O", { description: "Only disconnected (true) or only connected (false) apps." }),
      exact_match: EXACT_MATCH,
      expand: EXPAND,
      name_search: a(S, "O", { description: "Search apps by name." }),
    }),
  },
  {
    type: "lumos_app_store_app",
    description: "An app in the AppStore with its settings, by app ID.",
    attributes: {
      ...computedOnly(APP_READ),
      ...readOnlyAppStoreSettings(),
      app_id: a(S, "R", { description: "ID of the app." }),
      expand: EXPAND,
    },
  },
  {
    type: "lumos_app_store_app_settings",
    description: "The AppStore settings of an app, by app ID.",
    attributes: {
      ...readOnlyAppStoreSettings(),
      id: a(S, "R", { description: "ID of the app." }),
      in_app_store: a(B, "C", { description: "Whether the app is in the AppStore." }),
    },
  },
  {
    type: "lumos_group",
    description: "One group, by ID.",
    attributes: { ...computedOnly(GROUP), group_id: a(S, "R", { description: "The group's Lumos ID." }) },
  },
  {
    type: "lumos_groups",
    description: "One page of groups, optionally by name and source app.",
    finds: { ref: "group", by: "name", within: "app_id" },
    attributes: paging(GROUP, {
      app_id: a(S, "O", { description: "Only groups from this app." }),
      exact_match: EXACT_MATCH,
      integration_specific_id: a(S, "O", { description: "Only the group with this ID in its source app." }),
      name: a(S, "O", { description: "Search groups by name." }),
    }),
  },
  {
    type: "lumos_inline_webhooks",
    description: "The tenant's inline webhooks, optionally by name (a lumos-iac addition: Lumos lists them on one page).",
    finds: { ref: "webhook", by: "name" },
    ours: true,
    attributes: {
      items: nest("list", computedOnly(WEBHOOK_REF), "C", { description: "The webhooks found." }),
      name: a(S, "O", { description: "Only the webhook with this name." }),
    },
  },
  {
    type: "lumos_pre_approval_rule",
    description: "One pre-approval rule, by ID.",
    attributes: { ...computedOnly(PRE_APPROVAL_RULE_ATTRIBUTES), id: a(S, "R", { description: "The rule's Lumos ID." }) },
  },
  {
    type: "lumos_requestable_permission",
    description: "One requestable permission, by ID.",
    attributes: {
      ...PERMISSION_READ,
      id: a(S, "R", { description: "The permission's Lumos ID." }),
      include_inherited_configs: a(B, "O", { description: "Include settings inherited from the app." }),
    },
  },
  {
    type: "lumos_requestable_permissions",
    description: "One page of requestable permissions, optionally searched by label within an app.",
    finds: { ref: "permission", by: "search_term", within: "app_id" },
    attributes: paging(PERMISSION_READ, {
      app_id: a(S, "O", { description: "Only permissions of this app." }),
      exact_match: EXACT_MATCH,
      in_app_store: a(B, "O", { description: "Only permissions visible in the AppStore." }),
      include_inherited_configs: a(B, "O", { description: "Include settings inherited from the app." }),
      search_term: a(S, "O", { description: "Search permissions by label." }),
    }),
  },
  {
    type: "lumos_user",
    description: "One user, by ID.",
    attributes: { ...computedOnly(USER), custom_attributes: CUSTOM_ATTRIBUTES, expand: EXPAND, user_id: a(S, "R", { description: "The user's Lumos ID." }) },
  },
  {
    type: "lumos_users",
    description: "One page of users, optionally searched by name or email.",
    finds: { ref: "user", by: "search_term" },
    attributes: paging(
      { ...USER, custom_attributes: CUSTOM_ATTRIBUTES },
      { exact_match: EXACT_MATCH, expand: EXPAND, search_term: a(S, "O", { description: "Search users by name or email." }) },
    ),
  },
];

/** Provider configuration: the bearer token and the API's URL (lumos-iac's environment overrides it). */
export const TERRAFORM_PROVIDER_CONFIG: TfAttributes = {
  http_bearer: a(S, "OS", { description: "Lumos API token; also read from LUMOS_ACCESS_TOKEN." }),
  server_url: a(S, "O", { description: "Lumos API URL (default https://api.lumos.com)." }),
};

/** The provider's registry source and the version range its schema follows. */
export const TERRAFORM_PROVIDER = {
  source: "registry.terraform.io/teamlumos/lumos",
  shortSource: "teamlumos/lumos",
  name: "lumos",
  version: "0.10.4",
  constraint: "~> 0.10",
} as const;

/** The config field a settable attribute maps to (undefined: computed or Terraform-only). */
export function configFieldOf(name: string, attribute: TfAttribute): string | undefined {
  if (attribute.flags === "C" || attribute.field === false) return undefined;
  return attribute.field ?? name;
}
