/**
 * Lumos's own automatic sync cadences ("How Lumos Syncs Your Integrations"), as named presets a
 * sync schedule can use instead of a cron expression. All are in UTC.
 */
export interface SyncPreset {
  cron: string;
  timezone: "UTC";
  /** What Lumos syncs on this cadence. */
  description: string;
}

export const SYNC_PRESETS = {
  "idp-nightly": {
    cron: "30 7 * * *",
    timezone: "UTC",
    description: "nightly 07:30 UTC: IdP users, groups, group memberships and app metadata (about 2 hours)",
  },
  "integration-users-nightly": {
    cron: "30 7 * * *",
    timezone: "UTC",
    description: "nightly 07:30 UTC: each integration's users and data (10 minutes to 2 hours)",
  },
  "idp-apps-daily": {
    cron: "0 16 * * *",
    timezone: "UTC",
    description: "daily 16:00 UTC: apps from the IdP (5-10 minutes)",
  },
  "find-accounts-every-4-days": {
    cron: "0 7 */4 * *",
    timezone: "UTC",
    description: "every 4 days at 07:00 UTC (days 1, 5, 9, … of the month, as cron counts): find accounts through the IdP (about 4 hours)",
  },
} as const satisfies Record<string, SyncPreset>;

export type SyncPresetName = keyof typeof SYNC_PRESETS;

export const SYNC_PRESET_NAMES = Object.keys(SYNC_PRESETS) as SyncPresetName[];

export function presetOf(name: unknown): SyncPreset | undefined {
  return typeof name === "string" && Object.hasOwn(SYNC_PRESETS, name) ? SYNC_PRESETS[name as SyncPresetName] : undefined;
}
