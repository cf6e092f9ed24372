import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "@cdktf/hcl2json";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { against, cli, project, SIM_URL } from "../helpers/cli.ts";
import { TOKEN } from "../helpers/simulator.ts";
import { Simulator } from "../../src/simulator/server.ts";
import { loadConfig, loadConfigAsync } from "../../src/load/load-config.ts";

/**
 * A spec as the planner compares it: the override flags YAML implies written out (Terraform
 * states them), and secrets as the fact of being a secret (the reference necessarily changes:
 * a file becomes a sensitive variable, TF_VAR_…).
 */
function comparable(spec: unknown): unknown {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== "object") return value;
    if ("$secret" in value) return { $secret: "(a secret)" };
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
  };
  // Objects the tenant already has come back pinned to their IDs (the import blocks); YAML names them.
  const { id: _pin, ...out } = walk(spec) as Record<string, unknown>;
  const config = out.request_config as Record<string, Record<string, unknown> & { allowed_groups_override?: boolean }> | undefined;
  if (config) {
    if (config.allowed_groups !== undefined) config.allowed_groups_override ??= true as never;
    const approval = config.request_approval_config;
    if (approval) {
      if (["manager_approval", "approvers", "approvers_stage_2", "require_additional_approval"].some((k) => approval[k] !== undefined)) approval.request_approval_config_override ??= true;
      if (typeof approval.custom_approval_message === "string") approval.custom_approval_message_override ??= true;
    }
    const fulfillment = config.request_fulfillment_config;
    if (fulfillment?.time_based_access !== undefined) fulfillment.time_based_access_override ??= true;
  }
  return out;
}

/**
 * export --format hcl|tf.json|cdktf: the basic example (every kind) applied to one simulator,
 * then written as Terraform code for the teamlumos/lumos provider.
 */

const ROOT = process.cwd();
const BASIC = join(ROOT, "lumos.config.yaml");
let sim: Simulator;

beforeAll(async () => {
  sim = new Simulator({ token: TOKEN, validateResponses: true, syncDurationMs: 0 });
  const applied = await cli(sim, ["apply", ...against(ROOT), "--auto-approve"]);
  expect(applied.code, applied.stderr).toBe(0);
}, 60_000);

afterAll(async () => {
  expect(sim.responseViolations, "simulator responses must conform to the contract").toEqual([]);
  await sim.close();
});

type Json = Record<string, unknown>;

async function exportTo(format: string, extra: string[] = [], config = BASIC): Promise<{ dir: string; stdout: string; stderr: string }> {
  const dir = join(project({}), "out");
  const result = await cli(sim, ["export", "--config", config, "--url", SIM_URL, "--format", format, "--out", dir, ...extra]);
  expect(result.code, result.stderr).toBe(0);
  return { dir, stdout: result.stdout, stderr: result.stderr };
}

async function liveGet(path: string): Promise<Json> {
  const response = await sim.fetch(new Request(`http://sim${path}`, { headers: { authorization: `Bearer ${TOKEN}` } }));
  return (await response.json()) as Json;
}

/** hcl2json's reading of HCL in Terraform JSON's shapes: one body per block, bare references unwrapped. */
function asTerraformJson(parsed: Json): Json {
  const one = (blocks: unknown) => (blocks as Json[])[0]!;
  const out: Json = {};
  const terraform = one(parsed.terraform);
  out.terraform = { required_providers: one(terraform.required_providers) };
  for (const section of ["provider", "variable"] as const) {
    if (!parsed[section]) continue;
    out[section] = Object.fromEntries(
      Object.entries(parsed[section] as Json).map(([name, blocks]) => {
        const body = { ...one(blocks) };
        if (typeof body.type === "string") body.type = body.type.replace(/^\$\{(.*)\}$/, "$1");
        return [name, body];
      }),
    );
  }
  for (const section of ["data", "resource"] as const) {
    if (!parsed[section]) continue;
    out[section] = Object.fromEntries(
      Object.entries(parsed[section] as Json).map(([type, byName]) => [type, Object.fromEntries(Object.entries(byName as Json).map(([name, blocks]) => [name, one(blocks)]))]),
    );
  }
  if (parsed.import) out.import = (parsed.import as Json[]).map((i) => ({ to: String(i.to).replace(/^\$\{(.*)\}$/, "$1"), id: i.id }));
  return out;
}

function readJson(file: string): Json {
  const { "//": _comment, ...rest } = JSON.parse(readFileSync(file, "utf8")) as Json;
  return rest;
}

const ALL_TYPES = [
  "lumos_app",
  "lumos_app_store_app",
  "lumos_requestable_permission",
  "lumos_pre_approval_rule",
  "lumos_access_policy",
  "lumos_inline_webhook",
  "lumos_user_source",
  "lumos_sync_schedule",
];

describe("export", () => {
  it("writes every kind as tf.json and as HCL that parses back to the same Terraform JSON", async () => {
    const json = await exportTo("tf.json");
    const hcl = await exportTo("hcl");
    expect(json.stdout).toMatch(/^Exported \d+ resources \(\d+ with import blocks\) as Terraform JSON/);
    const document = readJson(join(json.dir, "main.tf.json"));
    expect(Object.keys(document.resource as Json).sort()).toEqual([...ALL_TYPES].sort());
    expect(document.terraform).toEqual({ required_providers: { lumos: { source: "teamlumos/lumos", version: "~> 0.10" } } });

    const text = readFileSync(join(hcl.dir, "main.tf"), "utf8");
    const parsed = (await parse("main.tf", text)) as Json;
    expect(asTerraformJson(parsed)).toEqual(document);

    // Nested attributes with `=`, bare references, JSON strings as heredoc or jsonencode.
    expect(text).toMatch(/\n {2}request_flow = \{\n/);
    expect(text).toContain("app_id = lumos_app.payroll.id");
    expect(text).toContain("settings = <<-EOT");
    expect(text).toMatch(/auth = jsonencode\(\{ scim_token = var\.[a-z_]+ \}\)/);
    expect(text).toContain("access_condition = <<-EOT");
    expect(text).not.toMatch(/^\s*request_flow \{/m);
    // What a Terraform user adopting these must know.
    expect(text).toContain('# app.Zoom\n# Connected in the Lumos UI: its metadata can change here, but Lumos refuses to remove it through the API.\nresource "lumos_app" "zoom"');
    expect(text).toMatch(/# Synced from its integration: it can be updated, not created or destroyed\.\nresource "lumos_requestable_permission" "okta_okta_read_only_admin"/);
    expect(text).not.toMatch(/# Connected in the Lumos UI[^\n]*\nresource "lumos_app" "payroll"/);
  });

  it("references declared objects and looks up users, groups and other apps by name", async () => {
    const { dir } = await exportTo("tf.json");
    const doc = readJson(join(dir, "main.tf.json"));
    const resource = doc.resource as Record<string, Record<string, Json>>;
    const data = doc.data as Record<string, Record<string, Json>>;
    const payroll = resource.lumos_app_store_app!.payroll!;
    expect(payroll.app_id).toBe("${lumos_app.payroll.id}");
    const flow = payroll.request_flow as Json;
    expect(flow.approvers).toEqual({ users: [{ id: "${data.lumos_users.alice_acme_example.items[0].id}" }], groups: [{ id: "${data.lumos_groups.it_admins.items[0].id}" }] });
    expect(data.lumos_users!.alice_acme_example).toEqual({ search_term: "alice@acme.example", exact_match: true });
    // A group named with its source app, and an app connected in the Lumos UI.
    expect(data.lumos_groups!.engineering_okta).toEqual({ name: "Engineering", app_id: "${data.lumos_apps.okta.items[0].id}", exact_match: true });
    expect(data.lumos_apps!.okta).toEqual({ name_search: "Okta", exact_match: true, connection_source: "UI" });
    // Permissions of the same configuration are references; the provider's override flags are explicit.
    const rule = resource.lumos_pre_approval_rule!.payroll_finance_can_view_payroll!;
    expect(rule.preapproved_permissions).toEqual([{ id: "${lumos_requestable_permission.payroll_payroll_viewer.id}" }]);
    const admin = (resource.lumos_requestable_permission!.payroll_payroll_admin!.request_config as Json);
    expect(admin.allowed_groups_override).toBe(true);
    expect((admin.request_approval_config as Json).request_approval_config_override).toBe(true);
    expect((admin.request_fulfillment_config as Json).time_based_access_override).toBe(true);
    const lumappsAdmin = resource.lumos_requestable_permission!.lumapps_lumapps_admin!.request_config as Json;
    expect((lumappsAdmin.request_approval_config as Json).custom_approval_message_override).toBe(true);
    expect(resource.lumos_user_source!.user_sources).toEqual({ app_ids: ["${data.lumos_apps.okta.items[0].id}", "${data.lumos_apps.google_workspace.items[0].id}"] });
    // The provider takes its URL from a variable; the token is never written.
    expect(doc.provider).toEqual({ lumos: { server_url: "${var.lumos_server_url}" } });
  });

  it("gives every object the tenant has an import block with its live ID (AppStore apps by app ID)", async () => {
    const { dir } = await exportTo("tf.json");
    const doc = readJson(join(dir, "main.tf.json"));
    const imports = new Map((doc.import as { to: string; id: string }[]).map((i) => [i.to, i.id]));
    const resources = Object.entries(doc.resource as Record<string, Json>).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`));
    expect([...imports.keys()].sort()).toEqual(resources.sort());

    const apps = (await liveGet("/apps?size=100")).items as { id: string; user_friendly_label: string }[];
    const payrollId = apps.find((a) => a.user_friendly_label === "Payroll")!.id;
    expect(imports.get("lumos_app.payroll")).toBe(payrollId);
    expect(imports.get("lumos_app_store_app.payroll")).toBe(payrollId);
    const permissions = (await liveGet(`/appstore/requestable_permissions?app_id=${payrollId}&size=100`)).items as { id: string; label: string }[];
    expect(imports.get("lumos_requestable_permission.payroll_payroll_admin")).toBe(permissions.find((p) => p.label === "Payroll Admin")!.id);
    const policies = (await liveGet("/access_policies?size=100")).items as { id: string; name: string }[];
    expect(imports.get("lumos_access_policy.engineers_get_zoom")).toBe(policies.find((p) => p.name === "Engineers get Zoom")!.id);
    const okta = apps.find((a) => a.user_friendly_label === "Okta")!.id;
    expect(imports.get("lumos_sync_schedule.okta")).toBe(okta);
  });

  it("writes no import block for what the tenant does not have yet", async () => {
    const dir = project({
      "lumos.config.yaml": "version: 1\nsources: [defs/*.yaml]\n",
      "defs/apps.yaml": "apps:\n  - { name: Brand New Tool, category: Other, description: Not created yet }\n  - { name: Payroll, category: HR & Learning, description: Internal payroll system }\n",
    });
    const { dir: out } = await exportTo("tf.json", [], join(dir, "lumos.config.yaml"));
    const doc = readJson(join(out, "main.tf.json"));
    expect((doc.import as { to: string }[]).map((i) => i.to)).toEqual(["lumos_app.payroll"]);
    expect(Object.keys((doc.resource as Record<string, Json>).lumos_app!)).toEqual(["brand_new_tool", "payroll"]);
  });

  it("--from live writes the whole tenant, every resource imported", async () => {
    const { dir } = await exportTo("hcl", ["--from", "live"]);
    const text = readFileSync(join(dir, "main.tf"), "utf8");
    const parsed = asTerraformJson((await parse("main.tf", text)) as Json);
    const resources = Object.entries(parsed.resource as Record<string, Json>).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`));
    expect((parsed.import as { to: string }[]).map((i) => i.to).sort()).toEqual(resources.sort());
    // The seeded apps and webhooks the configuration only names are resources here.
    expect(Object.keys((parsed.resource as Record<string, Json>).lumos_inline_webhook!)).toEqual(expect.arrayContaining(["request_validator", "payroll_audit"]));
    expect(Object.keys((parsed.resource as Record<string, Json>).lumos_app!)).toEqual(expect.arrayContaining(["okta", "payroll"]));
  });

  it("writes a CDKTF app on the generated bindings, with importFrom for live IDs", async () => {
    const { dir } = await exportTo("cdktf");
    expect(readdirSync(dir).sort()).toEqual(["README.md", "cdktf.json", "main.ts", "package.json"]);
    const main = readFileSync(join(dir, "main.ts"), "utf8");
    expect(main).toMatch(/import \{ [^}]*\bapp, appStoreApp\b[^}]* \} from "@cdktf\/provider-lumos-generated";/);
    expect(main).toContain("new app.App(this, ");
    expect(main).toContain("new appStoreApp.AppStoreApp(this, ");
    expect(main).toContain("new dataLumosUsers.DataLumosUsers(this, ");
    expect(main).toContain("new provider.LumosProvider(this, \"lumos\"");
    expect(main).toMatch(/appId: payrollApp\.id,/);
    expect(main).toMatch(/\.items\.get\(0\)\.id/);
    const apps = (await liveGet("/apps?size=100")).items as { id: string; user_friendly_label: string }[];
    expect(main).toContain(`payrollApp.importFrom(${JSON.stringify(apps.find((a) => a.user_friendly_label === "Payroll")!.id)});`);
    const source = ts.createSourceFile("main.ts", main, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    expect((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, "cdktf.json"), "utf8"))).toMatchObject({ language: "typescript", app: "npx tsx main.ts" });
    // This clone's bindings, relative to the app.
    const bindings = (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { dependencies: Record<string, string> }).dependencies["@cdktf/provider-lumos-generated"]!;
    expect(bindings).toMatch(/^file:(\.\.\/)+.*packages\/provider-lumos-generated$/);
    expect(existsSync(join(dir, bindings.slice("file:".length), "package.json"))).toBe(true);
  });

  it("never writes a secret or sensitive value: they become sensitive variables", async () => {
    const canary = {
      token: "canary-token-7a1c3e5b9d",
      auth: "canary-github-pat-4d6f8a0c2e",
      secret: "canary-webhook-secret-1b3d5f7a",
      description: "canary-description-9e7c5a3b1d",
    };
    const env = { LUMOS_API_TOKEN: canary.token, LEAK_AUTH: canary.auth, LEAK_SECRET: canary.secret, LEAK_DESCRIPTION: canary.description };
    const leakSim = new Simulator({ token: canary.token, validateResponses: true, syncDurationMs: 0 });
    try {
      const dir = project({
        "lumos.config.yaml": "version: 1\nsources: [defs/*.yaml]\n",
        "defs/all.yaml": `apps:
  - name: Payroll
    category: Other
    description: "Owned by \${env:LEAK_DESCRIPTION} (finance)"
  - app_class_id: github.com
    name: GitHub
    auth: { access_token: "\${env:LEAK_AUTH}" }
    settings: { organization: acme }
inline_webhooks:
  - name: Payroll audit
    hook_type: SIEM
    url: https://hooks.acme.example/payroll
    secret: \${env:LEAK_SECRET}
`,
      });
      const outputs: string[] = [];
      const liveFiles: string[] = [];
      const applied = await cli(leakSim, ["apply", ...against(dir), "--auto-approve"], { env });
      expect(applied.code, applied.stderr).toBe(0);
      const files: string[] = [];
      for (const [format, from] of [["hcl", "config"], ["tf.json", "config"], ["cdktf", "config"], ["hcl", "live"]] as const) {
        const out = join(dir, `out-${format}-${from}`);
        const result = await cli(leakSim, ["export", ...against(dir), "--format", format, "--from", from, "--out", out], { env });
        expect(result.code, result.stderr).toBe(0);
        outputs.push(result.stdout, result.stderr);
        for (const name of readdirSync(out)) (from === "live" ? liveFiles : files).push(readFileSync(join(out, name), "utf8"));
      }
      const everything = [...outputs, ...files].join("\n");
      for (const [name, value] of Object.entries(canary)) expect(everything, `the ${name} canary`).not.toContain(value);
      // The live tenant's export holds what the tenant holds (an ordinary field applied earlier is
      // tenant data by then), but never credentials, which Lumos does not return, nor the token.
      for (const name of ["token", "auth", "secret"] as const) expect(liveFiles.join("\n"), `the ${name} canary`).not.toContain(canary[name]);

      const doc = readJson(join(dir, "out-tf.json-config", "main.tf.json"));
      const variables = doc.variable as Record<string, Json>;
      const resource = doc.resource as Record<string, Record<string, Json>>;
      expect(resource.lumos_app!.github!.auth).toBe("${jsonencode({ access_token = var.github_auth_access_token })}");
      expect(resource.lumos_inline_webhook!.payroll_audit!.secret).toBe("${var.payroll_audit_secret}");
      // A value holding a sensitive reference is sensitive whole.
      expect(resource.lumos_app!.payroll!.description).toBe("${var.payroll_description}");
      for (const name of ["github_auth_access_token", "payroll_audit_secret", "payroll_description"]) {
        expect(variables[name]).toMatchObject({ type: "string", sensitive: true });
        expect(variables[name]).not.toHaveProperty("default");
      }
      // The reference it came from is named (escaped, so Terraform reads it as text).
      expect(variables.github_auth_access_token!.description).toContain("$${env:LEAK_AUTH}");
      const hcl = readFileSync(join(dir, "out-hcl-config", "main.tf"), "utf8");
      expect(hcl).toContain("description = var.payroll_description\n");
      expect(variables.payroll_description!.description).toContain("Owned by $${env:LEAK_DESCRIPTION} (finance)");
    } finally {
      expect(leakSim.responseViolations).toEqual([]);
      await leakSim.close();
    }
  });

  it("writes a CDKTF app that typechecks against the bindings and synthesizes the same Terraform JSON", { timeout: 120_000 }, async () => {
    // Inside the repository, so the app resolves cdktf and the bindings as a user's project does.
    mkdirSync(join(ROOT, "tmp"), { recursive: true });
    const work = mkdtempSync(join(ROOT, "tmp", "export-cdktf-"));
    try {
      const config = project({
        "lumos.config.yaml": "version: 1\nsources: [defs/*.yaml]\n",
        "defs/all.yaml": `apps:
  - { name: Payroll, category: HR & Learning, description: "Internal payroll, %{ not a directive }" }
  - app_class_id: github.com
    name: GitHub
    auth: { access_token: "\${env:CDKTF_GITHUB_TOKEN}" }
    settings: { organization: acme }
inline_webhooks:
  - { name: Payroll check, hook_type: PRE_APPROVAL, url: https://hooks.acme.example/check }
  - { name: Payroll audit, hook_type: SIEM, url: https://hooks.acme.example/audit, secret: "\${env:CDKTF_HOOK_SECRET}" }
requestable_permissions:
  - app: Payroll
    label: Payroll Admin
    request_config:
      allowed_groups: { type: SPECIFIED_GROUPS, groups: [Finance, { name: Engineering, app: Okta }] }
      request_approval_config: { approvers: { users: [alice@acme.example] }, custom_approval_message: Approve IT only }
appstore_apps:
  - app: Payroll
    request_flow: { discoverability: FULL, approvers: { groups: [Finance] } }
    provisioning: { time_based_access: ["7 days"], default_permission: Payroll Admin }
pre_approval_rules:
  - { app: Payroll, justification: Finance, preapproved_groups: [Finance], preapproved_permissions: [Payroll Admin], preapproval_webhooks: [Payroll check] }
access_policies:
  - name: Payroll for finance
    business_justification: Finance runs payroll
    apps: [{ app: Payroll, permissions: [Payroll Admin] }]
    access_condition: { group: Finance }
user_sources: [Okta, Google Workspace]
sync_schedules:
  - { app: Okta, cron: "30 7 * * *" }
`,
      });
      const env = { CDKTF_GITHUB_TOKEN: "gh-token-value", CDKTF_HOOK_SECRET: "hook-secret-value" };
      for (const [format, dir] of [["cdktf", join(work, "app")], ["tf.json", join(work, "json")]]) {
        const result = await cli(sim, ["export", "--config", join(config, "lumos.config.yaml"), "--url", SIM_URL, "--format", format!, "--out", dir!], { env });
        expect(result.code, result.stderr).toBe(0);
      }
      // The basic example's app too: every kind, and lookups of users, groups, apps and webhooks.
      const basic = await cli(sim, ["export", "--config", BASIC, "--url", SIM_URL, "--format", "cdktf", "--out", join(work, "basic")]);
      expect(basic.code, basic.stderr).toBe(0);
      const entry = join(work, "app", "main.ts");
      const entries = [entry, join(work, "basic", "main.ts")];
      const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, skipLibCheck: true, types: ["node"] };
      const program = ts.createProgram({ rootNames: entries, options });
      const errors = ts.getPreEmitDiagnostics(program).filter((d) => entries.includes(d.file?.fileName ?? "")).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      expect(errors).toEqual([]);
      expect(readFileSync(entries[1]!, "utf8")).toContain("new dataLumosInlineWebhooks.DataLumosInlineWebhooks(this, ");

      const { synthesizeCdktfApp } = await import("../../src/load/terraform/cdktf-synth.ts");
      const synthesized = (await synthesizeCdktfApp(entry)).stacks[0]!.json;
      const exported = readJson(join(work, "json", "main.tf.json"));
      const strip = (value: unknown): unknown =>
        Array.isArray(value) ? value.map(strip) : value && typeof value === "object" ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== "//").map(([k, v]) => [k, strip(v)])) : value;
      const imports = (doc: Json) => ((doc.import as Json[] | undefined) ?? []).map((i) => ({ to: i.to, id: i.id }));
      expect(strip(synthesized.resource)).toEqual(exported.resource);
      expect(strip(synthesized.data)).toEqual(exported.data);
      expect(strip(synthesized.variable)).toEqual(exported.variable);
      expect(imports(synthesized)).toEqual(imports(exported));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it("reads back as a Terraform source that plans no changes against the tenant it came from", async () => {
    for (const [format, file, from] of [["tf.json", "main.tf.json", "config"], ["hcl", "main.tf", "config"], ["hcl", "main.tf", "live"]] as const) {
      const { dir } = await exportTo(format, ["--from", from]);
      writeFileSync(join(dir, "lumos.config.yaml"), `version: 1\nsources: [${file}]\n`);
      // The integration's credentials are a sensitive variable; they are not compared, only required.
      const plan = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"], { env: { TF_VAR_lumapps_auth_scim_token: "scim-token" } });
      expect(plan.code, `${format} from ${from}: ${plan.stdout}${plan.stderr}`).toBe(0);
      expect(plan.stdout).toMatch(/No changes\. The tenant matches the configuration \(\d+ objects checked\)/);
    }
  });

  it("exports examples/terraform (HCL) and examples/cdktf to the same resources, lookups and import blocks as examples/basic (YAML)", { timeout: 60_000 }, async () => {
    const fromYaml = readJson(join((await exportTo("tf.json")).dir, "main.tf.json"));
    // The same blocks; in declaration order, which the examples' files differ in.
    const sorted = (doc: Json) => [...(doc.import as { to: string }[])].sort((x, y) => x.to.localeCompare(y.to));
    for (const example of ["examples/terraform", "examples/cdktf"]) {
      const other = readJson(join((await exportTo("tf.json", [], join(ROOT, example, "lumos.config.yaml"))).dir, "main.tf.json"));
      expect(other.resource, example).toEqual(fromYaml.resource);
      expect(other.data, example).toEqual(fromYaml.data);
      expect(sorted(other), example).toEqual(sorted(fromYaml));
    }
  });

  it("reads back losslessly: every kind's objects come back as declared, HCL and JSON alike", async () => {
    // A tenant that has none of them yet: no import blocks, every object written from its declaration.
    const fresh = new Simulator({ token: TOKEN, validateResponses: true, syncDurationMs: 0 });
    try {
      const declared = loadConfig(BASIC, { ...process.env }).desired.objects;
      expect(new Set(declared.map((o) => o.kind)).size).toBe(8);
      for (const [format, file] of [["hcl", "main.tf"], ["tf.json", "main.tf.json"]] as const) {
        const dir = join(project({}), "out");
        const result = await cli(fresh, ["export", "--config", BASIC, "--url", SIM_URL, "--format", format, "--out", dir]);
        expect(result.code, result.stderr).toBe(0);
        writeFileSync(join(dir, "lumos.config.yaml"), `version: 1\nsources: [${file}]\n`);
        const read = (await loadConfigAsync(join(dir, "lumos.config.yaml"), { ...process.env, TF_VAR_lumapps_auth_scim_token: "x" })).desired.objects;
        expect(read.map((o) => o.address).sort(), format).toEqual(declared.map((o) => o.address).sort());
        const back = new Map(read.map((o) => [o.address, o.spec]));
        for (const object of declared) expect(comparable(back.get(object.address)), `${format}: ${object.address}`).toEqual(comparable(object.spec));
      }
      expect(fresh.getStats().writes).toBe(0);
    } finally {
      expect(fresh.responseViolations).toEqual([]);
      await fresh.close();
    }
  });

  it("refuses a missing or unknown --format, and an --out it cannot write, writing nothing", async () => {
    const base = project({ "a-file": "x" });
    const run = (args: string[]) => cli(sim, ["export", "--config", BASIC, "--url", SIM_URL, ...args]);
    const none = await run(["--out", join(base, "none")]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("export needs --format: one of hcl, tf.json, cdktf");
    const bad = await run(["--format", "yaml", "--out", join(base, "bad")]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--format must be one of hcl, tf.json, cdktf, got "yaml"');
    const from = await run(["--format", "hcl", "--from", "state", "--out", join(base, "from")]);
    expect(from.code).toBe(1);
    expect(from.stderr).toContain("--from must be config or live");
    const file = await run(["--format", "hcl", "--out", join(base, "a-file")]);
    expect(file.code).toBe(1);
    expect(file.stderr).toMatch(/is a file, not a folder/);
    const below = await run(["--format", "hcl", "--out", join(base, "a-file", "sub")]);
    expect(below.code).toBe(1);
    expect(below.stderr).toMatch(/cannot be created: .* is a file/);
    if (existsSync("/proc/self")) {
      const proc = await run(["--format", "tf.json", "--out", "/proc/lumos-export-test"]);
      expect(proc.code).toBe(1);
      expect(proc.stderr).toMatch(/cannot create \/proc\/lumos-export-test: E[A-Z]+; pick another --out folder/);
    }
    for (const name of ["none", "bad", "from"]) expect(existsSync(join(base, name))).toBe(false);
    expect(readdirSync(base)).toEqual(["a-file"]);
    expect(none.stderr + bad.stderr).not.toMatch(/\n\s+at /);

    // An existing main.tf is kept unless --force.
    const out = join(base, "kept");
    expect((await run(["--format", "hcl", "--out", out])).code).toBe(0);
    writeFileSync(join(out, "main.tf"), "# mine\n");
    const again = await run(["--format", "hcl", "--out", out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already has main.tf; pass --force to overwrite");
    expect(readFileSync(join(out, "main.tf"), "utf8")).toBe("# mine\n");
    expect((await run(["--format", "hcl", "--out", out, "--force"])).code).toBe(0);
    expect(readFileSync(join(out, "main.tf"), "utf8")).toContain('resource "lumos_app" "payroll"');
  });

  it("has --help that names the formats, the import blocks and the secrets rule", async () => {
    const help = await cli(sim, ["export", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--format <format>");
    expect(help.stdout).toContain("hcl|tf.json|cdktf");
    expect(help.stdout).toContain("--from <source>");
    expect(help.stdout).toContain("import block");
    expect(help.stdout).toContain("sensitive variables");
  });
});
