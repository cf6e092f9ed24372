import { cpSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LUMOS_GROUP_EVENTS, LUMOS_EVENTS_URL } from "../../src/kinds/okta-event-hook.ts";
import { applyPlan } from "../../src/apply/apply-plan.ts";
import { loadConfig } from "../../src/load/load-config.ts";
import { OktaClient } from "../../src/remote/okta-client.ts";
import { listEventHooks } from "../../src/remote/okta-adapter.ts";
import { openTarget, planAgainst, secretReader } from "../../src/session.ts";
import type { Simulator } from "../../src/simulator/server.ts";
import { against, cli, project, writeFiles } from "../helpers/cli.ts";
import { failure, startSimulator, TOKEN } from "../helpers/simulator.ts";

const OKTA_TOKEN = "okta-ssws-canary-7f3a9c1e5b";
const ORG_URL = "http://127.0.0.1:1/okta";
const ENV = { OKTA_API_TOKEN: OKTA_TOKEN, LUMOS_EVENTS_TOKEN: TOKEN };

const CONFIG = `version: 1
environments:
  local:
    url: http://127.0.0.1:1
    okta: { org_url: ${ORG_URL}, token: "\${env:OKTA_API_TOKEN}" }
prune: { okta_event_hooks: true }
sources: [defs/*.yaml]
`;

const HOOK = `okta_event_hooks:
  - name: Lumos live group updates
    token: \${env:LUMOS_EVENTS_TOKEN}
`;

function hookProject(definitions = HOOK): string {
  return project({ "lumos.config.yaml": CONFIG, "defs/okta.yaml": definitions });
}

const oktaSim = () => startSimulator({ oktaToken: OKTA_TOKEN });

const onlyHook = (sim: Simulator) => {
  const hooks = sim.okta.hooks.all();
  expect(hooks).toHaveLength(1);
  return hooks[0]!;
};

/** Calls the simulator's Okta control surface as an Okta admin would change the org. */
async function oktaControl(sim: Simulator, method: string, path: string, body?: unknown): Promise<Response> {
  return sim.fetch(
    new Request(`http://127.0.0.1:1/_simulator/okta${path}`, {
      method,
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
}

async function membersOf(sim: Simulator, group: string): Promise<string[]> {
  const response = await sim.fetch(new Request(`http://127.0.0.1:1/groups/${group}/users?size=100`, { headers: { Authorization: `Bearer ${TOKEN}` } }));
  const page = (await response.json()) as { items: { email: string }[] };
  return page.items.map((u) => u.email);
}

/** Polls (at most ~1 s) until `check` holds; returns whether it did. */
async function within1s(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 20; i++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}

describe("okta_event_hooks against the simulator's Okta side", () => {
  it("plans, applies (created, verified, active, the eight group events), and re-plans empty", async () => {
    const { sim } = oktaSim();
    const dir = hookProject();
    const plan = await cli(sim, ["plan", ...against(dir)], { env: ENV });
    expect(plan.stderr).toBe("");
    expect(plan.stdout).toContain("okta_event_hook.Lumos live group updates");
    expect(plan.stdout).toMatch(/1 to create/);
    expect(sim.okta.hooks.size).toBe(0);

    const apply = await cli(sim, ["apply", "--auto-approve", ...against(dir)], { env: ENV });
    expect(apply.code, apply.stderr).toBe(0);
    const hook = onlyHook(sim);
    expect(hook).toMatchObject({ status: "ACTIVE", verificationStatus: "VERIFIED", uri: LUMOS_EVENTS_URL });
    expect(hook.authScheme).toEqual({ key: "Authorization", value: `Bearer ${TOKEN}` });
    expect([...hook.events].sort()).toEqual([...LUMOS_GROUP_EVENTS].sort());
    expect(sim.okta.calls).toEqual([expect.objectContaining({ kind: "verification", ok: true })]);

    const replan = await cli(sim, ["plan", "--detailed-exitcode", ...against(dir)], { env: ENV });
    expect(replan.code, replan.stdout).toBe(0);
  });

  it("delivers a membership change made in Okta to the Lumos group within a second, with no sync", async () => {
    const { sim } = oktaSim();
    const dir = hookProject();
    expect((await cli(sim, ["apply", "--auto-approve", ...against(dir)], { env: ENV })).code).toBe(0);
    const engineering = (await sim.fetch(new Request("http://127.0.0.1:1/groups?name=Engineering&exact_match=true&size=100", { headers: { Authorization: `Bearer ${TOKEN}` } })).then((r) => r.json())) as { items: { id: string; integration_specific_id: string }[] };
    const lumosGroup = engineering.items.find((g) => g.integration_specific_id === "okta.com:engineering")!;
    expect(await membersOf(sim, lumosGroup.id)).not.toContain("walter@acme.example");

    const added = await oktaControl(sim, "PUT", "/groups/okta.com:engineering/users/walter@acme.example");
    expect(added.status).toBe(200);
    expect(await within1s(async () => (await membersOf(sim, lumosGroup.id)).includes("walter@acme.example"))).toBe(true);

    expect((await oktaControl(sim, "DELETE", "/groups/okta.com:engineering/users/bob@acme.example")).status).toBe(200);
    expect(await within1s(async () => !(await membersOf(sim, lumosGroup.id)).includes("bob@acme.example"))).toBe(true);

    // Someone Okta has but Lumos has not discovered yet is left for the next sync.
    await oktaControl(sim, "PUT", "/groups/okta.com:engineering/users/newhire@acme.example");
    await sim.okta.idle();
    expect(await membersOf(sim, lumosGroup.id)).not.toContain("newhire@acme.example");
    expect(sim.okta.calls.filter((c) => c.kind === "delivery").every((c) => c.ok && c.status === 204)).toBe(true);

    // A new Okta group reaches Lumos too.
    expect((await oktaControl(sim, "POST", "/groups", { name: "Data Science" })).status).toBe(201);
    await sim.okta.idle();
    const created = (await sim.fetch(new Request("http://127.0.0.1:1/groups?name=Data%20Science&exact_match=true", { headers: { Authorization: `Bearer ${TOKEN}` } })).then((r) => r.json())) as { items: unknown[] };
    expect(created.items).toHaveLength(1);

    const replan = await cli(sim, ["plan", "--detailed-exitcode", ...against(dir)], { env: ENV });
    expect(replan.code).toBe(0);
  });

  it("a hook with the wrong Lumos token is refused: verification fails, nothing is delivered", async () => {
    const { sim } = oktaSim();
    const dir = hookProject();
    const apply = await cli(sim, ["apply", "--auto-approve", ...against(dir)], { env: { ...ENV, LUMOS_EVENTS_TOKEN: "not-the-lumos-token" } });
    expect(apply.code).toBe(1);
    expect(apply.stdout + apply.stderr).toMatch(/HTTP 400 E0000001.*Verification/);
    expect(apply.stdout + apply.stderr).toMatch(/HTTP 401/);
    expect(apply.stdout + apply.stderr).toContain("its token a valid Lumos API token");
    expect(onlyHook(sim).verificationStatus).toBe("UNVERIFIED");
    const pending = await cli(sim, ["plan", ...against(dir)], { env: ENV });
    expect(pending.stdout).toMatch(/verified: false → true/);
    expect(pending.stdout).toContain("apply asks Okta to verify the hook");

    // Lumos's endpoint refuses a wrong bearer token, for challenges and deliveries alike.
    const denied = await sim.fetch(new Request("https://api.lumos.com/events/okta", { headers: { Authorization: "Bearer wrong", "X-Okta-Verification-Challenge": "abc" } }));
    expect(denied.status).toBe(401);
    const post = await sim.fetch(new Request("https://api.lumos.com/events/okta", { method: "POST", headers: { Authorization: "Bearer wrong" }, body: "{}" }));
    expect(post.status).toBe(401);

    // An unverified hook receives nothing.
    await oktaControl(sim, "PUT", "/groups/okta.com:engineering/users/walter@acme.example");
    await sim.okta.idle();
    expect(sim.okta.calls.filter((c) => c.kind === "delivery")).toEqual([]);

    // With the right token, the next apply verifies it (an update, not a second hook), then nothing is left to do.
    const fixed = await cli(sim, ["apply", "--auto-approve", ...against(dir)], { env: ENV });
    expect(fixed.code, fixed.stdout + fixed.stderr).toBe(0);
    expect(onlyHook(sim).verificationStatus).toBe("VERIFIED");
    expect((await cli(sim, ["plan", "--detailed-exitcode", ...against(dir)], { env: ENV })).code).toBe(0);
  });

  it("applies a saved plan, reading the token again from its reference", async () => {
    const { sim } = oktaSim();
    const dir = hookProject();
    const file = join(dir, "okta.plan.json");
    expect((await cli(sim, ["plan", "--out", file, ...against(dir)], { env: ENV })).code).toBe(0);
    expect(readFileSync(file, "utf8")).not.toContain(TOKEN);
    const apply = await cli(sim, ["apply", file, "--config", join(dir, "lumos.config.yaml"), "--url", "http://127.0.0.1:1"], { env: ENV });
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(onlyHook(sim)).toMatchObject({ verificationStatus: "VERIFIED", authScheme: { value: `Bearer ${TOKEN}` } });
    expect((await cli(sim, ["plan", "--detailed-exitcode", ...against(dir)], { env: ENV })).code).toBe(0);
  });

  it("deletes a hook no longer declared: deactivated, then deleted", async () => {
    const { sim } = oktaSim();
    const dir = hookProject();
    expect((await cli(sim, ["apply", "--auto-approve", ...against(dir)], { env: ENV })).code).toBe(0);
    writeFiles(dir, { "defs/okta.yaml": "okta_event_hooks: []\n" });
    const plan = await cli(sim, ["plan", ...against(dir)], { env: ENV });
    expect(plan.stdout).toMatch(/1 to delete/);
    const apply = await cli(sim, ["apply", "--auto-approve", ...against(dir)], { env: ENV });
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(sim.okta.hooks.size).toBe(0);
    expect((await cli(sim, ["plan", "--detailed-exitcode", ...against(dir)], { env: ENV })).code).toBe(0);
  });

  it("a changed channel is replaced whole and verified again; status and events converge", async () => {
    const { sim } = oktaSim();
    const dir = hookProject();
    expect((await cli(sim, ["apply", "--auto-approve", ...against(dir)], { env: ENV })).code).toBe(0);
    writeFiles(dir, {
      "defs/okta.yaml": `${HOOK}    headers: { X-Lumos-Team: identity }\n    events: [group.user_membership.add, group.user_membership.remove]\n`,
    });
    const plan = await cli(sim, ["plan", ...against(dir)], { env: ENV });
    expect(plan.stdout).toContain("verified again");
    expect((await cli(sim, ["apply", "--auto-approve", ...against(dir)], { env: ENV })).code).toBe(0);
    const hook = onlyHook(sim);
    expect(hook).toMatchObject({ verificationStatus: "VERIFIED", headers: [{ key: "X-Lumos-Team", value: "identity" }] });
    expect(hook.authScheme?.value).toBe(`Bearer ${TOKEN}`);
    expect(hook.events.sort()).toEqual(["group.user_membership.add", "group.user_membership.remove"]);
    expect(sim.okta.calls.filter((c) => c.kind === "verification")).toHaveLength(2);
    expect((await cli(sim, ["plan", "--detailed-exitcode", ...against(dir)], { env: ENV })).code).toBe(0);

    writeFiles(dir, { "defs/okta.yaml": `${HOOK}    status: INACTIVE\n` });
    expect((await cli(sim, ["apply", "--auto-approve", ...against(dir)], { env: ENV })).code).toBe(0);
    expect(onlyHook(sim).status).toBe("INACTIVE");
    expect((await cli(sim, ["plan", "--detailed-exitcode", ...against(dir)], { env: ENV })).code).toBe(0);
  });

  it("rotates the Lumos token only with --rotate-credentials, re-verifying the hook", async () => {
    const { sim } = oktaSim();
    const dir = hookProject();
    expect((await cli(sim, ["apply", "--auto-approve", ...against(dir)], { env: ENV })).code).toBe(0);
    // Someone changed the secret in Okta's console: Okta never returns it, so no plan can see that.
    const hook = onlyHook(sim);
    sim.okta.hooks.put(hook.id, { ...hook, authScheme: { key: "Authorization", value: "Bearer stale" } });
    expect((await cli(sim, ["plan", "--detailed-exitcode", ...against(dir)], { env: ENV })).code).toBe(0);

    const plan = await cli(sim, ["plan", "--rotate-credentials", ...against(dir)], { env: ENV });
    expect(plan.stdout).toContain("token rotated");
    expect(plan.stdout).toContain("verified again");
    const apply = await cli(sim, ["apply", "--auto-approve", "--rotate-credentials", ...against(dir)], { env: ENV });
    expect(apply.code, apply.stdout + apply.stderr).toBe(0);
    expect(onlyHook(sim)).toMatchObject({ verificationStatus: "VERIFIED", authScheme: { key: "Authorization", value: `Bearer ${TOKEN}` } });
    expect(sim.okta.calls.filter((c) => c.kind === "verification" && c.ok)).toHaveLength(2);
    expect((await cli(sim, ["plan", "--detailed-exitcode", ...against(dir)], { env: ENV })).code).toBe(0);
  });

  it("never prints or writes the Okta API token or the Lumos token it sends", async () => {
    const { sim } = startSimulator({ oktaToken: OKTA_TOKEN, token: "lumos-canary-token-3b8e1f" });
    const dir = hookProject();
    const env = { ...ENV, LUMOS_API_TOKEN: "lumos-canary-token-3b8e1f", LUMOS_EVENTS_TOKEN: "lumos-canary-token-3b8e1f" };
    const outputs = [
      await cli(sim, ["plan", "--out", join(dir, "plan.json"), ...against(dir)], { env }),
      await cli(sim, ["plan", "--format", "json", ...against(dir)], { env }),
      await cli(sim, ["apply", "--auto-approve", ...against(dir)], { env }),
      await cli(sim, ["apply", "--auto-approve", "--rotate-credentials", ...against(dir)], { env }),
      // Failures too: a refused Okta token, and a refused Lumos token.
      await cli(sim, ["plan", ...against(dir)], { env: { ...env, OKTA_API_TOKEN: "okta-wrong-canary-55d1" } }),
      await cli(sim, ["apply", "--auto-approve", ...against(dir)], { env: { ...env, LUMOS_EVENTS_TOKEN: "lumos-wrong-canary-77e2" } }),
    ];
    const text = outputs.map((o) => o.stdout + o.stderr).join("\n") + readFileSync(join(dir, "plan.json"), "utf8");
    expect(outputs[4]!.code).toBe(1);
    expect(outputs[4]!.stderr).toMatch(/HTTP 403 E0000006/);
    for (const secret of [OKTA_TOKEN, "lumos-canary-token-3b8e1f", "okta-wrong-canary-55d1", "lumos-wrong-canary-77e2"]) expect(text).not.toContain(secret);
  });

  it("fails with what to configure when the environment has no Okta org, writing nothing", async () => {
    const { sim } = oktaSim();
    const dir = project({ "lumos.config.yaml": "version: 1\nsources: [defs/*.yaml]\n", "defs/okta.yaml": HOOK });
    const plan = await cli(sim, ["plan", ...against(dir)], { env: ENV });
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/okta.yaml:2:\d+: .*set environments.local.okta/);
    expect(sim.okta.hooks.size).toBe(0);
    expect(sim.getStats().writes).toBe(0);
  });
});

describe("the embedded simulator", () => {
  it("starts its Okta side too: the hook is created against it, verified by its Lumos side, and re-plans empty", async () => {
    const dir = project({
      "lumos.config.yaml": `version: 1\nenvironments:\n  local: { simulator: true, data: .lumos/sim.db }\n${HOOK}`,
    });
    // The embedded simulator's Lumos token is the one its /events/okta expects.
    const env = { LUMOS_EVENTS_TOKEN: "embedded-simulator" };
    const loaded = loadConfig(join(dir, "lumos.config.yaml"), env);
    const target = await openTarget(loaded, {}, env);
    try {
      const { plan } = await planAgainst(loaded, target);
      expect(plan.changes.map((c) => `${c.action} ${c.address}`)).toEqual(["create okta_event_hook.Lumos live group updates"]);
      const result = await applyPlan(plan, target.client, { secret: secretReader(env, loaded.secrets, dir) });
      expect(result.ok, JSON.stringify(result.results)).toBe(true);
      const hooks = await listEventHooks(target.client.okta!);
      expect(hooks.map((h) => [h.status, h.verificationStatus])).toEqual([["ACTIVE", "VERIFIED"]]);
      expect((await planAgainst(loaded, target)).plan.changes).toEqual([]);
    } finally {
      await target.close();
    }
  });
});

describe("examples/okta", () => {
  it("validates, and plans one hook against the embedded simulator", async () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const dir = project({});
    cpSync(join(root, "examples/okta"), dir, { recursive: true });
    const env = { LUMOS_EVENTS_TOKEN: "embedded-simulator" };
    const loaded = loadConfig(join(dir, "lumos.config.yaml"), env);
    const target = await openTarget(loaded, {}, env);
    try {
      const { plan } = await planAgainst(loaded, target);
      expect(plan.changes.map((c) => `${c.action} ${c.address}`)).toEqual(["create okta_event_hook.Lumos live group updates"]);
    } finally {
      await target.close();
    }
  });
});

describe("the simulator's Okta event-hook API", () => {
  const client = (sim: Simulator, token = OKTA_TOKEN) => new OktaClient({ orgUrl: ORG_URL, token, fetch: sim.fetch, sleep: async () => {} });
  const body = (uri = LUMOS_EVENTS_URL, secret = `Bearer ${TOKEN}`) => ({
    name: "hook",
    events: { type: "EVENT_TYPE" as const, items: ["group.user_membership.add"] },
    channel: { type: "HTTP" as const, version: "1.0.0", config: { uri, authScheme: { type: "HEADER" as const, key: "Authorization", value: secret } } },
  });

  it("verifies with one challenge GET echoed by Lumos's /events/okta, and never returns the secret", async () => {
    const { sim } = oktaSim();
    const okta = client(sim);
    const created = await okta.call("createEventHook", okta.api.POST("/api/v1/eventHooks", { body: body() }));
    expect(created).toMatchObject({ status: "ACTIVE", verificationStatus: "UNVERIFIED" });
    expect(created.channel.config.authScheme).toEqual({ type: "HEADER", key: "authorization" });
    const path = { params: { path: { eventHookId: created.id! } } };
    const verified = await okta.call("verifyEventHook", okta.api.POST("/api/v1/eventHooks/{eventHookId}/lifecycle/verify", path));
    expect(verified.verificationStatus).toBe("VERIFIED");
    expect(JSON.stringify(verified)).not.toContain(TOKEN);
  });

  it("refuses a verification answered with the wrong value, in Okta's error shape", async () => {
    const seen: Request[] = [];
    const { sim } = startSimulator({
      oktaToken: OKTA_TOKEN,
      hookFetch: async (request) => {
        seen.push(request);
        return Response.json({ verification: "something else" });
      },
    });
    const okta = client(sim);
    const created = await okta.call("createEventHook", okta.api.POST("/api/v1/eventHooks", { body: body("https://hooks.example/okta") }));
    const error = await failure(okta.call("verifyEventHook", okta.api.POST("/api/v1/eventHooks/{eventHookId}/lifecycle/verify", { params: { path: { eventHookId: created.id! } } })));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/E0000001/);
    // Okta tries once more after a failed answer, each time a GET with the challenge.
    expect(seen.map((r) => r.method)).toEqual(["GET", "GET"]);
    expect(seen[0]!.headers.get("x-okta-verification-challenge")).toMatch(/\S{16,}/);
  });

  it("fails a verification that gets no answer in time (tried twice), leaving the hook UNVERIFIED", async () => {
    let calls = 0;
    const { sim } = startSimulator({
      oktaToken: OKTA_TOKEN,
      oktaHookTimeoutMs: 30,
      hookFetch: () => {
        calls++;
        return new Promise<Response>(() => {});
      },
    });
    const okta = client(sim);
    const created = await okta.call("createEventHook", okta.api.POST("/api/v1/eventHooks", { body: body("https://slow.example/okta") }));
    const error = await failure(okta.call("verifyEventHook", okta.api.POST("/api/v1/eventHooks/{eventHookId}/lifecycle/verify", { params: { path: { eventHookId: created.id! } } })));
    expect(error.status).toBe(400);
    expect(error.message).toContain("no answer within");
    expect(calls).toBe(2);
    expect(sim.okta.requireHook(created.id!).verificationStatus).toBe("UNVERIFIED");
  });

  it("deletes only an INACTIVE hook, refuses a bad SSWS token and plain-http URIs", async () => {
    const { sim } = oktaSim();
    const okta = client(sim);
    const created = await okta.call("createEventHook", okta.api.POST("/api/v1/eventHooks", { body: body() }));
    const path = { params: { path: { eventHookId: created.id! } } };
    const active = await failure(okta.call("deleteEventHook", okta.api.DELETE("/api/v1/eventHooks/{eventHookId}", path)));
    expect(active.status).toBe(403);
    await okta.call("deactivateEventHook", okta.api.POST("/api/v1/eventHooks/{eventHookId}/lifecycle/deactivate", path));
    await okta.call("deleteEventHook", okta.api.DELETE("/api/v1/eventHooks/{eventHookId}", path));
    const gone = await failure(okta.call("getEventHook", okta.api.GET("/api/v1/eventHooks/{eventHookId}", path)));
    expect(gone.status).toBe(404);
    expect(gone.message).toContain("E0000007");

    const denied = await failure(client(sim, "wrong").call("listEventHooks", client(sim, "wrong").api.GET("/api/v1/eventHooks")));
    expect(denied.status).toBe(403);
    const http = await failure(okta.call("createEventHook", okta.api.POST("/api/v1/eventHooks", { body: body("http://api.lumos.com/events/okta") })));
    expect(http.status).toBe(400);
    expect(http.message).toContain("HTTPS");
  });
});

describe("okta_event_hooks and guardrails.webhook_hosts", () => {
  it("refuse a hook that sends its token to a host outside the allowlist; Lumos's own endpoint is allowed", async () => {
    const { sim } = oktaSim();
    const guarded = CONFIG.replace("prune:", "guardrails: { webhook_hosts: [hooks.acme.example] }\nprune:");
    const dir = project({ "lumos.config.yaml": guarded, "defs/okta.yaml": `${HOOK}    url: https://collector.elsewhere.example/in\n` });
    const refused = await cli(sim, ["plan", "--config", join(dir, "lumos.config.yaml")], { env: ENV });
    expect(refused.code, refused.stdout + refused.stderr).toBe(1);
    expect(refused.stderr).toMatch(/okta\.yaml:4:\d+: \[GUARDRAIL_WEBHOOK_HOST\] okta_event_hook\.Lumos live group updates sends to collector\.elsewhere\.example, which is not in guardrails\.webhook_hosts/);
    expect(sim.getStats().writes).toBe(0);
    writeFiles(dir, { "defs/okta.yaml": HOOK });
    const applied = await cli(sim, ["apply", "--config", join(dir, "lumos.config.yaml"), "--auto-approve"], { env: ENV });
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(onlyHook(sim).uri).toBe(LUMOS_EVENTS_URL);
    expect((await cli(sim, ["plan", "--config", join(dir, "lumos.config.yaml"), "--detailed-exitcode"], { env: ENV })).code).toBe(0);
  });
});
