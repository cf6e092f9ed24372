import type { KindDef } from "./types.ts";
import { appIdOf, appNameOf, appRef, asString, createInApp, ENUMS, flag, object, oneOf, replaceWhole, text } from "./common.ts";

/**
 * When Lumos syncs an app, as a cron expression. Lumos's public API only triggers syncs on
 * demand; schedules need a server with lumos-iac's extension operations.
 */
export const syncScheduleKind: KindDef = {
  kind: "sync_schedule",
  configKey: "sync_schedules",
  description: "Cron schedules for app syncs.",
  dependsOn: ["apps"],
  extension: true,
  itemSchema: object(
    {
      app: appRef,
      cron: text('Five-field cron expression, e.g. "30 7 * * *" for 07:30 daily.', { minLength: 9 }),
      timezone: text("IANA time zone of the expression (default UTC)."),
      enabled: flag("Whether the schedule runs (default true)."),
      sync_type: oneOf(ENUMS.SyncType, "What kind of sync (default full_sync)."),
    },
    ["app", "cron"],
  ),

  desiredKey: (spec) => asString(spec.app),
  liveKeys: (live, ctx) => [appNameOf(live, ctx)],

  canonicalDesired: (object) => {
    const { app: _app, ...rest } = object.spec;
    return { timezone: "UTC", enabled: true, sync_type: "full_sync", ...rest };
  },
  canonicalLive: (live) => ({
    cron: live.data.cron,
    timezone: live.data.timezone,
    enabled: live.data.enabled,
    sync_type: live.data.sync_type,
  }),
  setFields: new Set(),
  createOnly: [],
  writeOnly: [],
  defaults: { timezone: "UTC", enabled: true, sync_type: "full_sync" },

  createPayload: createInApp,
  updatePayload: replaceWhole,
  deletable: () => ({ ok: true }),
  appOf: appIdOf,
  label: appNameOf,
};
