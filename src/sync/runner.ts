import { RemoteError, UsageError } from "../errors.ts";
import type { DesiredObject } from "../model/types.ts";
import { isMissingOperation } from "../remote/adapters.ts";
import type { LumosClient } from "../remote/client.ts";
import type { components } from "../remote/generated/lumos-api.ts";
import { cadenceOf, slotsOf, standingOf, type Schedule } from "./schedule.ts";
import type { SyncRunState } from "./state.ts";

type App = components["schemas"]["AppWithCustomAttributes"];
type SyncStatus = components["schemas"]["SyncStatus"] | null;

/** What the sync commands read: the apps, the schedules, and the server's clock. */
export interface SyncView {
  /** The server's time (its `Date` header), else this machine's. */
  now: number;
  schedules: Schedule[];
  apps: Map<string, App>;
  /** False when the server has no sync-schedule operations (the public Lumos API). */
  serverSchedules: boolean;
  /** Declared schedules whose app the tenant does not have (connected). */
  unknown: { app: string }[];
}

/**
 * due: its latest slot has had no sync (sync status); would_trigger: the same, with --dry-run;
 * triggered / already_running: sync run started one (202) or found one running (409);
 * done: this tool already served the slot; ran_by_server: the server's scheduler did; disabled.
 */
export type SyncAction = "due" | "triggered" | "already_running" | "would_trigger" | "done" | "ran_by_server" | "disabled";

export interface SyncEntry {
  app: string;
  app_id: string;
  cron: string;
  timezone: string;
  source: Schedule["source"];
  /** The latest due time (ISO) and the next one. */
  due_at: string;
  next_due_at: string;
  /** The last sync this tool or the server started, when known, and the app's sync_status. */
  last_sync: { at: string | null; by: "lumos-iac" | "server" | null; state: SyncStatus };
  action: SyncAction;
  /** How a sync this run followed ended. */
  outcome?: "SUCCESS" | "FAILED" | "timeout";
  error?: string;
}

export interface SyncReport {
  format_version: "1";
  environment: string;
  now: string;
  dry_run: boolean;
  server_schedules: boolean;
  syncs: SyncEntry[];
  /** Declared schedules whose app is not a connected app of the tenant (each counts as failed). */
  missing_apps: string[];
  summary: { due: number; triggered: number; already_running: number; succeeded: number; failed: number; not_due: number };
  ok: boolean;
}

/** Reads apps (with the server's clock) and the server's schedules; merges the declared ones. */
export async function readSyncView(client: LumosClient, declared: readonly DesiredObject[], localNow: () => number = Date.now): Promise<SyncView> {
  let serverNow: number | undefined;
  const apps = await client.paginate(async (page, size) => {
    const answer = await client.api.GET("/apps", { params: { query: { page, size } } });
    const date = Date.parse(answer.response.headers.get("date") ?? "");
    if (!Number.isNaN(date)) serverNow = date;
    return client.call("listApps", Promise.resolve(answer));
  });
  let stored: components["schemas"]["SyncSchedule"][] | undefined;
  try {
    stored = await client.call("listSyncSchedules", client.api.GET("/sync_schedules"));
  } catch (error) {
    if (!isMissingOperation(error)) throw error;
  }
  const byId = new Map(apps.map((app) => [app.id, app]));
  const schedules = new Map<string, Schedule>();
  const unknown: { app: string }[] = [];
  for (const object of declared) {
    if (object.kind !== "sync_schedule") continue;
    const name = String(object.spec.app);
    const app = findApp(apps, name);
    if (!app) {
      unknown.push({ app: name });
      continue;
    }
    schedules.set(app.id, { appId: app.id, app: app.user_friendly_label, syncType: "full_sync", source: "config", ...cadenceOf(object.spec) });
  }
  for (const schedule of stored ?? []) {
    const app = byId.get(schedule.app_id);
    const mine = schedules.get(schedule.app_id);
    if (mine) {
      schedules.set(schedule.app_id, { ...mine, source: "config+server", serverLastTriggeredAt: schedule.last_triggered_at ?? null });
      continue;
    }
    schedules.set(schedule.app_id, {
      appId: schedule.app_id,
      app: app?.user_friendly_label ?? schedule.app_id,
      cron: schedule.cron,
      timezone: schedule.timezone,
      enabled: schedule.enabled,
      syncType: "full_sync",
      source: "server",
      serverLastTriggeredAt: schedule.last_triggered_at ?? null,
    });
  }
  const ordered = [...schedules.values()].sort((a, b) => a.app.localeCompare(b.app));
  return { now: serverNow ?? localNow(), schedules: ordered, apps: byId, serverSchedules: stored !== undefined, unknown };
}

/** An app by its name or app_class_id, preferring connected ones. */
function findApp(apps: App[], name: string): App | undefined {
  const connected = apps.filter((app) => !app.disconnected);
  return connected.find((app) => app.user_friendly_label === name) ?? connected.find((app) => app.app_class_id === name);
}

export interface RunOptions {
  environment: string;
  state: SyncRunState;
  /** Only these apps (names or app_class_ids). */
  only?: readonly string[];
  /** Evaluate only: report what would be triggered. */
  dryRun?: boolean;
  /** Trigger due syncs (sync run) or only report (sync status). */
  trigger: boolean;
  /** How long to follow the syncs started, in ms. */
  timeoutMs: number;
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
  progress?: (text: string) => void;
}

/**
 * `sync status` and `sync run`: per schedule, its latest and next due time and last sync; with
 * `trigger`, starts the due syncs (`POST /apps/{app_id}/sync`; 409 = one is already running),
 * records each before following it, and follows them all to completion or the timeout.
 */
export async function evaluateSyncs(client: LumosClient, view: SyncView, options: RunOptions): Promise<SyncReport> {
  const selected = selectSchedules(view, options.only);
  const entries: SyncEntry[] = [];
  const followed: SyncEntry[] = [];
  for (const schedule of selected) {
    const { slot, next } = slotsOf(schedule, view.now);
    const slotIso = new Date(slot).toISOString();
    const recorded = options.state.get(options.environment, schedule.appId, slotIso);
    const standing = standingOf(schedule, slot, recorded !== undefined);
    const entry: SyncEntry = {
      app: schedule.app,
      app_id: schedule.appId,
      cron: schedule.cron,
      timezone: schedule.timezone,
      source: schedule.source,
      due_at: slotIso,
      next_due_at: new Date(next).toISOString(),
      last_sync: lastSync(schedule, view, options),
      action: !standing.due ? standing.reason : !options.trigger ? "due" : options.dryRun ? "would_trigger" : "triggered",
    };
    entries.push(entry);
    if (!standing.due || !options.trigger || options.dryRun) continue;
    try {
      await client.call(
        "triggerAppSync",
        client.api.POST("/apps/{app_id}/sync", { params: { path: { app_id: schedule.appId } }, body: { sync_type: schedule.syncType } }),
      );
    } catch (error) {
      if (!(error instanceof RemoteError) || error.status !== 409) {
        entry.outcome = "FAILED";
        entry.error = error instanceof Error ? error.message : String(error);
        continue;
      }
      entry.action = "already_running";
    }
    options.state.put(
      {
        environment: options.environment,
        app_id: schedule.appId,
        app: schedule.app,
        slot: slotIso,
        triggered_at: new Date(view.now).toISOString(),
        trigger: entry.action === "already_running" ? "already_running" : "triggered",
        outcome: null,
      },
      view.now,
    );
    entry.last_sync = { at: new Date(view.now).toISOString(), by: "lumos-iac", state: "SYNCING" };
    followed.push(entry);
  }
  if (followed.length > 0) await follow(client, followed, options);
  for (const entry of followed) {
    const record = options.state.get(options.environment, entry.app_id, entry.due_at);
    if (record) options.state.put({ ...record, outcome: entry.outcome ?? null }, view.now);
  }
  const count = (test: (e: SyncEntry) => boolean) => entries.filter(test).length;
  const failed = count((e) => e.outcome === "FAILED" || e.outcome === "timeout") + view.unknown.length;
  return {
    format_version: "1",
    environment: options.environment,
    now: new Date(view.now).toISOString(),
    dry_run: Boolean(options.dryRun),
    server_schedules: view.serverSchedules,
    syncs: entries,
    missing_apps: view.unknown.map((u) => u.app),
    summary: {
      due: count((e) => ["due", "would_trigger", "triggered", "already_running"].includes(e.action)),
      triggered: count((e) => e.action === "triggered"),
      already_running: count((e) => e.action === "already_running"),
      succeeded: count((e) => e.outcome === "SUCCESS"),
      failed,
      not_due: count((e) => ["done", "ran_by_server", "disabled"].includes(e.action)),
    },
    ok: failed === 0,
  };
}

function selectSchedules(view: SyncView, only: readonly string[] | undefined): Schedule[] {
  if (!only || only.length === 0) return view.schedules;
  return only.map((name) => {
    const match = view.schedules.find((s) => s.app === name || view.apps.get(s.appId)?.app_class_id === name);
    if (!match) {
      const known = view.schedules.map((s) => s.app);
      const scheduled = known.length ? ` (scheduled: ${known.join(", ")})` : " (no app has one)";
      if (view.unknown.some((u) => u.app === name)) {
        throw new UsageError(`--app ${name}: its sync schedule is declared, but the tenant has no connected app of that name; apply the configuration first, or fix the name`, { app: name });
      }
      const exists = [...view.apps.values()].some((app) => app.user_friendly_label === name || app.app_class_id === name);
      if (!exists) throw new UsageError(`--app ${name}: the tenant has no app of that name${scheduled}`, { app: name });
      throw new UsageError(`--app ${name} has no sync schedule${scheduled}; declare one under sync_schedules`, { app: name });
    }
    return match;
  });
}

function lastSync(schedule: Schedule, view: SyncView, options: RunOptions): SyncEntry["last_sync"] {
  const state = view.apps.get(schedule.appId)?.sync_status ?? null;
  const mine = options.state.latest(options.environment, schedule.appId)?.triggered_at;
  const server = schedule.serverLastTriggeredAt ?? undefined;
  if (mine && (!server || mine >= server)) return { at: mine, by: "lumos-iac", state };
  if (server) return { at: server, by: "server", state };
  return { at: null, by: null, state };
}

/** Polls `GET /apps/{app_id}` until no followed sync is SYNCING, or the time budget is spent. */
async function follow(client: LumosClient, entries: SyncEntry[], options: RunOptions): Promise<void> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const pollMs = options.pollMs ?? 5000;
  let waited = 0;
  let pending = entries;
  for (;;) {
    const states = await Promise.all(
      pending.map(async (entry) => {
        const app = await client.call("getApp", client.api.GET("/apps/{app_id}", { params: { path: { app_id: entry.app_id } } }));
        return [entry, app.sync_status ?? null] as const;
      }),
    );
    for (const [entry, status] of states) {
      entry.last_sync.state = status;
      if (status === "SUCCESS" || status === "FAILED") entry.outcome = status;
      // Lumos also answers 409 when the app cannot sync now (its first sync awaits an admin's
      // review in the Lumos UI): then nothing is running to wait for.
      if (status === null && entry.action === "already_running") {
        entry.outcome = "FAILED";
        entry.error = "Lumos refused the sync (409) and none is running: the app is not in a syncable state (its first sync may await review in the Lumos UI)";
      }
    }
    pending = pending.filter((entry) => entry.outcome === undefined);
    const done = entries.length - pending.length;
    options.progress?.(`syncing: ${done}/${entries.length} done${pending.length ? ` (waiting for ${pending.map((e) => e.app).join(", ")})` : ""}, ${Math.round(waited / 1000)}s`);
    if (pending.length === 0) return;
    if (waited >= options.timeoutMs) {
      for (const entry of pending) {
        entry.outcome = "timeout";
        entry.error = `still syncing after ${Math.round(options.timeoutMs / 1000)}s; it keeps running in Lumos`;
      }
      return;
    }
    const pause = Math.min(pollMs, options.timeoutMs - waited);
    await sleep(pause);
    waited += pause;
  }
}
