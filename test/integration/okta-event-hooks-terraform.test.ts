import { describe, expect, it } from "vitest";
import { LUMOS_EVENTS_URL } from "../../src/kinds/okta-event-hook.ts";
import { against, cli, project } from "../helpers/cli.ts";
import { startSimulator, TOKEN } from "../helpers/simulator.ts";

const OKTA_TOKEN = "okta-ssws-terraform-5b1e";
const ORG_URL = "http://127.0.0.1:1/okta";
const ENV = { OKTA_API_TOKEN: OKTA_TOKEN, TF_VAR_lumos_events_token: TOKEN };

const CONFIG = `version: 1
environments:
  local:
    url: http://127.0.0.1:1
    okta: { org_url: ${ORG_URL}, token: "\${env:OKTA_API_TOKEN}" }
prune: { okta_event_hooks: true }
sources: ["*.tf"]
`;

/** Written as the okta/okta provider's documentation writes an event hook and its verification. */
const HOOK_TF = `terraform {
  required_providers {
    okta = { source = "okta/okta" }
  }
}

provider "okta" {
  org_name = "acme"
  base_url = "okta.com"
}

variable "lumos_events_token" {
  type      = string
  sensitive = true
}

resource "okta_event_hook" "lumos" {
  name   = "Lumos live group updates"
  events = [
    "group.user_membership.add",
    "group.user_membership.remove",
  ]
  channel = {
    type    = "HTTP"
    version = "1.0.0"
    uri     = "${LUMOS_EVENTS_URL}"
  }
  auth = {
    type  = "HEADER"
    key   = "Authorization"
    value = "Bearer \${var.lumos_events_token}"
  }
}

resource "okta_event_hook_verification" "lumos" {
  event_hook_id = okta_event_hook.lumos.id
}
`;

describe("okta_event_hook from a Terraform file", () => {
  it("plans, applies (created, verified, the two events) and re-plans empty; the token is never printed", async () => {
    const { sim } = startSimulator({ oktaToken: OKTA_TOKEN });
    const dir = project({ "lumos.config.yaml": CONFIG, "okta.tf": HOOK_TF });

    const plan = await cli(sim, ["plan", ...against(dir)], { env: ENV });
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain("okta_event_hook.Lumos live group updates");
    expect(sim.okta.hooks.size).toBe(0);

    const apply = await cli(sim, ["apply", "--auto-approve", ...against(dir)], { env: ENV });
    expect(apply.code, apply.stderr).toBe(0);
    const hooks = sim.okta.hooks.all();
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ status: "ACTIVE", verificationStatus: "VERIFIED", uri: LUMOS_EVENTS_URL });
    expect([...hooks[0]!.events].sort()).toEqual(["group.user_membership.add", "group.user_membership.remove"]);
    for (const output of [plan.stdout, plan.stderr, apply.stdout, apply.stderr]) {
      expect(output).not.toContain(TOKEN);
      expect(output).not.toContain(OKTA_TOKEN);
    }

    const replan = await cli(sim, ["plan", "--detailed-exitcode", ...against(dir)], { env: ENV });
    expect(replan.code, replan.stdout).toBe(0);
  });
});
