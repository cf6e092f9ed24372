import { createHash, randomUUID } from "node:crypto";
import type { ValidateFunction } from "ajv";
import { found } from "./http-error.ts";
import type {
  AccessPolicyRecord,
  ActivityRecord,
  AppRecord,
  AppStoreRecord,
  GroupRecord,
  IdentityEventRecord,
  IntegrationRecord,
  PermissionRecord,
  PreApprovalRuleRecord,
  Schemas,
  SyncScheduleRecord,
  UserRecord,
  WebhookRecord,
} from "./records.ts";
import { isRecord, renderRefs, type RefKind, type RefRenderer, type RefResolver } from "./references.ts";
import type { Collection, Store } from "./store.ts";

/** Lumos's app categories, as GET /apps/categories lists them; Lumos refuses any other. */
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

export const CUSTOM_APP_INSTANCE = "custom_app_import";
/** A custom app's `sources`, however it was made (seeded, in the UI or through the API). */
export const CUSTOM_APP_SOURCES = ["CUSTOM"] as const;

export interface TenantOptions {
  /** How long a sync stays SYNCING, in ms. */
  syncDurationMs: number;
  /** Share of syncs that end FAILED (0–1). */
  syncFailRate: number;
  now: () => number;
  random: () => number;
  adminUrl: string;
  /** Compiles a JSON Schema (an integration's connection schema) into a validator. */
  compileSchema: (schema: object) => ValidateFunction;
  /** Whether the third party turns down credentials that fit the schema (route: `METHOD /path`). */
  credentialsRejected: (route: string) => boolean;
}

/** The simulated Lumos tenant: its objects, and how Lumos shows them. */
export class Tenant implements RefResolver, RefRenderer {
  readonly apps: Collection<AppRecord>;
  readonly integrations: Collection<IntegrationRecord>;
  readonly users: Collection<UserRecord>;
  readonly groups: Collection<GroupRecord>;
  readonly appstore: Collection<AppStoreRecord>;
  readonly permissions: Collection<PermissionRecord>;
  readonly rules: Collection<PreApprovalRuleRecord>;
  readonly policies: Collection<AccessPolicyRecord>;
  readonly webhooks: Collection<WebhookRecord>;
  readonly schedules: Collection<SyncScheduleRecord>;
  readonly settings: Collection<unknown>;
  readonly activity: Collection<ActivityRecord>;
  readonly identityEvents: Collection<IdentityEventRecord>;
  /** The person acting in the Lumos web app during a control-surface UI request. */
  private uiActor: UserRecord | undefined;

  constructor(
    readonly store: Store,
    readonly options: TenantOptions,
  ) {
    this.apps = store.collection("app");
    this.integrations = store.collection("integration");
    this.users = store.collection("user");
    this.groups = store.collection("group");
    this.appstore = store.collection("appstore_app");
    this.permissions = store.collection("requestable_permission");
    this.rules = store.collection("pre_approval_rule");
    this.policies = store.collection("access_policy");
    this.webhooks = store.collection("inline_webhook");
    this.schedules = store.collection("sync_schedule");
    this.settings = store.collection("setting");
    this.activity = store.collection("activity");
    this.identityEvents = store.collection("identity_event");
  }

  private readonly validators = new Map<string, ValidateFunction>();

  compileSchema(schema: object): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.options.compileSchema(schema);
      this.validators.set(key, validate);
    }
    return validate;
  }

  newId(): string {
    return randomUUID();
  }

  requireApp(id: string): AppRecord {
    return found(this.apps.get(id), "App", id);
  }

  /** The stored app, not a copy: for reads that only render it. */
  peekApp(id: string): Readonly<AppRecord> {
    return found(this.apps.peek(id), "App", id);
  }

  /** Apps connected through the API may be reconnected or removed through it. */
  isApiManaged(app: AppRecord): boolean {
    return app.connection_source === "API";
  }

  syncStatus(app: Readonly<AppRecord>): Schemas["SyncStatus"] | null {
    if (!app.sync) return null;
    if (this.options.now() < app.sync.started_at + this.options.syncDurationMs) return "SYNCING";
    return app.sync.outcome;
  }

  startSync(app: AppRecord): AppRecord {
    const failed = this.options.random() < this.options.syncFailRate;
    return { ...app, sync: { started_at: this.options.now(), outcome: failed ? "FAILED" : "SUCCESS" } };
  }

  // ---- references -------------------------------------------------------------------------

  /** Each kind of reference: where its objects live and how one is shown expanded. */
  private readonly refTargets: Record<RefKind, { has: (id: string) => boolean; render: (id: string) => unknown }> = {
    group: refTarget(() => this.groups, (g) => this.renderGroup(g)),
    user: refTarget(() => this.users, (u) => this.renderUser(u)),
    permission: refTarget(() => this.permissions, (p) => this.renderPermissionBase(p)),
    webhook: refTarget(() => this.webhooks, (w) => this.renderWebhook(w)),
  };

  resolve(kind: RefKind, ref: Record<string, unknown>): string | undefined {
    if (typeof ref.id === "string") return this.refTargets[kind].has(ref.id) ? ref.id : undefined;
    // Groups may also be named by their source app and the ID the integration gives them.
    if (kind === "group" && typeof ref.app_id === "string" && typeof ref.integration_specific_id === "string") {
      for (const group of this.groups.values()) {
        if (group.app_id === ref.app_id && group.integration_specific_id === ref.integration_specific_id) return group.id;
      }
    }
    return undefined;
  }

  hookType(id: string): string | undefined {
    return this.webhooks.peek(id)?.hook_type;
  }

  render(kind: RefKind, id: string): unknown {
    return this.refTargets[kind].render(id);
  }

  shuffle<T>(items: T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.options.random() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  // ---- rendering ----------------------------------------------------------------------------

  renderApp(app: Readonly<AppRecord>): Schemas["AppWithCustomAttributes"] {
    const store = this.appstore.peek(app.id);
    return {
      id: app.id,
      app_class_id: app.app_class_id,
      instance_id: app.instance_id,
      user_friendly_label: app.name,
      status: app.status,
      sources: app.sources,
      allow_multiple_permission_selection: store?.provisioning.allow_multiple_permission_selection ?? false,
      logo_url: app.logo_url,
      website_url: app.website_url,
      request_instructions: app.request_instructions,
      description: app.description,
      category: app.category,
      disconnected: app.disconnected,
      links: {
        self: `/apps/${app.id}`,
        admin_url: `${this.options.adminUrl}/apps/${app.id}`,
      },
      sync_status: this.syncStatus(app),
      custom_attributes: {},
    } as Schemas["AppWithCustomAttributes"];
  }

  renderUser(user: UserRecord): Schemas["User"] {
    return { id: user.id, email: user.email, given_name: user.given_name, family_name: user.family_name, status: user.status };
  }

  renderGroup(group: GroupRecord): Schemas["Group"] {
    return {
      id: group.id,
      app_id: group.app_id,
      integration_specific_id: group.integration_specific_id,
      name: group.name,
      group_lifecycle: group.group_lifecycle,
      source_app_id: group.source_app_id,
    };
  }

  renderWebhook(webhook: WebhookRecord): Schemas["InlineWebhook"] {
    return { id: webhook.id, hook_type: webhook.hook_type, name: webhook.name, description: webhook.description };
  }

  renderWebhookDetail(webhook: WebhookRecord): Schemas["InlineWebhookDetail"] {
    return { ...this.renderWebhook(webhook), url: webhook.url };
  }

  renderPermissionBase(permission: PermissionRecord): Schemas["RequestablePermissionBaseOutput"] {
    const app = this.apps.peek(permission.app_id);
    return {
      id: permission.id,
      type: permission.type,
      label: permission.label,
      app_id: permission.app_id,
      app_class_id: app?.app_class_id ?? "",
      app_instance_id: app?.instance_id ?? "",
    };
  }

  renderPermission(permission: PermissionRecord, includeInherited: boolean): Schemas["RequestablePermissionOutput"] {
    const config = includeInherited ? this.inheritAppSettings(permission) : permission.request_config;
    const approval = config.request_approval_config;
    const stages = [approval.approvers, approval.approvers_stage_2]
      .filter((p, index) => index === 0 || p.groups.length + p.users.length > 0)
      .map((p) => ({
        approvers: [
          ...p.users.map((id) => ({ type: "USER", user: { id } })),
          ...p.groups.map((id) => ({ type: "GROUP", group: { id } })),
        ],
      }));
    const rendered = renderRefs({ ...config }, this) as Record<string, unknown>;
    const renderedApproval = rendered.request_approval_config as Record<string, unknown>;
    renderedApproval.request_approval_stages = stages.map((stage) => ({
      approvers: stage.approvers.map((approver) => ({
        type: approver.type,
        user: "user" in approver && approver.user ? this.render("user", approver.user.id) ?? null : null,
        group: "group" in approver && approver.group ? this.render("group", approver.group.id) ?? null : null,
      })),
    }));
    renderedApproval.response_describes_entire_approval_workflow = includeInherited;
    return {
      ...this.renderPermissionBase(permission),
      request_config: rendered as Schemas["RequestConfigOutput"],
    };
  }

  /**
   * With include_inherited_configs (Lumos's default), every part a permission does not override
   * shows the app's AppStore settings instead. The result shares its parts with the stored
   * records: it is only rendered (renderRefs copies what it renders), never changed or stored.
   */
  private inheritAppSettings(permission: PermissionRecord): Readonly<PermissionRecord["request_config"]> {
    const own = permission.request_config;
    const app = this.appstore.peek(permission.app_id);
    if (!app) return own;
    const flow = app.request_flow;
    const approval = { ...own.request_approval_config };
    if (!approval.request_approval_config_override) {
      approval.manager_approval = flow.require_manager_approval ? "INITIAL_APPROVAL" : "NONE";
      approval.require_additional_approval = flow.require_additional_approval;
      approval.approvers = flow.approvers;
      approval.approvers_stage_2 = flow.approvers_stage_2;
    }
    if (!approval.custom_approval_message_override) approval.custom_approval_message = flow.custom_approval_message || null;
    const fulfillment = own.request_fulfillment_config;
    return {
      ...own,
      allowed_groups: own.allowed_groups_override ? own.allowed_groups : flow.allowed_groups,
      request_approval_config: approval,
      request_fulfillment_config: fulfillment.time_based_access_override ? fulfillment : { ...fulfillment, time_based_access: app.provisioning.time_based_access },
    };
  }

  renderAppStoreSettings(record: Readonly<AppStoreRecord>): Schemas["AppStoreAppSettingsOutput"] {
    const { app_id: _appId, ...settings } = record;
    const rendered = renderRefs(settings, this) as Record<string, unknown>;
    const flow = rendered.request_flow as Record<string, unknown>;
    flow.response_describes_entire_approval_workflow = false;
    const provisioning = rendered.provisioning as Record<string, unknown>;
    if (record.provisioning.default_permission) {
      const permission = this.permissions.peek(record.provisioning.default_permission);
      provisioning.default_permission = permission ? this.renderPermission(permission, false) : null;
    }
    return rendered as Schemas["AppStoreAppSettingsOutput"];
  }

  renderRule(rule: PreApprovalRuleRecord): Schemas["PreApprovalRuleOutput"] {
    const app = this.apps.peek(rule.app_id);
    const rendered = renderRefs(rule, this) as Record<string, unknown>;
    return {
      ...rendered,
      app_class_id: app?.app_class_id ?? "",
      app_instance_id: app?.instance_id ?? "",
    } as Schemas["PreApprovalRuleOutput"];
  }

  renderPolicy(policy: AccessPolicyRecord): Schemas["AccessPolicyOutput"] {
    return structuredClone(policy);
  }

  // ---- activity log -----------------------------------------------------------------------

  log(eventType: string, target: { type: string; id: string }, metadata: Record<string, unknown> = {}): void {
    const began = new Date(this.options.now()).toISOString();
    const hash = createHash("sha256").update(`${eventType}:${target.id}:${began}:${this.activity.size}`).digest("hex");
    // The token's user, or the person acting in the web app.
    const actor = this.uiActor ?? this.currentUser();
    this.activity.put(hash, {
      event_hash: hash,
      event_type: eventType,
      event_type_user_friendly: eventType.replace(/_/g, " ").toLowerCase(),
      outcome: "SUCCESS",
      targets: [target],
      actor: { id: actor?.id ?? "api", email: actor?.email ?? null },
      event_began_at: began,
      event_metadata: redact(metadata),
    });
  }

  /**
   * Runs `work` (one synchronous request handler) as `actor` working in the Lumos web app:
   * the activity it records names them, and apps it connects are connected in the UI.
   */
  asUiActor<T>(actor: UserRecord, work: () => T): T {
    const previous = this.uiActor;
    this.uiActor = actor;
    try {
      return work();
    } finally {
      this.uiActor = previous;
    }
  }

  /** Whether the write under way is made in the web app (not through the API). */
  get inUi(): boolean {
    return this.uiActor !== undefined;
  }

  findUserByEmail(email: string): UserRecord | undefined {
    const wanted = email.toLowerCase();
    for (const user of this.users.values()) if (user.email?.toLowerCase() === wanted) return { ...user };
    return undefined;
  }

  /** One identity event per changed attribute of a person, as Lumos detects them. */
  recordIdentityEvent(userId: string, field: string, before: string | null, after: string | null): void {
    const id = this.newId();
    this.identityEvents.put(id, {
      id,
      user_id: userId,
      detected_time: new Date(this.options.now()).toISOString(),
      changed_field: field,
      old_field_value: before,
      new_field_value: after,
    });
  }

  currentUser(): UserRecord | undefined {
    const email = this.settings.get("current_user");
    for (const user of this.users.values()) if (user.email === email) return { ...user };
    const first = this.users.values().next();
    return first.done ? undefined : { ...first.value };
  }
}

function refTarget<T>(collection: () => Collection<T>, render: (value: T) => unknown) {
  return {
    has: (id: string) => collection().has(id),
    render: (id: string) => {
      const value = collection().peek(id);
      return value && render(value as T);
    },
  };
}

/** Credentials never reach the activity log. */
function redact(metadata: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(metadata)) {
    if (key === "auth" || key === "secret") out[key] = "(redacted)";
    else out[key] = isRecord(value) ? redact(value) : value;
  }
  return out;
}
