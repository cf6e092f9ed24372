import { CronExpressionParser } from "cron-parser";
import { CUSTOM_APP_INSTANCE } from "./app.ts";
import { presetOf, SYNC_PRESET_NAMES, SYNC_PRESETS } from "../sync/presets.ts";
import type { KindDef } from "./types.ts";
import { appIdOf, appNameOf, appRef, asString, createInApp, CUSTOM_APP_SYNC, ENUMS, flag, object, oneOf, replaceWhole, text } from "./common.ts";

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
      cron: text('Five-field cron expression, e.g. "30 7 * * *" for 07:30 daily. Give cron or preset.', { minLength: 1 }),
      preset: {
        type: "string",
        enum: SYNC_PRESET_NAMES,
        description: `One of Lumos's own cadences instead of cron (UTC): ${SYNC_PRESET_NAMES.map((name) => `${name} = ${SYNC_PRESETS[name].description}`).join("; ")}.`,
      },
      timezone: text("IANA time zone of the expression (default UTC; a preset is always UTC)."),
      enabled: flag("Whether the schedule runs (default true)."),
      sync_type: oneOf(ENUMS.SyncType, "What kind of sync (default full_sync)."),
    },
    ["app"],
  ),

  desiredKey: (spec) => asString(spec.app),
  liveKeys: (live, ctx) => [appNameOf(live, ctx)],
  keyInApp: () => "",
  liveKeyInApp: () => "",

  canonicalDesired: (object) => {
    const { app: _app, preset, ...rest } = object.spec;
    // A preset is stored as the cron expression it stands for.
    const cadence = presetOf(preset);
    return { timezone: "UTC", enabled: true, sync_type: "full_sync", ...rest, ...(cadence ? { cron: cadence.cron, timezone: cadence.timezone } : {}) };
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
  check: (spec, declared) => {
    const problems: [(string | number)[], string][] = [];
    if (typeof spec.app === "string" && declared?.customApps.has(spec.app)) problems.push([["app"], `${JSON.stringify(spec.app)} ${CUSTOM_APP_SYNC}`]);
    if (spec.cron === undefined && spec.preset === undefined) {
      problems.push([[], `a sync schedule needs cron (e.g. "30 7 * * *") or preset (${SYNC_PRESET_NAMES.join(", ")})`]);
    }
    if (spec.cron !== undefined && spec.preset !== undefined) problems.push([["preset"], "give cron or preset, not both"]);
    if (spec.preset !== undefined && spec.timezone !== undefined) problems.push([["timezone"], "a preset is in UTC; drop timezone, or write the schedule as cron"]);
    if (typeof spec.cron === "string") {
      const problem = cronProblem(spec.cron);
      if (problem) problems.push([["cron"], problem]);
    }
    if (typeof spec.timezone === "string" && !isTimeZone(spec.timezone)) {
      problems.push([["timezone"], `unknown time zone ${JSON.stringify(spec.timezone)}; use an IANA name such as "UTC" or "Europe/Paris"`]);
    }
    return problems;
  },
  // A sync schedule needs an app Lumos can sync: a connected integration, not a custom app.
  checkLive: (object, ctx) => {
    const app = ctx.resolver.resolve("app", object.spec.app, { address: object.address, path: ["app"] });
    if (!app || !("id" in app)) return [];
    if (ctx.liveApp(app.id)?.data.instance_id !== CUSTOM_APP_INSTANCE) return [];
    return [[["app"], `${JSON.stringify(object.spec.app)} ${CUSTOM_APP_SYNC}`]];
  },
  label: appNameOf,
};

/** Why a cron expression is not one Lumos schedules run on: five fields, each in range. */
export function cronProblem(cron: string): string | undefined {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5) {
    return `cron ${JSON.stringify(cron)} needs exactly five fields (minute hour day-of-month month day-of-week), got ${fields.length}; e.g. "30 7 * * *"`;
  }
  try {
    CronExpressionParser.parse(fields.join(" "), { strict: false });
    return undefined;
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^(Constraint|Validation) error, /, "") : "invalid";
    return `cron ${JSON.stringify(cron)} is not a valid expression (${detail}); fields are minute 0-59, hour 0-23, day 1-31, month 1-12, weekday 0-7`;
  }
}

/** Whether the runtime knows this IANA time zone. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return name.trim() !== "";
  } catch {
    return false;
  }
}
