import { RemoteError } from "../errors.ts";
import type { ConfigKey } from "../kinds/registry.ts";
import type { LumosClient } from "./client.ts";
import { oktaEventHookAdapter } from "./okta-adapter.ts";

/**
 * How each kind is written through the API. Payloads arrive fully materialised (IDs and secret
 * values in place). `find` looks an object up by its natural key after a create whose outcome
 * is unknown, so it is never created twice.
 */
export interface Adapter {
  create(client: LumosClient, payload: Record<string, unknown>): Promise<{ id: string }>;
  update(client: LumosClient, id: string, payload: Record<string, unknown>): Promise<void>;
  remove(client: LumosClient, id: string): Promise<void>;
  find(client: LumosClient, payload: Record<string, unknown>): Promise<string | undefined>;
  reconnect?(client: LumosClient, id: string, payload: Record<string, unknown>): Promise<void>;
}

type Body = Record<string, unknown>;
const str = (value: unknown): string => (typeof value === "string" ? value : "");

export const ADAPTERS: Record<ConfigKey, Adapter> = {
  apps: {
    async create(client, payload) {
      const app = await client.call("createApp", client.api.POST("/apps", { body: payload as Body }));
      return { id: app.id };
    },
    async update(client, id, payload) {
      await client.call("updateApp", client.api.PATCH("/apps/{app_id}", { params: { path: { app_id: id } }, body: payload as Body }));
    },
    async reconnect(client, id, payload) {
      await client.call("reconnectApp", client.api.PUT("/apps/{app_id}", { params: { path: { app_id: id } }, body: payload as Body }));
    },
    async remove(client, id) {
      await client.call("disconnectApp", client.api.DELETE("/apps/{app_id}", { params: { path: { app_id: id } } }));
    },
    async find(client, payload) {
      const apps = await client.paginate((page, size) =>
        client.call("listApps", client.api.GET("/apps", { params: { query: { page, size, disconnected: false, ...(payload.app_class_id ? {} : { name_search: str(payload.name), exact_match: true }) } } })),
      );
      // An integration connected more than once is told apart by its instance; a custom app by its name.
      const settings = (payload.settings ?? {}) as Record<string, unknown>;
      const instance = typeof settings.app_instance_identifier === "string" ? settings.app_instance_identifier : undefined;
      const matches = payload.app_class_id
        ? apps.filter((app) => app.app_class_id === payload.app_class_id && (instance === undefined || app.instance_id === instance))
        : apps.filter((app) => app.user_friendly_label === payload.name && app.instance_id === "custom_app_import");
      return matches.length === 1 ? matches[0]!.id : undefined;
    },
  },

  appstore_apps: {
    async create(client, payload) {
      await client.call("addAppToAppStore", client.api.POST("/appstore/apps", { body: payload as { app_id: string } }));
      return { id: str(payload.app_id) };
    },
    async update(client, id, payload) {
      await client.call(
        "updateAppStoreAppSettings",
        client.api.PATCH("/appstore/apps/{app_id}/settings", { params: { path: { app_id: id } }, body: payload as Body }),
      );
    },
    async remove(client, id) {
      await client.call("removeAppFromAppStore", client.api.DELETE("/appstore/apps/{app_id}", { params: { path: { app_id: id } } }));
    },
    async find(client, payload) {
      const found = await client
        .call("getAppStoreApp", client.api.GET("/appstore/apps/{app_id}", { params: { path: { app_id: str(payload.app_id) } } }))
        .catch(notFoundAsUndefined);
      return found?.id;
    },
  },

  requestable_permissions: {
    async create(client, payload) {
      const created = await client.call(
        "createRequestablePermission",
        client.api.POST("/appstore/requestable_permissions", {
          params: { query: { include_inherited_configs: false } },
          body: payload as { app_id: string; label: string },
        }),
      );
      return { id: str(created.id) };
    },
    async update(client, id, payload) {
      await client.call(
        "updateRequestablePermission",
        client.api.PATCH("/appstore/requestable_permissions/{permission_id}", {
          params: { path: { permission_id: id }, query: { include_inherited_configs: false } },
          body: payload as Body,
        }),
      );
    },
    async remove(client, id) {
      await client.call(
        "deleteRequestablePermission",
        client.api.DELETE("/appstore/requestable_permissions/{permission_id}", { params: { path: { permission_id: id } } }),
      );
    },
    async find(client, payload) {
      const permissions = await client.paginate((page, size) =>
        client.call(
          "listRequestablePermissions",
          client.api.GET("/appstore/requestable_permissions", {
            params: { query: { app_id: str(payload.app_id), search_term: str(payload.label), exact_match: true, include_inherited_configs: false, page, size } },
          }),
        ),
      );
      return permissions.find((p) => p.label === payload.label && p.app_id === payload.app_id)?.id ?? undefined;
    },
  },

  pre_approval_rules: {
    async create(client, payload) {
      const rule = await client.call(
        "createPreApprovalRule",
        client.api.POST("/appstore/pre_approval_rules", { body: payload as { app_id: string; justification: string } }),
      );
      return { id: str(rule.id) };
    },
    async update(client, id, payload) {
      const { app_id: _app, ...body } = payload;
      await client.call(
        "updatePreApprovalRule",
        client.api.PATCH("/appstore/pre_approval_rules/{pre_approval_rule_id}", {
          params: { path: { pre_approval_rule_id: id } },
          body: body as { justification: string },
        }),
      );
    },
    async remove(client, id) {
      await client.call(
        "deletePreApprovalRule",
        client.api.DELETE("/appstore/pre_approval_rules/{pre_approval_rule_id}", { params: { path: { pre_approval_rule_id: id } } }),
      );
    },
    async find(client, payload) {
      const rules = await client.paginate((page, size) =>
        client.call("listPreApprovalRules", client.api.GET("/appstore/pre_approval_rules", { params: { query: { app_id: str(payload.app_id), page, size } } })),
      );
      return rules.find((r) => r.justification === payload.justification)?.id ?? undefined;
    },
  },

  access_policies: {
    async create(client, payload) {
      const policy = await client.call("createAccessPolicy", client.api.POST("/access_policies", { body: payload as never }));
      return { id: policy.id };
    },
    async update(client, id, payload) {
      await client.call(
        "replaceAccessPolicy",
        client.api.PUT("/access_policies/{access_policy_id}", { params: { path: { access_policy_id: id } }, body: payload as never }),
      );
    },
    async remove(client, id) {
      await client.call("deleteAccessPolicy", client.api.DELETE("/access_policies/{access_policy_id}", { params: { path: { access_policy_id: id } } }));
    },
    async find(client, payload) {
      // Lumos's name filter ignores case: several pages may match, the exact name decides.
      const policies = await client.paginate((page, size) =>
        client.call("listAccessPolicies", client.api.GET("/access_policies", { params: { query: { name: str(payload.name), page, size } } })),
      );
      return policies.find((p) => p.name === payload.name)?.id;
    },
  },

  inline_webhooks: {
    async create(client, payload) {
      const webhook = await client.call("createInlineWebhook", client.api.POST("/inline_webhooks", { body: payload as never }));
      return { id: webhook.id };
    },
    async update(client, id, payload) {
      await client.call(
        "updateInlineWebhook",
        client.api.PATCH("/inline_webhooks/{inline_webhook_id}", { params: { path: { inline_webhook_id: id } }, body: payload as Body }),
      );
    },
    async remove(client, id) {
      await client.call("deleteInlineWebhook", client.api.DELETE("/inline_webhooks/{inline_webhook_id}", { params: { path: { inline_webhook_id: id } } }));
    },
    async find(client, payload) {
      const all = await client.call("listInlineWebhooks", client.api.GET("/inline_webhooks"));
      return all.find((w) => w.name === payload.name)?.id;
    },
  },

  user_sources: {
    async create(client, payload) {
      await client.call("replaceUserSources", client.api.PUT("/user_sources", { body: payload as { app_ids: string[] } }));
      return { id: "user_sources" };
    },
    async update(client, _id, payload) {
      await client.call("replaceUserSources", client.api.PUT("/user_sources", { body: payload as { app_ids: string[] } }));
    },
    async remove() {
      throw new RemoteError("REMOTE_UNSUPPORTED", "user sources cannot be deleted", { operation: "replaceUserSources" });
    },
    async find() {
      return "user_sources";
    },
  },

  // Managed in the environment's Okta org, not in Lumos.
  okta_event_hooks: oktaEventHookAdapter,

  sync_schedules: {
    async create(client, payload) {
      const { app_id, ...body } = payload;
      const schedule = await client.call(
        "putSyncSchedule",
        client.api.PUT("/sync_schedules/{app_id}", { params: { path: { app_id: str(app_id) } }, body: body as { cron: string } }),
      );
      return { id: schedule.app_id };
    },
    async update(client, id, payload) {
      const { app_id: _app, ...body } = payload;
      await client.call("putSyncSchedule", client.api.PUT("/sync_schedules/{app_id}", { params: { path: { app_id: id } }, body: body as { cron: string } }));
    },
    async remove(client, id) {
      await client.call("deleteSyncSchedule", client.api.DELETE("/sync_schedules/{app_id}", { params: { path: { app_id: id } } }));
    },
    async find(client, payload) {
      const found = await client
        .call("getSyncSchedule", client.api.GET("/sync_schedules/{app_id}", { params: { path: { app_id: str(payload.app_id) } } }))
        .catch(notFoundAsUndefined);
      return found?.app_id;
    },
  },
};

export function notFoundAsUndefined(error: unknown): undefined {
  if (error instanceof RemoteError && error.status === 404) return undefined;
  throw error;
}

/** True when a server answers an extension operation as if it did not exist. */
export function isMissingOperation(error: unknown): boolean {
  return error instanceof RemoteError && (error.status === 404 || error.status === 405 || error.status === 501);
}

