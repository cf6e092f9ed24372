import { badRequest, conflict, found, invalid, SimHttpError } from "../http-error.ts";
import type { AppRecord, IntegrationRecord, Schemas } from "../records.ts";
import { APP_CATEGORIES, CUSTOM_APP_INSTANCE, CUSTOM_APP_SOURCES, type Tenant } from "../tenant.ts";
import { matchesAppSearch, ok, paginate, type Routes } from "./types.ts";

type AppMetadata = Pick<Schemas["AppInputUpdate"], "name" | "category" | "description" | "logo_url" | "website_url" | "request_instructions">;
const METADATA_FIELDS = ["name", "category", "description", "logo_url", "website_url", "request_instructions"] as const;

export function appRoutes(tenant: Tenant): Routes {
  return {
    listApps: ({ query }) => {
      const items: Readonly<AppRecord>[] = [];
      for (const app of tenant.apps.values()) {
        if (!matchesAppSearch(app, query.name_search, query.exact_match)) continue;
        if (typeof query.connection_source === "string" && app.connection_source !== query.connection_source) continue;
        if (typeof query.disconnected === "boolean" && app.disconnected !== query.disconnected) continue;
        items.push(app);
      }
      return paginate(items, query, (app) => tenant.renderApp(app));
    },

    getAppCategories: () => ok([...APP_CATEGORIES]),

    getApp: ({ path }) => ok(tenant.renderApp(tenant.peekApp(path.app_id ?? ""))),

    createApp: ({ body }) => {
      const input = body as Schemas["AppInputCreate"];
      checkCategory(input.category);
      const created = input.app_class_id ? connectIntegration(tenant, input) : createCustomApp(tenant, input);
      // An app an admin adds in the web app is connected in the UI: not the API's to manage.
      const app = tenant.inUi ? tenant.apps.put(created.id, { ...created, connection_source: "UI" }) : created;
      tenant.log("APP_CREATED", { type: "app", id: app.id }, { app_class_id: app.app_class_id });
      return ok(tenant.renderApp(app));
    },

    updateApp: ({ path, body }) => {
      const app = tenant.requireApp(path.app_id ?? "");
      const input = body as Schemas["AppInputUpdate"];
      checkCategory(input.category);
      const updated = tenant.apps.put(app.id, applyMetadata(tenant, app, input));
      tenant.log("APP_UPDATED", { type: "app", id: app.id });
      return ok(tenant.renderApp(updated));
    },

    reconnectApp: ({ path, body }) => {
      const app = tenant.requireApp(path.app_id ?? "");
      const input = body as Schemas["AppInputPut"];
      // Only credentials (auth, settings or version) reconnect; a metadata-only PUT edits like PATCH.
      const reconnecting = [input.auth, input.settings, input.version].some((value) => value !== undefined && value !== null);
      if (reconnecting && !tenant.isApiManaged(app)) {
        throw conflict(`App ${app.id} was not connected through the API; its credentials cannot be replaced through it`);
      }
      if (reconnecting && app.custom) throw badRequest(`App ${app.id} is a custom app and has no credentials`);
      if (reconnecting && !input.app_class_id) throw badRequest("app_class_id is required when sending auth, settings or version");
      if (input.app_class_id && input.app_class_id !== app.app_class_id) {
        throw badRequest(`app_class_id ${input.app_class_id} does not match the app's ${app.app_class_id}`);
      }
      checkCategory(input.category);
      let updated = applyMetadata(tenant, app, input);
      if (reconnecting) {
        if (tenant.syncStatus(app) === "SYNCING") {
          const remaining = Math.max(1, Math.ceil((app.sync!.started_at + tenant.options.syncDurationMs - tenant.options.now()) / 1000));
          throw new SimHttpError(429, { detail: "A sync is running; reconnect when it has finished" }, { "Retry-After": String(remaining) });
        }
        // Credentials are always overwritten and checked again.
        const auth = input.auth ?? {};
        const settings = input.settings ?? app.credentials?.settings ?? {};
        const integration = tenant.integrations.get(app.app_class_id);
        if (integration) checkConnection(tenant, integration, auth, settings, "PUT /apps/{app_id}");
        updated = tenant.startSync({
          ...updated,
          disconnected: false,
          credentials: { auth, settings, version: input.version ?? app.credentials?.version ?? null },
        });
      }
      tenant.apps.put(app.id, updated);
      tenant.log(reconnecting ? "APP_RECONNECTED" : "APP_UPDATED", { type: "app", id: app.id }, { auth: input.auth ? "sent" : "not sent" });
      return ok(tenant.renderApp(updated));
    },

    disconnectApp: ({ path }) => {
      const app = tenant.requireApp(path.app_id ?? "");
      if (!tenant.isApiManaged(app)) throw conflict(`App ${app.id} was not connected through the API and cannot be removed through it`);
      if (app.custom) {
        removeCustomApp(tenant, app.id);
      } else {
        tenant.apps.put(app.id, { ...app, disconnected: true, credentials: null, sync: null });
      }
      tenant.log("APP_DISCONNECTED", { type: "app", id: app.id });
      return ok({ id: app.id, app_class_id: app.app_class_id, disconnected: true });
    },

    triggerAppSync: ({ path, body }) => {
      const app = tenant.requireApp(path.app_id ?? "");
      const input = body as Schemas["TriggerSyncInput"];
      if (app.custom) throw invalid(["path", "app_id"], "Manual and CSV apps cannot be synced");
      if (app.disconnected) throw conflict(`App ${app.id} is disconnected`);
      if (tenant.syncStatus(app) === "SYNCING") throw conflict(`A sync of app ${app.id} is already running`);
      tenant.apps.put(app.id, tenant.startSync(app));
      tenant.log("APP_SYNC_TRIGGERED", { type: "app", id: app.id }, { sync_type: input.sync_type });
      return ok({ app_id: app.id, sync_type: input.sync_type, status: "SYNCING" }, 202);
    },

    listIntegrations: ({ query }) => {
      const items: Schemas["IntegrationCatalogOutput"][] = [];
      for (const integration of tenant.integrations.values()) {
        const search = typeof query.query === "string" ? query.query.toLowerCase() : "";
        if (search && !integration.name.toLowerCase().includes(search) && !integration.app_class_id.toLowerCase().includes(search)) continue;
        items.push(renderIntegration(integration));
      }
      return paginate(items, query);
    },

    getIntegration: ({ path }) => {
      const integration = found(tenant.integrations.get(path.app_class_id ?? ""), "Integration", path.app_class_id ?? "");
      return ok(renderIntegration(integration));
    },

    getIntegrationConnectionSchema: ({ path }) => {
      const integration = found(tenant.integrations.get(path.app_class_id ?? ""), "Integration", path.app_class_id ?? "");
      return ok({
        app_class_id: integration.app_class_id,
        auth_schema: integration.auth_schema,
        settings_schema: integration.settings_schema,
      });
    },
  };
}

function renderIntegration(integration: {
  app_class_id: string;
  name: string;
  category: string | null;
  logo_url: string | null;
}): Schemas["IntegrationCatalogOutput"] {
  return {
    app_class_id: integration.app_class_id,
    name: integration.name,
    category: integration.category,
    logo_url: integration.logo_url,
  };
}

function checkCategory(category: string | null | undefined): void {
  if (typeof category === "string" && !(APP_CATEGORIES as readonly string[]).includes(category)) {
    throw invalid(["body", "category"], `Unknown category ${JSON.stringify(category)}; see GET /apps/categories`);
  }
}

function createCustomApp(tenant: Tenant, input: Schemas["AppInputCreate"]): AppRecord {
  // The schema requires none of them; the server does, for a custom app (a 400, not a 422).
  const missing = (["name", "category", "description"] as const).filter((field) => typeof input[field] !== "string" || input[field] === "");
  if (missing.length > 0) {
    throw badRequest(`A custom app needs name, category and description (missing: ${missing.join(", ")}); send app_class_id to connect an integration`);
  }
  const id = tenant.newId();
  return tenant.apps.put(id, {
    id,
    app_class_id: `custom_app_${id.slice(0, 8)}`,
    instance_id: CUSTOM_APP_INSTANCE,
    name: input.name!,
    category: input.category ?? null,
    description: input.description ?? null,
    logo_url: input.logo_url ?? null,
    website_url: input.website_url ?? null,
    request_instructions: input.request_instructions ?? null,
    status: "APPROVED",
    sources: [...CUSTOM_APP_SOURCES],
    disconnected: false,
    connection_source: "API",
    custom: true,
    credentials: null,
    sync: null,
  });
}

function connectIntegration(tenant: Tenant, input: Schemas["AppInputCreate"]): AppRecord {
  const appClassId = input.app_class_id!;
  const integration = found(tenant.integrations.get(appClassId), "Integration", appClassId);
  const auth = input.auth ?? {};
  const settings = input.settings ?? {};
  checkConnection(tenant, integration, auth, settings, "POST /apps");
  const instanceId = typeof settings.app_instance_identifier === "string" ? settings.app_instance_identifier : appClassId;
  let existing: AppRecord | undefined;
  for (const app of tenant.apps.values()) {
    if (app.app_class_id === appClassId && app.instance_id === instanceId) existing = { ...app };
  }
  if (existing && !existing.disconnected) {
    throw conflict(`An instance of ${appClassId} (${instanceId}) is already connected: app ${existing.id}`);
  }
  const id = existing?.id ?? tenant.newId();
  const base: AppRecord = existing ?? {
    id,
    app_class_id: appClassId,
    instance_id: instanceId,
    name: integration.name,
    category: integration.category,
    description: integration.description ?? null,
    logo_url: integration.logo_url,
    website_url: null,
    request_instructions: null,
    status: "APPROVED",
    sources: ["LUMOS_INTEGRATION"],
    disconnected: false,
    connection_source: "API",
    custom: false,
    credentials: null,
    sync: null,
  };
  const connected = applyMetadata(tenant, { ...base, connection_source: "API", disconnected: false }, input);
  return tenant.apps.put(
    id,
    tenant.startSync({ ...connected, credentials: { auth, settings, version: input.version ?? null } }),
  );
}

/** Metadata PATCH: present fields override; null resets to the catalog default (or clears). */
function applyMetadata(tenant: Tenant, app: AppRecord, input: AppMetadata): AppRecord {
  const integration = app.custom ? undefined : tenant.integrations.get(app.app_class_id);
  const out: AppRecord = { ...app };
  for (const field of METADATA_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    if (value !== null) {
      out[field] = value;
      continue;
    }
    switch (field) {
      case "name":
        out.name = integration?.name ?? app.name;
        break;
      case "category":
        out.category = integration?.category ?? null;
        break;
      case "description":
        out.description = integration?.description ?? null;
        break;
      case "logo_url":
        out.logo_url = integration?.logo_url ?? null;
        break;
      default:
        out[field] = null;
    }
  }
  return out;
}

/**
 * Credentials that do not fit the integration's connection schema are a 400 (malformed); ones
 * that fit but that the third party turns down (a `reject_credentials` fault) are a 502.
 * Neither message echoes a submitted value: it may be a secret.
 */
function checkConnection(
  tenant: Tenant,
  integration: IntegrationRecord,
  auth: unknown,
  settings: unknown,
  route: string,
): void {
  const problems: string[] = [];
  for (const [field, schema, value] of [
    ["auth", integration.auth_schema, auth],
    ["settings", integration.settings_schema, settings],
  ] as const) {
    const validate = tenant.compileSchema(schema);
    if (!validate(value)) {
      for (const error of validate.errors ?? []) {
        const path = error.instancePath.split("/").filter(Boolean);
        const missing = error.keyword === "required" ? [String(error.params.missingProperty)] : [];
        const where = [field, ...path, ...missing].join(".");
        problems.push(error.keyword === "required" ? `${where} is required` : `${where} ${error.message ?? "is invalid"}`);
      }
    }
  }
  if (problems.length > 0) {
    throw badRequest(`Invalid credentials for ${integration.app_class_id}: ${[...new Set(problems)].join("; ")}`);
  }
  if (tenant.options.credentialsRejected(route)) {
    throw new SimHttpError(502, { detail: `${integration.name} rejected the credentials` });
  }
}

function removeCustomApp(tenant: Tenant, appId: string): void {
  tenant.store.batch(() => {
    tenant.apps.delete(appId);
    tenant.appstore.delete(appId);
    for (const permission of tenant.permissions.all()) if (permission.app_id === appId) tenant.permissions.delete(permission.id);
    for (const rule of tenant.rules.all()) if (rule.app_id === appId) tenant.rules.delete(rule.id);
    tenant.schedules.delete(appId);
  });
}
