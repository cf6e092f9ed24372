import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { against, cli, project, SIM_URL } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";

const APP = "apps:\n  - { name: Payroll, category: HR & Learning, description: Pays people }\n";

/** Twelve custom apps applied, and a project that prunes them all. */
async function twelveAppsToPrune(sim: ReturnType<typeof startSimulator>["sim"]): Promise<string> {
  const apps = Array.from({ length: 12 }, (_, i) => `  - { name: Temp ${i}, category: Other, description: t }`).join("\n");
  const dir = project({ "lumos.config.yaml": `apps:\n${apps}\n` });
  expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
  return project({ "lumos.config.yaml": "prune: { apps: true }\napps: []\n" });
}

describe("import --url", () => {
  it("writes the URL it imported from into the generated project, which plans back to no changes", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": "environments:\n  local: { simulator: true }\n  prod: { url: 'https://api.lumos.com', token: '${env:PROD_TOKEN}' }\n" });
    const out = mkdtempSync(join(tmpdir(), "lumos-import-"));
    const imported = await cli(sim, ["import", "--config", join(dir, "lumos.config.yaml"), "--env", "prod", "--url", SIM_URL, "--out", out]);
    expect(imported.code, imported.stderr).toBe(0);
    const config = parse(readFileSync(join(out, "lumos.config.yaml"), "utf8"));
    expect(config.default_environment).toBe("prod");
    expect(config.environments).toEqual({ prod: { url: SIM_URL, token: "${env:PROD_TOKEN}" } });
    const replan = await cli(sim, ["plan", "--config", join(out, "lumos.config.yaml"), "--detailed-exitcode"], { env: { PROD_TOKEN: "test-token" } });
    expect(replan.code, replan.stderr).toBe(0);
    expect(replan.stdout).toContain("No changes.");
  });
});

describe("the delete threshold", () => {
  it("shows the refused plan, then exits 1 without writing", async () => {
    const { sim } = startSimulator();
    const prune = await twelveAppsToPrune(sim);
    sim.resetStats();
    const plan = await cli(sim, ["plan", ...against(prune)]);
    expect(plan.code).toBe(1);
    expect(plan.stdout).toContain("- app.Temp 0");
    expect(plan.stdout).toContain("Plan: 0 to create, 0 to update, 0 to replace, 12 to delete");
    expect(plan.stderr).toBe(
      "error [UNSAFE_DELETES]: refusing this plan: it deletes 12 objects (limit 10); it deletes 12 of 12 app objects it manages (100%, limit 25%). " +
        "Review the deletes in the plan, then pass --allow-deletes or --max-deletes 12 --max-deletes 100% to go ahead.",
    );
    const markdown = await cli(sim, ["apply", ...against(prune), "--auto-approve", "--format", "markdown"]);
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toContain("| 0 | 0 | 0 | 12 |");
    const json = await cli(sim, ["plan", ...against(prune), "--format", "json"]);
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.stdout);
    expect(doc.error.code).toBe("UNSAFE_DELETES");
    expect(doc.error.meta.plan.summary.delete).toBe(12);
    const saved = await cli(sim, ["plan", ...against(prune), "--out", join(prune, "plan.json")]);
    expect(saved.code).toBe(1);
    expect(saved.stderr).not.toContain("plan saved");
    expect(sim.getStats().writes).toBe(0);
  });

  it("takes --max-deletes twice to lift both rules, and refuses two of a kind", async () => {
    const { sim } = startSimulator();
    const prune = await twelveAppsToPrune(sim);
    const countOnly = await cli(sim, ["plan", ...against(prune), "--max-deletes", "12"]);
    expect(countOnly.code).toBe(1);
    expect(countOnly.stderr).toContain("(100%, limit 25%)");
    const percentOnly = await cli(sim, ["plan", ...against(prune), "--max-deletes", "100%"]);
    expect(percentOnly.code).toBe(1);
    expect(percentOnly.stderr).toContain("it deletes 12 objects (limit 10)");
    for (const pair of [["12", "20"], ["30%", "100%"]]) {
      const twice = await cli(sim, ["plan", ...against(prune), "--max-deletes", pair[0]!, "--max-deletes", pair[1]!]);
      expect(twice.code).toBe(1);
      expect(twice.stderr).toMatch(/error \[USAGE\]: --max-deletes was given two (counts|percentages)/);
    }
    sim.resetStats();
    const both = await cli(sim, ["apply", ...against(prune), "--auto-approve", "--max-deletes", "12", "--max-deletes", "100%"]);
    expect(both.code, both.stderr).toBe(0);
    expect(sim.getStats().writes).toBe(12);
    expect((await cli(sim, ["plan", ...against(prune), "--detailed-exitcode"])).code).toBe(0);
  });
});

describe("--target and --exclude", () => {
  it("refuse a pattern that matches nothing, with a suggestion", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": APP });
    for (const command of ["plan", "drift", "apply"]) {
      const r = await cli(sim, [command, ...against(dir), "--target", "apps", "--auto-approve"].filter((a) => command === "apply" || a !== "--auto-approve"));
      expect(r.code, command).toBe(1);
      expect(r.stderr).toBe("error [USAGE]: --target apps matches no declared or live object; did you mean app?");
    }
    const typo = await cli(sim, ["plan", ...against(dir), "--exclude", "app.Payrol"]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain("--exclude app.Payrol matches no declared or live object; did you mean app.Payroll?");
    expect(sim.getStats().writes).toBe(0);
    // A pattern that matches objects without changes is fine: a live app, a kind, a glob.
    expect((await cli(sim, ["plan", ...against(dir), "--target", "app.Okta", "--detailed-exitcode"])).code).toBe(0);
    const kind = await cli(sim, ["plan", ...against(dir), "--target", "app", "--detailed-exitcode"]);
    expect(kind.code).toBe(2);
    expect((await cli(sim, ["apply", ...against(dir), "--target", "app.Pay*", "--auto-approve"])).code).toBe(0);
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"])).code).toBe(0);
  });

  it("and --rotate-credentials refuse an address that is not declared", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": APP });
    const r = await cli(sim, ["plan", ...against(dir), "--rotate-credentials", "apps.Payroll"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("error [USAGE]: --rotate-credentials apps.Payroll names no declared object; did you mean app.Payroll?");
    // An address in another case, or one letter off: the declared address, never a kind.
    for (const address of ["app.payroll", "app.Payrol"]) {
      const near = await cli(sim, ["plan", ...against(dir), "--rotate-credentials", address]);
      expect(near.code).toBe(1);
      expect(near.stderr).toBe(`error [USAGE]: --rotate-credentials ${address} names no declared object; did you mean app.Payroll?`);
    }
    expect(sim.getStats().total).toBe(0);
  });
});

describe("small things", () => {
  it("Markdown has one marker per change line", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": APP });
    const md = await cli(sim, ["plan", ...against(dir), "--format", "markdown"]);
    expect(md.stdout).toContain("\n+ app.Payroll\n");
    expect(md.stdout).not.toContain("+ + ");
  });

  it("prints the version", async () => {
    const { sim } = startSimulator();
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    const r = await cli(sim, ["--version"]);
    expect(r).toEqual({ code: 0, stdout: version, stderr: "" });
  });

  it("--help tells how ${env:} and ${file:} values are treated", async () => {
    const { sim } = startSimulator();
    const help = (await cli(sim, ["--help"])).stdout;
    expect(help).toContain("(sensitive: env:NAME)");
    expect(help).toContain("non_sensitive");
    expect(help).toMatch(/\$\{file:\} reads only files inside the project\s+directory/);
  });

  it("drift --help lists only flags that do something there", async () => {
    const { sim } = startSimulator();
    const help = (await cli(sim, ["drift", "--help"])).stdout;
    expect(help).toContain("--target");
    for (const flag of ["--allow-deletes", "--max-deletes", "--rotate-credentials", "--out", "--detailed-exitcode"]) expect(help).not.toContain(flag);
  });

  it("validate --format json", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": "sources: [defs.yaml]\n", "defs.yaml": APP });
    const ok = await cli(sim, ["validate", "--config", join(dir, "lumos.config.yaml"), "--format", "json"]);
    expect(ok.code).toBe(0);
    const doc = JSON.parse(ok.stdout);
    expect(doc).toMatchObject({ valid: true, objects: 1 });
    expect(doc.files.map((f: string) => f.split(/[\\/]/).pop())).toEqual(["lumos.config.yaml", "defs.yaml"]);
    writeFileSync(join(dir, "defs.yaml"), "apps:\n  - { name: Payroll, colour: red }\n");
    const bad = await cli(sim, ["validate", "--config", join(dir, "lumos.config.yaml"), "--format", "json"]);
    expect(bad.code).toBe(1);
    const error = JSON.parse(bad.stdout).error;
    expect(error.code).toBe("CONFIG_INVALID");
    expect(error.meta.problems[0]).toMatchObject({ line: 2 });
    // In GitHub Actions the annotations go to stderr, keeping stdout one JSON document.
    const actions = await cli(sim, ["validate", "--config", join(dir, "lumos.config.yaml"), "--format", "json"], { env: { GITHUB_ACTIONS: "true" } });
    expect(JSON.parse(actions.stdout).error.code).toBe("CONFIG_INVALID");
    expect(actions.stderr).toMatch(/^::error file=.*defs\.yaml,line=2,col=\d+::/m);
    expect(sim.getStats().total).toBe(0);
  });

  it("validate finds an environment in use that names no tenant, and an --env that names no environment, at their lines", async () => {
    const { sim } = startSimulator();
    const config = "default_environment: staging\nenvironments:\n  local: { simulator: true }\n  staging:\n    token: ${env:STAGING_TOKEN}\n" + APP;
    const dir = project({ "lumos.config.yaml": config });
    const file = join(dir, "lumos.config.yaml");
    const noTenant = await cli(sim, ["validate", "--config", file]);
    expect(noTenant.code).toBe(1);
    expect(noTenant.stderr).toContain("lumos.config.yaml:4:3: environment staging names no tenant: set url: https://… (its Lumos API), or simulator: true for the embedded simulator");
    // Another environment's gap is not this run's problem: --env local is valid.
    expect((await cli(sim, ["validate", "--config", file, "--env", "local"])).code).toBe(0);
    const unknown = await cli(sim, ["validate", "--config", file, "--env", "stagging"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('lumos.config.yaml:2:1: --env stagging: there is no environment "stagging" under environments: (known: local, staging)');
    expect(unknown.stderr).not.toContain("    at ");
    expect(sim.getStats().total).toBe(0);
  });
});

describe("renaming an app pinned with id:", () => {
  it("changes only its name: its AppStore settings are read by the ID, so they show no change", async () => {
    const { sim } = startSimulator();
    const settings = (app: string) => `appstore_apps:\n  - app: ${app}\n    request_flow: { discoverability: FULL, approvers: { users: [alice@acme.example], groups: [IT Admins] } }\n    provisioning: { time_based_access: ["7 days", "30 days"] }\n`;
    const dir = project({ "lumos.config.yaml": APP + settings("Payroll") });
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    const id = sim.tenant.apps.all().find((a) => a.name === "Payroll")!.id;
    writeFileSync(join(dir, "lumos.config.yaml"), `apps:\n  - { id: ${id}, name: Payroll NG, category: HR & Learning, description: Pays people }\n${settings("Payroll NG")}`);
    const plan = await cli(sim, ["plan", ...against(dir), "--format", "json"]);
    expect(plan.code, plan.stderr).toBe(0);
    const changes = (JSON.parse(plan.stdout) as { changes: { address: string; action: string; diff: { path: string }[] }[] }).changes;
    expect(changes.map((c) => [c.address, c.action, c.diff.map((d) => d.path)])).toEqual([["app.Payroll NG", "update", ["name"]]]);
    expect(sim.getStats().by_route["GET /appstore/apps/{app_id}/settings"]).toBe(1);
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    expect(sim.tenant.apps.get(id)!.name).toBe("Payroll NG");
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"])).code).toBe(0);
  });
});
