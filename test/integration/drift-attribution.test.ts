import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Simulator } from "../../src/simulator/server.ts";
import { against, cli, project, SIM_URL } from "../helpers/cli.ts";
import { startSimulator, TOKEN } from "../helpers/simulator.ts";

const CONFIG = `version: 1
sources: [lumos/*.yaml]
# Permissions of Payroll that the configuration does not declare are deleted.
prune:
  requestable_permissions: { apps: [Payroll] }
`;

const APPS = `# Acme's apps.
apps:
  - name: Payroll # the payroll system
    category: HR & Learning
    description: Internal payroll system
`;

const PERMISSIONS = `# What people can request.
requestable_permissions:
  # Admins: reviewed by Bob.
  - app: Payroll
    label: Payroll Admin
    request_config:
      appstore_visibility: VISIBLE   # shown in the AppStore
      request_approval_config:
        approvers: { users: [bob@acme.example] }

  - app: Payroll
    label: Payroll Viewer # everyone may see payslips
`;

/** A request made by a person in the Lumos web app, through the simulator's control surface. */
async function inUi(sim: Simulator, actor: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await sim.fetch(
    new Request(`http://sim/_simulator/ui${path}`, {
      method,
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json", "X-Simulator-Actor": actor },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
  const text = await response.text();
  const answer: unknown = text ? JSON.parse(text) : null;
  expect(response.status, `${method} ${path}: ${JSON.stringify(answer)}`).toBeLessThan(300);
  return answer;
}

function idOf(sim: Simulator, label: string): string {
  const permission = sim.tenant.permissions.all().find((p) => p.label === label);
  if (!permission) throw new Error(`no permission ${label}`);
  return permission.id;
}

function userIdOf(sim: Simulator, email: string): string {
  return sim.tenant.users.all().find((u) => u.email === email)!.id;
}

/** Applied, then edited in the UI by Carol: Payroll Admin hidden and given to Alice to approve. */
async function driftedTenant() {
  const { sim } = startSimulator();
  const dir = project({ "lumos.config.yaml": CONFIG, "lumos/apps.yaml": APPS, "lumos/permissions.yaml": PERMISSIONS });
  const applied = await cli(sim, ["apply", ...against(dir), "--auto-approve"]);
  expect(applied.code, applied.stderr).toBe(0);
  sim.resetStats();
  expect((await cli(sim, ["drift", ...against(dir)])).code).toBe(0);
  // Without drift, the activity log is not read.
  expect(sim.getStats().by_route["GET /activity_logs"]).toBeUndefined();
  await inUi(sim, "carol@acme.example", "PATCH", `/appstore/requestable_permissions/${idOf(sim, "Payroll Admin")}`, {
    request_config: {
      appstore_visibility: "HIDDEN",
      request_approval_config: { request_approval_config_override: true, approvers: { users: [{ id: userIdOf(sim, "alice@acme.example") }] } },
    },
  });
  sim.resetStats();
  return { sim, dir };
}

const plannedEmpty = async (sim: Simulator, dir: string) => {
  const replan = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"]);
  expect(replan.code, replan.stdout + replan.stderr).toBe(0);
};

describe("drift with attribution", () => {
  it("names who changed a drifted object in the UI, and when, in text and JSON", async () => {
    const { sim, dir } = await driftedTenant();
    const edit = sim.tenant.activity.all().find((e) => e.actor.email === "carol@acme.example")!;
    const text = await cli(sim, ["drift", ...against(dir)]);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain("requestable_permission.Payroll/Payroll Admin: changed");
    expect(text.stdout).toContain(`${edit.event_began_at}  carol@acme.example  requestable permission updated (REQUESTABLE_PERMISSION_UPDATED)`);
    expect(text.stdout).toContain('appstore_visibility: "HIDDEN" → "VISIBLE"');
    // The apply's own writes (as the token's user) are not blamed.
    expect(text.stdout).not.toMatch(/ada\.admin@acme\.example {2}requestable permission/);
    expect(sim.getStats().by_route["GET /activity_logs"]).toBe(1);

    const json = await cli(sim, ["drift", ...against(dir), "--format", "json"]);
    expect(json.code).toBe(2);
    const doc = JSON.parse(json.stdout);
    expect(doc.drift.applied_by).toBe("ada.admin@acme.example");
    expect(doc.drift.last_apply).not.toBeNull();
    expect(doc.drift.objects).toEqual([
      expect.objectContaining({
        address: "requestable_permission.Payroll/Payroll Admin",
        action: "update",
        created_outside_configuration: false,
        activity: [{ actor: "carol@acme.example", at: edit.event_began_at, event: "requestable permission updated", event_type: "REQUESTABLE_PERMISSION_UPDATED" }],
      }),
    ]);
    const markdown = await cli(sim, ["drift", ...against(dir), "--format", "markdown"]);
    expect(markdown.stdout).toContain(`| \`requestable_permission.Payroll/Payroll Admin\` | changed | carol&#64;acme.example | ${edit.event_began_at} | requestable permission updated |`);
    expect(markdown.stdout.indexOf("Who changed it")).toBeLessThan(markdown.stdout.indexOf("<details>"));
    // Apart from the summary table, so it does not read as a row of it.
    expect(markdown.stdout).toMatch(/\|\n\n\*\*Who changed it\*\*/);
    expect(sim.getStats().writes).toBe(0);
  });

  it("shows changes to the people a drifted field names, from identity events", async () => {
    const { sim, dir } = await driftedTenant();
    await inUi(sim, "ada.admin@acme.example", "PATCH", `/users/${userIdOf(sim, "alice@acme.example")}`, { status: "SUSPENDED" });
    // Someone the drift does not name: not reported.
    await inUi(sim, "ada.admin@acme.example", "PATCH", `/users/${userIdOf(sim, "judy@acme.example")}`, { family_name: "Smith" });
    const text = await cli(sim, ["drift", ...against(dir)]);
    expect(text.stdout).toMatch(/Z {2}alice@acme\.example: status ACTIVE → SUSPENDED \(identity event\)/);
    expect(text.stdout).not.toContain("Smith");
    const doc = JSON.parse((await cli(sim, ["drift", ...against(dir), "--format", "json"])).stdout);
    expect(doc.drift.objects[0].people_changes).toEqual([expect.objectContaining({ user: "alice@acme.example", field: "status", before: "ACTIVE", after: "SUSPENDED" })]);
    expect(sim.getStats().by_route["GET /identity_events"]).toBe(2);
  });

  it("reports an object created in the UI within the managed scope, and who created it", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": CONFIG, "lumos/apps.yaml": APPS, "lumos/permissions.yaml": PERMISSIONS });
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    const payroll = sim.tenant.apps.all().find((a) => a.name === "Payroll")!.id;
    await inUi(sim, "dan@acme.example", "POST", "/appstore/requestable_permissions", { app_id: payroll, label: "Payroll Shadow Admin" });
    const okta = sim.tenant.apps.all().find((a) => a.name === "Okta")!.id;
    // Outside the managed scope (Okta's permissions are not pruned): not reported.
    await inUi(sim, "dan@acme.example", "POST", "/appstore/requestable_permissions", { app_id: okta, label: "Okta Helpdesk" });
    const json = JSON.parse((await cli(sim, ["drift", ...against(dir), "--format", "json"])).stdout);
    expect(json.drift.objects).toEqual([
      expect.objectContaining({
        address: "requestable_permission.Payroll/Payroll Shadow Admin",
        action: "delete",
        created_outside_configuration: true,
        activity: [expect.objectContaining({ actor: "dan@acme.example", event_type: "REQUESTABLE_PERMISSION_CREATED" })],
      }),
    ]);
    const text = await cli(sim, ["drift", ...against(dir)]);
    expect(text.stdout).toContain("requestable_permission.Payroll/Payroll Shadow Admin: created outside the configuration (apply would delete it)");
    expect(text.stdout).toMatch(/dan@acme\.example {2}requestable permission created/);
    expect(text.stdout).not.toContain("Okta Helpdesk");
    // The drift names no person: no identity events are read.
    expect(sim.getStats().by_route["GET /identity_events"]).toBeUndefined();

    // Adopting it adds it to the file that declares Payroll's permissions; then nothing is left.
    const adopt = await cli(sim, ["drift", ...against(dir), "--adopt"]);
    expect(adopt.code, adopt.stdout).toBe(0);
    const file = readFileSync(join(dir, "lumos/permissions.yaml"), "utf8");
    expect(file).toContain("label: Payroll Shadow Admin");
    expect(file).toContain("# Admins: reviewed by Bob.");
    await plannedEmpty(sim, dir);
  });

  it("drift --adopt writes the UI's values into the YAML, keeping comments and layout, and then plans empty", async () => {
    const { sim, dir } = await driftedTenant();
    const before = readFileSync(join(dir, "lumos/permissions.yaml"), "utf8");
    // Read from --url, the report is titled with it, not with the default environment's name.
    const markdown = await cli(sim, ["drift", ...against(dir), "--format", "markdown"]);
    expect(markdown.stdout).toContain(`lumos-iac drift report: ${SIM_URL}`);
    const adopt = await cli(sim, ["drift", ...against(dir), "--adopt"]);
    expect(adopt.code, adopt.stdout + adopt.stderr).toBe(0);
    expect(adopt.stdout).toMatch(/Adopted 1 object into \S*lumos\/permissions.yaml;/);
    const after = readFileSync(join(dir, "lumos/permissions.yaml"), "utf8");
    expect(after).toBe(
      before
        .replace("appstore_visibility: VISIBLE   # shown in the AppStore", "appstore_visibility: HIDDEN   # shown in the AppStore")
        .replace("approvers: { users: [bob@acme.example] }", "approvers: { users: [alice@acme.example] }"),
    );
    // Nothing was written to the tenant; the files now match it.
    expect(sim.getStats().writes).toBe(0);
    await plannedEmpty(sim, dir);
    expect((await cli(sim, ["drift", ...against(dir)])).code).toBe(0);
  });

  it("drift --adopt and import write text that looks like a reference as $${…}: planned back, nothing changes and no secret is sent", async () => {
    const { sim, dir } = await driftedTenant();
    const payroll = sim.tenant.apps.all().find((a) => a.name === "Payroll")!.id;
    const text = "Owned by ${env:LUMOS_API_TOKEN}, see ${file:lumos.config.yaml}";
    await inUi(sim, "mallory@acme.example", "PATCH", `/apps/${payroll}`, { description: text });
    const env = { env: { LUMOS_API_TOKEN: TOKEN } };
    const adopt = await cli(sim, ["drift", ...against(dir), "--adopt"], env);
    expect(adopt.code, adopt.stdout + adopt.stderr).toBe(0);
    expect(readFileSync(join(dir, "lumos/apps.yaml"), "utf8")).toContain("description: Owned by $${env:LUMOS_API_TOKEN}, see $${file:lumos.config.yaml}");
    // Read back as the literal text: the plan is empty, and an apply writes nothing.
    const replan = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"], env);
    expect(replan.code, replan.stdout + replan.stderr).toBe(0);
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"], env)).code).toBe(0);
    expect(sim.getStats().writes).toBe(0);
    expect(sim.tenant.apps.get(payroll)!.description).toBe(text);

    // import writes it the same way, and its files plan back empty too.
    const out = join(dir, "imported");
    const imported = await cli(sim, ["import", "--url", SIM_URL, "--out", out], env);
    expect(imported.code, imported.stderr).toBe(0);
    expect(readFileSync(join(out, "apps.yaml"), "utf8")).toContain("$${env:LUMOS_API_TOKEN}");
    const back = await cli(sim, ["plan", "--config", join(out, "lumos.config.yaml"), "--url", SIM_URL, "--detailed-exitcode"], env);
    expect(back.code, back.stdout + back.stderr).toBe(0);

    // A name the configuration refuses (a line break in it) is left out of an import, and said so.
    await inUi(sim, "mallory@acme.example", "POST", "/appstore/requestable_permissions", { app_id: payroll, label: "Admin\nPlan: 0 to create" });
    const again = await cli(sim, ["import", "--url", SIM_URL, "--out", join(dir, "again")], env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('warning: requestable_permission "Payroll/Admin\\nPlan: 0 to create" is not imported: its name has a control character');
    const planned = await cli(sim, ["plan", "--config", join(dir, "again", "lumos.config.yaml"), "--url", SIM_URL, "--detailed-exitcode"], env);
    expect(planned.code, planned.stdout + planned.stderr).toBe(0);
    // drift --adopt leaves it for a person too, rather than write a file the next plan refuses.
    const adoptAgain = await cli(sim, ["drift", ...against(dir), "--adopt"], env);
    expect(adoptAgain.code).toBe(2);
    expect(adoptAgain.stdout + adoptAgain.stderr).toContain("its name has a control character, which the configuration refuses; rename it in Lumos");
    expect(readFileSync(join(dir, "lumos/permissions.yaml"), "utf8")).not.toContain("Plan: 0 to create");
  });

  it("drift --revert applies the configuration back, only when approved", async () => {
    const { sim, dir } = await driftedTenant();
    const payroll = sim.tenant.apps.all().find((a) => a.name === "Payroll")!.id;
    await inUi(sim, "dan@acme.example", "POST", "/appstore/requestable_permissions", { app_id: payroll, label: "Payroll Shadow Admin" });
    const refused = await cli(sim, ["drift", ...against(dir), "--revert"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("refusing to apply without --auto-approve");
    expect(sim.getStats().writes).toBe(0);
    const reverted = await cli(sim, ["drift", ...against(dir), "--revert", "--auto-approve"]);
    expect(reverted.code, reverted.stdout + reverted.stderr).toBe(0);
    expect(reverted.stdout).toContain("carol@acme.example");
    expect(reverted.stdout).toContain("The tenant matches the configuration again.");
    const permission = sim.tenant.permissions.get(idOf(sim, "Payroll Admin"))!;
    expect(permission.request_config.appstore_visibility).toBe("VISIBLE");
    expect(permission.request_config.request_approval_config.approvers.users).toEqual([userIdOf(sim, "bob@acme.example")]);
    // Created outside the configuration, within what it prunes: deleted, as apply would.
    expect(sim.tenant.permissions.all().map((p) => p.label)).not.toContain("Payroll Shadow Admin");
    await plannedEmpty(sim, dir);
    // The revert is this token's write: the old edit is no longer blamed.
    expect((await cli(sim, ["drift", ...against(dir)])).code).toBe(0);
  });

  it("drift --adopt removes an object deleted in the UI from its file, and then plans empty", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": CONFIG, "lumos/apps.yaml": APPS, "lumos/permissions.yaml": PERMISSIONS });
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    await inUi(sim, "carol@acme.example", "DELETE", `/appstore/requestable_permissions/${idOf(sim, "Payroll Viewer")}`);
    const text = await cli(sim, ["drift", ...against(dir)]);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain("requestable_permission.Payroll/Payroll Viewer: deleted outside the configuration (apply would create it)");
    const adopt = await cli(sim, ["drift", ...against(dir), "--adopt"]);
    expect(adopt.code, adopt.stdout).toBe(0);
    const file = readFileSync(join(dir, "lumos/permissions.yaml"), "utf8");
    expect(file).not.toContain("Payroll Viewer");
    expect(file).toContain("    label: Payroll Admin\n");
    await plannedEmpty(sim, dir);
  });

  it("drift --adopt leaves a field written with ${var:…} for a person, says so, and exits 2", async () => {
    const { sim } = startSimulator();
    const config = `${CONFIG}variables:\n  visibility: { type: string, default: VISIBLE }\n`;
    const permissions = PERMISSIONS.replace("appstore_visibility: VISIBLE", "appstore_visibility: ${var:visibility}");
    const dir = project({ "lumos.config.yaml": config, "lumos/apps.yaml": APPS, "lumos/permissions.yaml": permissions });
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    await inUi(sim, "carol@acme.example", "PATCH", `/appstore/requestable_permissions/${idOf(sim, "Payroll Admin")}`, { request_config: { appstore_visibility: "HIDDEN" } });
    const adopt = await cli(sim, ["drift", ...against(dir), "--adopt"]);
    expect(adopt.code).toBe(2);
    expect(adopt.stdout).toContain("requestable_permission.Payroll/Payroll Admin: not adopted, request_config.appstore_visibility is written with ${…}; change it by hand");
    expect(readFileSync(join(dir, "lumos/permissions.yaml"), "utf8")).toBe(permissions);
    expect(sim.getStats().writes).toBeGreaterThan(0);
  });

  it("drift --revert --format json is one document: the drift, and what was applied", async () => {
    const { sim, dir } = await driftedTenant();
    const reverted = await cli(sim, ["drift", ...against(dir), "--revert", "--auto-approve", "--format", "json"]);
    expect(reverted.code, reverted.stderr).toBe(0);
    const doc = JSON.parse(reverted.stdout);
    expect(doc.drift.objects[0].activity[0].actor).toBe("carol@acme.example");
    expect(doc.apply).toEqual({ ok: true, results: [expect.objectContaining({ address: "requestable_permission.Payroll/Payroll Admin", outcome: "applied" })] });
    await plannedEmpty(sim, dir);
  });

  it("drift --revert keeps apply's delete threshold: over it, it is shown, refused and writes nothing", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": `${CONFIG}safety: { max_deletes: 1 }\n`, "lumos/apps.yaml": APPS, "lumos/permissions.yaml": PERMISSIONS });
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    const payroll = sim.tenant.apps.all().find((a) => a.name === "Payroll")!.id;
    for (const label of ["Payroll Shadow Admin", "Payroll Shadow Viewer"]) {
      await inUi(sim, "dan@acme.example", "POST", "/appstore/requestable_permissions", { app_id: payroll, label });
    }
    sim.resetStats();
    // The report alone shows both, whatever the threshold.
    const report = await cli(sim, ["drift", ...against(dir)]);
    expect(report.code).toBe(2);
    expect(report.stdout).toContain("Payroll Shadow Viewer: created outside the configuration");
    const revert = await cli(sim, ["drift", ...against(dir), "--revert", "--auto-approve"]);
    expect(revert.code).toBe(1);
    expect(revert.stdout).toContain("dan@acme.example");
    expect(revert.stderr).toMatch(/error \[[A-Z_]+\]: .*delete/i);
    expect(sim.getStats().writes).toBe(0);
    expect(sim.tenant.permissions.all().filter((p) => p.label.startsWith("Payroll Shadow"))).toHaveLength(2);
  });

  it("still reports drift, with a note, when the activity log cannot be read", async () => {
    const { sim, dir } = await driftedTenant();
    const noLog = {
      fetch: (request: Request) =>
        new URL(request.url).pathname === "/activity_logs" ? Promise.resolve(Response.json({ detail: "Not Found" }, { status: 404 })) : sim.fetch(request),
    } as unknown as Simulator;
    const text = await cli(noLog, ["drift", ...against(dir)]);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain("note: who changed what is unknown: the activity log could not be read");
    expect(text.stdout).toContain('appstore_visibility: "HIDDEN" → "VISIBLE"');
    const json = JSON.parse((await cli(noLog, ["drift", ...against(dir), "--format", "json"])).stdout);
    expect(json.drift).toBeNull();
    expect(json.warnings[0]).toContain("who changed what is unknown");
  });

  it("the nightly adopt workflow's command runs as written", async () => {
    const workflow = readFileSync(join(import.meta.dirname, "../../examples/github-actions/nightly-drift-adopt.yml"), "utf8");
    const command = /npx lumos-iac (drift [^>\n]*?)\s*>/.exec(workflow)?.[1];
    expect(command).toBe("drift --env production --adopt --format markdown");
    const { sim, dir } = await driftedTenant();
    const run = await cli(sim, [...command!.split(" "), ...against(dir)]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("| carol&#64;acme.example |");
    expect(readFileSync(join(dir, "lumos/permissions.yaml"), "utf8")).toContain("appstore_visibility: HIDDEN   # shown in the AppStore");
    await plannedEmpty(sim, dir);
  });

  it("refuses --adopt with --revert, and a --since that is not a time", async () => {
    const { sim, dir } = await driftedTenant();
    const both = await cli(sim, ["drift", ...against(dir), "--adopt", "--revert"]);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain("--adopt and --revert pull opposite ways");
    const since = await cli(sim, ["drift", ...against(dir), "--since", "yesterday"]);
    expect(since.code).toBe(1);
    expect(since.stderr).toContain('--since "yesterday" is neither an ISO-8601 time');
    expect(sim.getStats().writes).toBe(0);
  });
});
