import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { against, cli, project } from "../helpers/cli.ts";
import { appId, startSimulator } from "../helpers/simulator.ts";
import type { Simulator } from "../../src/simulator/server.ts";
import type { SyncReport } from "../../src/sync/runner.ts";

const SYNC_ROUTE = "POST /apps/{app_id}/sync";

const CONFIG = `sync_schedules:
  - { app: Okta, preset: idp-nightly }
  - { app: Google Workspace, cron: "0 16 * * *" }
`;

async function syncRun(sim: Simulator, dir: string, ...rest: string[]): Promise<{ code: number; report: SyncReport; stderr: string }> {
  const result = await cli(sim, ["sync", "run", ...against(dir), "--format", "json", ...rest]);
  return { code: result.code, report: JSON.parse(result.stdout) as SyncReport, stderr: result.stderr };
}

const triggered = (report: SyncReport) => report.syncs.filter((s) => s.action === "triggered").map((s) => s.app);

describe("sync run", () => {
  it("triggers exactly the schedules whose time passed, once per due slot", async () => {
    const { sim } = startSimulator();
    sim.setClock({ to: Date.parse("2026-03-02T07:00:00Z") });
    const dir = project({ "lumos.config.yaml": CONFIG });

    // The first run serves the latest slot of each schedule (yesterday 07:30 and 16:00).
    const first = await syncRun(sim, dir);
    expect(first.code).toBe(0);
    expect(triggered(first.report)).toEqual(["Google Workspace", "Okta"]);
    expect(first.report.syncs.every((s) => s.outcome === "SUCCESS")).toBe(true);
    expect(existsSync(join(dir, ".lumos", "sync-runs.json"))).toBe(true);

    sim.resetStats();
    expect(triggered((await syncRun(sim, dir)).report)).toEqual([]);
    expect(sim.getStats().by_route[SYNC_ROUTE]).toBeUndefined();

    // 07:31: Okta's nightly slot passed, Google Workspace's 16:00 did not.
    sim.setClock({ advanceMs: 31 * 60_000 });
    const due = await syncRun(sim, dir);
    expect(triggered(due.report)).toEqual(["Okta"]);
    expect(due.report.syncs.find((s) => s.app === "Okta")).toMatchObject({ due_at: "2026-03-02T07:30:00.000Z", next_due_at: "2026-03-03T07:30:00.000Z", outcome: "SUCCESS" });
    expect(due.report.syncs.find((s) => s.app === "Google Workspace")).toMatchObject({ action: "done", next_due_at: "2026-03-02T16:00:00.000Z" });
    expect(sim.getStats().by_route[SYNC_ROUTE]).toBe(1);

    const again = await syncRun(sim, dir);
    expect(triggered(again.report)).toEqual([]);
    expect(again.report.summary).toMatchObject({ triggered: 0, failed: 0 });
    expect(sim.getStats().by_route[SYNC_ROUTE]).toBe(1);
  });

  it("leaves schedules the server ran itself alone, and shows them in sync status", async () => {
    const { sim, client } = startSimulator();
    sim.setClock({ to: Date.parse("2026-03-02T08:00:00Z") });
    const dir = project({ "lumos.config.yaml": CONFIG });
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"])).code).toBe(0);

    // The simulator's own scheduler runs stored schedules when its clock passes them.
    sim.resetStats();
    sim.setClock({ to: Date.parse("2026-03-02T16:05:00Z") });
    const google = await appId(client, "Google Workspace");
    expect(sim.tenant.schedules.get(google)?.last_triggered_at).toBe("2026-03-02T16:05:00.000Z");
    expect(sim.tenant.schedules.get(await appId(client, "Okta"))?.last_triggered_at).toBeNull();

    const status = await cli(sim, ["sync", "status", ...against(dir), "--format", "json"]);
    expect(status.code).toBe(0);
    const report = JSON.parse(status.stdout) as SyncReport;
    expect(report.server_schedules).toBe(true);
    expect(report.syncs.find((s) => s.app === "Google Workspace")).toMatchObject({
      source: "config+server",
      action: "ran_by_server",
      last_sync: { at: "2026-03-02T16:05:00.000Z", by: "server", state: "SUCCESS" },
    });
    // Okta's slot (07:30, before the schedule was stored) was never served: sync run does it.
    expect(report.syncs.find((s) => s.app === "Okta")).toMatchObject({ action: "due", due_at: "2026-03-02T07:30:00.000Z" });

    const run = await syncRun(sim, dir);
    expect(triggered(run.report)).toEqual(["Okta"]);
    expect(sim.getStats().by_route[SYNC_ROUTE]).toBe(1);

    const text = await cli(sim, ["sync", "status", ...against(dir)]);
    expect(text.stdout).toContain("run by the server's scheduler");
    expect(text.stdout).toContain("next 2026-03-03T07:30:00.000Z");
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"])).code).toBe(0);
  });

  it("--dry-run and --app: reports what is due, triggers and records nothing", async () => {
    const { sim } = startSimulator();
    sim.setClock({ to: Date.parse("2026-03-02T07:45:00Z") });
    const dir = project({ "lumos.config.yaml": CONFIG });
    const dry = await syncRun(sim, dir, "--dry-run", "--app", "okta.com");
    expect(dry.code).toBe(0);
    expect(dry.report.syncs.map((s) => [s.app, s.action])).toEqual([["Okta", "would_trigger"]]);
    expect(sim.getStats().by_route[SYNC_ROUTE]).toBeUndefined();
    expect(existsSync(join(dir, ".lumos", "sync-runs.json"))).toBe(false);

    const unscheduled = await cli(sim, ["sync", "run", ...against(dir), "--app", "Zoom"]);
    expect(unscheduled.code).toBe(1);
    expect(unscheduled.stderr).toContain("--app Zoom has no sync schedule (scheduled: Google Workspace, Okta); declare one under sync_schedules");
    const unknown = await cli(sim, ["sync", "run", ...against(dir), "--app", "Slack"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("--app Slack: the tenant has no app of that name (scheduled: Google Workspace, Okta)");

    const missing = project({ "lumos.config.yaml": CONFIG + "  - { app: Salesforce, preset: integration-users-nightly }\n" });
    const report = await syncRun(sim, missing, "--dry-run");
    expect(report.code).toBe(1);
    expect(report.report).toMatchObject({ ok: false, missing_apps: ["Salesforce"], summary: { failed: 1 } });
    const text = await cli(sim, ["sync", "status", ...against(missing)]);
    expect(text.stdout).toContain("Salesforce: no connected app of that name in the tenant; its schedule cannot run");
    const named = await cli(sim, ["sync", "run", ...against(missing), "--app", "Salesforce"]);
    expect(named.code).toBe(1);
    expect(named.stderr).toContain("--app Salesforce: its sync schedule is declared, but the tenant has no connected app of that name; apply the configuration first");
    expect(sim.getStats().by_route[SYNC_ROUTE]).toBeUndefined();
  });

  it("treats a sync already running (409) as in progress and follows it to the end", async () => {
    const { sim, client } = startSimulator({ syncDurationMs: 120_000 });
    sim.setClock({ to: Date.parse("2026-03-02T07:45:00Z") });
    const okta = await appId(client, "Okta");
    await client.call("trigger", client.api.POST("/apps/{app_id}/sync", { params: { path: { app_id: okta } }, body: { sync_type: "full_sync" } }));
    const dir = project({ "lumos.config.yaml": "sync_schedules:\n  - { app: Okta, cron: \"30 7 * * *\" }\n" });
    // Each pause of the poll moves the simulated clock, so the running sync finishes.
    const result = await cli(sim, ["sync", "run", ...against(dir), "--format", "json"], {
      client: { sleep: async (ms) => void sim.setClock({ advanceMs: ms }) },
    });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as SyncReport;
    expect(report.syncs[0]).toMatchObject({ app: "Okta", action: "already_running", outcome: "SUCCESS" });
    expect(report.summary).toMatchObject({ already_running: 1, failed: 0 });
    const state = JSON.parse(readFileSync(join(dir, ".lumos", "sync-runs.json"), "utf8"));
    expect(Object.values(state.runs)).toEqual([expect.objectContaining({ app: "Okta", trigger: "already_running", outcome: "SUCCESS" })]);
  });

  it("exits 1 when a sync fails or outlasts --timeout, and says so", async () => {
    const failing = startSimulator({ syncFailRate: 1 });
    failing.sim.setClock({ to: Date.parse("2026-03-02T07:45:00Z") });
    const dir = project({ "lumos.config.yaml": "sync_schedules:\n  - { app: Okta, preset: idp-nightly }\n" });
    const failed = await syncRun(failing.sim, dir);
    expect(failed.code).toBe(1);
    expect(failed.report).toMatchObject({ ok: false, summary: { triggered: 1, failed: 1 } });
    expect(failed.report.syncs[0]?.outcome).toBe("FAILED");

    const slow = startSimulator({ syncDurationMs: 3_600_000 });
    slow.sim.setClock({ to: Date.parse("2026-03-02T07:45:00Z") });
    const other = project({ "lumos.config.yaml": "sync_schedules:\n  - { app: Okta, preset: idp-nightly }\n" });
    const text = await cli(slow.sim, ["sync", "run", ...against(other), "--timeout", "30s"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("triggered: timeout (still syncing after 30s; it keeps running in Lumos)");
    expect(text.stdout).toContain("1 due, 1 triggered, 0 already running, 0 succeeded, 1 failed");
    // The slot was served: a second run does not trigger it again.
    expect(triggered((await syncRun(slow.sim, other)).report)).toEqual([]);
  });

  it("refuses a schedule with both cron and preset, or neither, at its line", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": 'sync_schedules:\n  - { app: Okta, preset: idp-nightly, cron: "0 1 * * *" }\n  - { app: Google Workspace }\n' });
    const result = await cli(sim, ["validate", "--config", join(dir, "lumos.config.yaml")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/lumos\.config\.yaml:2:\d+: .*give cron or preset, not both/);
    expect(result.stderr).toMatch(/lumos\.config\.yaml:3:\d+: .*needs cron .* or preset \(idp-nightly/);
    expect(sim.getStats().writes).toBe(0);
  });
});

describe("the simulator's clock over HTTP", () => {
  it("POST /_simulator/clock moves the clock, answers are dated by it, and stored schedules run when it passes them", async () => {
    // A simulator whose real clock stands still, so every time below is exact.
    const { sim, client } = startSimulator({ now: () => Date.parse("2020-01-01T00:00:00Z") });
    const post = (body: unknown) =>
      sim.fetch(new Request("http://sim/_simulator/clock", { method: "POST", headers: { Authorization: "Bearer test-token", "Content-Type": "application/json" }, body: JSON.stringify(body) }));
    expect((await (await post({ set: "2026-03-02T07:00:00Z" })).json()) as unknown).toEqual({ now: "2026-03-02T07:00:00.000Z" });
    const okta = await appId(client, "Okta");
    await client.call("put", client.api.PUT("/sync_schedules/{app_id}", { params: { path: { app_id: okta } }, body: { cron: "30 7 * * *" } }));
    expect((await post({ advance_seconds: 29 * 60 })).status).toBe(200);
    expect(sim.tenant.schedules.get(okta)?.last_triggered_at).toBeNull();
    const answer = await post({ advance_seconds: 60 });
    expect(((await answer.json()) as { now: string }).now).toBe("2026-03-02T07:30:00.000Z");
    expect(sim.tenant.schedules.get(okta)?.last_triggered_at).toBe("2026-03-02T07:30:00.000Z");
    const apps = await client.api.GET("/apps", { params: { query: { size: 1 } } });
    expect(apps.response.headers.get("date")).toBe("Mon, 02 Mar 2026 07:30:00 GMT");
    expect((await post({ advance_seconds: "soon" })).status).toBe(422);
  });
});

describe("the CI cron example", () => {
  it("runs sync run on a schedule and carries the state file between runs", async () => {
    const { parse } = await import("yaml");
    const workflow = parse(readFileSync(new URL("../../examples/github-actions/sync-schedules.yml", import.meta.url), "utf8")) as {
      on: { schedule: { cron: string }[] };
      jobs: { sync: { steps: { uses?: string; run?: string; with?: { path?: string } }[] } };
    };
    expect(workflow.on.schedule[0]?.cron).toBe("*/15 * * * *");
    const steps = workflow.jobs.sync.steps;
    const run = steps.findIndex((s) => s.run?.startsWith("npx lumos-iac sync run"));
    const restore = steps.findIndex((s) => s.uses?.startsWith("actions/cache/restore"));
    const save = steps.findIndex((s) => s.uses?.startsWith("actions/cache/save"));
    expect(restore).toBeGreaterThanOrEqual(0);
    expect(restore).toBeLessThan(run);
    expect(save).toBeGreaterThan(run);
    expect(steps[restore]?.with?.path).toBe(".lumos/sync-runs.json");
    expect(steps[save]?.with?.path).toBe(".lumos/sync-runs.json");
  });
});
