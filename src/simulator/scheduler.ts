import { CronExpressionParser } from "cron-parser";
import type { SyncScheduleRecord } from "./records.ts";
import type { Tenant } from "./tenant.ts";

/**
 * The simulator's own scheduler: schedules stored through the extension operations run on the
 * simulator's clock. Lumos itself has no such API; this is what a server that serves the
 * extension does with the schedules it stores.
 */
export function runDueSchedules(tenant: Tenant): string[] {
  const now = tenant.options.now();
  const triggered: string[] = [];
  for (const schedule of tenant.schedules.all()) {
    if (!schedule.enabled) continue;
    if (schedule.since === undefined && !schedule.last_triggered_at) {
      // Stored by a simulator that kept no such time: its schedule counts from now on.
      tenant.schedules.put(schedule.app_id, { ...schedule, since: now });
      continue;
    }
    const slot = latestSlot(schedule, now);
    if (slot === undefined) continue;
    const since = schedule.last_triggered_at ? Date.parse(schedule.last_triggered_at) : (schedule.since ?? now);
    if (slot <= since) continue;
    const app = tenant.apps.get(schedule.app_id);
    const stamp = new Date(now).toISOString();
    // A due slot is spent whether or not a sync could start (disconnected, already running).
    tenant.schedules.put(schedule.app_id, { ...schedule, last_triggered_at: stamp });
    if (!app || app.custom || app.disconnected || tenant.syncStatus(app) === "SYNCING") continue;
    tenant.apps.put(app.id, tenant.startSync(app));
    tenant.log("APP_SYNC_TRIGGERED", { type: "app", id: app.id }, { sync_type: schedule.sync_type, scheduled: true });
    triggered.push(app.id);
  }
  return triggered;
}

/** The most recent time the schedule was due, at or before `now` (ms), if it parses. */
function latestSlot(schedule: SyncScheduleRecord, now: number): number | undefined {
  try {
    const expression = CronExpressionParser.parse(schedule.cron, { tz: schedule.timezone, currentDate: new Date(now + 1) });
    return expression.prev().getTime();
  } catch {
    return undefined;
  }
}

/** A schedule as the API shows it (without the simulator's bookkeeping). */
export function renderSchedule(schedule: SyncScheduleRecord): Omit<SyncScheduleRecord, "since"> {
  const { since: _since, ...rest } = schedule;
  return rest;
}
