import { CronExpressionParser } from "cron-parser";
import { conflict, found, invalid, notFound } from "../http-error.ts";
import type { Schemas, WebhookRecord } from "../records.ts";
import type { Tenant } from "../tenant.ts";
import { renderSchedule } from "../scheduler.ts";
import { ok, type Routes } from "./types.ts";

/**
 * Inline webhooks, user sources and sync schedules. Lumos's public API can only list inline
 * webhooks; the rest are the extension operations of our contract.
 */
export function extensionRoutes(tenant: Tenant): Routes {
  const requireWebhook = (id: string): WebhookRecord => found(tenant.webhooks.get(id), "Inline webhook", id);
  const nameTaken = (name: string, except?: string): boolean => {
    for (const webhook of tenant.webhooks.values()) if (webhook.name === name && webhook.id !== except) return true;
    return false;
  };

  return {
    get_inline_webhooks_inline_webhooks_get: () => ok(tenant.webhooks.all().map((webhook) => tenant.renderWebhook(webhook))),

    createInlineWebhook: ({ body }) => {
      const input = body as Schemas["InlineWebhookInput"];
      if (nameTaken(input.name)) throw conflict(`An inline webhook named ${JSON.stringify(input.name)} exists`);
      const id = tenant.newId();
      const webhook = tenant.webhooks.put(id, {
        id,
        hook_type: input.hook_type,
        name: input.name,
        description: input.description ?? null,
        url: input.url,
        secret: input.secret ?? null,
      });
      tenant.log("INLINE_WEBHOOK_CREATED", { type: "inline_webhook", id });
      return ok(tenant.renderWebhookDetail(webhook), 201);
    },

    getInlineWebhook: ({ path }) => ok(tenant.renderWebhookDetail(requireWebhook(path.inline_webhook_id ?? ""))),

    updateInlineWebhook: ({ path, body }) => {
      const webhook = requireWebhook(path.inline_webhook_id ?? "");
      const input = body as Schemas["InlineWebhookUpdateInput"];
      if (input.name !== undefined && nameTaken(input.name, webhook.id)) {
        throw conflict(`An inline webhook named ${JSON.stringify(input.name)} exists`);
      }
      const updated = tenant.webhooks.put(webhook.id, {
        ...webhook,
        name: input.name ?? webhook.name,
        description: input.description === undefined ? webhook.description : input.description,
        url: input.url ?? webhook.url,
        secret: input.secret === undefined ? webhook.secret : input.secret,
      });
      tenant.log("INLINE_WEBHOOK_UPDATED", { type: "inline_webhook", id: webhook.id });
      return ok(tenant.renderWebhookDetail(updated));
    },

    deleteInlineWebhook: ({ path }) => {
      const webhook = requireWebhook(path.inline_webhook_id ?? "");
      tenant.webhooks.delete(webhook.id);
      tenant.log("INLINE_WEBHOOK_DELETED", { type: "inline_webhook", id: webhook.id });
      return { status: 204 };
    },

    listUserSources: () => ok(renderSources(tenant)),

    replaceUserSources: ({ body }) => {
      const input = body as Schemas["UserSourceListInput"];
      input.app_ids.forEach((id) => {
        const app = tenant.requireApp(id);
        if (app.disconnected) throw conflict(`App ${id} is disconnected and cannot be a user source`);
        if (app.custom) throw conflict(`App ${id} is a custom app; only connected integrations can be user sources`);
      });
      tenant.settings.put("user_sources", input.app_ids);
      tenant.log("USER_SOURCES_UPDATED", { type: "settings", id: "user_sources" }, { app_ids: input.app_ids });
      return ok(renderSources(tenant));
    },

    listSyncSchedules: () => ok(tenant.schedules.all().map(renderSchedule)),

    getSyncSchedule: ({ path }) => {
      const schedule = found(tenant.schedules.get(path.app_id ?? ""), "Sync schedule for app", path.app_id ?? "");
      return ok(renderSchedule(schedule));
    },

    putSyncSchedule: ({ path, body }) => {
      const app = tenant.requireApp(path.app_id ?? "");
      const input = body as Schemas["SyncScheduleInput"];
      const timezone = input.timezone ?? "UTC";
      try {
        CronExpressionParser.parse(input.cron, { tz: timezone });
      } catch (error) {
        throw invalid(["body", "cron"], `not a valid cron expression: ${(error as Error).message}`);
      }
      const previous = tenant.schedules.get(app.id);
      const schedule = tenant.schedules.put(app.id, {
        app_id: app.id,
        sync_type: input.sync_type ?? "full_sync",
        cron: input.cron,
        timezone,
        enabled: input.enabled ?? true,
        last_triggered_at: previous?.last_triggered_at ?? null,
        since: previous?.since ?? tenant.options.now(),
      });
      tenant.log("SYNC_SCHEDULE_SET", { type: "app", id: app.id });
      return ok(renderSchedule(schedule));
    },

    deleteSyncSchedule: ({ path }) => {
      if (!tenant.schedules.delete(path.app_id ?? "")) throw notFound("Sync schedule for app", path.app_id ?? "");
      tenant.log("SYNC_SCHEDULE_DELETED", { type: "app", id: path.app_id ?? "" });
      return { status: 204 };
    },
  };
}

function renderSources(tenant: Tenant): Schemas["UserSourceList"] {
  const ids = (tenant.settings.get("user_sources") as string[] | undefined) ?? [];
  return {
    items: ids.flatMap((id, index) => {
      const app = tenant.apps.get(id);
      return app
        ? [{ app_id: id, position: index + 1, app_class_id: app.app_class_id, user_friendly_label: app.name }]
        : [];
    }),
  };
}
