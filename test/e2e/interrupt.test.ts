import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { Simulator } from "../../src/simulator/server.ts";

const BIN = fileURLToPath(new URL("../../bin/lumos-iac.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "lumos-interrupt-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: "1", LUMOS_API_TOKEN: "T" }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, exit };
}

describe("Ctrl-C during apply", () => {
  it("reports what was applied before exiting 130, and apply again converges", async () => {
    const sim = new Simulator({ token: "T", faults: { latencyMs: 150 } });
    const url = await sim.listen(0);
    try {
      const apps = Array.from({ length: 20 }, (_, i) => `  - { name: Stop ${i}, category: Other, description: d }`);
      writeFileSync(join(dir, "lumos.config.yaml"), ["version: 1", "apps:", ...apps, ""].join("\n"));
      const args = ["--config", join(dir, "lumos.config.yaml"), "--url", url, "--parallelism", "1"];
      const run = start(["apply", ...args, "--auto-approve"]);
      while ((sim.getStats().by_route["POST /apps"] ?? 0) < 3) await new Promise((resolve) => setTimeout(resolve, 50));
      run.child.kill("SIGINT");
      const interrupted = await run.exit;
      expect({ code: interrupted.code, signal: interrupted.signal }).toEqual({ code: 130, signal: null });
      const report = /Interrupted \(SIGINT\) during apply: (\d+) of 20 change\(s\) applied \(([^)]*)\)/.exec(interrupted.stderr);
      expect(report, interrupted.stderr).not.toBeNull();
      const named = report![2]!.split(", ");
      expect(named).toHaveLength(Number(report![1]));
      const live = new Set(sim.tenant.apps.all().map((app) => `app.${app.name}`));
      for (const address of named) expect(live.has(address), address).toBe(true);
      expect(Number(report![1])).toBeLessThan(20);

      const again = await start(["apply", ...args, "--auto-approve"]).exit;
      expect(again.code, again.stderr).toBe(0);
      const replan = await start(["plan", ...args, "--detailed-exitcode"]).exit;
      expect(replan.code, replan.stderr).toBe(0);
      expect(replan.stdout).toContain("No changes.");
    } finally {
      await sim.close();
    }
  }, 60_000);
});
