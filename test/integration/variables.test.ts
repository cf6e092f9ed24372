import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { against, cli, project } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";

const PROJECT = `version: 1
sources: [defs/*.yaml]
default_environment: staging
variables:
  team: { type: string, description: Who runs payroll }
  approval: { type: boolean, default: true }
  group: { type: string, default: Engineering }
  webhook_secret: { type: string, sensitive: true }
  audit_url: { type: string, sensitive: true }
environments:
  staging:
    url: https://staging.lumos.example
    vars:
      team: Payroll staging
      approval: false
      webhook_secret: \${env:STAGING_HOOK}
      audit_url: https://hooks.staging.example/audit
  production:
    url: https://api.lumos.example
    vars:
      team: Payroll team
      group: Everyone
      webhook_secret: prod-hook-secret-1234
      audit_url: https://hooks.prod.example/audit
`;

const DEFINITIONS = `apps:
  - name: Payroll
    category: Other
    description: Run by \${var:team}
appstore_apps:
  - app: Payroll
    request_flow:
      require_manager_approval: \${var:approval}
access_policies:
  - name: Payroll for \${var:group}
    business_justification: Everyone in \${var:group} needs payroll.
    apps: [{ app: Payroll }]
    access_condition: { group: "\${var:group}" }
inline_webhooks:
  - name: Payroll audit
    hook_type: SIEM
    url: \${var:audit_url}
    secret: \${var:webhook_secret}
`;

const ENV = { STAGING_HOOK: "staging-hook-secret-5678" };

describe("${var:} with environments.<name>.vars", () => {
  it("plans one definition set differently and correctly for two environments", async () => {
    const staging = startSimulator().sim;
    const production = startSimulator().sim;
    const dir = project({ "lumos.config.yaml": PROJECT, "defs/payroll.yaml": DEFINITIONS });
    const plans: Record<string, ReturnType<typeof JSON.parse>> = {};
    for (const [name, sim] of [["staging", staging], ["production", production]] as const) {
      const text = await cli(sim, ["plan", ...against(dir, "--env", name)], { env: ENV });
      expect(text.code, text.stderr).toBe(0);
      expect(text.stdout).toContain(`Values of environment "${name}" (variables: team, approval, group, webhook_secret, audit_url).`);
      expect(text.stdout).toContain("url: (sensitive: var:audit_url)");
      expect(text.stdout).toContain("secret: (sensitive)");
      expect(text.stdout).not.toMatch(/hook-secret|hooks\.(staging|prod)/);
      const json = await cli(sim, ["plan", ...against(dir, "--env", name), "--format", "json"], { env: ENV });
      plans[name] = JSON.parse(json.stdout);
      expect(plans[name].variables).toEqual({ environment: name, names: ["team", "approval", "group", "webhook_secret", "audit_url"] });
    }
    const field = (plan: { changes: { address: string; diff: { path: string; after: unknown }[] }[] }, address: string, path: string) =>
      plan.changes.find((c) => c.address === address)?.diff.find((d) => d.path === path)?.after;
    expect(field(plans.staging, "app.Payroll", "description")).toBe("Run by Payroll staging");
    expect(field(plans.production, "app.Payroll", "description")).toBe("Run by Payroll team");
    // A whole-value ${var:} of a boolean variable is a boolean, not the text "false".
    expect(field(plans.staging, "appstore_app.Payroll", "request_flow.require_manager_approval")).toBe(false);
    expect(field(plans.production, "appstore_app.Payroll", "request_flow.require_manager_approval")).toBe(true);
    expect(field(plans.staging, "access_policy.Payroll for Engineering", "access_condition")).toEqual({ group: "Engineering" });
    expect(field(plans.production, "access_policy.Payroll for Everyone", "access_condition")).toEqual({ group: "Everyone" });

    for (const [name, sim] of [["staging", staging], ["production", production]] as const) {
      const applied = await cli(sim, ["apply", ...against(dir, "--env", name), "--auto-approve"], { env: ENV });
      expect(applied.code, applied.stdout + applied.stderr).toBe(0);
      expect(applied.stdout).toContain(`Values of environment "${name}"`);
      const again = await cli(sim, ["plan", ...against(dir, "--env", name), "--detailed-exitcode"], { env: ENV });
      expect(again.code, again.stdout).toBe(0);
    }
    const drift = await cli(staging, ["drift", ...against(dir, "--env", "staging")], { env: ENV });
    expect(drift.stdout).toContain('Values of environment "staging"');
    // Each tenant holds its own environment's values, the webhook its own secret.
    const hook = (sim: typeof staging) => sim.tenant.webhooks.all().find((w) => w.name === "Payroll audit");
    expect(hook(staging)).toMatchObject({ secret: "staging-hook-secret-5678", url: "https://hooks.staging.example/audit" });
    expect(hook(production)).toMatchObject({ secret: "prod-hook-secret-1234", url: "https://hooks.prod.example/audit" });
  });

  it("saves sensitive values as ${var:} templates and reads them again for the plan's environment", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": PROJECT, "defs/payroll.yaml": DEFINITIONS });
    const planFile = join(dir, "plan.json");
    const planned = await cli(sim, ["plan", ...against(dir, "--env", "production", "--out", planFile)], { env: ENV });
    expect(planned.code, planned.stderr).toBe(0);
    const saved = readFileSync(planFile, "utf8");
    expect(saved).toContain('"${var:webhook_secret}"');
    expect(saved).toContain('"${var:audit_url}"');
    expect(saved).not.toMatch(/prod-hook-secret-1234|hooks\.prod\.example/);
    expect(JSON.parse(saved).environment.name).toBe("production");
    // No --env: the saved plan's environment is used, for the target and for the values.
    const applied = await cli(sim, ["apply", planFile, "--config", join(dir, "lumos.config.yaml"), "--url", "http://127.0.0.1:1"], { env: ENV });
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(sim.tenant.webhooks.all().find((w) => w.name === "Payroll audit")?.secret).toBe("prod-hook-secret-1234");
    const again = await cli(sim, ["plan", ...against(dir, "--env", "production"), "--detailed-exitcode"], { env: ENV });
    expect(again.code, again.stdout).toBe(0);
  });
});

describe("variable errors", () => {
  it("never print a sensitive variable's value, in any environment", async () => {
    const { sim } = startSimulator();
    const dir = project({
      "lumos.config.yaml": [
        "variables:",
        "  hook: { type: string, sensitive: true }",
        "environments:",
        "  local: { simulator: true, vars: { hook: local-hook-value } }",
        "  production: { url: https://api.lumos.example, vars: { hook: 98765432 } }",
        "inline_webhooks:",
        "  - { name: Audit, hook_type: SIEM, url: https://siem.example, secret: '${var:hook}' }",
        "",
      ].join("\n"),
    });
    const result = await cli(sim, ["validate", "--config", join(dir, "lumos.config.yaml")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("lumos.config.yaml:5:63: hook must be a string; got (sensitive: var:hook)");
    expect(result.stderr + result.stdout).not.toMatch(/98765432|local-hook-value/);
  });

  it("report a mistake in a declaration once, not again at every use of the variable", async () => {
    const { sim } = startSimulator();
    const dir = project({
      "lumos.config.yaml": [
        "variables:",
        "  team: { type: strin, default: Eng }",
        "  owner: { default: 3, type: string }",
        "  9lives: { type: string, default: x }",
        "apps:",
        '  - { name: "App ${var:team}", category: Other, description: "by ${var:owner} ${var:9lives}" }',
        "",
      ].join("\n"),
    });
    const result = await cli(sim, ["validate", "--config", join(dir, "lumos.config.yaml")]);
    expect(result.code).toBe(1);
    const problems = result.stderr.split("\n").filter((line) => /^\S*lumos\.config\.yaml:\d+:\d+: /.test(line)).map((line) => line.replace(/^\S*lumos\.config\.yaml:/, ""));
    expect(problems).toEqual([
      '2:17: type must be one of "string", "number", "integer", "boolean"; got "strin"',
      "3:21: the default of owner must be a string; got 3",
      '4:3: variable name "9lives" must be letters, digits and _ (not starting with a digit)',
    ]);
    expect(sim.getStats().total).toBe(0);
  });
});
