import type { ValidationIssue } from "../contract.ts";
import { conflict, found, invalidMany } from "../http-error.ts";
import { defaultAppStoreRecord, type AppStoreRecord, type Schemas } from "../records.ts";
import { mergePatch, storeRefs } from "../references.ts";
import type { Tenant } from "../tenant.ts";
import { matchesAppSearch, ok, paginate, type Routes } from "./types.ts";

type SettingsInput = Schemas["AppStoreAppSettingsInput"];

export function appStoreRoutes(tenant: Tenant): Routes {
  /** The stored record of a listed app, not a copy: for answers that only render it. */
  const peekListed = (appId: string): Readonly<AppStoreRecord> => {
    tenant.peekApp(appId);
    return found(tenant.appstore.peek(appId), "AppStore app", appId);
  };
  /** A copy of it, for writes to change. */
  const requireListed = (appId: string): AppStoreRecord => structuredClone(peekListed(appId)) as AppStoreRecord;

  return {
    getAppStoreApps: ({ query }) => {
      const items: string[] = [];
      for (const record of tenant.appstore.values()) {
        if (typeof query.app_id === "string" && record.app_id !== query.app_id) continue;
        if (query.all_visibilities !== true && record.request_flow.discoverability === "NONE") continue;
        const app = tenant.apps.peek(record.app_id);
        if (!app || !matchesAppSearch(app, query.name_search, query.exact_match)) continue;
        items.push(app.id);
      }
      return paginate(items, query, (id) => tenant.renderApp(tenant.peekApp(id)));
    },

    getAppStoreApp: ({ path }) => {
      const record = peekListed(path.app_id ?? "");
      return ok(tenant.renderApp(tenant.peekApp(record.app_id)));
    },

    addAppToAppStore: ({ body }) => {
      const input = body as Schemas["AddAppToAppStoreInput"];
      const app = tenant.apps.get(input.app_id);
      if (!app) throw invalidMany([{ loc: ["body", "app_id"], msg: `Unknown app ${input.app_id}`, type: "value_error" }]);
      if (tenant.appstore.has(app.id)) throw conflict(`App ${app.id} is already in the AppStore`);
      const { app_id: _appId, ...settings } = input;
      const record = applySettings(tenant, defaultAppStoreRecord(app.id), settings);
      tenant.appstore.put(app.id, record);
      tenant.log("APPSTORE_APP_ADDED", { type: "app", id: app.id });
      return ok(tenant.renderAppStoreSettings(record));
    },

    removeAppFromAppStore: ({ path }) => {
      const record = requireListed(path.app_id ?? "");
      tenant.appstore.delete(record.app_id);
      tenant.log("APPSTORE_APP_REMOVED", { type: "app", id: record.app_id });
      return ok({});
    },

    getAppStoreAppSettings: ({ path }) => ok(tenant.renderAppStoreSettings(peekListed(path.app_id ?? ""))),

    updateAppStoreAppSettings: ({ path, body }) => {
      const record = requireListed(path.app_id ?? "");
      const updated = applySettings(tenant, record, body as SettingsInput);
      tenant.appstore.put(record.app_id, updated);
      tenant.log("APPSTORE_SETTINGS_UPDATED", { type: "app", id: record.app_id });
      return ok(tenant.renderAppStoreSettings(updated));
    },
  };
}

/** Applies a settings PATCH, with the rules Lumos enforces on the result. */
function applySettings(tenant: Tenant, record: AppStoreRecord, input: SettingsInput): AppStoreRecord {
  const issues: ValidationIssue[] = [];
  const patch = storeRefs(input, ["body"], tenant, issues) as Partial<AppStoreRecord>;
  if (issues.length > 0) throw invalidMany(issues);
  const defaults = defaultAppStoreRecord(record.app_id);
  const next = mergePatch(record, patch, defaults);
  const flow = next.request_flow;
  // Turning off the second approval stage folds its approvers into the first (as Lumos does).
  if (input.request_flow?.require_additional_approval === false) {
    flow.approvers = {
      groups: [...new Set([...flow.approvers.groups, ...flow.approvers_stage_2.groups])],
      users: [...new Set([...flow.approvers.users, ...flow.approvers_stage_2.users])],
    };
    flow.approvers_stage_2 = { groups: [], users: [] };
  }
  if (flow.allowed_groups === null) flow.allowed_groups = structuredClone(defaults.request_flow.allowed_groups);
  if (flow.allowed_groups.type === "SPECIFIED_GROUPS" && flow.allowed_groups.groups.length === 0) {
    issues.push({ loc: ["body", "request_flow", "allowed_groups", "groups"], msg: "SPECIFIED_GROUPS needs at least one group", type: "value_error" });
  }
  if (flow.allowed_groups.type === "ALL_GROUPS") flow.allowed_groups.groups = [];
  const provisioning = next.provisioning;
  if (
    provisioning.default_time_based_access_option !== null &&
    !provisioning.time_based_access.includes(provisioning.default_time_based_access_option)
  ) {
    issues.push({
      loc: ["body", "provisioning", "default_time_based_access_option"],
      msg: "must be one of time_based_access",
      type: "value_error",
    });
  }
  if (provisioning.default_permission !== null) {
    const permission = tenant.permissions.get(provisioning.default_permission);
    if (permission && permission.app_id !== record.app_id) {
      issues.push({ loc: ["body", "provisioning", "default_permission"], msg: "must belong to this app", type: "value_error" });
    }
  }
  if (issues.length > 0) throw invalidMany(issues);
  return next;
}
