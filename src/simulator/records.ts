import type { components } from "../remote/generated/lumos-api.ts";

/**
 * How the simulator stores the tenant. References to other objects are kept as IDs and
 * expanded into full objects only when a response is rendered, as Lumos does.
 */
export type Schemas = components["schemas"];

export interface AppRecord {
  id: string;
  app_class_id: string;
  instance_id: string;
  name: string;
  category: string | null;
  description: string | null;
  logo_url: string | null;
  website_url: string | null;
  request_instructions: string | null;
  status: Schemas["DomainAppStatus"];
  sources: Schemas["DiscoverySource"][];
  disconnected: boolean;
  /** API = connected through the API (the tool may manage it); UI = by an admin in Lumos. */
  connection_source: Schemas["ConnectionSource"];
  /** True for custom apps; false for catalog integrations. */
  custom: boolean;
  /** Write-only: stored, never returned. */
  credentials: { auth: Record<string, unknown>; settings: Record<string, unknown>; version: string | null } | null;
  /** The latest sync; `settled` once its effects (permissions, users) took place. */
  sync: { started_at: number; outcome: "SUCCESS" | "FAILED"; settled?: boolean } | null;
}

export interface IntegrationRecord {
  app_class_id: string;
  name: string;
  category: string | null;
  logo_url: string | null;
  description?: string | null;
  auth_schema: Record<string, unknown>;
  settings_schema: Record<string, unknown>;
  /** Labels of the entitlements a sync brings in as SYNCED requestable permissions. */
  permissions?: string[];
  /** Accounts the third party holds for an instance connected through the API. */
  accounts?: { email: string; given_name?: string; family_name?: string; status?: Schemas["UserLifecycleStatus"] }[];
}

export interface UserRecord {
  id: string;
  email: string | null;
  given_name: string | null;
  family_name: string | null;
  status: Schemas["UserLifecycleStatus"] | null;
  /** TEXT custom attributes by name (what pre-approval rules match with preapproved_users_by_attribute). */
  custom_attributes?: Record<string, string>;
}

export interface GroupRecord {
  id: string;
  app_id: string | null;
  integration_specific_id: string | null;
  name: string | null;
  group_lifecycle: Schemas["Lifecycle"];
  source_app_id: string | null;
  member_ids: string[];
}

/** Collections of principals, stored by ID. */
export interface PrincipalIds {
  groups: string[];
  users: string[];
}

export interface AppStoreRecord {
  app_id: string;
  custom_request_instructions: string;
  redirect_url: string | null;
  request_flow: {
    discoverability: Schemas["AppStoreVisibility"];
    custom_approval_message: string;
    require_manager_approval: boolean;
    require_additional_approval: boolean;
    allowed_groups: { type: Schemas["AllowedGroupsConfigType"]; groups: string[] };
    approvers: PrincipalIds;
    approvers_stage_2: PrincipalIds;
    admins: PrincipalIds;
    request_validation_inline_webhook: string | null;
  };
  provisioning: {
    groups_provisioning: Schemas["GroupProvisioningOption"];
    time_based_access: string[];
    allow_multiple_permission_selection: boolean;
    manual_steps_needed: boolean;
    custom_provisioning_instructions: string | null;
    default_time_based_access_option: string | null;
    default_permission: string | null;
    provisioning_webhook: string | null;
    access_removal_inline_webhook: string | null;
  };
}

export interface PermissionRecord {
  id: string;
  app_id: string;
  label: string;
  type: Schemas["PermissionType"];
  request_config: {
    appstore_visibility: Schemas["AppStoreVisibilityOption"];
    allowed_groups_override: boolean | null;
    allowed_groups: { type: Schemas["AllowedGroupsConfigType"]; groups: string[] };
    request_approval_config: {
      request_approval_config_override: boolean | null;
      manager_approval: Schemas["ManagerApprovalOption"];
      require_additional_approval: boolean | null;
      custom_approval_message: string | null;
      custom_approval_message_override: boolean | null;
      approvers: PrincipalIds;
      approvers_stage_2: PrincipalIds;
    };
    request_fulfillment_config: {
      manual_steps_needed: boolean;
      manual_instructions: string | null;
      time_based_access: string[];
      time_based_access_override: boolean | null;
      provisioning_group: string | null;
      provisioning_webhook: string | null;
    };
    access_removal_inline_webhook: string | null;
    request_validation_inline_webhook: string | null;
  };
}

export interface PreApprovalRuleRecord {
  id: string;
  app_id: string;
  justification: string;
  time_based_access: string[];
  preapproved_groups: string[];
  preapproved_permissions: string[];
  preapproved_users_by_attribute: { attribute: string; value: string }[];
  preapproval_webhooks: string[];
}

export interface AccessPolicyRecord {
  id: string;
  name: string;
  business_justification: string;
  status: "DRAFT" | "PUBLISHED";
  is_enabled: boolean;
  apps: { id: string; is_preapproved: boolean; permissions: { id: string }[] }[];
  access_condition: Record<string, unknown>;
  is_everyone_condition: boolean;
}

export interface WebhookRecord {
  id: string;
  hook_type: Schemas["InlineWebhookType"];
  name: string;
  description: string | null;
  url: string;
  /** Write-only. */
  secret: string | null;
}

export interface SyncScheduleRecord {
  app_id: string;
  sync_type: Schemas["SyncType"];
  cron: string;
  timezone: string;
  enabled: boolean;
  last_triggered_at: string | null;
  /** Simulator bookkeeping, never returned: when the schedule was stored (ms), so only slots after it run. */
  since?: number;
}

export interface ActivityRecord {
  event_hash: string;
  event_type: string;
  event_type_user_friendly: string;
  outcome: string;
  targets: { type: string; id: string }[];
  actor: { id: string; email: string | null };
  event_began_at: string;
  event_metadata: Record<string, unknown>;
}

/** A change to one attribute of a person (GET /identity_events). */
export interface IdentityEventRecord {
  id: string;
  user_id: string;
  detected_time: string;
  changed_field: string;
  old_field_value: string | null;
  new_field_value: string | null;
}

/** An account a person holds in an app (found by a sync or discovery). */
export interface AccountRecord {
  id: string;
  app_id: string;
  user_id: string | null;
  email: string | null;
  unique_identifier: string;
  account_type: Schemas["AccountType"];
  status: Schemas["AccountLifecycleStatus"] | null;
  discovered_at: string | null;
  sources: Schemas["DiscoverySource"][];
}

/** An access request made in the AppStore, with the permissions it asks for. */
export interface AccessRequestRecord {
  id: string;
  app_id: string;
  requester_user_id: string;
  target_user_id: string;
  status: Schemas["SupportRequestStatus"];
  permission_ids: string[];
  requested_at: string | null;
  expiration_in_seconds: number | null;
}

export function defaultAppStoreRecord(appId: string): AppStoreRecord {
  return {
    app_id: appId,
    custom_request_instructions: "",
    redirect_url: null,
    request_flow: {
      discoverability: "FULL",
      custom_approval_message: "",
      require_manager_approval: false,
      require_additional_approval: false,
      allowed_groups: { type: "ALL_GROUPS", groups: [] },
      approvers: { groups: [], users: [] },
      approvers_stage_2: { groups: [], users: [] },
      admins: { groups: [], users: [] },
      request_validation_inline_webhook: null,
    },
    provisioning: {
      groups_provisioning: "DIRECT_TO_USER",
      time_based_access: [],
      allow_multiple_permission_selection: false,
      manual_steps_needed: false,
      custom_provisioning_instructions: null,
      default_time_based_access_option: null,
      default_permission: null,
      provisioning_webhook: null,
      access_removal_inline_webhook: null,
    },
  };
}

export function defaultRequestConfig(): PermissionRecord["request_config"] {
  return {
    appstore_visibility: "HIDDEN",
    allowed_groups_override: null,
    allowed_groups: { type: "ALL_GROUPS", groups: [] },
    request_approval_config: {
      request_approval_config_override: null,
      manager_approval: "NONE",
      require_additional_approval: null,
      custom_approval_message: null,
      custom_approval_message_override: null,
      approvers: { groups: [], users: [] },
      approvers_stage_2: { groups: [], users: [] },
    },
    request_fulfillment_config: {
      manual_steps_needed: false,
      manual_instructions: null,
      time_based_access: [],
      time_based_access_override: null,
      provisioning_group: null,
      provisioning_webhook: null,
    },
    access_removal_inline_webhook: null,
    request_validation_inline_webhook: null,
  };
}
