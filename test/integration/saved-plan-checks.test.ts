import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { stableStringify } from "../../src/plan/canonical.ts";
import type { Output } from "../../src/cli/output.ts";
import { against, cli, project, SIM_URL } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";

const APP = "apps:\n  - { name: Payroll, category: HR & Learning, description: Pays people }\n";

describe("saved plans", () => {
  it("refuse a plan edited by hand", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": APP });
    const file = join(dir, "plan.json");
    expect((await cli(sim, ["plan", ...against(dir), "--out", file])).code).toBe(0);
    const saved = JSON.parse(readFileSync(file, "utf8"));
    expect(saved.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    saved.plan.changes[0].payload.description = "Edited after review";
    writeFileSync(file, JSON.stringify(saved, null, 2));
    sim.resetStats();
    const refused = await cli(sim, ["apply", file, ...against(dir)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `error [PLAN_MODIFIED]: ${file} was changed after it was saved: its content no longer matches its checksum. Apply only a plan as lumos-iac saved it; plan again with lumos-iac plan --out ${file}`,
    );
    expect(sim.getStats().total).toBe(0);
    // Reformatting alone is not a change.
    expect((await cli(sim, ["plan", ...against(dir), "--out", file])).code).toBe(0);
    writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(file, "utf8"))));
    expect((await cli(sim, ["apply", file, ...against(dir)])).code).toBe(0);
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"])).code).toBe(0);
  });

  it("refuse deletes outside the project's prune, even when the checksum was recomputed", async () => {
    const { sim } = startSimulator();
    const PERMISSIONS = "requestable_permissions:\n  - { app: Payroll, label: Payroll Admin }\n  - { app: Fault App, label: Fault Role }\n";
    const dir = project({
      "lumos.config.yaml": `prune:\n  requestable_permissions: { apps: [Fault App] }\n${APP}  - { name: Fault App, category: Other, description: Faults }\n${PERMISSIONS}`,
    });
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    const file = join(dir, "plan.json");
    expect((await cli(sim, ["plan", ...against(dir), "--out", file])).code).toBe(0);
    const payrollAdmin = sim.tenant.permissions.all().find((p) => p.label === "Payroll Admin")!;
    const faultRole = sim.tenant.permissions.all().find((p) => p.label === "Fault Role")!;
    const forge = (ids: [string, string][], changes?: unknown[]) => {
      const { checksum: _, ...content } = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown> & { plan: { changes: unknown[] } };
      content.plan.changes = changes ?? ids.map(([address, id]) => ({ address, kind: "requestable_permission", action: "delete", id, diff: [], dependsOn: [] }));
      const forged = join(dir, "forged.json");
      writeFileSync(forged, JSON.stringify({ ...content, checksum: `sha256:${createHash("sha256").update(stableStringify(content)).digest("hex")}` }));
      return forged;
    };
    sim.resetStats();
    const outside = await cli(sim, ["apply", forge([["requestable_permission.Payroll/Payroll Admin", payrollAdmin.id]]), ...against(dir), "--auto-approve"]);
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain("error [SAVED_PLAN_OUT_OF_SCOPE]: this saved plan deletes what the project does not let lumos-iac delete; nothing was changed.");
    expect(outside.stderr).toContain("requestable_permission.Payroll/Payroll Admin (prune covers requestable_permissions of Fault App only)");
    expect(sim.getStats().writes).toBe(0);
    // Nor may it send the API token as data, whatever reference names it.
    const payroll = sim.tenant.apps.all().find((a) => a.name === "Payroll")!;
    const leak = forge([], [{ address: "app.Payroll", kind: "app", action: "update", id: payroll.id, diff: [], payload: { description: { $secret: "${env:LUMOS_API_TOKEN}" } }, dependsOn: [] }]);
    const sent = await cli(sim, ["apply", leak, ...against(dir), "--auto-approve"]);
    expect(sent.code).toBe(1);
    expect(sent.stderr).toContain("error [SAVED_PLAN_SENDS_TOKEN]: this saved plan would send the API token as data (${env:LUMOS_API_TOKEN}); nothing was changed.");
    expect(sim.getStats().writes).toBe(0);
    expect(sim.tenant.apps.get(payroll.id)!.description).toBe("Pays people");
    // Nor inside a longer value.
    const longer = forge([], [{ address: "app.Payroll", kind: "app", action: "update", id: payroll.id, diff: [], payload: { description: { $secret: "tok=${env:LUMOS_API_TOKEN}" } }, dependsOn: [] }]);
    const within = await cli(sim, ["apply", longer, ...against(dir), "--auto-approve"]);
    expect(within.code).toBe(1);
    expect(within.stderr).toContain("error [SAVED_PLAN_SENDS_TOKEN]");
    expect(sim.getStats().writes).toBe(0);
    // One prune covers passes the check (and is then a real delete of a declared object: the re-plan brings it back).
    const inside = await cli(sim, ["apply", forge([["requestable_permission.Fault App/Fault Role", faultRole.id]]), ...against(dir), "--auto-approve"]);
    expect(inside.code, inside.stderr).toBe(0);
    expect(sim.tenant.permissions.get(faultRole.id)).toBeUndefined();
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"])).code).toBe(0);
  });

  it("refuse another environment or target, naming both, and flags that would be ignored", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": `environments:\n  staging: { url: '${SIM_URL}' }\n  prod: { url: '${SIM_URL}' }\ndefault_environment: staging\n${APP}` });
    const config = join(dir, "lumos.config.yaml");
    const file = join(dir, "plan.json");
    expect((await cli(sim, ["plan", "--config", config, "--out", file])).code).toBe(0);
    sim.resetStats();
    const other = await cli(sim, ["apply", file, "--config", config, "--env", "prod"]);
    expect(other.code).toBe(1);
    expect(other.stderr).toBe(
      `error [USAGE]: ${file} was planned against environment "staging" (${SIM_URL}), not environment "prod" (${SIM_URL}); apply it to the environment it was made for (--env staging), or plan again`,
    );
    const flagged = await cli(sim, ["apply", file, "--config", config, "--target", "app"]);
    expect(flagged.code).toBe(1);
    expect(flagged.stderr).toContain("--target does not apply to a saved plan");
    expect(sim.getStats().writes).toBe(0);

    // Planned against the embedded simulator, applied against a URL.
    const local = project({ "lumos.config.yaml": `environments:\n  staging: { simulator: true, data: tenant.db }\ndefault_environment: staging\n${APP}` });
    const localPlan = join(local, "plan.json");
    const lines: string[] = [];
    const output: Output = { out: (l) => lines.push(l), err: (l) => lines.push(l), stdoutIsTTY: false, stderrIsTTY: false };
    expect(await main(["node", "lumos-iac", "plan", "--config", join(local, "lumos.config.yaml"), "--out", localPlan], output), lines.join("\n")).toBe(0);
    const elsewhere = await cli(sim, ["apply", localPlan, "--config", join(local, "lumos.config.yaml"), "--url", SIM_URL]);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toContain(`was planned against environment "staging" (the embedded simulator at ${join(local, "tenant.db")}), not environment "staging" (${SIM_URL})`);
    expect(sim.getStats().writes).toBe(0);
    expect((await cli(sim, ["apply", file, "--config", config])).code).toBe(0);
    expect((await cli(sim, ["plan", "--config", config, "--detailed-exitcode"])).code).toBe(0);
  });
});
