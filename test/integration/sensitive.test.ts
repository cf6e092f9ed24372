import { cpSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { against, cli, project } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";

const APP = "apps:\n  - name: Payroll\n    category: Other\n    description: ${env:TEAM}\n    request_instructions: ${file:texts/how.md}\n";

describe("values read through ${env:} and ${file:}", () => {
  it("are shown by reference, compared by value: no perpetual diff, and the live value is hidden next to them", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": APP, "texts/how.md": "Ask your manager first.\n" });
    const env = { TEAM: "Payroll team" };
    const first = await cli(sim, ["plan", ...against(dir)], { env });
    expect(first.stdout).toContain("description: (sensitive: env:TEAM)");
    expect(first.stdout).toContain("request_instructions: (sensitive: file:texts/how.md)");
    expect(first.stdout).not.toContain("Payroll team");
    expect(first.stdout).not.toContain("Ask your manager");
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"], { env })).code).toBe(0);
    const same = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"], { env });
    expect(same.code, same.stdout).toBe(0);

    const changed = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode", "--format", "json"], { env: { TEAM: "Finance team" } });
    expect(changed.code).toBe(2);
    expect(changed.stdout).not.toMatch(/Payroll team|Finance team/);
    const diff = JSON.parse(changed.stdout).changes[0].diff;
    expect(diff).toEqual([{ path: "description", before: "(sensitive)", after: "(sensitive: env:TEAM)" }]);
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"], { env: { TEAM: "Finance team" } })).code).toBe(0);
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"], { env: { TEAM: "Finance team" } })).code).toBe(0);
  });

  it("are shown when the project declares them non_sensitive", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": `non_sensitive: [env:TEAM, "file:texts/*.md"]\n${APP}`, "texts/how.md": "Ask your manager first.\n" });
    const plan = await cli(sim, ["plan", ...against(dir)], { env: { TEAM: "Payroll team" } });
    expect(plan.stdout).toContain('description: "Payroll team"');
    expect(plan.stdout).toContain('request_instructions: "Ask your manager first."');
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"], { env: { TEAM: "Payroll team" } })).code).toBe(0);
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"], { env: { TEAM: "Payroll team" } })).code).toBe(0);
  });

  it("are saved as templates relative to the project, so a saved plan applies from another checkout", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": APP, "texts/how.md": "Ask your manager first.\n" });
    const env = { TEAM: "Payroll team" };
    const planFile = join(dir, "plan.json");
    expect((await cli(sim, ["plan", ...against(dir), "--out", planFile], { env })).code).toBe(0);
    const saved = readFileSync(planFile, "utf8");
    expect(saved).toContain('"${file:texts/how.md}"');
    expect(saved).not.toContain("Payroll team");
    const elsewhere = project({});
    cpSync(dir, elsewhere, { recursive: true });
    rmSync(join(dir, "texts"), { recursive: true });
    const applied = await cli(sim, ["apply", join(elsewhere, "plan.json"), ...against(elsewhere)], { env });
    expect(applied.code, applied.stderr).toBe(0);
    expect((await cli(sim, ["plan", ...against(elsewhere), "--detailed-exitcode"], { env })).code).toBe(0);
  });
});
