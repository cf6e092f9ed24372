import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { accessCollections } from "../../src/simulator/routes/access.ts";
import type { Simulator } from "../../src/simulator/server.ts";
import { against, cli, project, writeFiles } from "../helpers/cli.ts";
import { accessRequest, demoUser } from "../helpers/access.ts";
import { startSimulator } from "../helpers/simulator.ts";

const CONFIG = (extra = "") => `version: 1
sources: [lumos/*.yaml]
prune: { requestable_permissions: true, pre_approval_rules: true }
${extra}`;

const APP = `apps:
  - name: Payroll
    category: HR & Learning
    description: Internal payroll system
`;

const permissions = (adminConfig = "appstore_visibility: VISIBLE") => `requestable_permissions:
  - app: Payroll
    label: Payroll Viewer
    request_config: { appstore_visibility: VISIBLE }
  - app: Payroll
    label: Payroll Admin
    request_config:
      ${adminConfig}
`;

const rule = (groups: string, extra = "") => `pre_approval_rules:
  - app: Payroll
    justification: Finance can view payroll
    preapproved_groups: ${groups}
    preapproved_permissions: [Payroll Viewer]
${extra}`;

function files(config: string, rules: string, perms = permissions()): Record<string, string> {
  return { "lumos.config.yaml": config, "lumos/apps.yaml": APP, "lumos/permissions.yaml": perms, "lumos/rules.yaml": rules };
}

async function applyOk(sim: Simulator, dir: string, ...flags: string[]): Promise<void> {
  const applied = await cli(sim, ["apply", ...against(dir), "--auto-approve", ...flags]);
  expect(applied.code, applied.stdout + applied.stderr).toBe(0);
}

async function expectEmptyReplan(sim: Simulator, dir: string): Promise<void> {
  const again = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"]);
  expect(again.code, again.stdout + again.stderr).toBe(0);
}

interface JsonPlan {
  access?: {
    impact: { changes: Record<string, unknown>[]; totals: Record<string, number> };
    guardrails: { code: string; level: string; message: string; loc?: { file: string; line: number; col: number } }[];
  };
  warnings: string[];
}

async function jsonPlan(sim: Simulator, dir: string, ...flags: string[]): Promise<JsonPlan> {
  const planned = await cli(sim, ["plan", ...against(dir), "--format", "json", ...flags]);
  expect(planned.code, planned.stderr).toBe(0);
  return JSON.parse(planned.stdout) as JsonPlan;
}

const user = demoUser;
const request = accessRequest;

const memberReads = (sim: Simulator) => sim.getStats().by_route["GET /groups/{group_id}/users"] ?? 0;

describe("access impact", () => {
  it("lists the users a group added to a pre-approval rule newly pre-approves, and refuses the plan over the threshold", async () => {
    const { sim } = startSimulator();
    const dir = project(files(CONFIG(), rule("[Finance]")));
    await applyOk(sim, dir);

    writeFiles(dir, files(CONFIG("safety: { max_people_gaining_preapproval: 3 }\n"), rule("[Finance, Sales]")));
    sim.resetStats();
    const refused = await cli(sim, ["plan", ...against(dir)]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("Access impact: 4 people newly pre-approved");
    expect(refused.stdout).toContain("newly pre-approved (4): ivan@acme.example, mallory@acme.example, peggy@acme.example, rupert@acme.example");
    expect(refused.stderr).toContain("error [UNSAFE_ACCESS_IMPACT]");
    expect(refused.stderr).toContain("4 people would become pre-approved (safety.max_people_gaining_preapproval is 3)");
    // One member read per group of the changed rule (Finance, Sales), and nothing else for people.
    expect(memberReads(sim)).toBe(2);
    expect(sim.getStats().by_route["GET /appstore/access_requests"]).toBeUndefined();
    expect(sim.getStats().writes).toBe(0);

    const applyRefused = await cli(sim, ["apply", ...against(dir), "--auto-approve"]);
    expect(applyRefused.code).toBe(1);
    expect(sim.getStats().writes).toBe(0);

    const json = await jsonPlan(sim, dir, "--allow-access-impact");
    expect(json.access?.impact.totals.gaining_preapproval).toBe(4);
    expect(json.access?.impact.changes).toEqual([
      expect.objectContaining({ address: "pre_approval_rule.Payroll/Finance can view payroll", gains_preapproval: ["ivan@acme.example", "mallory@acme.example", "peggy@acme.example", "rupert@acme.example"], loses_preapproval: [] }),
    ]);
    const markdown = await cli(sim, ["plan", ...against(dir), "--format", "markdown", "--allow-access-impact"]);
    expect(markdown.stdout).toContain("<details><summary><b>Access impact</b>: 4 people newly pre-approved</summary>");

    // A saved plan carries what was reviewed: the flag belongs to plan --out.
    const saved = join(dir, "plan.json");
    expect((await cli(sim, ["plan", ...against(dir), "--out", saved])).code).toBe(1);
    expect((await cli(sim, ["plan", ...against(dir), "--allow-access-impact", "--out", saved])).code).toBe(0);
    const flagged = await cli(sim, ["apply", ...against(dir), saved, "--allow-access-impact"]);
    expect(flagged.code).toBe(1);
    expect(flagged.stderr).toContain("--allow-access-impact does not apply to a saved plan");
    const applied = await cli(sim, ["apply", ...against(dir), saved]);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain("newly pre-approved (4)");
    await expectEmptyReplan(sim, dir);
  });

  it("reads nothing more for a plan without access-relevant changes", async () => {
    const { sim } = startSimulator();
    const dir = project(files(CONFIG(), rule("[Finance]")));
    await applyOk(sim, dir);
    writeFiles(dir, { "lumos/apps.yaml": APP.replace("Internal payroll system", "The payroll system") });
    sim.resetStats();
    const planned = await cli(sim, ["plan", ...against(dir)]);
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).toContain("~ app.Payroll");
    expect(planned.stdout).not.toContain("Access impact");
    const routes = Object.keys(sim.getStats().by_route);
    expect(routes.filter((r) => /users|access_requests|accounts/.test(r))).toEqual([]);
    await applyOk(sim, dir);
    await expectEmptyReplan(sim, dir);
  });

  it("lists the holders and the orphaned pending requests of a permission a delete removes", async () => {
    const { sim } = startSimulator();
    const dir = project(files(CONFIG(), rule("[Finance]")));
    await applyOk(sim, dir);
    request(sim, "Payroll Admin", "frank@acme.example", "PROVISIONED");
    request(sim, "Payroll Admin", "grace@acme.example", "PENDING_APPROVAL");
    request(sim, "Payroll Admin", "olivia@acme.example", "DENIED");
    writeFiles(dir, { "lumos/permissions.yaml": permissions().split("  - app: Payroll\n    label: Payroll Admin")[0]! });

    sim.resetStats();
    const planned = await cli(sim, ["plan", ...against(dir)]);
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).toContain("- requestable_permission.Payroll/Payroll Admin");
    expect(planned.stdout).toContain("lose access they hold (1): frank@acme.example");
    expect(planned.stdout).toContain("pending requests orphaned (1): grace@acme.example (PENDING_APPROVAL)");
    expect(planned.stdout).not.toContain("olivia@acme.example (DENIED)");
    expect(sim.getStats().by_route["GET /appstore/access_requests"]).toBe(1);
    expect(memberReads(sim)).toBe(0);

    const json = await jsonPlan(sim, dir);
    expect(json.access?.impact.totals).toMatchObject({ losing_access: 1, orphaned_requests: 1 });
    const limited = project(files(CONFIG("safety: { max_people_losing_access: 0 }\n"), rule("[Finance]"), permissions().split("  - app: Payroll\n    label: Payroll Admin")[0]!));
    const refused = await cli(sim, ["plan", ...against(limited)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("1 people would lose access they hold (safety.max_people_losing_access is 0)");

    await applyOk(sim, dir);
    await expectEmptyReplan(sim, dir);
  });

  it("lists who can newly request, who no longer can, and the approvers added and removed", async () => {
    const { sim } = startSimulator();
    const admin = (groups: string, approvers: string) =>
      permissions(`appstore_visibility: VISIBLE
      allowed_groups: { type: SPECIFIED_GROUPS, groups: ${groups} }
      request_approval_config:
        approvers: ${approvers}`);
    const dir = project(files(CONFIG(), rule("[Finance]"), admin("[Finance]", "{ users: [bob@acme.example] }")));
    await applyOk(sim, dir);
    writeFiles(dir, { "lumos/permissions.yaml": admin("[People Team]", "{ users: [carol@acme.example], groups: [IT Admins] }") });
    sim.resetStats();
    const json = await jsonPlan(sim, dir);
    expect(json.access?.impact.changes).toEqual([
      {
        address: "requestable_permission.Payroll/Payroll Admin",
        gains_request: ["heidi@acme.example", "judy@acme.example"],
        loses_request: ["frank@acme.example", "grace@acme.example", "olivia@acme.example"],
        gains_preapproval: [],
        loses_preapproval: [],
        loses_access: [],
        orphaned_requests: [],
        approvers_added: ["group IT Admins", "user carol@acme.example"],
        approvers_removed: ["user bob@acme.example"],
      },
    ]);
    // Members of Finance and People Team only; requests because an approver is removed.
    expect(memberReads(sim)).toBe(2);
    await applyOk(sim, dir);
    await expectEmptyReplan(sim, dir);
  });

  it("expands pre-approval by user attribute, and lists who is no longer pre-approved", async () => {
    const { sim } = startSimulator();
    const dir = project(files(CONFIG(), rule("[Finance]")));
    await applyOk(sim, dir);
    writeFiles(dir, { "lumos/rules.yaml": rule("[]", "    preapproved_users_by_attribute: [{ attribute: department, value: Sales }]\n") });
    const json = await jsonPlan(sim, dir);
    expect(json.access?.impact.changes[0]).toMatchObject({
      gains_preapproval: ["ivan@acme.example", "mallory@acme.example", "peggy@acme.example", "rupert@acme.example"],
      loses_preapproval: ["frank@acme.example", "grace@acme.example", "olivia@acme.example"],
    });
    await applyOk(sim, dir);
    await expectEmptyReplan(sim, dir);
  });

  it("lists the people whose accounts an app delete removes", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": CONFIG().replace("prune: {", "prune: { apps: true,"), "lumos/apps.yaml": APP });
    await applyOk(sim, dir);
    const app = sim.tenant.apps.all().find((a) => a.name === "Payroll")!;
    for (const email of ["frank@acme.example", "grace@acme.example"]) {
      accessCollections(sim.tenant).accounts.put(`account-${email}`, {
        id: `account-${email}`,
        app_id: app.id,
        user_id: user(email),
        email,
        unique_identifier: email,
        account_type: "USER",
        status: "ACTIVE",
        discovered_at: null,
        sources: ["CUSTOM"],
      });
    }
    writeFiles(dir, { "lumos/apps.yaml": "apps: []\n" });
    sim.resetStats();
    const planned = await cli(sim, ["plan", ...against(dir)]);
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).toContain("- app.Payroll");
    expect(planned.stdout).toContain("lose access they hold (2): frank@acme.example, grace@acme.example");
    expect(sim.getStats().by_route["GET /accounts"]).toBe(1);
    await applyOk(sim, dir);
    await expectEmptyReplan(sim, dir);
  });

  it("lists what an AppStore app's request flow changes for people, and the pending requests an approver change orphans", async () => {
    const { sim } = startSimulator();
    const store = (allowed: string, approvers: string) => `appstore_apps:
  - app: Payroll
    request_flow:
      discoverability: FULL
      allowed_groups: { type: SPECIFIED_GROUPS, groups: ${allowed} }
      approvers: ${approvers}
`;
    const dir = project({ ...files(CONFIG(), rule("[Finance]")), "lumos/appstore.yaml": store("[Finance]", "{ users: [alice@acme.example] }") });
    await applyOk(sim, dir);
    request(sim, "Payroll Viewer", "grace@acme.example", "PENDING_APPROVAL");
    writeFiles(dir, { "lumos/appstore.yaml": store("[Security]", "{ users: [], groups: [IT Admins] }") });
    const json = await jsonPlan(sim, dir);
    expect(json.access?.impact.changes).toEqual([
      expect.objectContaining({
        address: "appstore_app.Payroll",
        gains_request: ["alice@acme.example", "sybil@acme.example"],
        loses_request: ["frank@acme.example", "grace@acme.example", "olivia@acme.example"],
        orphaned_requests: [expect.objectContaining({ target: "grace@acme.example", status: "PENDING_APPROVAL" })],
        approvers_added: ["group IT Admins"],
        approvers_removed: ["user alice@acme.example"],
      }),
    ]);
    await applyOk(sim, dir);
    await expectEmptyReplan(sim, dir);
  });

  it("lists everyone able to request a permission made visible to all groups, from the user list the plan already read", async () => {
    const { sim } = startSimulator();
    const admin = (visibility: string) => permissions(`appstore_visibility: ${visibility}
      request_approval_config:
        approvers: { users: [bob@acme.example] }`);
    const dir = project(files(CONFIG(), rule("[Finance]"), admin("HIDDEN")));
    await applyOk(sim, dir);
    writeFiles(dir, { "lumos/permissions.yaml": admin("VISIBLE") });
    sim.resetStats();
    const json = await jsonPlan(sim, dir);
    const gains = json.access?.impact.changes[0]?.gains_request as string[];
    expect(gains).toHaveLength(20);
    expect(gains).not.toContain("former@acme.example"); // suspended
    expect(sim.getStats().by_route["GET /users"]).toBe(1);
    expect(memberReads(sim)).toBe(0);
    await applyOk(sim, dir);
    await expectEmptyReplan(sim, dir);
  });
});
