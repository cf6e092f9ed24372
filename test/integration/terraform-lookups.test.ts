import { describe, expect, it } from "vitest";
import { against, cli, project } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";

const CONFIG = `version: 1
environments:
  local: { url: http://127.0.0.1:1 }
prune: { sync_schedules: true }
sources: ["*.tf"]
`;

const schedule = (lookup: string) => `data "lumos_apps" "okta" {
${lookup}
}

resource "lumos_sync_schedule" "okta" {
  app_id = data.lumos_apps.okta.items[0].id
  cron   = "30 7 * * *"
}
`;

describe("data-source lookups mean what the official provider means", () => {
  it("does not find an app connected in the Lumos UI unless connection_source = \"UI\"; with it, applies and re-plans empty", async () => {
    const { sim } = startSimulator();
    const without = project({ "lumos.config.yaml": CONFIG, "main.tf": schedule('  name_search = "Okta"\n  exact_match = true') });
    const refused = await cli(sim, ["plan", ...against(without)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/main\.tf:2:\d+: data\.lumos_apps\.okta: .*connected in the Lumos UI.*add connection_source = "UI"/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(sim.getStats().writes).toBe(0);

    const dir = project({ "lumos.config.yaml": CONFIG, "main.tf": schedule('  name_search       = "Okta"\n  exact_match       = true\n  connection_source = "UI"') });
    const applied = await cli(sim, ["apply", "--auto-approve", ...against(dir)]);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain("sync_schedule.Okta");
    const replan = await cli(sim, ["plan", "--detailed-exitcode", ...against(dir)]);
    expect(replan.code, replan.stdout).toBe(0);
  });

  it("refuses a substring search that several apps answer, naming them, with no write", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": CONFIG, "main.tf": schedule('  name_search       = "o"\n  connection_source = "UI"') });
    const refused = await cli(sim, ["plan", ...against(dir)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/main\.tf:2:\d+: data\.lumos_apps\.okta: name_search = "o" finds \d+ apps \("Okta", "Google Workspace"/);
    expect(refused.stderr).toContain("set exact_match = true");
    expect(sim.getStats().writes).toBe(0);
  });

  it("reads the AppStore settings of an app found by a substring search, so the re-plan is empty", async () => {
    const { sim } = startSimulator();
    const dir = project({
      "lumos.config.yaml": CONFIG.replace("prune: { sync_schedules: true }\n", ""),
      "main.tf": `data "lumos_apps" "zoom" {
  name_search       = "Zoo"
  connection_source = "UI"
}

resource "lumos_app_store_app" "zoom" {
  app_id = data.lumos_apps.zoom.items[0].id
  request_flow = {
    discoverability = "LIMITED"
  }
}
`,
    });
    const applied = await cli(sim, ["apply", "--auto-approve", ...against(dir)]);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(applied.stdout).toMatch(/\+ appstore_app\.Zoo\n/);
    const replan = await cli(sim, ["plan", "--detailed-exitcode", ...against(dir)]);
    expect(replan.code, replan.stdout + replan.stderr).toBe(0);
  });
});
