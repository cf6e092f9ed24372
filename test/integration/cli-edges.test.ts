import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { cli, project, SIM_URL, writeFiles } from "../helpers/cli.ts";
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

describe("lumos-iac simulator: bad flags and files", () => {
  async function simulatorCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(["node", "lumos-iac", "simulator", "--token", "T", ...args], { out: (l) => out.push(l), err: (l) => err.push(l), stdoutIsTTY: false, stderrIsTTY: false });
    return { code, stdout: out.join("\n"), stderr: err.join("\n") };
  }

  it("refuses a port out of range or not whole, a folder as --data and a project file as --seed, in one line", async () => {
    const dir = project({ "lumos.config.yaml": "version: 1\nsources: [a.yaml]\n" });
    const cases: [string[], RegExp][] = [
      [["--port", "99999"], /--port must be a whole number from 0 to 65535/],
      [["--port", "1.5"], /--port must be a whole number from 0 to 65535/],
      [["--port", "0", "--data", dir], /cannot open the simulator's data file .*; pass a file path/],
      [["--port", "0", "--seed", join(dir, "lumos.config.yaml")], /not a seed: unknown top-level keys version, sources/],
    ];
    for (const [args, message] of cases) {
      const result = await simulatorCli(...args);
      expect(result.stdout, args.join(" ")).not.toContain("listening");
      refusedPlainly(result, message);
    }
  });
});

describe("plan --out", () => {
  it("refuses a folder, a missing folder or a path below a file before reading the tenant", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": "apps:\n  - { name: Payroll, category: HR & Learning, description: Pays people }\n" });
    const file = join(dir, "lumos.config.yaml");
    const cases: [string, RegExp][] = [
      [dir, /--out .* is a folder; name a file/],
      [join(dir, "missing", "plan.json"), /the folder .*missing does not exist/],
      [join(file, "plan.json"), /lumos\.config\.yaml is a file, not a folder/],
    ];
    for (const [out, message] of cases) {
      sim.resetStats();
      const result = await cli(sim, ["plan", "--config", file, "--url", SIM_URL, "--out", out]);
      refusedPlainly(result, message);
      expect(sim.getStats().total, out).toBe(0);
    }
    // Nor a file that is not a saved plan: the project file, a source, a ${file:} secret stay as they are.
    writeFiles(dir, { "lumos.config.yaml": "sources: [defs/*.yaml]\napps:\n  - { name: Payroll, category: HR & Learning, description: Pays people }\n", "defs/more.yaml": "apps: []\n", "secrets/hook": "s3cret\n" });
    symlinkSync(join(dir, "secrets", "elsewhere"), join(dir, "dangling.json"));
    for (const out of [file, join(dir, "defs", "more.yaml"), join(dir, "secrets", "hook"), join(dir, "dangling.json")]) {
      sim.resetStats();
      const before = existsSync(out) ? readFileSync(out, "utf8") : undefined;
      const result = await cli(sim, ["plan", "--config", file, "--url", SIM_URL, "--out", out]);
      refusedPlainly(result, /--out .* exists and is not a plan lumos-iac saved; it is left as it is/);
      expect(existsSync(out) ? readFileSync(out, "utf8") : undefined).toBe(before);
      expect(sim.getStats().total).toBe(0);
    }
    const saved = join(dir, "plan.json");
    const ok = await cli(sim, ["plan", "--config", file, "--url", SIM_URL, "--out", saved]);
    expect(ok.code, ok.stderr).toBe(0);
    // A plan saved before is replaced.
    expect((await cli(sim, ["plan", "--config", file, "--url", SIM_URL, "--out", saved])).code).toBe(0);
    const applied = await cli(sim, ["apply", "--config", file, "--url", SIM_URL, saved]);
    expect(applied.code, applied.stderr).toBe(0);
    const replan = await cli(sim, ["plan", "--config", file, "--url", SIM_URL, "--detailed-exitcode"]);
    expect(replan.code, replan.stderr).toBe(0);
    expect(replan.stdout).toContain("No changes.");
  });
});
