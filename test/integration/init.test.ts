import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { against, cli, project } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";

/** A folder that does not exist yet, below a temporary one (init creates it). */
function fresh(): string {
  return join(project({}), "tenant");
}

function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}

describe("lumos-iac init", () => {
  it("writes a starter project that validates, plans, applies and re-plans empty", async () => {
    const { sim } = startSimulator();
    const dir = fresh();
    const init = await cli(sim, ["init", dir]);
    expect(init.code, init.stderr).toBe(0);
    expect(listing(dir)).toEqual([".github", ".github/workflows", ".github/workflows/lumos-iac.yml", ".gitignore", "lumos", "lumos.config.yaml", "lumos/apps.yaml"]);
    expect(init.stdout).toContain("npx lumos-iac plan");

    const config = parse(readFileSync(join(dir, "lumos.config.yaml"), "utf8")) as Record<string, unknown>;
    expect(config).toMatchObject({
      default_environment: "local",
      environments: { local: { simulator: true }, production: { url: "https://api.lumos.com", token: "${env:LUMOS_API_TOKEN}" } },
    });

    const validate = await cli(sim, ["validate", "--config", join(dir, "lumos.config.yaml")]);
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stdout).toContain("2 objects");
    const plan = await cli(sim, ["plan", ...against(dir)]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain("+ app.Team Wiki");
    expect(plan.stdout).toContain("+ requestable_permission.Team Wiki/Wiki Editor");
    const apply = await cli(sim, ["apply", ...against(dir, "--auto-approve")]);
    expect(apply.code, apply.stderr).toBe(0);
    expect(apply.stdout).toContain("2 changes applied");
    const replan = await cli(sim, ["plan", ...against(dir, "--detailed-exitcode")]);
    expect(replan.code, replan.stdout).toBe(0);
    expect(replan.stdout).toContain("No changes");
  });

  it("writes a workflow that plans pull requests and applies merges with npx lumos-iac", async () => {
    const { sim } = startSimulator();
    const dir = fresh();
    expect((await cli(sim, ["init", dir])).code).toBe(0);
    const workflow = parse(readFileSync(join(dir, ".github/workflows/lumos-iac.yml"), "utf8")) as {
      on: Record<string, unknown>;
      jobs: Record<string, { if: string; steps: { run?: string }[]; concurrency?: unknown }>;
    };
    expect(Object.keys(workflow.on).sort()).toEqual(["pull_request", "push"]);
    const runs = (job: string) => workflow.jobs[job]!.steps.map((step) => step.run).filter(Boolean);
    expect(workflow.jobs.plan!.if).toContain("pull_request");
    expect(runs("plan")).toContain("npm ci");
    expect(runs("plan").some((run) => run!.startsWith("npx lumos-iac plan --env production"))).toBe(true);
    expect(workflow.jobs.apply!.if).toContain("push");
    expect(runs("apply")).toContain("npx lumos-iac apply --env production --auto-approve");
    expect(workflow.jobs.apply!.concurrency).toMatchObject({ "cancel-in-progress": false });
  });

  it("refuses a folder with other files, names them and --force, and writes nothing", async () => {
    const { sim } = startSimulator();
    const dir = project({ "notes.txt": "mine\n", "lumos.config.yaml": "version: 1\n" });
    const result = await cli(sim, ["init", dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("is not empty (lumos.config.yaml, notes.txt)");
    expect(result.stderr).toContain("--force");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(listing(dir)).toEqual(["lumos.config.yaml", "notes.txt"]);
    expect(readFileSync(join(dir, "lumos.config.yaml"), "utf8")).toBe("version: 1\n");

    const forced = await cli(sim, ["init", dir, "--force"]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("mine\n");
    expect(readFileSync(join(dir, "lumos.config.yaml"), "utf8")).toContain("default_environment: local");
  });

  it("counts a new repository's housekeeping and the npm install of lumos-iac as empty, and keeps .gitignore", async () => {
    const { sim } = startSimulator();
    const dir = project({ "package.json": "{}\n", "package-lock.json": "{}\n", "README.md": "# Ours\n", ".gitignore": "dist\nnode_modules/" });
    mkdirSync(join(dir, ".git"));
    mkdirSync(join(dir, "node_modules"));
    const result = await cli(sim, ["init", dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toContain("npm i -D lumos-iac");
    expect(readFileSync(join(dir, ".gitignore"), "utf8")).toBe("dist\nnode_modules/\n.lumos/\n");
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe("# Ours\n");
  });

  it("refuses a file as the folder, and --env without --import", async () => {
    const { sim } = startSimulator();
    const dir = project({ "file.txt": "x" });
    const onFile = await cli(sim, ["init", join(dir, "file.txt")]);
    expect(onFile.code).toBe(1);
    expect(onFile.stderr).toContain("is a file, not a folder");
    const env = await cli(sim, ["init", join(dir, "new"), "--env", "local"]);
    expect(env.code).toBe(1);
    expect(env.stderr).toContain("add --import");
    const unknown = await cli(sim, ["init", join(dir, "new"), "--import", "--env", "staging"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("local and production");
    expect(existsSync(join(dir, "new"))).toBe(false);
  });

  it("--import fills the project with the live tenant, its default environment, and it plans back empty", async () => {
    const { sim } = startSimulator();
    const dir = fresh();
    const result = await cli(sim, ["init", dir, "--import", "--url", "https://tenant.lumos.example"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/with \d+ apps, .* from https:\/\/tenant\.lumos\.example/);
    const files = listing(join(dir, "lumos"));
    expect(files).toContain("apps.yaml");
    expect(files).not.toContain("lumos.config.yaml");
    expect(readFileSync(join(dir, "lumos", "apps.yaml"), "utf8")).toMatch(/^# yaml-language-server: \$schema=.*schema\/lumos-config\.schema\.json\n/);
    const config = parse(readFileSync(join(dir, "lumos.config.yaml"), "utf8")) as Record<string, unknown>;
    expect(config).toMatchObject({ default_environment: "production", environments: { production: { url: "https://tenant.lumos.example" } } });

    const replan = await cli(sim, ["plan", "--config", join(dir, "lumos.config.yaml"), "--detailed-exitcode"]);
    expect(replan.code, replan.stdout + replan.stderr).toBe(0);
    expect(replan.stdout).toContain("No changes");
  });

  it("--import from the embedded simulator (--env local) keeps it the default, and re-plans empty", async () => {
    const dir = project({ "package.json": "{}\n" });
    // No transport override: the CLI opens the embedded simulator under the new project's .lumos/.
    const { main } = await import("../../src/cli/main.ts");
    const out: string[] = [];
    const output = { out: (l: string) => out.push(l), err: (l: string) => out.push(l), stdoutIsTTY: false, stderrIsTTY: false };
    expect(await main(["node", "lumos-iac", "init", dir, "--import", "--env", "local"], output)).toBe(0);
    expect(existsSync(join(dir, ".lumos", "simulator.db"))).toBe(true);
    expect(readFileSync(join(dir, "lumos.config.yaml"), "utf8")).toContain("default_environment: local");
    out.length = 0;
    expect(await main(["node", "lumos-iac", "plan", "--config", join(dir, "lumos.config.yaml"), "--detailed-exitcode"], output), out.join("\n")).toBe(0);
    expect(out.join("\n")).toContain("No changes");
  });
});
