import { describe, expect, it } from "vitest";
import { against, cli, project } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe("apply under a rate limit", () => {
  it("applies a level larger than rate × time budget with no failure, then re-plans empty", async () => {
    const RATE = 10;
    const BUDGET_MS = 2_000;
    const APPS = 60; // > RATE × BUDGET_MS / 1000 = 20 creates in one level
    const { sim } = startSimulator({ faults: { rateLimitRps: RATE } });
    const apps = Array.from({ length: APPS }, (_, i) => `  - name: Rated ${String(i).padStart(2, "0")}\n    category: Other\n    description: App ${i}\n`).join("");
    const dir = project({ "lumos.config.yaml": `version: 1\napps:\n${apps}` });
    const client = { sleep: realSleep, retry: { maxElapsedMs: BUDGET_MS } };

    const applied = await cli(sim, ["apply", ...against(dir), "--auto-approve", "--parallelism", "16"], { client });
    expect(applied.stderr).not.toMatch(/429|failed/);
    expect(applied.code, applied.stdout).toBe(0);
    expect(applied.stdout).toContain(`Apply complete: ${APPS} changes applied.`);
    const stats = sim.getStats();
    expect(stats.by_route["POST /apps"]).toBeGreaterThanOrEqual(APPS);
    // One wave of refusals per pause, not one per queued request.
    expect(stats.by_route["POST /apps"]! - APPS).toBeLessThanOrEqual(APPS);

    const again = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"], { client });
    expect(again.code, again.stdout).toBe(0);
  }, 60_000);
});
