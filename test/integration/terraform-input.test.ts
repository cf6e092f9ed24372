/**
 * Terraform files for the official provider (teamlumos/lumos) as a source: examples/terraform
 * describes the same company as examples/basic, and must plan the same against the same
 * tenant, apply, and re-plan empty; variables come from defaults, terraform.tfvars, --var-file,
 * --var and TF_VAR_*; no terraform binary is ever run.
 */
import { chmodSync, cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { ConfigValidationError } from "../../src/errors.ts";
import { loadConfigAsync } from "../../src/load/load-config.ts";
import { against, cli, project, SIM_URL } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const EXAMPLE = join(ROOT, "examples/terraform");
const DOCS_STYLE = join(ROOT, "test/fixtures/terraform/docs-style");
const CDKTF = join(ROOT, "examples/cdktf");

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of a project folder, so runs never write beside the committed files. */
function copyOf(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), "lumos-tf-"));
  temporary.push(copy);
  cpSync(dir, copy, { recursive: true, filter: (src) => !src.includes(".lumos") });
  return copy;
}

interface JsonPlan {
  summary: Record<string, number>;
  changes: { address: string; action: string; diff?: unknown[] }[];
}

function changesOf(stdout: string): JsonPlan["changes"] {
  const plan = JSON.parse(stdout) as JsonPlan;
  // Explicit override flags (HCL) and inferred ones (YAML) are the same change, listed in another order.
  const byPath = (d: unknown) => JSON.stringify((d as { path: string }).path);
  return [...plan.changes]
    .sort((a, b) => a.address.localeCompare(b.address))
    .map((change) => ({ ...change, diff: [...(change.diff ?? [])].sort((a, b) => byPath(a).localeCompare(byPath(b))) }));
}

describe("examples/terraform", () => {
  it("plans the same changes as examples/basic against the same tenant", async () => {
    const { sim } = startSimulator();
    const basic = await cli(sim, ["plan", "--format", "json", ...against(ROOT)]);
    expect(basic.code, basic.stderr).toBe(0);
    const terraform = await cli(sim, ["plan", "--format", "json", ...against(copyOf(EXAMPLE))]);
    expect(terraform.code, terraform.stderr).toBe(0);
    const fromYaml = changesOf(basic.stdout);
    expect(fromYaml.length).toBeGreaterThan(20);
    expect(changesOf(terraform.stdout)).toEqual(fromYaml);
    expect(sim.getStats().writes).toBe(0);
  });

  it("applies through its own lumos.config.yaml, and the re-plan is empty", async () => {
    const { sim } = startSimulator();
    const dir = copyOf(EXAMPLE);
    const applied = await cli(sim, ["apply", "--auto-approve", ...against(dir)]);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toMatch(/Apply complete: \d+ changes applied/);
    expect(sim.getStats().writes).toBeGreaterThan(20);
    const replan = await cli(sim, ["plan", "--detailed-exitcode", ...against(dir)]);
    expect(replan.stdout).toContain("No changes");
    expect(replan.code).toBe(0);
  });

  it("never runs a terraform binary, even one first on PATH", async () => {
    const { sim } = startSimulator();
    const bin = mkdtempSync(join(tmpdir(), "lumos-fake-terraform-"));
    temporary.push(bin);
    const marker = join(bin, "called");
    writeFileSync(join(bin, "terraform"), `#!/bin/sh\necho "$@" > "${marker}"\nexit 1\n`);
    chmodSync(join(bin, "terraform"), 0o755);
    const dir = copyOf(EXAMPLE);
    const env = { PATH: `${bin}${delimiter}${process.env.PATH ?? ""}` };
    const validated = await cli(sim, ["validate", "--config", join(dir, "lumos.config.yaml")], { env });
    expect(validated.code, validated.stderr).toBe(0);
    const applied = await cli(sim, ["apply", "--auto-approve", ...against(dir)], { env });
    expect(applied.code, applied.stderr).toBe(0);
    const replan = await cli(sim, ["plan", "--detailed-exitcode", ...against(dir)], { env });
    expect(replan.code).toBe(0);
    expect(existsSync(marker)).toBe(false);
  });
});

describe("examples/cdktf, synthesized in-process", () => {
  it("plans the same changes as examples/basic and examples/terraform, applies, and re-plans empty", { timeout: 60_000 }, async () => {
    const { sim } = startSimulator();
    const basic = await cli(sim, ["plan", "--format", "json", ...against(ROOT)]);
    expect(basic.code, basic.stderr).toBe(0);
    // A copy of the app inside the project folder (its secret must be inside it), resolving cdktf from the repository.
    const dir = project({ "lumos.config.yaml": "version: 1\n" });
    cpSync(CDKTF, join(dir, "app"), { recursive: true, filter: (src) => !src.includes(".lumos") && !src.includes("cdktf.out") });
    symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
    const cdktf = await cli(sim, ["plan", "--format", "json", "--config", join(dir, "app", "lumos.config.yaml"), "--url", SIM_URL]);
    expect(cdktf.code, cdktf.stderr).toBe(0);
    expect(changesOf(cdktf.stdout)).toEqual(changesOf(basic.stdout));
    expect(sim.getStats().writes).toBe(0);

    // --cdktf names the app besides the sources of another project file.
    const applied = await cli(sim, ["apply", "--auto-approve", ...against(dir), "--cdktf", join(dir, "app", "main.ts")]);
    expect(applied.code, applied.stderr).toBe(0);
    const replan = await cli(sim, ["plan", "--detailed-exitcode", ...against(dir), "--cdktf", join(dir, "app", "main.ts")]);
    expect(replan.stdout).toContain("No changes");
    expect(replan.code).toBe(0);
  });
});

describe("a .tf file written from the provider's documentation", () => {
  it("plans, applies unchanged, and re-plans empty", async () => {
    const { sim } = startSimulator();
    const dir = copyOf(DOCS_STYLE);
    const plan = await cli(sim, ["plan", ...against(dir)]);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain("+ app.Team Wiki");
    expect(plan.stdout).toContain("+ requestable_permission.Team Wiki/Editor");
    const applied = await cli(sim, ["apply", "--auto-approve", ...against(dir)]);
    expect(applied.code, applied.stderr).toBe(0);
    const replan = await cli(sim, ["plan", "--detailed-exitcode", ...against(dir)]);
    expect(replan.stdout).toContain("No changes");
    expect(replan.code).toBe(0);
  });
});

describe("Terraform variables", () => {
  const files = {
    "lumos.config.yaml": "version: 1\nsources: ['*.tf']\n",
    "main.tf": [
      'variable "category" {',
      "  type    = string",
      '  default = "Other"',
      "}",
      'variable "suffix" { default = "default" }',
      'variable "from_env" { default = "default" }',
      'variable "count_of" { type = number }',
      'variable "token" {',
      "  type      = string",
      "  sensitive = true",
      "}",
      'resource "lumos_app" "a" {',
      "  count       = var.count_of",
      '  name        = "App ${count.index} ${var.suffix}"',
      "  category    = var.category",
      "  description = var.from_env",
      "}",
      'resource "lumos_inline_webhook" "hook" {',
      '  name      = "Hook"',
      '  hook_type = "SIEM"',
      '  url       = "https://hooks.example/siem"',
      "  secret    = var.token",
      "}",
      "",
    ].join("\n"),
  };

  it("takes defaults, then TF_VAR_*, terraform.tfvars, --var-file and --var, later winning", async () => {
    const dir = project({ ...files, "terraform.tfvars": 'suffix = "tfvars"\ncount_of = 1\n', "extra.tfvars": 'suffix = "var-file"\n' });
    const env = { TF_VAR_from_env: "from the environment", TF_VAR_suffix: "env", TF_VAR_token: "s3cret-value" };
    const names = async (terraform: { vars?: string[]; varFiles?: string[] }) =>
      (await loadConfigAsync(join(dir, "lumos.config.yaml"), env, { terraform })).desired.objects.filter((o) => o.kind === "app").map((o) => o.spec);
    expect(await names({})).toEqual([{ name: "App 0 tfvars", category: "Other", description: "from the environment" }]);
    expect((await names({ varFiles: [join(dir, "extra.tfvars")] }))[0]!.name).toBe("App 0 var-file");
    const flagged = await names({ varFiles: [join(dir, "extra.tfvars")], vars: ["suffix=flag", "count_of=2", "category=Internal"] });
    expect(flagged.map((s) => s.name)).toEqual(["App 0 flag", "App 1 flag"]);
    expect(flagged[0]!.category).toBe("Internal");
  });

  it("converts a variables file's values to the declared types, and refuses one of the wrong type where the file gives it", async () => {
    const dir = project({ ...files, "terraform.tfvars": 'suffix = 7\ncount_of = "2"\n', "bad.tfvars": 'count_of = ["2"]\n' });
    const env = { TF_VAR_token: "x" };
    const loaded = await loadConfigAsync(join(dir, "lumos.config.yaml"), env);
    expect(loaded.desired.objects.filter((o) => o.kind === "app").map((o) => o.spec.name)).toEqual(["App 0 7", "App 1 7"]);
    const refused = await loadConfigAsync(join(dir, "lumos.config.yaml"), env, { terraform: { varFiles: [join(dir, "bad.tfvars")] } }).then(
      () => undefined,
      (error: unknown) => error as ConfigValidationError,
    );
    expect(refused?.problems.map((p) => `${p.loc.file.split("/").pop()}:${p.loc.line}:${p.loc.col}: ${p.message}`)).toEqual([
      "bad.tfvars:1:12: variable count_of is a number; got a list",
      "main.tf:13:17: variable count_of has no usable value",
    ]);
  });

  it("reads a .tfvars file named in sources before --var-file ones", async () => {
    const dir = project({ ...files, "lumos.config.yaml": "version: 1\nsources: ['*.tf', 'values/acme.tfvars']\n", "values/acme.tfvars": 'suffix = "named"\ncount_of = 1\n' });
    const loaded = await loadConfigAsync(join(dir, "lumos.config.yaml"), { TF_VAR_token: "x" });
    expect(loaded.desired.objects.filter((o) => o.kind === "app").map((o) => o.spec.name)).toEqual(["App 0 named"]);
  });

  it("keeps a sensitive variable without a default a reference to TF_VAR_<name>, read where it is used and never printed", async () => {
    const dir = project({ ...files, "terraform.tfvars": "count_of = 0\n" });
    const loaded = await loadConfigAsync(join(dir, "lumos.config.yaml"), { TF_VAR_token: "s3cret-value" });
    const hook = loaded.desired.objects.find((o) => o.kind === "inline_webhook")!;
    expect(hook.spec.secret).toEqual({ $secret: "${env:TF_VAR_token}" });
    expect(loaded.secrets.get("${env:TF_VAR_token}")).toBe("s3cret-value");
    const { sim } = startSimulator();
    const plan = await cli(sim, ["plan", ...against(dir)], { env: { TF_VAR_token: "s3cret-value" } });
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).not.toContain("s3cret-value");
  });

  it("reads text that says ${…} as itself, as Terraform does: only its own sensitive variables and file() become references", async () => {
    const dir = project({
      ...files,
      "terraform.tfvars": "count_of = 1\n",
      // HCL's $${ is a literal ${; a variable's value is never interpolated again.
      "main.tf": files["main.tf"]!.replace("  description = var.from_env", () => '  description = "Owned by $${env:DEPLOY_KEY}, ${var.from_env}"'),
    });
    const env = { TF_VAR_from_env: "see $${file:lumos.config.yaml} and ${env:HOME}", TF_VAR_token: "s3cret-value", DEPLOY_KEY: "k3y" };
    const loaded = await loadConfigAsync(join(dir, "lumos.config.yaml"), env);
    const app = loaded.desired.objects.find((o) => o.kind === "app")!;
    expect(app.spec.description).toBe("Owned by ${env:DEPLOY_KEY}, see $${file:lumos.config.yaml} and ${env:HOME}");
    expect(loaded.desired.objects.find((o) => o.kind === "inline_webhook")!.spec.secret).toEqual({ $secret: "${env:TF_VAR_token}" });
    const { sim } = startSimulator();
    const applied = await cli(sim, ["apply", ...against(dir), "--auto-approve"], { env });
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(sim.tenant.apps.all().find((a) => a.name === "App 0 default")?.description).toBe(app.spec.description);
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"], { env })).code).toBe(0);
  });

  it("refuses a sensitive value a function changed: replace() cannot turn file() or a sensitive variable into another reference", async () => {
    for (const description of ['replace(file("lumos.config.yaml"), "file:lumos.config.yaml", "env:LUMOS_API_TOKEN")', 'replace(var.token, "TF_VAR_token", "HOME")', "upper(var.token)"]) {
      const dir = project({ ...files, "terraform.tfvars": "count_of = 1\n", "main.tf": files["main.tf"]!.replace("  description = var.from_env", () => `  description = ${description}`) });
      const refused = await loadConfigAsync(join(dir, "lumos.config.yaml"), { TF_VAR_token: "s3cret-value", LUMOS_API_TOKEN: "t0ken" }).then(
        () => undefined,
        (error: unknown) => error as ConfigValidationError,
      );
      expect(refused?.problems.map((p) => p.message), description).toEqual([expect.stringContaining("a sensitive value (a sensitive variable, or file()) was changed by a function")]);
    }
  });

  it("never repeats a variable's value in its problems (it may be a secret)", async () => {
    const main = 'variable "ns" {\n  type      = number\n  sensitive = true\n  default   = 1\n}\nresource "lumos_app" "a" {\n  name        = "A"\n  category    = "Other"\n  description = "x"\n}\n';
    for (const [tfvars, vars] of [['ns = "SECRETRR"\n', []], ["ns = SECRETGG\n", []], ["", ["ns=SECRETQQ"]]] as [string, string[]][]) {
      const dir = project({ "lumos.config.yaml": "version: 1\nsources: ['*.tf']\n", "main.tf": main, ...(tfvars ? { "terraform.tfvars": tfvars } : {}) });
      const refused = await loadConfigAsync(join(dir, "lumos.config.yaml"), {}, { terraform: { vars } }).then(
        () => undefined,
        (error: unknown) => error as ConfigValidationError,
      );
      expect(refused?.problems.length, tfvars + vars.join()).toBeGreaterThan(0);
      for (const problem of refused!.problems) expect(problem.message).not.toMatch(/SECRET/);
    }
  });

  it("reports a variable with no value, and a -var (Terraform's spelling of --var) of an undeclared one, with their places", async () => {
    const { sim } = startSimulator();
    const dir = project(files);
    const result = await cli(sim, ["plan", ...against(dir), "-var", "nope=1"], { env: { TF_VAR_token: "x" } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/main\.tf:13:17: variable count_of has no value; give it one with --var count_of=…/);
    expect(result.stderr).toContain('--var nope: no variable "nope" is declared in the Terraform files');
    expect(sim.getStats().writes).toBe(0);
  });
});

describe("problems in Terraform sources", () => {
  const problems = async (files: Record<string, string>): Promise<string[]> => {
    const dir = project(files);
    try {
      await loadConfigAsync(join(dir, "lumos.config.yaml"), {});
    } catch (error) {
      return (error as ConfigValidationError).problems.map((p) => `${p.loc.file.split("/").pop()}:${p.loc.line}:${p.loc.col}: ${p.message}`);
    }
    throw new Error("expected the configuration to be refused");
  };

  it("locates invalid JSON, and a resource that needs itself", async () => {
    expect(await problems({ "lumos.config.yaml": "version: 1\nsources: [x.tf.json]\n", "x.tf.json": '{\n  "resource": { "lumos_app": { "a": { "name": "A", } } }\n}\n' })).toEqual([
      "x.tf.json:2:52: not valid JSON: Expected double-quoted property name",
    ]);
    // JSON.parse names no position for an unexpected token: it is found all the same.
    expect(
      await problems({
        "lumos.config.yaml": "version: 1\nsources: [y.tf.json]\n",
        "y.tf.json": '{\n  "locals": {\n    "tags": ["a", "b",]\n  }\n}\n',
      }),
    ).toEqual(["y.tf.json:3:23: not valid JSON: Unexpected token ']'"]);
    expect(
      await problems({
        "lumos.config.yaml": "version: 1\nsources: ['*.tf']\n",
        "main.tf": 'resource "lumos_app" "a" {\n  name     = "A ${lumos_app.a.category}"\n  category = lumos_app.a.name\n}\n',
      }),
    ).toEqual(["main.tf:3:14: lumos_app.a.name refers to itself"]);
  });

  it("names the attribute the provider does not have, and the computed one", async () => {
    expect(
      await problems({
        "lumos.config.yaml": "version: 1\nsources: ['*.tf']\n",
        "main.tf": 'resource "lumos_app" "a" {\n  name     = "A"\n  categry  = "Other"\n  sync_status = "x"\n}\n',
      }),
    ).toEqual(['main.tf:3:3: lumos_app has no attribute "categry" (did you mean category?)']);
  });
});

describe("import blocks", () => {
  it("pin the object they import to its ID, as id: does in YAML", async () => {
    const dir = project({
      "lumos.config.yaml": "version: 1\nsources: ['*.tf']\n",
      "main.tf": [
        'variable "payroll_id" { default = "6c1f3d9e-0000-4000-8000-000000000001" }',
        "import {",
        "  to = lumos_app.payroll",
        "  id = var.payroll_id",
        "}",
        'resource "lumos_app" "payroll" {',
        '  name     = "Payroll"',
        '  category = "Other"',
        "}",
        "",
      ].join("\n"),
    });
    const loaded = await loadConfigAsync(join(dir, "lumos.config.yaml"), {});
    expect(loaded.desired.objects.map((o) => [o.address, o.id, o.spec.id])).toEqual([
      ["app.Payroll", "6c1f3d9e-0000-4000-8000-000000000001", "6c1f3d9e-0000-4000-8000-000000000001"],
    ]);
  });
});

describe("CDKTF output (cdk.tf.json) as a source", () => {
  it("turns resource references and data-source lookups into names", async () => {
    const synthesized = {
      "//": { metadata: { stackName: "acme", version: "0.21.0" } },
      terraform: { required_providers: { lumos: { source: "teamlumos/lumos", version: "~> 0.10" } } },
      provider: { lumos: [{ server_url: "https://api.lumos.com" }] },
      data: { lumos_users: { lead: { "//": { metadata: { path: "acme/lead" } }, search_term: "alice@acme.example" } } },
      variable: { roles: { type: "list(string)", default: ["Viewer", "Editor"] } },
      resource: {
        lumos_app: { wiki: { "//": { metadata: { path: "acme/wiki" } }, name: "Wiki", category: "Other" } },
        lumos_requestable_permission: {
          role: {
            "//": { metadata: { path: "acme/role" } },
            for_each: "${toset(var.roles)}",
            app_id: "${lumos_app.wiki.id}",
            label: "${each.value}",
            request_config: {
              appstore_visibility: "VISIBLE",
              request_approval_config: {
                request_approval_config_override: true,
                approvers: { users: [{ id: "${data.lumos_users.lead.items[0].id}" }] },
              },
            },
          },
        },
      },
    };
    const dir = project({ "lumos.config.yaml": "version: 1\nsources: [cdktf.out/stacks/acme/cdk.tf.json]\n", "cdktf.out/stacks/acme/cdk.tf.json": JSON.stringify(synthesized, null, 2) });
    const loaded = await loadConfigAsync(join(dir, "lumos.config.yaml"), {});
    expect(loaded.desired.objects.map((o) => [o.address, o.spec])).toEqual([
      ["app.Wiki", { name: "Wiki", category: "Other" }],
      ...["Viewer", "Editor"].map((label) => [
        `requestable_permission.Wiki/${label}`,
        { app: "Wiki", label, request_config: { appstore_visibility: "VISIBLE", request_approval_config: { request_approval_config_override: true, approvers: { users: ["alice@acme.example"] } } } },
      ]),
    ]);
  });
});
