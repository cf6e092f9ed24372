import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { against, cli, project, type CliResult } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";

/**
 * Canaries planted in every way a value can enter: ${env:} and ${file:} in ordinary fields and
 * in secret fields, and the API token. None may appear in any byte the CLI prints or writes.
 */
const CANARY = {
  token: "canary-token-4c1f0e9a7b2d",
  description: "canary-description-8e2b6d0f13",
  instructions: "canary-instructions-5a7c9e1b3d",
  githubToken: "canary-github-pat-2f4e6a8c0b",
  webhookSecret: "canary-webhook-secret-9d1b3f5a",
  category: "canary-category-6b8d0f2a4c",
  enumValue: "canary-enum-value-3e5a7c9b1d",
};
const SHOWN = "Team Shown In Plans";

const ENV = {
  LUMOS_API_TOKEN: CANARY.token,
  LEAK_DESCRIPTION: CANARY.description,
  LEAK_GITHUB_TOKEN: CANARY.githubToken,
  LEAK_WEBHOOK_SECRET: CANARY.webhookSecret,
  LEAK_CATEGORY: CANARY.category,
  LEAK_ENUM: CANARY.enumValue,
  TEAM_NAME: SHOWN,
};

const CONFIG = `version: 1
non_sensitive: [env:TEAM_NAME]
sources: [defs/*.yaml]
`;

const DEFINITIONS = `apps:
  - name: Payroll
    category: Other
    description: \${env:LEAK_DESCRIPTION}
    request_instructions: \${file:texts/instructions.md}
  - name: Team Tool
    category: Other
    description: \${env:TEAM_NAME}
  - app_class_id: github.com
    name: GitHub
    auth: { access_token: "\${env:LEAK_GITHUB_TOKEN}" }
    settings: { organization: acme }
inline_webhooks:
  - name: Payroll audit
    hook_type: SIEM
    url: https://hooks.acme.example/payroll
    secret: \${env:LEAK_WEBHOOK_SECRET}
`;

function leakProject(definitions = DEFINITIONS): string {
  return project({
    "lumos.config.yaml": CONFIG,
    "defs/all.yaml": definitions,
    "defs/texts/instructions.md": `${CANARY.instructions}\n`,
  });
}

function everyFile(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), "utf8"))
    .join("\n");
}

function expectNoCanary(label: string, text: string, names: (keyof typeof CANARY)[] = Object.keys(CANARY) as (keyof typeof CANARY)[]): void {
  for (const name of names) expect(text, `${label} shows the ${name} canary`).not.toContain(CANARY[name]);
}

describe("no secret or sensitive value leaks", () => {
  it("in any output or file of validate, plan, apply, drift and import, failures included", async () => {
    const { sim } = startSimulator({ token: CANARY.token });
    const dir = leakProject();
    const outputs: [string, CliResult][] = [];
    const run = async (label: string, args: string[], env: Record<string, string> = {}) => {
      const result = await cli(sim, args, { env: { ...ENV, ...env } });
      outputs.push([label, result]);
      return result;
    };
    const config = ["--config", join(dir, "lumos.config.yaml")];
    const planFile = join(dir, "plan.json");

    expect((await run("validate", ["validate", ...config])).code).toBe(0);
    const text = await run("plan", ["plan", ...against(dir)], { GITHUB_ACTIONS: "true" });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain("(sensitive: env:LEAK_DESCRIPTION)");
    expect(text.stdout).toContain("(sensitive: file:defs/texts/instructions.md)");
    expect(text.stdout).toContain(JSON.stringify(SHOWN));
    for (const format of ["json", "markdown"]) expect((await run(`plan ${format}`, ["plan", ...against(dir), "--format", format])).code).toBe(0);
    expect((await run("plan --out", ["plan", ...against(dir), "--out", planFile])).code).toBe(0);
    const saved = readFileSync(planFile, "utf8");
    expect(saved).toContain("${env:LEAK_DESCRIPTION}");
    expect(saved).toContain("${file:defs/texts/instructions.md}");

    const applied = await run("apply", ["apply", planFile, ...against(dir).slice(0, 2), "--url", against(dir)[3]!]);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    // The values reached the tenant though they were never printed or saved.
    const app = (await sim.fetch(new Request("http://sim/apps?name_search=Payroll", { headers: { authorization: `Bearer ${CANARY.token}` } })).then((r) => r.json())) as {
      items: { description: string; request_instructions: string }[];
    };
    expect(app.items[0]).toMatchObject({ description: CANARY.description, request_instructions: CANARY.instructions });

    const again = await run("re-plan", ["plan", ...against(dir), "--detailed-exitcode"]);
    expect(again.code, again.stdout).toBe(0);
    expect((await run("drift", ["drift", ...against(dir), "--format", "markdown"])).code).toBe(0);
    expect((await run("rotate", ["plan", ...against(dir), "--rotate-credentials", "--format", "json"])).code).toBe(0);

    const out = mkdtempSync(join(tmpdir(), "lumos-leak-import-"));
    expect((await run("import", ["import", "--url", against(dir)[3]!, "--out", out])).code).toBe(0);

    // Failing variants: a validation error about a sensitive value, and a server error echoing one.
    const badEnum = leakProject(`${DEFINITIONS}requestable_permissions:\n  - app: Payroll\n    label: Admin\n    request_config: { appstore_visibility: "\${env:LEAK_ENUM}" }\n`);
    for (const format of ["text", "json"]) {
      const refused = await run(`bad enum ${format}`, ["plan", ...against(badEnum), "--format", format], { GITHUB_ACTIONS: "true" });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("got (sensitive: env:LEAK_ENUM)");
    }
    expect((await run("bad enum validate", ["validate", "--config", join(badEnum, "lumos.config.yaml")], { GITHUB_ACTIONS: "true" })).code).toBe(1);
    const echoed = leakProject("apps:\n  - name: Echo\n    description: Echo\n    category: ${env:LEAK_CATEGORY}\n");
    const rejected = await run("server error", ["apply", ...against(echoed), "--auto-approve"]);
    expect(rejected.code).toBe(1);
    // The server's 422 names the category it got; that echo is masked too (or, where the
    // category is checked offline, the message names the reference instead).
    expect(rejected.stdout + rejected.stderr).toMatch(/"\(sensitive\)"|got \(sensitive: env:LEAK_CATEGORY\)/);

    for (const [label, result] of outputs) expectNoCanary(label, `${result.stdout}\n${result.stderr}`);
    expectNoCanary("the saved plan", saved);
    // Import writes what the tenant holds: an ordinary field applied earlier is tenant data by
    // then, but credentials (write-only) and the token must never be in the files.
    expectNoCanary("the imported files", everyFile(out), ["token", "githubToken", "webhookSecret"]);
    expect(existsSync(join(out, "lumos.config.yaml"))).toBe(true);
  });

  it("in import: tenant text holding the token is written masked, and the warning says where", async () => {
    const { sim } = startSimulator({ token: CANARY.token });
    const dir = project({ "lumos.config.yaml": "apps: []\n" });
    // Put in the tenant by hand (the configuration itself may not hold the token as text).
    const created = await sim.fetch(
      new Request("http://sim/apps", {
        method: "POST",
        headers: { authorization: `Bearer ${CANARY.token}`, "content-type": "application/json" },
        body: JSON.stringify({ name: "Pasted", category: "Other", description: `call with ${CANARY.token} please` }),
      }),
    );
    expect(created.status, await created.clone().text()).toBeLessThan(300);
    const out = mkdtempSync(join(tmpdir(), "lumos-leak-import-"));
    const result = await cli(sim, ["import", "--url", against(dir)[3]!, "--out", out], { env: ENV });
    expect(result.code, result.stderr).toBe(0);
    expectNoCanary("import", `${result.stdout}\n${result.stderr}\n${everyFile(out)}`, ["token"]);
    const apps = readFileSync(join(out, "apps.yaml"), "utf8");
    const line = apps.split("\n").findIndex((l) => l.includes("call with (sensitive) please"));
    expect(line, apps).toBeGreaterThanOrEqual(0);
    const col = apps.split("\n")[line]!.indexOf("(sensitive)") + 1;
    expect(result.stderr).toContain(`warning: ${join(out, "apps.yaml")}:${line + 1}:${col}: written as (sensitive): the text here holds a secret this run read`);
  });
});
