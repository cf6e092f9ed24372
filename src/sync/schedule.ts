import { CronExpressionParser } from "cron-parser";
import { presetOf } from "./presets.ts";

/** A schedule as the sync commands see it: from the configuration, the server, or both. */
export interface Schedule {
  appId: string;
  app: string;
  cron: string;
  timezone: string;
  enabled: boolean;
  syncType: "full_sync";
  /** Where it was declared: the configuration, the server's extension store, or both. */
  source: "config" | "server" | "config+server";
  /** When the server last ran it itself (extension servers only). */
  serverLastTriggeredAt?: string | null;
}

/** The schedule fields of a declared sync_schedules entry (a preset stands for its cron). */
export function cadenceOf(spec: Record<string, unknown>): { cron: string; timezone: string; enabled: boolean } {
  const preset = presetOf(spec.preset);
  return {
    cron: preset ? preset.cron : String(spec.cron ?? ""),
    timezone: preset ? preset.timezone : typeof spec.timezone === "string" ? spec.timezone : "UTC",
    enabled: spec.enabled !== false,
  };
}

/** The most recent due time at or before `now`, and the next one after it (ms since the epoch). */
export function slotsOf(schedule: Pick<Schedule, "cron" | "timezone">, now: number): { slot: number; next: number } {
  const before = CronExpressionParser.parse(schedule.cron, { tz: schedule.timezone, currentDate: new Date(now + 1) });
  const after = CronExpressionParser.parse(schedule.cron, { tz: schedule.timezone, currentDate: new Date(now) });
  return { slot: before.prev().getTime(), next: after.next().getTime() };
}

export type Standing =
  | { due: false; reason: "disabled" | "done" | "ran_by_server" }
  | { due: true };

/**
 * Whether a schedule's latest slot still needs a sync: not when it is disabled, when this
 * tool already triggered a sync for that slot (`recorded`), or when the server ran it itself.
 */
export function standingOf(schedule: Schedule, slot: number, recorded: boolean): Standing {
  if (!schedule.enabled) return { due: false, reason: "disabled" };
  if (recorded) return { due: false, reason: "done" };
  const ran = schedule.serverLastTriggeredAt ? Date.parse(schedule.serverLastTriggeredAt) : Number.NaN;
  if (!Number.isNaN(ran) && ran >= slot) return { due: false, reason: "ran_by_server" };
  return { due: true };
}
