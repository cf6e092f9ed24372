import { describe, expect, it } from "vitest";
import { against, cli, project } from "../helpers/cli.ts";
import { startSimulator, TOKEN } from "../helpers/simulator.ts";

const OKTA_TOKEN = "okta-ssws-together-41d2";
const WEBHOOK_SECRET = "whsec-together-9c8e";
const ENV = { OKTA_API_TOKEN: OKTA_TOKEN, LUMOS_EVENTS_TOKEN: TOKEN, WEBHOOK_SECRET };

const CONFIG = `version: 1
environments:
  local:
    url: http://127.0.0.1:1
    okta: { org_url: http://127.0.0.1:1/okta, token: "\${env:OKTA_API_TOKEN}" }
prune: { okta_event_hooks: true, sync_schedules: true }
sources: [defs/*.yaml]
`;

const DEFINITIONS = `user_sources: [Google Workspace, Okta]
sync_schedules:
  - { app: Okta, preset: idp-nightly }
  - { app: Google Workspace, cron: "0 */6 * * *", timezone: Europe/Berlin }
inline_webhooks:
  - name: Payroll audit
    hook_type: SIEM
    url: https://hooks.acme.example/payroll
    secret: \${env:WEBHOOK_SECRET}
okta_event_hooks:
  - name: Lumos live group updates
    token: \${env:LUMOS_EVENTS_TOKEN}
`;

describe("sync schedules, user sources, inline webhooks and an Okta event hook in one configuration", () => {
  it("plans, applies, and re-plans empty; no secret is printed", async () => {
    const { sim } = startSimulator({ oktaToken: OKTA_TOKEN });
    const dir = project({ "lumos.config.yaml": CONFIG, "defs/all.yaml": DEFINITIONS });

    const plan = await cli(sim, ["plan", ...against(dir)], { env: ENV });
    expect(plan.code, plan.stderr).toBe(0);
    for (const address of ["user_sources", "sync_schedule.Okta", "sync_schedule.Google Workspace", "inline_webhook.Payroll audit", "okta_event_hook.Lumos live group updates"]) {
      expect(plan.stdout).toContain(address);
    }

    const apply = await cli(sim, ["apply", "--auto-approve", ...against(dir)], { env: ENV });
    expect(apply.code, apply.stderr).toBe(0);
    expect(sim.okta.hooks.size).toBe(1);
    for (const output of [plan.stdout, plan.stderr, apply.stdout, apply.stderr]) {
      for (const secret of [OKTA_TOKEN, WEBHOOK_SECRET, TOKEN]) expect(output).not.toContain(secret);
    }

    const replan = await cli(sim, ["plan", "--detailed-exitcode", ...against(dir)], { env: ENV });
    expect(replan.code, replan.stdout).toBe(0);
    expect(replan.stdout).toMatch(/No changes/);
  });
});
