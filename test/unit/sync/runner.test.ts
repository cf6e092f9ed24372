import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LumosClient } from "../../../src/remote/client.ts";
import { evaluateSyncs, type SyncView } from "../../../src/sync/runner.ts";
import { SyncRunState } from "../../../src/sync/state.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A Lumos that refuses the sync with 409 while no sync runs (an app awaiting review). */
function refusingLumos(): { client: LumosClient; requests: string[] } {
  const requests: string[] = [];
  const client = new LumosClient({
    baseUrl: "http://127.0.0.1:1",
    token: "t",
    sleep: async () => {},
    fetch: async (request: Request) => {
      const path = new URL(request.url).pathname;
      requests.push(`${request.method} ${path}`);
      if (request.method === "POST") return Response.json({ detail: "The app's first sync awaits review" }, { status: 409 });
      return Response.json({ id: "app-1", app_class_id: "jira.com", user_friendly_label: "Jira", sync_status: null });
    },
  });
  return { client, requests };
}

describe("evaluateSyncs", () => {
  it("reports a 409 with no sync running as a failure at once, not as a sync to wait for", async () => {
    const { client, requests } = refusingLumos();
    const dir = mkdtempSync(join(tmpdir(), "sync-runner-"));
    dirs.push(dir);
    const view: SyncView = {
      now: Date.parse("2026-03-02T08:00:00Z"),
      schedules: [{ appId: "app-1", app: "Jira", cron: "30 7 * * *", timezone: "UTC", enabled: true, syncType: "full_sync", source: "config" }],
      apps: new Map(),
      serverSchedules: false,
      unknown: [],
    };
    const state = SyncRunState.beside(dir);
    const report = await evaluateSyncs(client, view, { environment: "production", state, trigger: true, timeoutMs: 3_600_000 });
    expect(report.ok).toBe(false);
    expect(report.syncs[0]).toMatchObject({ action: "already_running", outcome: "FAILED", error: expect.stringContaining("not in a syncable state") });
    expect(requests).toEqual(["POST /apps/app-1/sync", "GET /apps/app-1"]);
    expect(state.get("production", "app-1", "2026-03-02T07:30:00.000Z")).toMatchObject({ trigger: "already_running", outcome: "FAILED" });
  });
});
