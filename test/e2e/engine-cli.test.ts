import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { Simulator } from "../../src/simulator/server.ts";

const BIN = fileURLToPath(new URL("../../bin/lumos-iac.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "lumos-e2e-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("lumos-iac against a simulator over HTTP (as a user runs it)", () => {
  it("plans with exit 2, applies, re-plans with exit 0", async () => {
    const sim = new Simulator({ token: "T" });
    const url = await sim.listen(0);
    try {
      const config = join(dir, "lumos.config.yaml");
      writeFileSync(
        config,
        [
          "environments:",
          `  dev: { url: "${url}", token: "\${env:DEV_TOKEN}" }`,
          "default_environment: dev",
          "apps:",
          "  - { name: Wiki, category: Collaboration, description: Docs }",
          "requestable_permissions:",
          "  - { app: Wiki, label: Editor, request_config: { appstore_visibility: VISIBLE } }",
          "",
        ].join("\n"),
      );
      const env = { DEV_TOKEN: "T", LUMOS_API_TOKEN: "" };
      const plan = await run(["plan", "--config", config, "--detailed-exitcode"], env);
      expect(plan.code, plan.stderr).toBe(2);
      expect(plan.stdout).toContain("+ app.Wiki");
      const apply = await run(["apply", "--config", config], env);
      expect(apply.code).toBe(1);
      expect(apply.stderr).toContain("refusing to apply without --auto-approve");
      const approved = await run(["apply", "--config", config, "--auto-approve"], env);
      expect(approved.code, approved.stderr).toBe(0);
      const replan = await run(["plan", "--config", config, "--detailed-exitcode"], env);
      expect(replan.code).toBe(0);
      expect(replan.stdout).toContain("No changes.");
      const noToken = await run(["plan", "--config", config], { DEV_TOKEN: "", LUMOS_API_TOKEN: "" });
      expect(noToken.code).toBe(1);
      expect(noToken.stderr.trim()).toMatch(/^lumos\.config\.yaml|error \[/);
      expect(noToken.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await sim.close();
    }
  });
});
