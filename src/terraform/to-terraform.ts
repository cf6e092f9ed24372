import { asString, isRecord, isSecret } from "../kinds/common.ts";
import { CONFIG_KEYS, configKeyOf, type ConfigKey } from "../kinds/registry.ts";
import { APPROVAL_FLOW_FIELDS } from "../kinds/requestable-permission.ts";
import { TERRAFORM_DATA_SOURCES, TERRAFORM_PROVIDER, TERRAFORM_RESOURCES, type LumosProviderKey, type TfAttributes } from "./descriptors.ts";
import type { DesiredObject, LiveState } from "../model/types.ts";
import { expr, jsonText, NameScope, template, type TfBody, type TfDocument, type TfExpr, type TfObject, type TfValue } from "./hcl-printer.ts";

/** The official provider, as Terraform's registry names it. */
export const PROVIDER = { name: TERRAFORM_PROVIDER.name, source: TERRAFORM_PROVIDER.shortSource, version: TERRAFORM_PROVIDER.constraint } as const;
export const DEFAULT_SERVER_URL = "https://api.lumos.com";

/** The Terraform resource type of each kind (from the descriptors): the official provider's five, and lumos-iac's three. */
export const RESOURCE_TYPES = Object.fromEntries(CONFIG_KEYS.filter(isLumosProviderKey).map((key) => [key, TERRAFORM_RESOURCES[key].type])) as Record<LumosProviderKey, string>;

/** Whether the Lumos provider has a resource for this kind (Okta event hooks are the Okta provider's). */
export function isLumosProviderKey(key: ConfigKey): key is LumosProviderKey {
  return key in TERRAFORM_RESOURCES;
}

/** Resource types, data sources and attributes lumos-iac adds to what the official provider has. */
const OWN_RESOURCE_TYPES = new Set<string>(CONFIG_KEYS.filter(isLumosProviderKey).filter((key) => "ours" in TERRAFORM_RESOURCES[key]).map((key) => TERRAFORM_RESOURCES[key].type));
const OWN_DATA_SOURCES = new Set<string>(TERRAFORM_DATA_SOURCES.filter((d) => d.ours).map((d) => d.type));
const OWN_ATTRIBUTES: Record<string, string[]> = Object.fromEntries(
  CONFIG_KEYS.filter(isLumosProviderKey).map((key) => [TERRAFORM_RESOURCES[key].type, ownPaths(TERRAFORM_RESOURCES[key].attributes)]),
);

/** Dotted paths of the attributes marked as lumos-iac's own. */
function ownPaths(attributes: TfAttributes, prefix = ""): string[] {
  return Object.entries(attributes).flatMap(([name, attribute]) => [
    ...(attribute.ours ? [`${prefix}${name}`] : []),
    ...(attribute.nested ? ownPaths(attribute.nested.attributes, `${prefix}${name}.`) : []),
  ]);
}

export interface TerraformInput {
  /** The objects to write, as the configuration declares them (names, not IDs). */
  objects: readonly DesiredObject[];
  /** The live ID of each object that exists (by address): these get import blocks. */
  ids: ReadonlyMap<string, string>;
  /** The tenant, when read: apps connected in the Lumos UI are looked up with connection_source = "UI". */
  live?: LiveState;
  /** Sensitive values of ordinary fields (value → the `${…}` it came from): written as sensitive variables. */
  sensitive?: ReadonlyMap<string, string>;
  /** Default of the server_url variable. */
  serverUrl?: string;
}

export interface TerraformOutput {
  document: TfDocument;
  /** Resource types, data sources and attributes used that the official provider does not have. */
  additions: string[];
}

interface Named {
  type: string;
  name: string;
}

/**
 * Configuration objects → Terraform code for the teamlumos/lumos provider: one resource per
 * object, references between them (`lumos_app.payroll.id`), data sources for what is named but
 * not declared (users, groups, other apps, permissions, webhooks), import blocks for what
 * exists, sensitive variables for every secret (never a value), and the override flags the
 * provider requires set wherever their setting is.
 */
export function toTerraform(input: TerraformInput): TerraformOutput {
  const writer = new Writer(input);
  return writer.run();
}

class Writer {
  private readonly doc: TfDocument = {
    requiredProviders: { [PROVIDER.name]: { source: PROVIDER.source, version: PROVIDER.version } },
    providers: {},
    variables: {},
    data: {},
    resources: {},
    imports: [],
    comments: {},
  };
  private readonly scopes = new Map<string, NameScope>();
  private readonly variableScope = new NameScope();
  private readonly named = new Map<string, Named>();
  private readonly appsByName = new Map<string, string>();
  private readonly appsByClass = new Map<string, string[]>();
  private readonly permissions = new Map<string, string>();
  private readonly webhooks = new Map<string, string>();
  private readonly lookups = new Map<string, TfExpr>();
  private readonly additions = new Set<string>();
  private readonly sensitive: ReadonlyMap<string, string>;

  constructor(private readonly input: TerraformInput) {
    this.sensitive = input.sensitive ?? new Map();
  }

  run(): TerraformOutput {
    this.variableScope.take("lumos_server_url");
    this.doc.variables.lumos_server_url = {
      type: "string",
      description: "Lumos API base URL. The provider reads the API token from LUMOS_ACCESS_TOKEN.",
      default: this.input.serverUrl && /^https?:\/\//.test(this.input.serverUrl) ? this.input.serverUrl : DEFAULT_SERVER_URL,
    };
    this.doc.providers[PROVIDER.name] = { server_url: expr("var.lumos_server_url") };
    // Names first, so references can point at objects declared later.
    for (const object of this.input.objects) this.nameOf(object);
    for (const object of this.input.objects) {
      const { type, name } = this.nameOf(object);
      const body = this.body(object, name);
      (this.doc.resources[type] ??= {})[name] = body;
      const id = this.input.ids.get(object.address);
      if (id) this.doc.imports.push({ to: `${type}.${name}`, id });
      this.doc.comments![`${type}.${name}`] = [object.address, ...(id ? this.caveats(object.kind, id) : [])];
      if (OWN_RESOURCE_TYPES.has(type)) this.additions.add(`resource ${type}`);
      for (const path of OWN_ATTRIBUTES[type] ?? []) if (hasPath(body, path)) this.additions.add(`${type}.${path}`);
    }
    for (const type of Object.keys(this.doc.data)) if (OWN_DATA_SOURCES.has(type)) this.additions.add(`data source ${type}`);
    if (Object.keys(this.doc.comments!).length === 0) delete this.doc.comments;
    return { document: this.doc, additions: [...this.additions].sort() };
  }

  /** What Terraform users must know about an existing object they adopt. */
  private caveats(kind: string, id: string): string[] {
    const live = this.input.live;
    if (!live) return [];
    if (kind === "app" && live.managedAppIds && !live.managedAppIds.includes(id)) {
      return ["Connected in the Lumos UI: its metadata can change here, but Lumos refuses to remove it through the API."];
    }
    if (kind === "requestable_permission" && (live.kinds.requestable_permissions ?? []).some((p) => p.id === id && p.data.type === "SYNCED")) {
      return ["Synced from its integration: it can be updated, not created or destroyed."];
    }
    return [];
  }

  private scope(type: string): NameScope {
    let scope = this.scopes.get(type);
    if (!scope) this.scopes.set(type, (scope = new NameScope()));
    return scope;
  }

  private nameOf(object: DesiredObject): Named {
    const known = this.named.get(object.address);
    if (known) return known;
    const key = configKeyOf(object.kind);
    if (!isLumosProviderKey(key)) throw new Error(`${object.address} has no resource in the Lumos provider`);
    const type = RESOURCE_TYPES[key];
    const spec = object.spec;
    const label =
      key === "user_sources" ? "user_sources" : key === "apps" ? asString(spec.name) || asString(spec.app_class_id) || object.key : object.key.replace(/\//g, " ");
    const named = { type, name: this.scope(type).take(label) };
    this.named.set(object.address, named);
    if (key === "apps") {
      const ref = `${type}.${named.name}.id`;
      if (typeof spec.name === "string") this.appsByName.set(spec.name, ref);
      if (typeof spec.app_class_id === "string") {
        const list = this.appsByClass.get(spec.app_class_id) ?? [];
        list.push(ref);
        this.appsByClass.set(spec.app_class_id, list);
      }
    }
    if (key === "requestable_permissions") this.permissions.set(`${asString(spec.app)}\u0000${asString(spec.label)}`, `${type}.${named.name}.id`);
    if (key === "inline_webhooks") this.webhooks.set(asString(spec.name), `${type}.${named.name}.id`);
    return named;
  }

  // ---- references -------------------------------------------------------------------------------

  private lookup(type: string, label: string, key: string, args: TfObject, item: string): TfExpr {
    const cacheKey = `${type}\u0000${key}`;
    const known = this.lookups.get(cacheKey);
    if (known) return known;
    const name = this.scope(`data.${type}`).take(label);
    (this.doc.data[type] ??= {})[name] = args;
    const ref = expr(`data.${type}.${name}.${item}`);
    this.lookups.set(cacheKey, ref);
    return ref;
  }

  /** An app by the name (or app_class_id) the configuration uses. */
  appRef(name: string): TfExpr {
    const declared = this.appsByName.get(name) ?? (this.appsByClass.get(name)?.length === 1 ? this.appsByClass.get(name)![0] : undefined);
    if (declared) return expr(declared);
    const args: TfObject = { name_search: name, exact_match: true };
    if (this.connectedInUi(name)) args.connection_source = "UI";
    return this.lookup("lumos_apps", name, name, args, "items[0].id");
  }

  /** Whether the tenant shows this app as connected in the Lumos UI (found only with connection_source = "UI"). */
  private connectedInUi(name: string): boolean {
    const live = this.input.live;
    if (!live?.managedAppIds) return false;
    const managed = new Set(live.managedAppIds);
    const app = (live.kinds.apps ?? []).find((a) => a.data.user_friendly_label === name || a.data.app_class_id === name);
    return app !== undefined && !managed.has(app.id);
  }

  private userRef(email: string): TfExpr {
    return this.lookup("lumos_users", email, email, { search_term: email, exact_match: true }, "items[0].id");
  }

  private groupRef(group: unknown): TfExpr {
    if (isRecord(group)) {
      const name = asString(group.name);
      const app = asString(group.app);
      return this.lookup("lumos_groups", `${name} ${app}`, `${name}\u0000${app}`, { name, app_id: this.appRef(app), exact_match: true }, "items[0].id");
    }
    const name = asString(group);
    return this.lookup("lumos_groups", name, name, { name, exact_match: true }, "items[0].id");
  }

  private permissionRef(app: string, label: string): TfExpr {
    const declared = this.permissions.get(`${app}\u0000${label}`);
    if (declared) return expr(declared);
    return this.lookup(
      "lumos_requestable_permissions",
      `${app} ${label}`,
      `${app}\u0000${label}`,
      { app_id: this.appRef(app), search_term: label, exact_match: true },
      "items[0].id",
    );
  }

  private webhookRef(name: string): TfExpr {
    const declared = this.webhooks.get(name);
    if (declared) return expr(declared);
    return this.lookup("lumos_inline_webhooks", name, name, { name }, "items[0].id");
  }

  // ---- values -----------------------------------------------------------------------------------

  /** A sensitive variable for a secret or sensitive value; the value itself is never written. */
  private variable(label: string, from: string): TfExpr {
    const name = this.variableScope.take(label);
    this.doc.variables[name] = { type: "string", sensitive: true, description: `Set with TF_VAR_${name}; lumos-iac read it from ${from}.` };
    return expr(`var.${name}`);
  }

  /** A plain value, with secrets and sensitive values turned into variables named after `label`. */
  private value(value: unknown, label: string): TfValue {
    if (value === undefined || value === null) return null;
    if (isSecret(value)) return this.variable(label, value.$secret);
    if (typeof value === "string") return this.text(value, label);
    if (typeof value === "number" || typeof value === "boolean") return value;
    if (Array.isArray(value)) return value.map((item, i) => this.value(item, `${label}_${i + 1}`));
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.value(v, `${label}_${k}`)]));
    return null;
  }

  /** A string: as is, or (holding a sensitive value) a variable or a template around one. */
  private text(value: string, label: string): TfValue {
    const whole = this.sensitive.get(value);
    if (whole !== undefined) return this.variable(label, whole);
    for (const [secret, from] of this.sensitive) {
      if (secret.length < 4 || !value.includes(secret)) continue;
      const parts: (string | TfExpr)[] = [];
      const variable = this.variable(label, from);
      value.split(secret).forEach((piece, i) => {
        if (i > 0) parts.push(variable);
        if (piece !== "") parts.push(piece);
      });
      return template(...parts);
    }
    return value;
  }

  private ids(list: unknown, ref: (item: unknown) => TfExpr): TfValue[] {
    return (Array.isArray(list) ? list : []).map((item) => ({ id: ref(item) }));
  }

  private one(item: unknown, ref: (item: string) => TfExpr): TfValue {
    return typeof item === "string" ? { id: ref(item) } : null;
  }

  private principals(value: unknown, label: string): TfValue {
    if (!isRecord(value)) return this.value(value, label);
    return compact({
      users: value.users === undefined ? undefined : this.ids(value.users, (u) => this.userRef(asString(u))),
      groups: value.groups === undefined ? undefined : this.ids(value.groups, (g) => this.groupRef(g)),
    });
  }

  private allowedGroups(value: unknown, label: string): TfValue {
    if (!isRecord(value)) return this.value(value, label);
    return compact({
      type: value.type as TfValue | undefined,
      groups: value.groups === undefined ? undefined : this.ids(value.groups, (g) => this.groupRef(g)),
    });
  }

  // ---- one body per kind ------------------------------------------------------------------------

  private body(object: DesiredObject, name: string): TfBody {
    const spec = object.spec;
    switch (configKeyOf(object.kind)) {
      case "apps":
        return this.app(spec, name);
      case "appstore_apps":
        return this.appStoreApp(spec, name);
      case "requestable_permissions":
        return this.permission(spec, name);
      case "pre_approval_rules":
        return this.rule(spec, name);
      case "access_policies":
        return this.policy(spec, name);
      case "inline_webhooks":
        return compact({
          name: this.value(spec.name, `${name}_name`),
          hook_type: spec.hook_type as TfValue | undefined,
          description: field(spec, "description", (v) => this.value(v, `${name}_description`)),
          url: this.value(spec.url, `${name}_url`),
          secret: spec.secret === undefined ? undefined : this.value(spec.secret, `${name}_secret`),
        });
      case "okta_event_hooks":
        throw new Error(`${object.address} belongs to the Okta provider, not the Lumos provider`);
      case "user_sources":
        return { app_ids: ((spec.sources as unknown[] | undefined) ?? []).map((app) => this.appRef(asString(app))) };
      case "sync_schedules":
        return compact({
          app_id: this.appRef(asString(spec.app)),
          cron: field(spec, "cron", (v) => this.value(v, `${name}_cron`)),
          preset: spec.preset as TfValue | undefined,
          timezone: spec.timezone as TfValue | undefined,
          enabled: spec.enabled as TfValue | undefined,
          sync_type: spec.sync_type as TfValue | undefined,
        });
    }
  }

  private app(spec: Record<string, unknown>, name: string): TfBody {
    const metadata = ["name", "app_class_id", "category", "description", "logo_url", "website_url", "request_instructions", "version"] as const;
    const out: Record<string, TfValue | undefined> = {};
    for (const key of metadata) out[key] = field(spec, key, (v) => this.value(v, `${name}_${key}`));
    if (isRecord(spec.auth)) out.auth = jsonText(this.value(spec.auth, `${name}_auth`));
    // Lumos takes a second instance's identifier in settings; the provider has no instance_id to set.
    const settings = isRecord(spec.settings) ? { ...spec.settings } : undefined;
    const withInstance = typeof spec.instance_id === "string" && settings?.app_instance_identifier === undefined ? { ...settings, app_instance_identifier: spec.instance_id } : settings;
    if (withInstance) out.settings = jsonText(this.value(withInstance, `${name}_settings`));
    return compact(out);
  }

  private appStoreApp(spec: Record<string, unknown>, name: string): TfBody {
    const app = asString(spec.app);
    const flow = isRecord(spec.request_flow) ? spec.request_flow : undefined;
    const provisioning = isRecord(spec.provisioning) ? spec.provisioning : undefined;
    const v = (value: unknown, key: string) => this.value(value, `${name}_${key}`);
    return compact({
      app_id: this.appRef(app),
      custom_request_instructions: field(spec, "custom_request_instructions", (x) => v(x, "custom_request_instructions")),
      redirect_url: field(spec, "redirect_url", (x) => v(x, "redirect_url")),
      request_flow: flow
        ? compact({
            discoverability: flow.discoverability as TfValue | undefined,
            custom_approval_message: field(flow, "custom_approval_message", (x) => v(x, "custom_approval_message")),
            require_manager_approval: flow.require_manager_approval as TfValue | undefined,
            require_additional_approval: flow.require_additional_approval as TfValue | undefined,
            allowed_groups: field(flow, "allowed_groups", (x) => this.allowedGroups(x, "allowed_groups")),
            approvers: field(flow, "approvers", (x) => this.principals(x, "approvers")),
            approvers_stage_2: field(flow, "approvers_stage_2", (x) => this.principals(x, "approvers_stage_2")),
            admins: field(flow, "admins", (x) => this.principals(x, "admins")),
            request_validation_inline_webhook: field(flow, "request_validation_inline_webhook", (x) => this.one(x, (w) => this.webhookRef(w))),
          })
        : undefined,
      provisioning: provisioning
        ? compact({
            groups_provisioning: provisioning.groups_provisioning as TfValue | undefined,
            time_based_access: field(provisioning, "time_based_access", (x) => v(x, "time_based_access")),
            allow_multiple_permission_selection: provisioning.allow_multiple_permission_selection as TfValue | undefined,
            manual_steps_needed: provisioning.manual_steps_needed as TfValue | undefined,
            custom_provisioning_instructions: field(provisioning, "custom_provisioning_instructions", (x) => v(x, "custom_provisioning_instructions")),
            default_time_based_access_option: field(provisioning, "default_time_based_access_option", (x) => v(x, "default_time_based_access_option")),
            default_permission: field(provisioning, "default_permission", (x) => this.one(x, (label) => this.permissionRef(app, label))),
            provisioning_webhook: field(provisioning, "provisioning_webhook", (x) => this.one(x, (w) => this.webhookRef(w))),
            access_removal_inline_webhook: field(provisioning, "access_removal_inline_webhook", (x) => this.one(x, (w) => this.webhookRef(w))),
          })
        : undefined,
    });
  }

  private permission(spec: Record<string, unknown>, name: string): TfBody {
    const app = asString(spec.app);
    const config = isRecord(spec.request_config) ? spec.request_config : undefined;
    const v = (value: unknown, key: string) => this.value(value, `${name}_${key}`);
    const webhook = (x: unknown) => this.one(x, (w) => this.webhookRef(w));
    let requestConfig: TfValue | undefined;
    if (config) {
      const approval = isRecord(config.request_approval_config) ? config.request_approval_config : undefined;
      const fulfillment = isRecord(config.request_fulfillment_config) ? config.request_fulfillment_config : undefined;
      // The provider requires each override flag with the setting it governs (lumos-iac infers it).
      const flowSet = approval && APPROVAL_FLOW_FIELDS.some((k) => approval[k] !== undefined);
      requestConfig = compact({
        appstore_visibility: config.appstore_visibility as TfValue | undefined,
        allowed_groups_override: (config.allowed_groups_override ?? (config.allowed_groups !== undefined ? true : undefined)) as TfValue | undefined,
        allowed_groups: field(config, "allowed_groups", (x) => this.allowedGroups(x, "allowed_groups")),
        request_approval_config: approval
          ? compact({
              request_approval_config_override: (approval.request_approval_config_override ?? (flowSet ? true : undefined)) as TfValue | undefined,
              manager_approval: approval.manager_approval as TfValue | undefined,
              require_additional_approval: approval.require_additional_approval as TfValue | undefined,
              custom_approval_message: field(approval, "custom_approval_message", (x) => v(x, "custom_approval_message")),
              custom_approval_message_override: (approval.custom_approval_message_override ??
                (typeof approval.custom_approval_message === "string" ? true : undefined)) as TfValue | undefined,
              approvers: field(approval, "approvers", (x) => this.principals(x, "approvers")),
              approvers_stage_2: field(approval, "approvers_stage_2", (x) => this.principals(x, "approvers_stage_2")),
            })
          : undefined,
        request_fulfillment_config: fulfillment
          ? compact({
              manual_steps_needed: fulfillment.manual_steps_needed as TfValue | undefined,
              manual_instructions: field(fulfillment, "manual_instructions", (x) => v(x, "manual_instructions")),
              time_based_access: field(fulfillment, "time_based_access", (x) => v(x, "time_based_access")),
              time_based_access_override: (fulfillment.time_based_access_override ?? (fulfillment.time_based_access !== undefined ? true : undefined)) as
                | TfValue
                | undefined,
              provisioning_group: field(fulfillment, "provisioning_group", (x) => (x === null ? null : { id: this.groupRef(x) })),
              provisioning_webhook: field(fulfillment, "provisioning_webhook", webhook),
            })
          : undefined,
        access_removal_inline_webhook: field(config, "access_removal_inline_webhook", webhook),
        request_validation_inline_webhook: field(config, "request_validation_inline_webhook", webhook),
      });
    }
    return compact({ app_id: this.appRef(app), label: this.value(spec.label, `${name}_label`), request_config: requestConfig });
  }

  private rule(spec: Record<string, unknown>, name: string): TfBody {
    const app = asString(spec.app);
    return compact({
      app_id: this.appRef(app),
      justification: this.value(spec.justification, `${name}_justification`),
      preapproved_groups: field(spec, "preapproved_groups", (x) => this.ids(x, (g) => this.groupRef(g))),
      preapproved_permissions: field(spec, "preapproved_permissions", (x) => this.ids(x, (p) => this.permissionRef(app, asString(p)))),
      preapproved_users_by_attribute: field(spec, "preapproved_users_by_attribute", (x) => this.value(x, `${name}_users_by_attribute`)),
      preapproval_webhooks: field(spec, "preapproval_webhooks", (x) => this.ids(x, (w) => this.webhookRef(asString(w)))),
      time_based_access: field(spec, "time_based_access", (x) => this.value(x, `${name}_time_based_access`)),
    });
  }

  private policy(spec: Record<string, unknown>, name: string): TfBody {
    return compact({
      name: this.value(spec.name, `${name}_name`),
      business_justification: this.value(spec.business_justification, `${name}_business_justification`),
      apps: ((spec.apps as unknown[] | undefined) ?? []).map((entry) => {
        const item = isRecord(entry) ? entry : {};
        const app = asString(item.app);
        return compact({
          id: this.appRef(app),
          is_preapproved: item.is_preapproved as TfValue | undefined,
          permissions: field(item, "permissions", (x) => this.ids(x, (p) => this.permissionRef(app, asString(p)))),
        });
      }),
      access_condition: field(spec, "access_condition", (x) => (x === null ? null : jsonText(this.value(x, `${name}_access_condition`)))),
      is_enabled: spec.is_enabled as TfValue | undefined,
      status: spec.status as TfValue | undefined,
      is_everyone_condition: spec.is_everyone_condition as TfValue | undefined,
    });
  }
}

/** A declared field, converted; undefined (left out) when the configuration does not set it. */
function field(source: Record<string, unknown>, key: string, convert: (value: unknown) => TfValue): TfValue | undefined {
  return key in source && source[key] !== undefined ? convert(source[key]) : undefined;
}

/** Drops what is undefined (not declared); keeps null, [] and {} (declared as such). */
function compact(value: Record<string, TfValue | undefined>): TfObject {
  const out: TfObject = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = item;
  return out;
}

function hasPath(body: TfObject, path: string): boolean {
  let at: unknown = body;
  for (const part of path.split(".")) {
    if (!isRecord(at) || !(part in at)) return false;
    at = at[part];
  }
  return true;
}
