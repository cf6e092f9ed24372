import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { against, cli } from "../../helpers/cli.ts";
import { startSimulator } from "../../helpers/simulator.ts";

const SEED = fileURLToPath(new URL("../../../src/simulator/seeds/globex.yaml", import.meta.url));
const PROJECT = fileURLToPath(new URL("../../../scripts/prism-globex", import.meta.url));

describe("the second tenant of the Prism check (Globex)", () => {
  const dir = mkdtempSync(join(tmpdir(), "globex-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(PROJECT, dir, { recursive: true });

  it("has UI-connected apps and SYNCED permissions only", () => {
    const { sim } = startSimulator({ seed: SEED });
    const apps = sim.tenant.apps.all();
    expect(apps.map((app) => [app.name, app.connection_source])).toEqual([
      ["Okta", "UI"],
      ["GitHub", "UI"],
      ["Greenhouse", "UI"],
    ]);
    const permissions = sim.tenant.permissions.all();
    expect(permissions.length).toBeGreaterThan(0);
    expect(new Set(permissions.map((p) => p.type))).toEqual(new Set(["SYNCED"]));
  });

  it("adopts them with its project: apply, re-plan is empty, rotation connects LumApps once", async () => {
    const { sim } = startSimulator({ seed: SEED });
    const plan = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"]);
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(2);
    expect(plan.stdout).toMatch(/~ requestable_permission\.GitHub\/Repo Maintainer/);
    expect(plan.stdout).toMatch(/\+ app\.LumApps/);
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    expect(sim.tenant.permissions.all().every((p) => p.type === "SYNCED")).toBe(true);
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve", "--rotate-credentials"])).code).toBe(0);
    expect(sim.tenant.apps.all().filter((app) => app.name === "LumApps")).toHaveLength(1);
    const again = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"]);
    expect(again.stdout).toMatch(/No changes/);
    expect(again.code).toBe(0);
  });
});
