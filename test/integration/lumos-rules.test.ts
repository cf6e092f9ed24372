import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { APP_CATEGORIES } from "../../src/kinds/common.ts";
import { APP_CATEGORIES as SIMULATED_CATEGORIES } from "../../src/simulator/tenant.ts";
import type { Simulator } from "../../src/simulator/server.ts";
import { against, cli, project } from "../helpers/cli.ts";
import { appId, startSimulator } from "../helpers/simulator.ts";

const yaml = (...lines: string[]) => `${lines.join("\n")}\n`;

describe("inline webhooks in slots of another hook type", () => {
  it("are refused at plan time against the live webhooks, before any write", async () => {
    const { sim } = startSimulator();
    const dir = project({
      "lumos.config.yaml": yaml(
        "apps:",
        "  - { name: Payroll, category: HR & Learning, description: Pays people }",
        "appstore_apps:",
        "  - app: Payroll",
        "    request_flow: { request_validation_inline_webhook: Ticket deprovisioning }",
        "    provisioning: { provisioning_webhook: Ticket provisioning, access_removal_inline_webhook: Manager check }",
        "pre_approval_rules:",
        "  - { app: Payroll, justification: Managers, preapproval_webhooks: [Manager check, SIEM forwarder] }",
      ),
    });
    const result = await cli(sim, ["apply", ...against(dir), "--auto-approve"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'lumos.config.yaml:5:56: "Ticket deprovisioning" is a DEPROVISION webhook, but request_validation_inline_webhook takes a REQUEST_VALIDATION webhook',
    );
    expect(result.stderr).toContain('lumos.config.yaml:6:95: "Manager check" is a PRE_APPROVAL webhook, but access_removal_inline_webhook takes a DEPROVISION webhook');
    expect(result.stderr).toContain('"SIEM forwarder" is a SIEM webhook, but preapproval_webhooks takes a PRE_APPROVAL webhook');
    expect(result.stderr).not.toContain("Ticket provisioning");
    expect(result.stderr).toContain("3 problems");
    expect(sim.getStats().writes).toBe(0);
  });

  it("accept webhooks of the right type, and re-plan empty", async () => {
    const { sim } = startSimulator();
    const dir = project({
      "lumos.config.yaml": yaml(
        "appstore_apps:",
        "  - app: Okta",
        "    request_flow: { request_validation_inline_webhook: Request validator }",
        "    provisioning: { provisioning_webhook: Ticket provisioning, access_removal_inline_webhook: Ticket deprovisioning }",
        "pre_approval_rules:",
        "  - { app: Okta, justification: Managers, preapproval_webhooks: [Manager check] }",
      ),
    });
    const applied = await cli(sim, ["apply", ...against(dir), "--auto-approve"]);
    expect(applied.code, applied.stderr).toBe(0);
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"])).code).toBe(0);
  });
});

describe("objects that belong to an app", () => {
  const byClass = yaml(
    "requestable_permissions:",
    "  - { app: okta.com, label: Okta Super Admin, request_config: { appstore_visibility: VISIBLE } }",
    "appstore_apps:",
    "  - { app: okta.com, request_flow: { discoverability: LIMITED } }",
    "pre_approval_rules:",
    "  - { app: Okta, justification: IT, preapproved_groups: [IT Admins] }",
    "sync_schedules:",
    "  - { app: okta.com, cron: 30 7 * * * }",
  );

  it("match the live object when the app is written as its app_class_id, and re-plan empty", async () => {
    const { sim } = startSimulator();
    const setup = project({
      "lumos.config.yaml": yaml(
        "appstore_apps:",
        "  - { app: Okta }",
        "pre_approval_rules:",
        "  - { app: okta.com, justification: IT, preapproved_groups: [Security] }",
        "sync_schedules:",
        "  - { app: Okta, cron: 0 6 * * * }",
      ),
    });
    expect((await cli(sim, ["apply", ...against(setup), "--auto-approve"])).code).toBe(0);
    const permissions = () => sim.tenant.permissions.all().filter((p) => p.label === "Okta Super Admin").length;
    expect(permissions()).toBe(1);

    const dir = project({ "lumos.config.yaml": byClass });
    const plan = await cli(sim, ["plan", ...against(dir)]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toMatch(/Plan: 0 to create, 4 to update/);
    const applied = await cli(sim, ["apply", ...against(dir), "--auto-approve"]);
    expect(applied.code, applied.stderr).toBe(0);
    expect(permissions()).toBe(1);
    expect(sim.tenant.rules.size).toBe(1);
    expect(sim.tenant.schedules.size).toBe(1);
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"])).code).toBe(0);
  });

  it("are refused when two declarations name one object through different names of its app", async () => {
    const { sim } = startSimulator();
    const dir = project({
      "lumos.config.yaml": yaml(
        "requestable_permissions:",
        "  - { app: Okta, label: Okta Super Admin }",
        "  - { app: okta.com, label: Okta Super Admin }",
        "  - { app: Okta, label: Brand new }",
        "  - { app: okta.com, label: Brand new }",
        "sync_schedules:",
        "  - { app: Okta, cron: 30 7 * * * }",
        "  - { app: okta.com, cron: 0 6 * * * }",
      ),
    });
    const result = await cli(sim, ["apply", ...against(dir), "--auto-approve"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /lumos\.config\.yaml:3:5: requestable_permission\.okta\.com\/Okta Super Admin is the same requestable_permission as requestable_permission\.Okta\/Okta Super Admin \(one app, named two ways\); declare it once, first declared at \S*lumos\.config\.yaml:2:5/,
    );
    expect(result.stderr).toMatch(/lumos\.config\.yaml:5:5: requestable_permission\.okta\.com\/Brand new is the same requestable_permission as requestable_permission\.Okta\/Brand new/);
    expect(result.stderr).toMatch(/lumos\.config\.yaml:8:5: sync_schedule\.okta\.com is the same sync_schedule as sync_schedule\.Okta/);
    expect(sim.getStats().writes).toBe(0);
  });
});

describe("group-based provisioning", () => {
  it("counts permissions already VISIBLE in the tenant, and those the plan makes visible", async () => {
    const { sim } = startSimulator();
    const hidden = project({ "lumos.config.yaml": yaml("appstore_apps:", "  - { app: Okta, provisioning: { groups_provisioning: GROUPS_AND_HIDDEN } }") });
    const refused = await cli(sim, ["plan", ...against(hidden)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("GROUPS_AND_HIDDEN needs at least one VISIBLE requestable permission of Okta");

    const dir = project({
      "lumos.config.yaml": yaml(
        "appstore_apps:",
        "  - { app: Okta, provisioning: { groups_provisioning: GROUPS_AND_HIDDEN } }",
        "requestable_permissions:",
        "  - { app: Okta, label: Okta Read Only Admin, request_config: { appstore_visibility: VISIBLE } }",
      ),
    });
    const applied = await cli(sim, ["apply", ...against(dir), "--auto-approve"]);
    expect(applied.code, applied.stderr).toBe(0);
    // Now visible in the tenant: the AppStore app alone plans clean.
    expect((await cli(sim, ["plan", ...against(hidden), "--detailed-exitcode"])).code).toBe(0);
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"])).code).toBe(0);
  });
});

describe("second-stage approvers", () => {
  it("may leave require_additional_approval out once the app has it in Lumos", async () => {
    const { sim } = startSimulator();
    const stage2 = "    request_flow: { approvers: { users: [alice@acme.example] }, approvers_stage_2: { groups: [Security] } }";
    const without = project({ "lumos.config.yaml": yaml("appstore_apps:", "  - app: Okta", stage2) });
    const refused = await cli(sim, ["plan", ...against(without)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("second-stage approvers need require_additional_approval: true, which this app does not have in Lumos");
    const withFlag = project({
      "lumos.config.yaml": yaml("appstore_apps:", "  - app: Okta", "    request_flow: { require_additional_approval: true, approvers: { users: [alice@acme.example] }, approvers_stage_2: { groups: [Security] } }"),
    });
    expect((await cli(sim, ["apply", ...against(withFlag), "--auto-approve"])).code).toBe(0);
    expect((await cli(sim, ["plan", ...against(without), "--detailed-exitcode"])).code).toBe(0);
    expect((await cli(sim, ["plan", ...against(withFlag), "--detailed-exitcode"])).code).toBe(0);
  });
});

describe("app categories", () => {
  it("are Lumos's fourteen, in the config schema and in the simulator", () => {
    expect([...SIMULATED_CATEGORIES]).toEqual([...APP_CATEGORIES]);
    expect(APP_CATEGORIES).toHaveLength(14);
    expect(APP_CATEGORIES).toContain("Internal");
    expect(APP_CATEGORIES).toContain("Developers");
    expect(APP_CATEGORIES).not.toContain("Productivity");
  });

  it("are read from the tenant only when a declared app sets one, and checked against it", async () => {
    const { sim } = startSimulator();
    const none = project({ "lumos.config.yaml": yaml("apps:", "  - { app_class_id: slack.com }") });
    expect((await cli(sim, ["plan", ...against(none)])).code).toBe(0);
    expect(sim.getStats().by_route["GET /apps/categories"]).toBeUndefined();

    const dir = project({ "lumos.config.yaml": yaml("apps:", "  - { name: Wiki, category: Internal, description: Docs }") });
    sim.resetStats();
    const applied = await cli(sim, ["apply", ...against(dir), "--auto-approve"]);
    expect(applied.code, applied.stderr).toBe(0);
    expect(sim.getStats().by_route["GET /apps/categories"]).toBe(1);
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"])).code).toBe(0);

    // A tenant whose list differs from the one the schema knows: the tenant's list decides.
    const other: Simulator = Object.assign(Object.create(sim) as Simulator, {
      fetch: (request: Request) => (new URL(request.url).pathname === "/apps/categories" ? Promise.resolve(Response.json(["Other"])) : sim.fetch(request)),
    });
    sim.resetStats();
    const refused = await cli(other, ["plan", ...against(dir)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('lumos.config.yaml:2:29: this Lumos has no app category "Internal"; use one of "Other"');
    expect(sim.getStats().writes).toBe(0);
  });

  it("that Lumos has (Developers, Internal) are accepted by the simulator; invented ones are not", async () => {
    const { client } = startSimulator();
    for (const category of ["Developers", "Internal"]) {
      const app = await client.call("createApp", client.api.POST("/apps", { body: { name: `App ${category}`, category, description: "d" } }));
      expect(app.category).toBe(category);
    }
    const refused = await client.api.POST("/apps", { body: { name: "P", category: "Productivity", description: "d" } });
    expect(refused.response.status).toBe(422);
    const listed = await client.call("getAppCategories", client.api.GET("/apps/categories"));
    expect(listed).toEqual([...APP_CATEGORIES]);
  });
});

describe("import", () => {
  it("keeps an overridden empty time_based_access, so the import validates and plans empty", async () => {
    const { sim, client } = startSimulator();
    const okta = await appId(client, "Okta");
    await client.call(
      "createRequestablePermission",
      client.api.POST("/appstore/requestable_permissions", {
        body: {
          app_id: okta,
          label: "No time limit",
          request_config: {
            request_fulfillment_config: { time_based_access: [], time_based_access_override: true },
            request_approval_config: { custom_approval_message_override: true, custom_approval_message: null },
          },
        },
      }),
    );
    const out = mkdtempSync(join(tmpdir(), "lumos-import-"));
    const imported = await cli(sim, ["import", "--url", "http://127.0.0.1:1", "--out", out]);
    expect(imported.code, imported.stderr).toBe(0);
    const written = readFileSync(join(out, "requestable_permissions.yaml"), "utf8");
    expect(written).toMatch(/label: No time limit\n\s+request_config:[\s\S]*time_based_access: \[\]/);
    sim.resetStats();
    const plan = await cli(sim, ["plan", "--config", join(out, "lumos.config.yaml"), "--url", "http://127.0.0.1:1", "--detailed-exitcode"]);
    expect(plan.stderr).toBe("");
    expect(plan.code, plan.stdout).toBe(0);
  });
});

describe("import of settings the configuration would refuse", () => {
  it("leaves them out, so the import validates and plans empty", async () => {
    const { sim, client } = startSimulator();
    const google = await appId(client, "Google Workspace");
    const zoom = await appId(client, "Zoom");
    const security = sim.tenant.groups.all().find((g) => g.name === "Security")!.id;
    const alice = sim.tenant.users.all().find((u) => u.email === "alice@acme.example")!.id;
    await client.call("addAppToAppStore", client.api.POST("/appstore/apps", { body: { app_id: google } }));
    await client.call(
      "updateAppStoreAppSettings",
      client.api.PATCH("/appstore/apps/{app_id}/settings", {
        params: { path: { app_id: google } },
        body: {
          request_flow: { allowed_groups: { type: "ALL_GROUPS", groups: [{ id: security }] }, require_additional_approval: true, approvers_stage_2: { users: [{ id: alice }] } },
          provisioning: { manual_steps_needed: false, custom_provisioning_instructions: "By hand" },
        },
      }),
    );
    await client.call("putSyncSchedule", client.api.PUT("/sync_schedules/{app_id}", { params: { path: { app_id: zoom } }, body: { cron: "0 6 * * *" } }));
    const out = mkdtempSync(join(tmpdir(), "lumos-import-"));
    const imported = await cli(sim, ["import", "--url", "http://127.0.0.1:1", "--out", out]);
    expect(imported.code, imported.stderr).toBe(0);
    const validated = await cli(sim, ["validate", "--config", join(out, "lumos.config.yaml")]);
    expect(validated.stderr).toBe("");
    expect(validated.code).toBe(0);
    const plan = await cli(sim, ["plan", "--config", join(out, "lumos.config.yaml"), "--url", "http://127.0.0.1:1", "--detailed-exitcode"]);
    expect(plan.stderr).toBe("");
    expect(plan.code, plan.stdout).toBe(0);
  });
});

describe("an ambiguous create that landed", () => {
  it("is found by its natural key and reported recovered, for every kind, with no duplicate", async () => {
    const { sim } = startSimulator();
    const dir = project({
      "lumos.config.yaml": yaml(
        "apps:",
        "  - { name: Payroll, category: HR & Learning, description: Pays people }",
        "  - { app_class_id: okta.com, instance_id: okta-2, settings: { domain: acme2.okta.com, app_instance_identifier: okta-2 }, auth: { api_token: '${env:OKTA2_TOKEN}' }, name: Okta Two }",
        "appstore_apps:",
        "  - { app: Payroll }",
        "requestable_permissions:",
        "  - { app: Payroll, label: Payroll Admin }",
        "  - { app: Okta Two, label: Two Admin }",
        "pre_approval_rules:",
        "  - { app: Payroll, justification: Finance, preapproved_groups: [Finance] }",
        "access_policies:",
        "  - name: Finance gets Payroll",
        "    business_justification: Everyone in finance runs payroll.",
        "    apps: [{ app: Payroll, permissions: [Payroll Admin] }]",
        "    access_condition: { group: Finance }",
        "inline_webhooks:",
        "  - { name: Payroll audit, hook_type: SIEM, url: 'https://hooks.example/audit' }",
        "sync_schedules:",
        "  - { app: Okta Two, cron: 0 6 * * * }",
      ),
    });
    const routes = ["POST /apps", "POST /appstore/apps", "POST /appstore/requestable_permissions", "POST /appstore/pre_approval_rules", "POST /access_policies", "POST /inline_webhooks"];
    for (const route of [...routes, "POST /apps"]) sim.faults.enqueue({ fault: "ambiguous", route, status: 502 });
    const applied = await cli(sim, ["apply", ...against(dir), "--auto-approve"], { env: { OKTA2_TOKEN: "okta-token-2" } });
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    for (const address of [
      "app.Payroll",
      "app.Okta Two",
      "appstore_app.Payroll",
      "requestable_permission.Payroll/Payroll Admin",
      "pre_approval_rule.Payroll/Finance",
      "access_policy.Finance gets Payroll",
      "inline_webhook.Payroll audit",
    ]) {
      expect(applied.stdout).toContain(`✓ ${address}: found after an ambiguous failure (not created twice)`);
    }
    expect(sim.tenant.policies.size).toBe(1);
    expect(sim.tenant.apps.all().filter((a) => a.name === "Payroll")).toHaveLength(1);
    const oktas = sim.tenant.apps.all().filter((a) => a.app_class_id === "okta.com");
    expect(oktas).toHaveLength(2);
    const two = oktas.find((a) => a.name === "Okta Two")!;
    expect(sim.tenant.permissions.all().find((p) => p.label === "Two Admin")?.app_id).toBe(two.id);
    expect(sim.tenant.permissions.all().filter((p) => p.label === "Payroll Admin")).toHaveLength(1);
    expect(sim.tenant.rules.size).toBe(1);
    expect(sim.tenant.webhooks.all().filter((w) => w.name === "Payroll audit")).toHaveLength(1);
    sim.faults.clear();
    const replan = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"], { env: { OKTA2_TOKEN: "okta-token-2" } });
    expect(replan.code, replan.stdout).toBe(0);
  });
});
