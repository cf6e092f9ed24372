import { describe, expect, it } from "vitest";
import type { Simulator } from "../../src/simulator/server.ts";
import { against, cli, project, writeFiles } from "../helpers/cli.ts";
import { accessRequest } from "../helpers/access.ts";
import { startSimulator } from "../helpers/simulator.ts";

const config = (guardrails = "") => `version: 1
sources: [lumos/*.yaml]
prune: { requestable_permissions: true, pre_approval_rules: true }
${guardrails}`;

const APP = `apps:
  - name: Payroll
    category: HR & Learning
    description: Internal payroll system
`;

/** Payroll Viewer with its approvers, and Payroll Admin. */
const permissions = (viewerApprovers = "{ users: [bob@acme.example] }") => `requestable_permissions:
  - app: Payroll
    label: Payroll Viewer
    request_config:
      appstore_visibility: VISIBLE
      request_approval_config:
        approvers: ${viewerApprovers}
  - app: Payroll
    label: Payroll Admin
`;

const rule = (groups: string, perms = "[Payroll Viewer]") => `pre_approval_rules:
  - app: Payroll
    justification: Some can view payroll
    preapproved_groups: ${groups}
    preapproved_permissions: ${perms}
`;

function files(projectFile: string, rules: string, perms = permissions()): Record<string, string> {
  return { "lumos.config.yaml": projectFile, "lumos/apps.yaml": APP, "lumos/permissions.yaml": perms, "lumos/rules.yaml": rules };
}

async function applyOk(sim: Simulator, dir: string, ...flags: string[]): Promise<void> {
  const applied = await cli(sim, ["apply", ...against(dir), "--auto-approve", ...flags]);
  expect(applied.code, applied.stdout + applied.stderr).toBe(0);
}

async function expectEmptyReplan(sim: Simulator, dir: string): Promise<void> {
  const again = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"]);
  expect(again.code, again.stdout + again.stderr).toBe(0);
}

const request = accessRequest;

describe("guardrails", () => {
  it("self-grant: the author adding a group of theirs to a pre-approval rule is refused, with its location", async () => {
    const { sim } = startSimulator();
    const dir = project(files(config("guardrails: { actors: { frank-gh: frank@acme.example } }\n"), rule("[Sales]")));
    await applyOk(sim, dir);
    writeFiles(dir, { "lumos/rules.yaml": rule("[Sales, Finance]") });

    sim.resetStats();
    const refused = await cli(sim, ["plan", ...against(dir), "--actor", "frank@acme.example"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/rules\.yaml:4:25: \[GUARDRAIL_SELF_GRANT\] frank@acme\.example \(the author of this change\) becomes pre-approved by pre_approval_rule\.Payroll\/Some can view payroll through their group Finance/);
    expect(refused.stderr).toContain("error [GUARDRAIL_VIOLATION]");
    const viaGithub = await cli(sim, ["apply", ...against(dir), "--auto-approve"], { env: { GITHUB_ACTOR: "frank-gh" } });
    expect(viaGithub.code).toBe(1);
    expect(viaGithub.stderr).toContain("[GUARDRAIL_SELF_GRANT]");
    expect(sim.getStats().writes).toBe(0);

    // Someone outside Finance may make the same change.
    const other = await cli(sim, ["plan", ...against(dir), "--actor", "heidi@acme.example"]);
    expect(other.code, other.stderr).toBe(0);
    expect(other.stderr).not.toContain("GUARDRAIL");
    await applyOk(sim, dir, "--actor", "heidi@acme.example");
    await expectEmptyReplan(sim, dir);
  });

  it("self-grant: the author adding themselves as approver is refused; someone else is not", async () => {
    const { sim } = startSimulator();
    const dir = project(files(config(), rule("[Sales]")));
    await applyOk(sim, dir);
    writeFiles(dir, { "lumos/permissions.yaml": permissions("{ users: [bob@acme.example, carol@acme.example] }") });
    const refused = await cli(sim, ["plan", ...against(dir), "--actor", "carol@acme.example"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/permissions\.yaml:7:\d+: \[GUARDRAIL_SELF_GRANT\] carol@acme\.example \(the author of this change\) adds themselves as approver/);
    await applyOk(sim, dir, "--actor", "bob@acme.example");
    await expectEmptyReplan(sim, dir);
  });

  it("last approver: removing the only approver of a permission with pending requests is refused", async () => {
    const { sim } = startSimulator();
    const dir = project(files(config(), rule("[Sales]")));
    await applyOk(sim, dir);
    writeFiles(dir, { "lumos/permissions.yaml": permissions("{ users: [] }") });
    request(sim, "Payroll Viewer", "grace@acme.example", "DENIED");
    const allowed = await cli(sim, ["plan", ...against(dir)]);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stderr).not.toContain("GUARDRAIL_LAST_APPROVER");

    request(sim, "Payroll Viewer", "frank@acme.example", "PENDING_APPROVAL");
    const refused = await cli(sim, ["plan", ...against(dir)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/permissions\.yaml:7:\d+: \[GUARDRAIL_LAST_APPROVER\] requestable_permission\.Payroll\/Payroll Viewer loses its last approver while 1 request waits for approval \(frank@acme\.example\)/);
    writeFiles(dir, { "lumos/permissions.yaml": permissions("{ users: [carol@acme.example] }") });
    await applyOk(sim, dir);
    await expectEmptyReplan(sim, dir);
  });

  it("self-approval: a pre-approved group that also approves the permission is a warning (an error when configured so)", async () => {
    const { sim } = startSimulator();
    const dir = project(files(config(), rule("[Finance]"), permissions("{ groups: [IT Admins] }")));
    const clean = await cli(sim, ["plan", ...against(dir)]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stdout).not.toContain("GUARDRAIL_SELF_APPROVAL");

    writeFiles(dir, { "lumos/permissions.yaml": permissions("{ groups: [Finance] }") });
    const warned = await cli(sim, ["plan", ...against(dir)]);
    expect(warned.code, warned.stderr).toBe(0);
    expect(warned.stdout).toMatch(/note: .*rules\.yaml:4:25: \[GUARDRAIL_SELF_APPROVAL\] group Finance is pre-approved for Payroll\/Payroll Viewer by pre_approval_rule\.Payroll\/Some can view payroll and also approves it/);
    const annotated = await cli(sim, ["plan", ...against(dir)], { env: { GITHUB_ACTIONS: "true" } });
    expect(annotated.stdout).toMatch(/^::warning file=[^,]*rules\.yaml,line=4,col=25::\[GUARDRAIL_SELF_APPROVAL\] group Finance/m);
    writeFiles(dir, { "lumos.config.yaml": config("guardrails: { levels: { self_approval: error } }\n") });
    const refused = await cli(sim, ["plan", ...against(dir)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/rules\.yaml:4:25: \[GUARDRAIL_SELF_APPROVAL\]/);

    writeFiles(dir, { "lumos.config.yaml": config(), "lumos/permissions.yaml": permissions("{ groups: [IT Admins] }") });
    await applyOk(sim, dir);
    await expectEmptyReplan(sim, dir);
  });

  it("separation of duties: no group pre-approved for two of the permissions; who would hold both is reported", async () => {
    const { sim } = startSimulator();
    const sod = config(`guardrails:
  separation_of_duties:
    - permissions: [Payroll/Payroll Viewer, Payroll/Payroll Admin]
      message: payroll viewers must not administer payroll
`);
    const dir = project(files(sod, rule("[Sales]")));
    await applyOk(sim, dir);

    writeFiles(dir, { "lumos/rules.yaml": rule("[Sales]", "[Payroll Viewer, Payroll Admin]") });
    const refused = await cli(sim, ["plan", ...against(dir)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/rules\.yaml:4:25: \[GUARDRAIL_SEPARATION_OF_DUTIES\] group Sales would be pre-approved for Payroll\/Payroll Admin and Payroll\/Payroll Viewer: payroll viewers must not administer payroll/);

    // No group for both, but Finance is pre-approved for Viewer while frank (of Finance) holds Admin.
    request(sim, "Payroll Admin", "frank@acme.example", "PROVISIONED");
    writeFiles(dir, { "lumos/rules.yaml": rule("[Finance]") });
    const warned = await cli(sim, ["plan", ...against(dir)]);
    expect(warned.code, warned.stderr).toBe(0);
    expect(warned.stdout).toMatch(/\[GUARDRAIL_SEPARATION_OF_DUTIES\] 1 person would hold or be pre-approved for more than one of Payroll\/Payroll Viewer, Payroll\/Payroll Admin: frank@acme\.example: payroll viewers must not administer payroll/);

    writeFiles(dir, { "lumos/rules.yaml": rule("[People Team]") });
    const clean = await cli(sim, ["plan", ...against(dir)]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stdout + clean.stderr).not.toContain("GUARDRAIL");
    await applyOk(sim, dir);
    await expectEmptyReplan(sim, dir);
  });

  it("separation of duties: a misspelt permission is refused at its place in the project file, not ignored", async () => {
    const { sim } = startSimulator();
    const sod = (second: string) =>
      config(`guardrails:
  separation_of_duties:
    - permissions: [Payroll/Payroll Viewer, ${second}]
`);
    const dir = project(files(sod("Payroll/Payrol Admin"), rule("[Sales]")));
    const refused = await cli(sim, ["plan", ...against(dir)]);
    expect(refused.code, refused.stdout + refused.stderr).toBe(1);
    expect(refused.stderr).toMatch(/lumos\.config\.yaml:6:45: \[GUARDRAIL_SEPARATION_OF_DUTIES\] guardrails\.separation_of_duties names Payroll\/Payrol Admin, which the tenant does not have/);
    expect(sim.getStats().writes).toBe(0);

    writeFiles(dir, { "lumos.config.yaml": sod("Payroll/Payroll Admin") });
    await applyOk(sim, dir);
    await expectEmptyReplan(sim, dir);
  });

  it("webhook hosts: a webhook to a host outside the allowlist is refused at its url", async () => {
    const { sim } = startSimulator();
    const webhook = (url: string) => `inline_webhooks:
  - name: Payroll audit
    hook_type: SIEM
    url: ${url}
`;
    const dir = project({
      "lumos.config.yaml": config('guardrails: { webhook_hosts: [hooks.acme.example, "*.audit.acme.example"] }\n'),
      "lumos/webhooks.yaml": webhook("https://collector.elsewhere.example/in"),
    });
    const refused = await cli(sim, ["plan", ...against(dir)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/webhooks\.yaml:4:10: \[GUARDRAIL_WEBHOOK_HOST\] inline_webhook\.Payroll audit sends to collector\.elsewhere\.example, which is not in guardrails\.webhook_hosts/);
    expect(sim.getStats().writes).toBe(0);
    const json = await cli(sim, ["plan", ...against(dir), "--format", "json"]);
    expect(json.code).toBe(1);
    const error = (JSON.parse(json.stdout) as { error: { code: string; meta: { problems: { code: string; line: number; col: number }[] } } }).error;
    expect(error.code).toBe("GUARDRAIL_VIOLATION");
    expect(error.meta.problems).toEqual([expect.objectContaining({ code: "GUARDRAIL_WEBHOOK_HOST", line: 4, col: 10 })]);

    // A URL read through ${file:} or ${env:} is checked by its value, and its host is not shown.
    writeFiles(dir, { "lumos/webhooks.yaml": webhook('"${file:url.txt}"'), "lumos/url.txt": "https://collector.elsewhere.example/in" });
    for (const env of [{}, { HOOK_URL: "https://collector.elsewhere.example/in" }] as Record<string, string>[]) {
      if ("HOOK_URL" in env) writeFiles(dir, { "lumos/webhooks.yaml": webhook('"${env:HOOK_URL}"') });
      const hidden = await cli(sim, ["plan", ...against(dir)], { env });
      expect(hidden.code, hidden.stdout + hidden.stderr).toBe(1);
      expect(hidden.stderr).toMatch(/webhooks\.yaml:4:10: \[GUARDRAIL_WEBHOOK_HOST\] inline_webhook\.Payroll audit sends to a host \(from \$\{(file:lumos\/url\.txt|env:HOOK_URL)\}, not shown\), which is not in guardrails\.webhook_hosts/);
      expect(hidden.stdout + hidden.stderr).not.toContain("elsewhere");
      expect(sim.getStats().writes).toBe(0);
    }

    writeFiles(dir, { "lumos/webhooks.yaml": webhook("https://eu.audit.acme.example/in") });
    await applyOk(sim, dir);
    await expectEmptyReplan(sim, dir);
  });

  it("refuses a webhook host written as a URL and an actor that is not an email, at their places, writing nothing", async () => {
    const { sim } = startSimulator();
    const dir = project(
      files(config('guardrails:\n  actors: { frank-gh: frank }\n  webhook_hosts: ["https://hooks.acme.example/in", hooks.acme.example]\n'), rule("[Sales]")),
    );
    const refused = await cli(sim, ["plan", ...against(dir)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("lumos.config.yaml:5:23: frank-gh must be an email address, e.g. alice@acme.example.");
    expect(refused.stderr).toContain("lumos.config.yaml:6:19: webhook_hosts must be a host name, without scheme, port or path: hooks.acme.example, or *.acme.example for every subdomain.");
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(sim.getStats().writes).toBe(0);
  });
});
