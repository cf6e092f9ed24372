import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { against, cli, project } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";
import type { SyncReport } from "../../src/sync/runner.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** examples/basic with the repository's project file, in a folder of its own. */
function basicProject(): string {
  const dir = project({});
  cpSync(join(REPO, "examples", "basic"), join(dir, "examples", "basic"), { recursive: true });
  writeFileSync(join(dir, "lumos.config.yaml"), readFileSync(join(REPO, "lumos.config.yaml"), "utf8"));
  return dir;
}

describe("a server without lumos-iac's extension operations", () => {
  it("refuses extension kinds with one line per kind, naming where each is declared", async () => {
    const { sim } = startSimulator({ extensions: false });
    const dir = basicProject();
    const result = await cli(sim, ["plan", ...against(dir)]);
    expect(result.code).toBe(1);
    const lines = result.stderr.split("\n");
    expect(lines.filter((l) => /cannot be managed on this server/.test(l)).map((l) => /(\w+) cannot be managed/.exec(l)?.[1])).toEqual([
      "inline_webhooks",
      "user_sources",
      "sync_schedules",
    ]);
    expect(result.stderr).toMatch(/user_sources cannot be managed on this server \(declared at .*apps\.yaml:37:\d+\)/);
    expect(result.stderr).toContain("pass --skip-unsupported to plan and apply the rest");
    expect(sim.getStats().writes).toBe(0);
  });

  it("plans and applies examples/basic with --skip-unsupported, listing what it skipped; re-plan is empty", async () => {
    const { sim } = startSimulator({ extensions: false });
    const dir = basicProject();
    const plan = JSON.parse((await cli(sim, ["plan", ...against(dir), "--skip-unsupported", "--format", "json"])).stdout);
    expect(plan.skipped.map((s: { kind: string }) => s.kind)).toEqual(["inline_webhooks", "user_sources", "sync_schedules"]);
    expect(plan.skipped.find((s: { kind: string }) => s.kind === "sync_schedules")).toMatchObject({ count: 2 });
    expect(plan.changes.some((c: { kind: string }) => ["inline_webhook", "user_sources", "sync_schedule"].includes(c.kind))).toBe(false);

    const apply = await cli(sim, ["apply", ...against(dir), "--skip-unsupported", "--auto-approve"]);
    expect(apply.code).toBe(0);
    expect(apply.stdout).toContain("note: skipped sync_schedules (2 declared): this server has no sync-schedule operations");
    const again = await cli(sim, ["plan", ...against(dir), "--skip-unsupported", "--detailed-exitcode"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("note: skipped user_sources");
  });

  it("sync run still enforces the schedules the configuration declares", async () => {
    const { sim } = startSimulator({ extensions: false });
    const dir = basicProject();
    // examples/basic: Okta at 07:30, LumApps every six hours.
    sim.setClock({ to: Date.parse("2026-03-02T05:00:00Z") });
    expect((await cli(sim, ["apply", ...against(dir), "--skip-unsupported", "--auto-approve"])).code).toBe(0);
    const first = JSON.parse((await cli(sim, ["sync", "run", ...against(dir), "--format", "json"])).stdout) as SyncReport;
    expect(first.server_schedules).toBe(false);
    expect(first.syncs.map((s) => [s.app, s.source, s.action, s.due_at])).toEqual([
      ["LumApps", "config", "triggered", "2026-03-02T00:00:00.000Z"],
      ["Okta", "config", "triggered", "2026-03-01T07:30:00.000Z"],
    ]);

    sim.setClock({ to: Date.parse("2026-03-02T06:10:00Z") });
    sim.resetStats();
    const second = JSON.parse((await cli(sim, ["sync", "run", ...against(dir), "--format", "json"])).stdout) as SyncReport;
    expect(second.syncs.map((s) => [s.app, s.action])).toEqual([
      ["LumApps", "triggered"],
      ["Okta", "done"],
    ]);
    expect(sim.getStats().by_route["POST /apps/{app_id}/sync"]).toBe(1);
    const third = await cli(sim, ["sync", "run", ...against(dir)]);
    expect(third.code).toBe(0);
    expect(third.stdout).toContain("this server stores no schedules: the configuration's are enforced here");
    expect(third.stdout).toContain("0 due, 0 triggered");
    expect((await cli(sim, ["plan", ...against(dir), "--skip-unsupported", "--detailed-exitcode"])).code).toBe(0);
  });
});
