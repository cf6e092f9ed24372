import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { against, cli, project } from "../helpers/cli.ts";
import { appId, startSimulator } from "../helpers/simulator.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The repository's example, copied into a temp project whose config points at it. */
function exampleProject(extra = ""): string {
  const dir = project({});
  cpSync(join(ROOT, "examples/basic"), join(dir, "basic"), { recursive: true });
  const config = readFileSync(join(ROOT, "lumos.config.yaml"), "utf8").replace("examples/basic/*.yaml", "basic/*.yaml");
  writeFileSync(join(dir, "lumos.config.yaml"), config + extra);
  return dir;
}

describe("the example on the demo tenant", () => {
  it("plans, applies, re-plans empty, and imports back to zero changes", async () => {
    const { sim } = startSimulator();
    const dir = exampleProject();
    const first = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"]);
    expect(first.code).toBe(2);
    expect(first.stdout).toMatch(/Plan: 25 to create, 2 to update, 0 to replace, 0 to delete, 1 unchanged\./);
    const applied = await cli(sim, ["apply", ...against(dir), "--auto-approve"]);
    expect(applied.code, applied.stdout).toBe(0);
    expect(applied.stdout).toContain("Apply complete: 27 changes applied.");
    const again = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"]);
    expect(again.code).toBe(0);

    const out = mkdtempSync(join(tmpdir(), "lumos-import-"));
    const imported = await cli(sim, ["import", "--url", "http://127.0.0.1:1", "--out", out]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "access_policies.yaml", "apps.yaml", "appstore_apps.yaml", "inline_webhooks.yaml", "lumos.config.yaml",
      "pre_approval_rules.yaml", "requestable_permissions.yaml", "sync_schedules.yaml", "user_sources.yaml",
    ]);
    const roundTrip = await cli(sim, ["plan", "--config", join(out, "lumos.config.yaml"), "--url", "http://127.0.0.1:1", "--detailed-exitcode"]);
    expect(roundTrip.stderr).toBe("");
    expect(roundTrip.code, roundTrip.stdout).toBe(0);
    expect(roundTrip.stdout).toMatch(/No changes\. The tenant matches the configuration \(\d+ objects checked\)\./);
    const clash = await cli(sim, ["import", "--url", "http://127.0.0.1:1", "--out", out]);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain("pass --force to overwrite");
  });

  it("reads a no-change plan with bulk lists, and per object only where Lumos has no list", async () => {
    const { sim } = startSimulator();
    const dir = exampleProject();
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    sim.resetStats();
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"])).code).toBe(0);
    expect(sim.getStats()).toEqual({
      total: 16,
      writes: 0,
      by_route: {
        "GET /apps": 1,
        "GET /apps/categories": 1,
        "GET /users": 1,
        "GET /groups": 1,
        "GET /appstore/apps": 1,
        "GET /appstore/apps/{app_id}/settings": 4,
        "GET /appstore/requestable_permissions": 1,
        "GET /appstore/pre_approval_rules": 1,
        "GET /access_policies": 1,
        "GET /inline_webhooks": 1,
        "GET /inline_webhooks/{inline_webhook_id}": 1,
        "GET /user_sources": 1,
        "GET /sync_schedules": 1,
      },
      rejected: 0,
      rejected_by_route: {},
    });
  });

  it("creates nothing twice when writes fail ambiguously, and converges", async () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const { sim } = startSimulator({ random, faults: { ambiguousRate: 0.4 } });
    const dir = exampleProject();
    let result = await cli(sim, ["apply", ...against(dir), "--auto-approve"]);
    expect(result.stdout).toContain("found after an ambiguous failure (not created twice)");
    for (let i = 0; i < 3 && result.code !== 0; i++) result = await cli(sim, ["apply", ...against(dir), "--auto-approve"]);
    expect(result.code, result.stdout).toBe(0);
    sim.faults.clear();
    const replan = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"]);
    expect(replan.code, replan.stdout).toBe(0);
    const names = sim.tenant.apps.all().filter((a) => !a.disconnected).map((a) => a.name);
    expect(names.length).toBe(new Set(names).size);
    const permissions = sim.tenant.permissions.all().map((p) => `${p.app_id}/${p.label}`);
    expect(permissions.length).toBe(new Set(permissions).size);
    const rules = sim.tenant.rules.all().map((r) => `${r.app_id}/${r.justification}`);
    expect(rules.length).toBe(new Set(rules).size);
    expect(sim.tenant.webhooks.all().filter((w) => w.name === "Payroll audit")).toHaveLength(1);
    expect(sim.tenant.policies.size).toBe(1);
  });

  it("reports a partial failure, exits 1, and converges on the next run", async () => {
    const { sim } = startSimulator();
    const dir = exampleProject();
    sim.faults.enqueue({ fault: "fail", route: "POST /appstore/requestable_permissions", status: 400 });
    const partial = await cli(sim, ["apply", ...against(dir), "--auto-approve"]);
    expect(partial.code).toBe(1);
    expect(partial.stdout).toMatch(/✗ requestable_permission\.[^:]+: createRequestablePermission failed with HTTP 400/);
    expect(partial.stdout).toMatch(/Apply incomplete: \d+ applied, 1 failed, \d+ skipped/);
    const rerun = await cli(sim, ["apply", ...against(dir), "--auto-approve"]);
    expect(rerun.code, rerun.stdout).toBe(0);
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"])).code).toBe(0);
  });
});

describe("the README", () => {
  it("shows a configuration that applies as written and re-plans empty", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const example = /```yaml\n(# yaml-language-server[^\n]*\n[\s\S]*?)```/.exec(readme)![1]!;
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": example });
    const applied = await cli(sim, ["apply", ...against(dir), "--auto-approve"]);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain("Apply complete: 5 changes applied.");
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"])).code).toBe(0);
  });
});

describe("saved plans", () => {
  it("applies a saved plan, and refuses a stale one naming each changed object", async () => {
    const { sim, client } = startSimulator();
    const dir = project({
      "lumos.config.yaml": [
        "apps:",
        "  - { name: Payroll, category: HR & Learning, description: Pays people }",
        "requestable_permissions:",
        "  - { app: Okta, label: Okta Super Admin, request_config: { appstore_visibility: VISIBLE } }",
        "",
      ].join("\n"),
    });
    const planFile = join(dir, "plan.json");
    const planned = await cli(sim, ["plan", ...against(dir), "--out", planFile]);
    expect(planned.code).toBe(0);
    const saved = JSON.parse(readFileSync(planFile, "utf8"));
    expect(saved).toMatchObject({ format_version: "1", type: "lumos-iac-plan", summary: { create: 1, update: 1 } });

    // Someone edits the permission in Lumos after the plan was made.
    const okta = await appId(client, "Okta");
    const page = await client.call("list", client.api.GET("/appstore/requestable_permissions", { params: { query: { app_id: okta } } }));
    const permission = page.items.find((p) => p.label === "Okta Super Admin")!;
    await client.call("edit", client.api.PATCH("/appstore/requestable_permissions/{permission_id}", { params: { path: { permission_id: permission.id! } }, body: { request_config: { request_fulfillment_config: { manual_instructions: "by hand" } } } }));
    sim.resetStats();

    const refused = await cli(sim, ["apply", planFile, ...against(dir)]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("error [STALE_PLAN]");
    expect(refused.stderr).toContain("requestable_permission.Okta/Okta Super Admin (changed)");
    expect(sim.getStats().writes).toBe(0);

    const fresh = await cli(sim, ["plan", ...against(dir), "--out", planFile]);
    expect(fresh.code).toBe(0);
    const applied = await cli(sim, ["apply", planFile, ...against(dir)]);
    expect(applied.code, applied.stderr).toBe(0);
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"])).code).toBe(0);
  });
});

describe("secrets", () => {
  it("never appear in plans, saved plans, JSON, markdown, apply output or the audit log", async () => {
    const { sim } = startSimulator();
    const secret = "ghp_TOPSECRET_4815162342";
    const dir = project({
      "lumos.config.yaml": [
        "apps:",
        "  - app_class_id: github.com",
        "    auth: { access_token: '${env:GH_TOKEN}' }",
        "    settings: { organization: acme }",
        "inline_webhooks:",
        "  - { name: Audit, hook_type: SIEM, url: 'https://siem.example', secret: '${file:hook-secret}' }",
        "",
      ].join("\n"),
      "hook-secret": "whsec_FILESECRET_99\n",
    });
    const env = { GH_TOKEN: secret };
    const outputs: string[] = [];
    for (const format of ["text", "json", "markdown"]) {
      const r = await cli(sim, ["plan", ...against(dir), "--format", format, "--out", join(dir, `plan-${format}.json`)], { env });
      expect(r.code).toBe(0);
      outputs.push(r.stdout, r.stderr, readFileSync(join(dir, `plan-${format}.json`), "utf8"));
    }
    const applied = await cli(sim, ["apply", join(dir, "plan-json.json"), ...against(dir)], { env });
    expect(applied.code, applied.stderr).toBe(0);
    outputs.push(applied.stdout, applied.stderr);
    const rotate = await cli(sim, ["apply", ...against(dir), "--auto-approve", "--rotate-credentials"], { env: { GH_TOKEN: "ghp_ROTATED_000" } });
    expect(rotate.code, rotate.stderr).toBe(0);
    expect(rotate.stdout).toContain("~ app.github.com   # credentials rotated: the integration reconnects and syncs");
    expect(rotate.stdout).toContain("auth: (sensitive) → (sensitive)");
    outputs.push(rotate.stdout, rotate.stderr);
    const logs = await sim.fetch(new Request("http://sim/activity_logs?limit=100", { headers: { Authorization: "Bearer test-token" } }));
    outputs.push(await logs.text());
    for (const text of outputs) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain("ghp_ROTATED_000");
      expect(text).not.toContain("whsec_FILESECRET_99");
    }
    expect(outputs.join("\n")).toContain("(sensitive)");
    // The secrets did reach Lumos: connected first, then rotated.
    const github = sim.tenant.apps.all().find((a) => a.app_class_id === "github.com")!;
    expect(github.credentials?.auth).toEqual({ access_token: "ghp_ROTATED_000" });
    expect(sim.tenant.webhooks.all().find((w) => w.name === "Audit")?.secret).toBe("whsec_FILESECRET_99");
    // A metadata-only plan never resends credentials.
    const quiet = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"], { env });
    expect(quiet.code).toBe(0);
  });
});

describe("safety", () => {
  it("refuses to delete more than the threshold unless allowed", async () => {
    const { sim } = startSimulator();
    const apps = Array.from({ length: 12 }, (_, i) => `  - { name: Temp ${i}, category: Other, description: t }`).join("\n");
    const dir = project({ "lumos.config.yaml": `apps:\n${apps}\n` });
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    const prune = project({ "lumos.config.yaml": "prune: { apps: true }\napps: []\n" });
    sim.resetStats();
    const refused = await cli(sim, ["apply", ...against(prune), "--auto-approve"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("error [UNSAFE_DELETES]: refusing this plan: it deletes 12 objects (limit 10)");
    expect(sim.getStats().writes).toBe(0);
    const higher = await cli(sim, ["plan", ...against(prune), "--max-deletes", "12", "--format", "json"]);
    expect(higher.code).toBe(1);
    expect(higher.stderr).toMatch(/it deletes 12 of 12 app objects it manages \(100%, limit 25%\)/);
    const allowed = await cli(sim, ["apply", ...against(prune), "--auto-approve", "--allow-deletes"]);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(sim.tenant.apps.all().filter((a) => a.name.startsWith("Temp"))).toEqual([]);
    const kept = await cli(sim, ["plan", ...against(prune)]);
    expect(kept.stdout).toContain("app.Okta is not declared but is kept: connected in the Lumos UI, not through the API");
  });
});

describe("safety within a prune scope", () => {
  /**
   * Alpha's and Beta's permissions applied with prune covering Alpha's only, then a plan that
   * drops all of Alpha's: its refusal, nothing written.
   */
  async function dropCovered(alpha: number, beta: number) {
    const { sim } = startSimulator();
    const roles = (app: string, count: number) => Array.from({ length: count }, (_, i) => `  - { app: ${app}, label: Role ${i} }`).join("\n");
    const head = "prune: { requestable_permissions: { apps: [Alpha] } }\napps:\n  - { name: Alpha, category: Other, description: a }\n  - { name: Beta, category: Other, description: b }\n";
    const full = project({ "lumos.config.yaml": `${head}requestable_permissions:\n${roles("Alpha", alpha)}\n${roles("Beta", beta)}\n` });
    expect((await cli(sim, ["apply", ...against(full), "--auto-approve"])).code).toBe(0);
    const dropped = project({ "lumos.config.yaml": `${head}requestable_permissions:\n${roles("Beta", beta)}\n` });
    sim.resetStats();
    const refused = await cli(sim, ["apply", ...against(dropped), "--auto-approve"]);
    expect(refused.code).toBe(1);
    expect(sim.getStats().writes).toBe(0);
    return { sim, dropped, refused };
  }

  it("counts the delete percentage against what prune covers, not every object of the kind", async () => {
    // 10 deletes, within the count limit, and a quarter of all 40 permissions, but every one prune covers.
    const { sim, dropped, refused } = await dropCovered(10, 30);
    expect(refused.stderr).toMatch(/it deletes 10 of 10 requestable_permission objects it manages \(100%, limit 25%\)/);
    const allowed = await cli(sim, ["apply", ...against(dropped), "--auto-approve", "--max-deletes", "100%"]);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(sim.tenant.permissions.all().filter((p) => p.label.startsWith("Role")).length).toBe(30);
    const replan = await cli(sim, ["plan", ...against(dropped), "--detailed-exitcode"]);
    expect(replan.code, replan.stdout).toBe(0);
  });

  it("counts against every object of the kind when prune covers fewer than the rule needs, so a narrow scope does not turn it off", async () => {
    // All 9 that prune covers: too few for a percentage of their own, and 30% of the kind's 30.
    const { sim, dropped, refused } = await dropCovered(9, 21);
    expect(refused.stderr).toMatch(/it deletes 9 of 30 requestable_permission objects it manages \(30%, limit 25%\)/);
    expect((await cli(sim, ["apply", ...against(dropped), "--auto-approve", "--allow-deletes"])).code).toBe(0);
    const replan = await cli(sim, ["plan", ...against(dropped), "--detailed-exitcode"]);
    expect(replan.code, replan.stdout).toBe(0);
  });
});

describe("references to what a plan would delete", () => {
  it("are refused before anything is written", async () => {
    const { sim } = startSimulator();
    const base = "prune: { requestable_permissions: true }\napps:\n  - { name: Payroll, category: Other, description: d }\n";
    const full = project({
      "lumos.config.yaml": `${base}requestable_permissions:\n  - { app: Payroll, label: Viewer }\npre_approval_rules:\n  - { app: Payroll, justification: J, preapproved_permissions: [Viewer] }\n`,
    });
    expect((await cli(sim, ["apply", ...against(full), "--auto-approve"])).code).toBe(0);
    const dropped = project({
      "lumos.config.yaml": `${base}pre_approval_rules:\n  - { app: Payroll, justification: J, preapproved_permissions: [Viewer] }\n`,
    });
    sim.resetStats();
    const result = await cli(sim, ["apply", ...against(dropped), "--auto-approve"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /lumos\.config\.yaml:5:5: pre_approval_rule\.Payroll\/J refers to requestable_permission\.Payroll\/Viewer, which is not declared and would be deleted/,
    );
    expect(sim.getStats().writes).toBe(0);
  });
});

describe("CLI behaviour", () => {
  it("checks --parallelism", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": "apps:\n  - { name: A, category: Other, description: d }\n" });
    const bad = await cli(sim, ["plan", ...against(dir), "--parallelism", "0"]);
    expect(bad).toMatchObject({ code: 1, stderr: 'error [USAGE]: --parallelism must be a whole number from 1 to 64, got "0"' });
    expect((await cli(sim, ["plan", ...against(dir), "--parallelism", "2", "--detailed-exitcode"])).code).toBe(2);
  });

  it("refuses to apply without --auto-approve when stdin is not a terminal", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": "apps:\n  - { name: A, category: Other, description: d }\n" });
    const r = await cli(sim, ["apply", ...against(dir)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("refusing to apply without --auto-approve");
    expect(sim.getStats().writes).toBe(0);
  });

  it("prints the versioned JSON shape and markdown for pull requests", async () => {
    const { sim } = startSimulator();
    const dir = project({
      "lumos.config.yaml": "apps:\n  - { name: A, category: Other, description: d }\nrequestable_permissions:\n  - { app: A, label: L, request_config: { request_approval_config: { approvers: { users: [alice@acme.example] } } } }\n",
    });
    const json = JSON.parse((await cli(sim, ["plan", ...against(dir), "--format", "json"])).stdout);
    expect(json.format_version).toBe("1");
    expect(json.summary).toEqual({ create: 2, update: 0, replace: 0, delete: 0, unchanged: 0 });
    expect(json.changes[0]).toMatchObject({ address: "app.A", kind: "app", action: "create", id: null });
    const approvers = json.changes[1].diff.find((d: { path: string }) => d.path.endsWith("approvers.users"));
    expect(approvers.after[0]).toMatchObject({ $ref: "user", label: "alice@acme.example" });
    const md = (await cli(sim, ["plan", ...against(dir), "--format", "markdown"])).stdout;
    expect(md).toContain("| 2 | 0 | 0 | 0 | 0 |");
    expect(md).toContain("<details><summary><b>requestable_permission</b>: 1 change</summary>");
  });

  it("prints apply results as one JSON document with --format json", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": "apps:\n  - { name: A, category: Other, description: d }\n" });
    const result = await cli(sim, ["apply", ...against(dir), "--auto-approve", "--format", "json"]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.summary.create).toBe(1);
    expect(doc.apply.ok).toBe(true);
    expect(doc.apply.results).toEqual([{ address: "app.A", action: "create", outcome: "applied", id: expect.any(String) }]);
    const again = JSON.parse((await cli(sim, ["apply", ...against(dir), "--auto-approve", "--format", "json"])).stdout);
    expect(again).toMatchObject({ summary: { create: 0, unchanged: 1 }, apply: { ok: true, results: [] } });
  });

  it("narrows a plan with --target and --exclude, keeping what targets depend on", async () => {
    const { sim } = startSimulator();
    const dir = project({
      "lumos.config.yaml": "apps:\n  - { name: A, category: Other, description: d }\n  - { name: B, category: Other, description: d }\nrequestable_permissions:\n  - { app: A, label: L }\n",
    });
    const targeted = JSON.parse((await cli(sim, ["plan", ...against(dir), "--format", "json", "--target", "requestable_permission.A/L"])).stdout);
    expect(targeted.changes.map((c: { address: string }) => c.address)).toEqual(["app.A", "requestable_permission.A/L"]);
    const excluded = JSON.parse((await cli(sim, ["plan", ...against(dir), "--format", "json", "--exclude", "app.A"])).stdout);
    expect(excluded.changes.map((c: { address: string }) => c.address)).toEqual(["app.B"]);
    expect(excluded.warnings).toContain("requestable_permission.A/L left out: it needs app.A, which is excluded");
  });

  it("reports drift with exit 2, and says clearly when a server lacks extension operations", async () => {
    const { sim, client } = startSimulator();
    const dir = project({ "lumos.config.yaml": "apps:\n  - { name: Zoom, category: Communication }\nuser_sources: [Okta]\n" });
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    expect((await cli(sim, ["drift", ...against(dir)])).code).toBe(0);
    const zoom = await appId(client, "Zoom");
    await client.call("edit", client.api.PATCH("/apps/{app_id}", { params: { path: { app_id: zoom } }, body: { category: "Other" } }));
    const drift = await cli(sim, ["drift", ...against(dir)]);
    expect(drift.code).toBe(2);
    expect(drift.stdout).toContain('category: "Other" → "Communication"');

    const plain = await cli(
      { ...sim, fetch: async (request: Request) => (new URL(request.url).pathname === "/user_sources" ? Response.json({ detail: "Not Found" }, { status: 404 }) : sim.fetch(request)) } as typeof sim,
      ["plan", ...against(dir)],
    );
    expect(plain.code).toBe(1);
    expect(plain.stderr).toContain("error [KIND_UNSUPPORTED]: user_sources cannot be managed on this server");
  });
});
