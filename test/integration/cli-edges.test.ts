import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, project, SIM_URL } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";

/** A user mistake: exit 1, one line that says what to do, no stack trace, nothing sent. */
function refusedPlainly(result: { code: number; stdout: string; stderr: string }, message: RegExp): void {
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
}

describe("import --out", () => {
  it("refuses a folder it cannot write before reading the tenant: a file, below a file, empty", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": "version: 1\n" });
    const file = join(mkdtempSync(join(tmpdir(), "lumos-out-")), "taken.yaml");
    writeFileSync(file, "x: 1\n");
    const cases: [string, RegExp][] = [
      [file, /--out .*taken\.yaml is a file, not a folder/],
      [join(file, "sub"), /--out .*cannot be created: .*taken\.yaml is a file/],
      ["", /--out needs a folder/],
    ];
    for (const [out, message] of cases) {
      sim.resetStats();
      const result = await cli(sim, ["import", "--config", join(dir, "lumos.config.yaml"), "--url", SIM_URL, "--out", out]);
      refusedPlainly(result, message);
      expect(sim.getStats().total, out).toBe(0);
    }
  });

  it.runIf(existsSync("/proc/self"))("says it cannot create a folder under /proc instead of hanging", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": "version: 1\n" });
    const result = await cli(sim, ["import", "--config", join(dir, "lumos.config.yaml"), "--url", SIM_URL, "--out", "/proc/lumos-iac/out"]);
    refusedPlainly(result, /cannot create \/proc\/lumos-iac: ENOENT; pick another --out folder/);
  }, 10_000);

  it("creates missing parent folders and writes the project there", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": "version: 1\n" });
    const out = join(mkdtempSync(join(tmpdir(), "lumos-out-")), "a", "b");
    const result = await cli(sim, ["import", "--config", join(dir, "lumos.config.yaml"), "--url", SIM_URL, "--out", out]);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(out, "lumos.config.yaml"))).toBe(true);
  });
});
