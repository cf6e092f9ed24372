/**
 * CDKTF apps as a source: examples/cdktf describes the same company as examples/basic with the
 * generated bindings; lumos-iac synthesizes it in-process, plans the same changes, applies and
 * re-plans empty. An app that throws, and a construct that cannot be mapped, fail located.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { against, cli, writeFiles } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const EXAMPLE = join(ROOT, "examples/cdktf");

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of a project folder that resolves cdktf and the bindings from the project's node_modules. */
function copyOf(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), "lumos-cdktf-project-"));
  temporary.push(copy);
  cpSync(dir, copy, { recursive: true, filter: (src) => !src.includes(".lumos") && !src.includes("cdktf.out") });
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
  return copy;
}

function changesOf(stdout: string): { address: string; action: string; diff?: unknown[] }[] {
  const plan = JSON.parse(stdout) as { changes: { address: string; action: string; diff?: unknown[] }[] };
  // Explicit override flags (CDKTF) and inferred ones (YAML) are the same change, listed in another order.
  const byPath = (d: unknown) => JSON.stringify((d as { path: string }).path);
  return [...plan.changes]
    .sort((a, b) => a.address.localeCompare(b.address))
    .map((change) => ({ ...change, diff: [...(change.diff ?? [])].sort((a, b) => byPath(a).localeCompare(byPath(b))) }));
}

const APP_HEADER = `import { App, Fn, TerraformStack } from "cdktf";
import { app, provider } from "@cdktf/provider-lumos-generated";

const root = new App();
const stack = new TerraformStack(root, "acme");
new provider.LumosProvider(stack, "lumos", {});
`;

describe("examples/cdktf", () => {
  it("plans the same changes as examples/basic against the same tenant", { timeout: 60_000 }, async () => {
    const { sim } = startSimulator();
    const basic = await cli(sim, ["plan", "--format", "json", ...against(ROOT)]);
    expect(basic.code, basic.stderr).toBe(0);
    const cdktf = await cli(sim, ["plan", "--format", "json", ...against(copyOf(EXAMPLE))]);
    expect(cdktf.code, cdktf.stderr).toBe(0);
    const fromYaml = changesOf(basic.stdout);
    expect(fromYaml.length).toBeGreaterThan(20);
    expect(changesOf(cdktf.stdout)).toEqual(fromYaml);
    expect(sim.getStats().writes).toBe(0);
  });

  it("applies against the simulator through its own lumos.config.yaml and re-plans empty", { timeout: 60_000 }, async () => {
    const { sim } = startSimulator();
    const dir = copyOf(EXAMPLE);
    const applied = await cli(sim, ["apply", "--auto-approve", ...against(dir)]);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toMatch(/Apply complete: \d+ changes applied/);
    expect(sim.getStats().writes).toBeGreaterThan(20);
    expect(existsSync(join(dir, "cdktf.out")), "the app's own cdktf.out is left alone").toBe(false);
    const replan = await cli(sim, ["plan", "--detailed-exitcode", ...against(dir)]);
    expect(replan.stdout).toContain("No changes");
    expect(replan.code).toBe(0);
  });
});

describe("--cdktf PATH", () => {
  it("reads a CDKTF app given on the command line as one more source", { timeout: 60_000 }, async () => {
    const { sim } = startSimulator();
    const dir = copyOf(join(ROOT, "test/fixtures/cdktf-js"));
    writeFiles(dir, {
      "lumos.config.yaml": "version: 1\n",
      "handbook.mjs": [
        'import { App, TerraformStack } from "cdktf";',
        'import { app, provider } from "@cdktf/provider-lumos-generated";',
        "const root = new App();",
        'const stack = new TerraformStack(root, "docs");',
        'new provider.LumosProvider(stack, "lumos", {});',
        'new app.App(stack, "handbook", { name: "Handbook", category: "Other", description: "The staff handbook" });',
        "root.synth();",
        "",
      ].join("\n"),
    });
    const plan = await cli(sim, ["plan", "--format", "json", "--cdktf", join(dir, "handbook.mjs"), ...against(dir)]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(changesOf(plan.stdout).map((change) => [change.address, change.action])).toEqual([["app.Handbook", "create"]]);
    expect(sim.getStats().writes).toBe(0);
    const wrong = await cli(sim, ["plan", "--cdktf", join(dir, "lumos.config.yaml"), ...against(dir)]);
    expect([wrong.code, wrong.stderr]).toEqual([1, expect.stringContaining("name a CDKTF app's entry file (.ts, .js) or a synthesized cdk.tf.json")]);
  });
});

describe("CDKTF apps that cannot be planned", () => {
  const appProject = (main: string, extra: string[] = []): string => {
    const dir = copyOf(join(ROOT, "test/fixtures/cdktf-js"));
    writeFiles(dir, { "main.ts": main, "package.json": '{ "type": "module" }\n', "lumos.config.yaml": "version: 1\nsources: [main.ts]\n" });
    return join(dir, ...extra);
  };

  it("an app that throws fails at the line that threw, with nothing written", { timeout: 60_000 }, async () => {
    const { sim } = startSimulator();
    const dir = appProject(`${APP_HEADER}const name: string = "";\nif (name === "") throw new Error("set the tenant name");\nroot.synth();\n`);
    const result = await cli(sim, ["apply", "--auto-approve", ...against(dir)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/main\.ts:8:\d+: error \[CDKTF_SYNTH_FAILED\]: the CDKTF app failed: set the tenant name/);
    expect(result.stderr).not.toContain("    at ");
    expect(sim.getStats().writes).toBe(0);
  });

  it("a construct lumos-iac cannot map fails naming its construct path, with nothing written", { timeout: 60_000 }, async () => {
    const { sim } = startSimulator();
    const dir = appProject(`${APP_HEADER}new app.App(stack, "payroll", { name: Fn.base64encode("Payroll"), category: "Other", description: "Pay" });\nroot.synth();\n`);
    const result = await cli(sim, ["apply", "--auto-approve", ...against(dir)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cdk\.tf\.json:\d+:\d+: .*base64encode.*construct acme\/payroll/);
    expect(sim.getStats().writes).toBe(0);
  });
});
