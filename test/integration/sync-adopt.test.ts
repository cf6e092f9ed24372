import { describe, expect, it } from "vitest";
import { against, cli, project } from "../helpers/cli.ts";
import { appId, startSimulator, type Harness } from "../helpers/simulator.ts";

const CONFIG = `apps:
  - app_class_id: github.com
    name: GitHub
    auth: { access_token: "\${env:GH_TOKEN}" }
    settings: { organization: acme }
requestable_permissions:
  - app: GitHub
    label: Repository Admin
    request_config: { appstore_visibility: VISIBLE }
  - app: GitHub
    label: Release Manager
`;
const ENV = { GH_TOKEN: "ghp-test-token-value" };

async function permissionsOf(harness: Harness, app: string): Promise<{ label: string; type: string; visibility: string }[]> {
  const { client } = harness;
  const id = await appId(client, app);
  const page = await client.call(
    "list",
    client.api.GET("/appstore/requestable_permissions", { params: { query: { app_id: id, include_inherited_configs: false, size: 100 } } }),
  );
  return page.items
    .map((p) => ({ label: p.label, type: String(p.type), visibility: String(p.request_config?.appstore_visibility) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

describe("connect, wait, adopt", () => {
  it("waits for the first sync of an integration connected in the same apply and adopts its SYNCED permission", async () => {
    const harness = startSimulator({ syncDurationMs: 90_000 });
    const { sim } = harness;
    const dir = project({ "lumos.config.yaml": CONFIG });
    const plan = await cli(sim, ["plan", ...against(dir), "--format", "json"], { env: ENV });
    const changes = JSON.parse(plan.stdout).changes as { address: string; action: string; notes?: string[] }[];
    expect(changes.find((c) => c.address === "requestable_permission.GitHub/Repository Admin")?.notes?.[0]).toMatch(/^adopt after sync: app\.GitHub connects in this run/);
    expect((await cli(sim, ["plan", ...against(dir)], { env: ENV })).stdout).toContain("# adopt after sync: app.GitHub");

    // Each pause while apply waits moves the simulated clock, so the connect's sync finishes.
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      sim.setClock({ advanceMs: ms });
    };
    const apply = await cli(sim, ["apply", ...against(dir), "--auto-approve"], { env: ENV, client: { sleep } });
    expect(apply.code).toBe(0);
    expect(waits.length).toBeGreaterThan(0);
    expect(apply.stdout).toContain("requestable_permission.GitHub/Repository Admin: adopted");
    expect(apply.stdout).not.toContain("Release Manager: adopted");
    expect(await permissionsOf(harness, "GitHub")).toEqual([
      { label: "Organization Member", type: "SYNCED", visibility: "HIDDEN" },
      { label: "Organization Owner", type: "SYNCED", visibility: "HIDDEN" },
      { label: "Release Manager", type: "NATIVE", visibility: "HIDDEN" },
      { label: "Repository Admin", type: "SYNCED", visibility: "VISIBLE" },
    ]);
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"], { env: ENV })).code).toBe(0);
  });

  it("bounds the wait: a sync that outlasts it fails the permission without creating a NATIVE twin; the next apply adopts", async () => {
    const harness = startSimulator({ syncDurationMs: 3 * 3_600_000 });
    const { sim } = harness;
    const dir = project({ "lumos.config.yaml": CONFIG });
    const apply = await cli(sim, ["apply", ...against(dir), "--auto-approve"], { env: ENV });
    expect(apply.code).toBe(1);
    expect(apply.stdout).toContain("✗ requestable_permission.GitHub/Repository Admin: the first sync of app.GitHub was still running after 600s; nothing was created");
    expect(await permissionsOf(harness, "GitHub")).toEqual([]);

    sim.setClock({ advanceMs: 3 * 3_600_000 });
    const plan = JSON.parse((await cli(sim, ["plan", ...against(dir), "--format", "json"], { env: ENV })).stdout);
    expect(plan.changes.map((c: { address: string; action: string }) => [c.address, c.action])).toEqual([
      ["requestable_permission.GitHub/Repository Admin", "update"],
      ["requestable_permission.GitHub/Release Manager", "create"],
    ]);
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"], { env: ENV })).code).toBe(0);
    expect((await permissionsOf(harness, "GitHub")).find((p) => p.label === "Repository Admin")).toEqual({ label: "Repository Admin", type: "SYNCED", visibility: "VISIBLE" });
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"], { env: ENV })).code).toBe(0);
  });
});
