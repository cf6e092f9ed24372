import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { against, cli, project } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";

const APPS = "apps:\n  - { name: Payroll, category: HR & Learning, description: Pays people }\n  - { name: Travel, category: Other, description: Trips }\n";

describe("answers that say what is true", () => {
  it("does not claim the tenant matches when --target/--exclude left every change out", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": APPS });
    const filtered = await cli(sim, ["plan", ...against(dir), "--target", "app", "--exclude", "app", "--detailed-exitcode"]);
    expect(filtered.code).toBe(0);
    expect(filtered.stdout).toContain("No changes selected. 2 changes are pending outside --target/--exclude.");
    expect(filtered.stdout).not.toContain("The tenant matches the configuration");
    const markdown = await cli(sim, ["plan", ...against(dir), "--target", "app.Payroll", "--exclude", "app", "--format", "markdown"]);
    expect(markdown.stdout).toContain("No changes selected; 2 pending outside --target/--exclude.");
    // Applying everything, the tenant does match: then it says so, and re-plan is empty.
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    const replan = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"]);
    expect(replan.code).toBe(0);
    expect(replan.stdout).toContain("No changes. The tenant matches the configuration");
  });

  it("refuses a delete percentage above 100%", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": APPS });
    const result = await cli(sim, ["plan", ...against(dir), "--max-deletes", "200%"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("error [USAGE]: --max-deletes 200%: a percentage goes from 0% to 100%");
    expect(sim.getStats().total).toBe(0);
  });

  it("says a file that is not JSON is not a saved plan, and names a missing one plainly", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": APPS });
    const notPlan = await cli(sim, ["apply", join(dir, "lumos.config.yaml"), ...against(dir)]);
    expect(notPlan.code).toBe(1);
    expect(notPlan.stderr).toContain("is not a plan saved by lumos-iac plan --out (it is not JSON)");
    expect(notPlan.stderr).not.toContain("Unexpected token");
    const missing = await cli(sim, ["apply", join(dir, "nope.json"), ...against(dir)]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nope.json: no such file; pass a file saved by lumos-iac plan --out FILE");
    expect(sim.getStats().writes).toBe(0);
  });

  it("tells how to reach the environment a saved plan was made for", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": `default_environment: staging\nenvironments:\n  staging: { url: "http://127.0.0.1:1" }\n${APPS}` });
    const planFile = join(dir, "plan.json");
    const planned = await cli(sim, ["plan", "--config", join(dir, "lumos.config.yaml"), "--url", "http://127.0.0.1:9", "--out", planFile]);
    expect(planned.code, planned.stderr).toBe(0);
    const result = await cli(sim, ["apply", planFile, "--config", join(dir, "lumos.config.yaml")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("apply it to the environment it was made for (--url http://127.0.0.1:9)");
    expect(sim.getStats().writes).toBe(0);
    const applied = await cli(sim, ["apply", planFile, "--config", join(dir, "lumos.config.yaml"), "--url", "http://127.0.0.1:9"]);
    expect(applied.code, applied.stderr).toBe(0);
    const replan = await cli(sim, ["plan", "--config", join(dir, "lumos.config.yaml"), "--detailed-exitcode"]);
    expect(replan.code).toBe(0);
  });

  it("names an empty --config plainly", async () => {
    const { sim } = startSimulator();
    const result = await cli(sim, ["validate", "--config", ""]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("error [CONFIG_NOT_FOUND]: --config is empty; pass the project file, e.g. --config lumos.config.yaml");
  });
});
