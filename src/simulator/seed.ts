import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { LumosIacError } from "../errors.ts";
import { accessCollections } from "./routes/access.ts";
import { CUSTOM_APP_INSTANCE, CUSTOM_APP_SOURCES, type Tenant } from "./tenant.ts";
import { setAccounts, type SourceAccount } from "./sync-effects.ts";
import { defaultRequestConfig, type AppRecord, type IntegrationRecord, type Schemas } from "./records.ts";

/** The starting tenant: what a fresh Lumos would already hold before any tool touched it. */
export interface Seed {
  name?: string;
  current_user?: string;
  integrations?: IntegrationRecord[];
  apps?: SeedApp[];
  users?: SeedUser[];
  groups?: SeedGroup[];
  requestable_permissions?: { app: string; label: string; type?: Schemas["PermissionType"] }[];
  inline_webhooks?: { name: string; hook_type: Schemas["InlineWebhookType"]; description?: string; url: string }[];
  /** App names, first wins. */
  user_sources?: string[];
  accounts?: SeedAccount[];
  access_requests?: SeedAccessRequest[];
}

/** An account a person holds in an app. */
export interface SeedAccount {
  app: string;
  user: string;
  status?: Schemas["AccountLifecycleStatus"];
  account_type?: Schemas["AccountType"];
  /** ISO 8601 time Lumos found it. */
  discovered_at?: string;
}

/** An access request for permissions of an app (by label), for a user, made by them or by `requester`. */
export interface SeedAccessRequest {
  app: string;
  permissions: string[];
  target: string;
  requester?: string;
  status: Schemas["SupportRequestStatus"];
  requested_at?: string;
}

const SEED_KEYS = ["name", "current_user", "integrations", "apps", "users", "groups", "requestable_permissions", "inline_webhooks", "user_sources", "accounts", "access_requests"];

export interface SeedApp {
  name: string;
  /** A catalog integration; omitted for a custom app. */
  app_class_id?: string;
  instance_id?: string;
  category?: string;
  description?: string;
  website_url?: string;
  connection_source?: Schemas["ConnectionSource"];
  status?: Schemas["DomainAppStatus"];
  sources?: Schemas["DiscoverySource"][];
  disconnected?: boolean;
  /** Accounts the integration holds: the users it brings in when it is a user source. */
  accounts?: SourceAccount[];
}

export interface SeedUser {
  email: string;
  given_name?: string;
  family_name?: string;
  status?: Schemas["UserLifecycleStatus"];
  /** TEXT custom attributes, by name. */
  custom_attributes?: Record<string, string>;
}

export interface SeedGroup {
  name: string;
  /** Name of the app the group comes from. */
  source_app: string;
  integration_specific_id?: string;
  members?: string[];
}

export const DEMO_SEED_FILE = fileURLToPath(new URL("./seeds/demo.yaml", import.meta.url));

export function readSeedFile(file: string): Seed {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new LumosIacError("SEED_UNREADABLE", `cannot read seed ${file}: ${(error as Error).message}`);
  }
  try {
    const seed = parse(text) as unknown;
    if (typeof seed !== "object" || seed === null || Array.isArray(seed)) throw new Error("the top level must be a mapping");
    // A project file or a typo passed as --seed would otherwise seed an empty tenant in silence.
    const unknown = Object.keys(seed).filter((key) => !SEED_KEYS.includes(key));
    if (unknown.length > 0) throw new Error(`not a seed: unknown top-level keys ${unknown.join(", ")} (a seed has ${SEED_KEYS.join(", ")})`);
    return seed as Seed;
  } catch (error) {
    throw new LumosIacError("SEED_INVALID", `${file}: ${(error as Error).message}`);
  }
}

/** Stable IDs, so a seeded tenant has the same IDs on every machine. */
export function seedId(seedName: string, kind: string, key: string): string {
  const hex = createHash("sha256").update(`${seedName}\u0000${kind}\u0000${key}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function loadSeed(tenant: Tenant, seed: Seed): void {
  const name = seed.name ?? "seed";
  const id = (kind: string, key: string) => seedId(name, kind, key);
  const fail = (message: string): never => {
    throw new LumosIacError("SEED_INVALID", `seed ${name}: ${message}`);
  };
  tenant.store.batch(() => {
    for (const integration of seed.integrations ?? []) tenant.integrations.put(integration.app_class_id, integration);

    const appsByName = new Map<string, AppRecord>();
    for (const app of seed.apps ?? []) {
      const integration = app.app_class_id ? tenant.integrations.get(app.app_class_id) : undefined;
      if (app.app_class_id && !integration) fail(`app ${app.name}: unknown integration ${app.app_class_id}`);
      const appId = id("app", app.name);
      const record: AppRecord = {
        id: appId,
        app_class_id: app.app_class_id ?? `custom_app_${appId.slice(0, 8)}`,
        instance_id: app.app_class_id ? (app.instance_id ?? app.app_class_id) : CUSTOM_APP_INSTANCE,
        name: app.name,
        category: app.category ?? integration?.category ?? null,
        description: app.description ?? null,
        logo_url: integration?.logo_url ?? null,
        website_url: app.website_url ?? null,
        request_instructions: null,
        status: app.status ?? "APPROVED",
        sources: app.sources ?? (app.app_class_id ? ["LUMOS_INTEGRATION"] : [...CUSTOM_APP_SOURCES]),
        disconnected: app.disconnected ?? false,
        connection_source: app.connection_source ?? "UI",
        custom: !app.app_class_id,
        credentials: null,
        sync: app.app_class_id ? { started_at: 0, outcome: "SUCCESS", settled: true } : null,
      };
      tenant.apps.put(appId, record);
      if (app.accounts) setAccounts(tenant, appId, app.accounts);
      appsByName.set(app.name, record);
    }
    const appNamed = (appName: string, where: string): AppRecord =>
      appsByName.get(appName) ?? fail(`${where}: unknown app ${appName}`);

    const usersByEmail = new Map<string, string>();
    for (const user of seed.users ?? []) {
      const userId = id("user", user.email);
      tenant.users.put(userId, {
        id: userId,
        email: user.email,
        given_name: user.given_name ?? null,
        family_name: user.family_name ?? null,
        status: user.status ?? "ACTIVE",
        ...(user.custom_attributes ? { custom_attributes: { ...user.custom_attributes } } : {}),
      });
      usersByEmail.set(user.email, userId);
    }

    for (const group of seed.groups ?? []) {
      const app = appNamed(group.source_app, `group ${group.name}`);
      const groupId = id("group", `${app.name}/${group.name}`);
      tenant.groups.put(groupId, {
        id: groupId,
        app_id: app.id,
        integration_specific_id: group.integration_specific_id ?? `${app.app_class_id}:${group.name.toLowerCase().replace(/\W+/g, "-")}`,
        name: group.name,
        group_lifecycle: "SYNCED",
        source_app_id: app.id,
        member_ids: (group.members ?? []).map(
          (email) => usersByEmail.get(email) ?? fail(`group ${group.name}: unknown member ${email}`),
        ),
      });
    }

    for (const permission of seed.requestable_permissions ?? []) {
      const app = appNamed(permission.app, `permission ${permission.label}`);
      const permissionId = id("permission", `${app.name}/${permission.label}`);
      tenant.permissions.put(permissionId, {
        id: permissionId,
        app_id: app.id,
        label: permission.label,
        type: permission.type ?? "SYNCED",
        request_config: defaultRequestConfig(),
      });
    }

    const userNamed = (email: string, where: string): string => usersByEmail.get(email) ?? fail(`${where}: unknown user ${email}`);
    const { accounts, requests } = accessCollections(tenant);
    for (const account of seed.accounts ?? []) {
      const app = appNamed(account.app, `account of ${account.user}`);
      const accountId = id("account", `${app.name}/${account.user}`);
      accounts.put(accountId, {
        id: accountId,
        app_id: app.id,
        user_id: userNamed(account.user, `account in ${account.app}`),
        email: account.user,
        unique_identifier: account.user,
        account_type: account.account_type ?? "USER",
        status: account.status ?? "ACTIVE",
        discovered_at: account.discovered_at ?? null,
        sources: app.sources,
      });
    }
    seed.access_requests?.forEach((request, index) => {
      const app = appNamed(request.app, `access request of ${request.target}`);
      const requestId = id("access_request", `${index}/${app.name}/${request.target}`);
      requests.put(requestId, {
        id: requestId,
        app_id: app.id,
        requester_user_id: userNamed(request.requester ?? request.target, `access request ${index + 1}`),
        target_user_id: userNamed(request.target, `access request ${index + 1}`),
        status: request.status,
        permission_ids: request.permissions.map((label) => {
          const permissionId = id("permission", `${app.name}/${label}`);
          return tenant.permissions.has(permissionId) ? permissionId : fail(`access request ${index + 1}: unknown permission ${label} of ${app.name}`);
        }),
        requested_at: request.requested_at ?? null,
        expiration_in_seconds: null,
      });
    });

    for (const webhook of seed.inline_webhooks ?? []) {
      const webhookId = id("inline_webhook", webhook.name);
      tenant.webhooks.put(webhookId, {
        id: webhookId,
        hook_type: webhook.hook_type,
        name: webhook.name,
        description: webhook.description ?? null,
        url: webhook.url,
        secret: null,
      });
    }

    if (seed.user_sources) {
      tenant.settings.put(
        "user_sources",
        seed.user_sources.map((appName) => appNamed(appName, "user_sources").id),
      );
    }
    if (seed.current_user) tenant.settings.put("current_user", seed.current_user);
    tenant.store.markSeeded(name);
  });
}
