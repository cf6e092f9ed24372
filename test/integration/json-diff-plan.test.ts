import { describe, expect, it } from "vitest";
import { against, cli, project, writeFiles } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";

const policy = (condition: string) => `access_policies:
  - name: Engineers get Zoom
    business_justification: Every engineer needs video meetings.
    apps: [{ app: Zoom }]
    access_condition: ${condition}
`;

describe("a changed access_condition", () => {
  it("is planned as a JSON diff, applied, and then plans no change", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": policy("{ group: Engineering, tenure_days: 30 }") });
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    writeFiles(dir, { "lumos.config.yaml": policy("{ group: Engineering, tenure_days: 90 }") });
    for (const format of ["text", "markdown"]) {
      const plan = await cli(sim, ["plan", ...against(dir), "--format", format]);
      expect(plan.code, plan.stderr).toBe(0);
      expect(plan.stdout).toMatch(/^ *- +tenure_days: 30$/m);
      expect(plan.stdout).toMatch(/^ *\+ +tenure_days: 90$/m);
    }
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    const again = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"]);
    expect(again.code, again.stdout).toBe(0);
  });
});
