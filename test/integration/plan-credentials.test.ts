import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { against, cli, project } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";

describe("credentials in plans", () => {
  const GITHUB = (auth: string) =>
    ["apps:", "  - app_class_id: github.com", `    auth: { ${auth} }`, "    settings: { organization: acme }", "inline_webhooks:", "  - { name: Audit, hook_type: SIEM, url: 'https://siem.example', secret: '${env:HOOK_SECRET}' }", ""].join("\n");

  it("show what a connect and a webhook create send, secrets as (sensitive)", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": GITHUB("access_token: '${env:GH_TOKEN}'") });
    const env = { GH_TOKEN: "ghp_CANARY_1", HOOK_SECRET: "whsec_CANARY_2" };
    const text = await cli(sim, ["plan", ...against(dir)], { env });
    expect(text.code, text.stderr).toBe(0);
    const block = (address: string) => text.stdout.split("\n\n").find((b) => b.trim().startsWith(`+ ${address}`)) ?? "";
    expect(block("app.github.com")).toContain('      app_class_id: "github.com"\n');
    expect(block("app.github.com")).toContain('      settings:\n        organization: "acme"');
    expect(block("app.github.com")).toContain("      auth: (sensitive)");
    expect(block("inline_webhook.Audit")).toContain("      secret: (sensitive)");
    const json = JSON.parse((await cli(sim, ["plan", ...against(dir), "--format", "json"], { env })).stdout);
    const app = json.changes.find((c: { address: string }) => c.address === "app.github.com");
    expect(app.diff).toEqual(
      expect.arrayContaining([{ path: "app_class_id", after: "github.com" }, { path: "settings.organization", after: "acme" }, { path: "auth", after: "(sensitive)" }]),
    );
    const markdown = await cli(sim, ["plan", ...against(dir), "--format", "markdown"], { env });
    expect(markdown.stdout).toContain("    auth: (sensitive)");
    for (const out of [text.stdout, JSON.stringify(json), markdown.stdout]) {
      expect(out).not.toContain("ghp_CANARY_1");
      expect(out).not.toContain("whsec_CANARY_2");
    }
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"], { env })).code).toBe(0);
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"], { env })).code).toBe(0);
  });

  it("rotate a webhook secret with --rotate-credentials", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": GITHUB("access_token: '${env:GH_TOKEN}'") });
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"], { env: { GH_TOKEN: "t1", HOOK_SECRET: "old" } })).code).toBe(0);
    const env = { GH_TOKEN: "t1", HOOK_SECRET: "new-secret" };
    const rotate = await cli(sim, ["apply", ...against(dir), "--auto-approve", "--rotate-credentials", "inline_webhook.Audit"], { env });
    expect(rotate.code, rotate.stderr).toBe(0);
    expect(rotate.stdout).toContain("~ inline_webhook.Audit   # secret rotated: sent again from the configuration");
    expect(rotate.stdout).toContain("secret: (sensitive) → (sensitive)");
    expect(rotate.stdout).not.toContain("app.github.com");
    expect(rotate.stdout).not.toContain("new-secret");
    expect(sim.tenant.webhooks.all().find((w) => w.name === "Audit")?.secret).toBe("new-secret");
    const all = await cli(sim, ["plan", ...against(dir), "--rotate-credentials", "--format", "json"], { env });
    const addresses = JSON.parse(all.stdout).changes.map((c: { address: string }) => c.address);
    expect(addresses.sort()).toEqual(["app.github.com", "inline_webhook.Audit"]);
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"], { env })).code).toBe(0);
  });

  it("check rotated auth against the connection schema at plan time", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": GITHUB("access_token: '${env:GH_TOKEN}'") });
    const env = { GH_TOKEN: "t1", HOOK_SECRET: "s" };
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"], { env })).code).toBe(0);
    writeFileSync(join(dir, "lumos.config.yaml"), GITHUB("token: '${env:GH_TOKEN}'"));
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"], { env })).code).toBe(0);
    sim.resetStats();
    const rotate = await cli(sim, ["apply", ...against(dir), "--auto-approve", "--rotate-credentials"], { env });
    expect(rotate.code).toBe(1);
    expect(rotate.stderr).toMatch(/lumos\.config\.yaml:3:\d+: github\.com needs auth\.access_token/);
    expect(rotate.stderr).not.toMatch(/\n\s+at /);
    expect(sim.getStats().writes).toBe(0);
    writeFileSync(join(dir, "lumos.config.yaml"), GITHUB("access_token: '${env:GH_TOKEN}'"));
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"], { env })).code).toBe(0);
  });
});
