import { describe, expect, it } from "vitest";
import type { Simulator } from "../../src/simulator/server.ts";
import { appId, failure, groupId, startSimulator, TOKEN } from "../helpers/simulator.ts";

/**
 * The simulator against what the real Lumos document says: defaults, filters, ordering, error
 * statuses and shapes. Each case names the behaviour of Lumos it pins down.
 */

const auth = { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" };

async function send(sim: Simulator, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await sim.fetch(
    new Request(`http://sim${path}`, { method, headers: auth, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }),
  );
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined, headers: response.headers };
}

const webhookId = async (sim: Simulator, hookType: string): Promise<string> => {
  const { body } = await send(sim, "GET", "/inline_webhooks");
  const hook = (body as { id: string; hook_type: string }[]).find((w) => w.hook_type === hookType);
  if (!hook) throw new Error(`no ${hookType} webhook in the seed`);
  return hook.id;
};

describe("simulator fidelity: access policies", () => {
  it("creates a policy disabled and in DRAFT when is_enabled and status are not sent", async () => {
    const { client } = startSimulator();
    const zoom = await appId(client, "Zoom");
    const created = await client.call(
      "createAccessPolicy",
      client.api.POST("/access_policies", { body: { name: "P", business_justification: "j", apps: [{ id: zoom }], is_everyone_condition: true } }),
    );
    expect(created.is_enabled).toBe(false);
    expect(created.status).toBe("DRAFT");
    // A replace without is_enabled also falls back to the default.
    await client.call(
      "replaceAccessPolicy",
      client.api.PUT("/access_policies/{access_policy_id}", { params: { path: { access_policy_id: created.id } }, body: { name: "P", business_justification: "j", apps: [{ id: zoom }], is_everyone_condition: true, is_enabled: true } }),
    );
    const replaced = await client.call(
      "replaceAccessPolicy",
      client.api.PUT("/access_policies/{access_policy_id}", { params: { path: { access_policy_id: created.id } }, body: { name: "P", business_justification: "j", apps: [{ id: zoom }], is_everyone_condition: true } }),
    );
    expect(replaced.is_enabled).toBe(false);
  });

  it("filters by name without regard to case, and lists the newest first", async () => {
    const { client } = startSimulator();
    const zoom = await appId(client, "Zoom");
    for (const name of ["First", "Second", "Third"]) {
      await client.call(
        "createAccessPolicy",
        client.api.POST("/access_policies", { body: { name, business_justification: "j", apps: [{ id: zoom }], is_everyone_condition: true } }),
      );
    }
    const all = await client.call("listAccessPolicies", client.api.GET("/access_policies"));
    expect(all.items.map((p) => p.name)).toEqual(["Third", "Second", "First"]);
    const byName = await client.call("listAccessPolicies", client.api.GET("/access_policies", { params: { query: { name: "sECOND" } } }));
    expect(byName.items.map((p) => p.name)).toEqual(["Second"]);
    // A replace keeps the policy's place: the order is by creation.
    const first = all.items[2]!;
    await client.call(
      "replaceAccessPolicy",
      client.api.PUT("/access_policies/{access_policy_id}", { params: { path: { access_policy_id: first.id } }, body: { name: "First", business_justification: "k", apps: [{ id: zoom }], is_everyone_condition: true } }),
    );
    const again = await client.call("listAccessPolicies", client.api.GET("/access_policies"));
    expect(again.items.map((p) => p.name)).toEqual(["Third", "Second", "First"]);
  });
});

describe("simulator fidelity: apps", () => {
  it("name_search also matches the instance ID and the app class ID", async () => {
    const { client } = startSimulator();
    const search = async (name_search: string, exact_match?: boolean) =>
      (await client.call("listApps", client.api.GET("/apps", { params: { query: { name_search, ...(exact_match === undefined ? {} : { exact_match }) } } }))).items.map(
        (a) => a.user_friendly_label,
      );
    expect(await search("okta.com", true)).toEqual(["Okta"]);
    expect(await search("GOOGLE")).toEqual(["Google Workspace"]);
    expect(await search("custom_app_import", true)).toEqual(expect.arrayContaining(["Zoom", "Figma"]));
    const eu = await client.call(
      "createApp",
      client.api.POST("/apps", { body: { app_class_id: "okta.com", auth: { api_token: "t" }, settings: { domain: "eu.okta.com", app_instance_identifier: "okta-eu" } } }),
    );
    expect(await search("okta-eu", true)).toEqual([eu.user_friendly_label]);
    await client.call("addAppToAppStore", client.api.POST("/appstore/apps", { body: { app_id: eu.id } }));
    const store = await client.call("listAppStoreApps", client.api.GET("/appstore/apps", { params: { query: { name_search: "OKTA-EU", all_visibilities: true } } }));
    expect(store.items.map((a) => a.id)).toEqual([eu.id]);
  });

  it("allows a metadata-only PUT on an app connected in the Lumos UI; only credentials are a 409", async () => {
    const { client, sim } = startSimulator();
    const okta = await appId(client, "Okta");
    const renamed = await client.call("reconnectApp", client.api.PUT("/apps/{app_id}", { params: { path: { app_id: okta } }, body: { description: "Our IdP" } }));
    expect(renamed.description).toBe("Our IdP");
    expect(sim.tenant.apps.get(okta)?.connection_source).toBe("UI");
    for (const credentials of [{ auth: { api_token: "t" } }, { settings: { domain: "x.okta.com" } }, { version: "2" }]) {
      const refused = await failure(
        client.call("reconnectApp", client.api.PUT("/apps/{app_id}", { params: { path: { app_id: okta } }, body: { app_class_id: "okta.com", ...credentials } })),
      );
      expect(refused.status).toBe(409);
    }
  });

  it("answers malformed credentials with 400 and credentials the third party rejects with 502", async () => {
    const { sim } = startSimulator();
    const malformed = await send(sim, "POST", "/apps", { app_class_id: "okta.com", auth: {}, settings: { domain: "x.okta.com" } });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({ detail: expect.stringContaining("auth.api_token is required") });

    const good = { app_class_id: "okta.com", auth: { api_token: "s3cret-token" }, settings: { domain: "x.okta.com", app_instance_identifier: "x" } };
    sim.faults.enqueue({ fault: "reject_credentials", route: "POST /apps" });
    const rejected = await send(sim, "POST", "/apps", good);
    expect(rejected.status).toBe(502);
    expect(JSON.stringify(rejected.body)).not.toContain("s3cret-token");
    expect(sim.tenant.apps.all().some((a) => a.instance_id === "x")).toBe(false);

    const created = await send(sim, "POST", "/apps", good);
    expect(created.status).toBe(200);
    const id = (created.body as { id: string }).id;
    const badReconnect = await send(sim, "PUT", `/apps/${id}`, { app_class_id: "okta.com", auth: { api_token: 5 } });
    expect(badReconnect.status).toBe(400);
    sim.faults.enqueue({ fault: "reject_credentials", route: "PUT /apps/{app_id}" });
    const rejectedReconnect = await send(sim, "PUT", `/apps/${id}`, { app_class_id: "okta.com", auth: { api_token: "other" } });
    expect(rejectedReconnect.status).toBe(502);
    const mismatch = await send(sim, "PUT", `/apps/${id}`, { app_class_id: "github.com", auth: { api_token: "other" } });
    expect(mismatch).toMatchObject({ status: 400, body: { detail: expect.stringContaining("does not match") } });
  });

  it("gives custom apps the same sources whether seeded or created through the API", async () => {
    const { client } = startSimulator({
      seed: { name: "s", apps: [{ name: "Seeded", category: "Other", description: "d" }] },
    });
    const created = await client.call("createApp", client.api.POST("/apps", { body: { name: "Created", category: "Other", description: "d" } }));
    const seeded = await client.call("getApp", client.api.GET("/apps/{app_id}", { params: { path: { app_id: await appId(client, "Seeded") } } }));
    expect(seeded.sources).toEqual(created.sources);
    expect(seeded.instance_id).toBe(created.instance_id);
  });
});

describe("simulator fidelity: pre-approval rules", () => {
  it("leaves the lists a PATCH does not mention as they were", async () => {
    const { client, sim } = startSimulator();
    const okta = await appId(client, "Okta");
    const admins = await groupId(client, "IT Admins");
    const finance = await groupId(client, "Finance");
    const hook = await webhookId(sim, "PRE_APPROVAL");
    const rule = await client.call(
      "createPreApprovalRule",
      client.api.POST("/appstore/pre_approval_rules", {
        body: {
          app_id: okta,
          justification: "Admins",
          preapproved_groups: [{ id: admins }],
          preapproval_webhooks: [{ id: hook }],
          preapproved_users_by_attribute: [{ attribute: "department", value: "IT" }],
          time_based_access: ["7 days"],
        },
      }),
    );
    const patched = await client.call(
      "updatePreApprovalRule",
      client.api.PATCH("/appstore/pre_approval_rules/{pre_approval_rule_id}", { params: { path: { pre_approval_rule_id: rule.id! } }, body: { justification: "Admins and finance", preapproved_groups: [{ id: admins }, { id: finance }] } }),
    );
    expect(patched.justification).toBe("Admins and finance");
    expect(patched.preapproved_groups?.map((g) => g.id).sort()).toEqual([admins, finance].sort());
    expect(patched.preapproval_webhooks?.map((w) => w.id)).toEqual([hook]);
    expect(patched.preapproved_users_by_attribute).toEqual([{ attribute: "department", value: "IT" }]);
    expect(patched.time_based_access).toEqual(["7 days"]);
    // A list that is sent, even empty, replaces.
    const cleared = await client.call(
      "updatePreApprovalRule",
      client.api.PATCH("/appstore/pre_approval_rules/{pre_approval_rule_id}", { params: { path: { pre_approval_rule_id: rule.id! } }, body: { justification: "Admins and finance", time_based_access: [] } }),
    );
    expect(cleared.time_based_access).toEqual([]);
    expect(cleared.preapproval_webhooks?.map((w) => w.id)).toEqual([hook]);
  });
});

describe("simulator fidelity: webhook slots", () => {
  it("refuses an inline webhook of the wrong type in each slot, with nothing written", async () => {
    const { client, sim } = startSimulator();
    const okta = await appId(client, "Okta");
    const hooks = Object.fromEntries(
      await Promise.all(["PRE_APPROVAL", "PROVISION", "DEPROVISION", "REQUEST_VALIDATION", "SIEM"].map(async (t) => [t, await webhookId(sim, t)] as const)),
    );
    const settings = `/appstore/apps/${okta}/settings`;
    expect((await send(sim, "POST", "/appstore/apps", { app_id: okta })).status).toBe(200);
    const before = JSON.stringify((await send(sim, "GET", settings)).body);

    const refusals: [string, string, unknown, (string | number)[]][] = [
      ["PATCH", settings, { request_flow: { request_validation_inline_webhook: { id: hooks.DEPROVISION } } }, ["body", "request_flow", "request_validation_inline_webhook"]],
      ["PATCH", settings, { provisioning: { provisioning_webhook: { id: hooks.REQUEST_VALIDATION } } }, ["body", "provisioning", "provisioning_webhook"]],
      ["PATCH", settings, { provisioning: { access_removal_inline_webhook: { id: hooks.PROVISION } } }, ["body", "provisioning", "access_removal_inline_webhook"]],
      ["POST", "/appstore/pre_approval_rules", { app_id: okta, justification: "x", preapproval_webhooks: [{ id: hooks.PROVISION }] }, ["body", "preapproval_webhooks", 0]],
      ["POST", "/appstore/requestable_permissions", { app_id: okta, label: "L", request_config: { request_fulfillment_config: { provisioning_webhook: { id: hooks.SIEM } } } }, ["body", "request_config", "request_fulfillment_config", "provisioning_webhook"]],
      ["POST", "/appstore/requestable_permissions", { app_id: okta, label: "L", request_config: { access_removal_inline_webhook: { id: hooks.PRE_APPROVAL } } }, ["body", "request_config", "access_removal_inline_webhook"]],
      ["POST", "/appstore/requestable_permissions", { app_id: okta, label: "L", request_config: { request_validation_inline_webhook: { id: hooks.PROVISION } } }, ["body", "request_config", "request_validation_inline_webhook"]],
    ];
    const rules = sim.tenant.rules.size;
    const permissions = sim.tenant.permissions.size;
    for (const [method, path, body, loc] of refusals) {
      const answer = await send(sim, method, path, body);
      expect(answer.status, JSON.stringify(body)).toBe(422);
      expect(answer.body).toEqual({ detail: [{ loc, msg: expect.stringMatching(/^Value error, .* hook/), type: "value_error" }] });
    }
    expect(JSON.stringify((await send(sim, "GET", settings)).body)).toBe(before);
    expect(sim.tenant.rules.size).toBe(rules);
    expect(sim.tenant.permissions.size).toBe(permissions);

    // The right types are taken.
    const fine = await send(sim, "PATCH", settings, {
      request_flow: { request_validation_inline_webhook: { id: hooks.REQUEST_VALIDATION } },
      provisioning: { provisioning_webhook: { id: hooks.PROVISION }, access_removal_inline_webhook: { id: hooks.DEPROVISION } },
    });
    expect(fine.status).toBe(200);
    expect((await send(sim, "POST", "/appstore/pre_approval_rules", { app_id: okta, justification: "x", preapproval_webhooks: [{ id: hooks.PRE_APPROVAL }] })).status).toBe(201);
  });
});

describe("simulator fidelity: errors and headers", () => {
  it("answers 422 in FastAPI's words: loc, msg and type as pydantic gives them", async () => {
    const { sim } = startSimulator();
    const missing = await send(sim, "POST", "/access_policies", { business_justification: 5, apps: [] });
    expect(missing.status).toBe(422);
    expect((missing.body as { detail: unknown[] }).detail).toEqual(
      expect.arrayContaining([
        { loc: ["body", "name"], msg: "Field required", type: "missing" },
        { loc: ["body", "business_justification"], msg: "Input should be a valid string", type: "string_type" },
        { loc: ["body", "apps"], msg: "List should have at least 1 item after validation, not 0", type: "too_short" },
      ]),
    );
    const okta = (await send(sim, "GET", "/apps?name_search=okta.com&exact_match=true")).body as { items: { id: string }[] };
    const long = await send(sim, "PATCH", `/apps/${okta.items[0]!.id}`, { description: "x".repeat(1001) });
    expect(long.body).toEqual({ detail: [{ loc: ["body", "description"], msg: "String should have at most 1000 characters", type: "string_too_long" }] });
    const status = await send(sim, "POST", "/access_policies", { name: "n", business_justification: "j", apps: [{ id: "a" }], status: "LIVE" });
    expect(status.body).toEqual({ detail: [{ loc: ["body", "status"], msg: "Input should be 'DRAFT' or 'PUBLISHED'", type: "enum" }] });
    const page = await send(sim, "GET", "/apps?page=two&size=0");
    expect(page.body).toEqual({
      detail: [
        { loc: ["query", "page"], msg: "Input should be a valid integer, unable to parse string as an integer", type: "int_parsing" },
        { loc: ["query", "size"], msg: "Input should be greater than or equal to 1", type: "greater_than_equal" },
      ],
    });
    // The server's own checks read as pydantic validators do.
    const zoom = ((await send(sim, "GET", "/apps?name_search=Zoom&exact_match=true")).body as { items: { id: string }[] }).items[0]!.id;
    const noCondition = await send(sim, "POST", "/access_policies", { name: "n", business_justification: "j", apps: [{ id: zoom }] });
    expect(noCondition.body).toEqual({
      detail: [{ loc: ["body", "access_condition"], msg: "Value error, access_condition is required unless is_everyone_condition is true", type: "value_error" }],
    });
    const noGroups = await send(sim, "POST", "/appstore/requestable_permissions", { app_id: zoom, label: "L", request_config: { allowed_groups: { type: "SPECIFIED_GROUPS", groups: [] } } });
    expect(noGroups.body).toEqual({ detail: [expect.objectContaining({ msg: expect.stringMatching(/^Value error, /), type: "value_error" })] });
    const response = await sim.fetch(new Request("http://sim/access_policies", { method: "POST", headers: auth, body: "{" }));
    expect(await response.json()).toEqual({ detail: [{ loc: ["body", 1], msg: "JSON decode error", type: "json_invalid" }] });
  });

  it("answers other 4xx with detail as a plain string", async () => {
    const { sim } = startSimulator();
    const okta = ((await send(sim, "GET", "/apps?name_search=okta.com&exact_match=true")).body as { items: { id: string }[] }).items[0]!.id;
    for (const answer of [
      await send(sim, "GET", "/apps/00000000-0000-4000-a000-000000000000"),
      await send(sim, "DELETE", `/apps/${okta}`),
      await send(sim, "POST", "/apps", { app_class_id: "okta.com", auth: {} }),
      await sim.fetch(new Request("http://sim/apps")).then(async (r) => ({ status: r.status, body: (await r.json()) as unknown })),
    ]) {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(answer.body).toEqual({ detail: expect.any(String) });
    }
  });

  it("sends Retry-After as seconds or as an HTTP date, and the client waits for either", async () => {
    let clock = Date.UTC(2026, 0, 1, 12, 0, 0, 250);
    const sleeps: number[] = [];
    const { sim, client } = startSimulator(
      { now: () => clock, faults: { retryAfterFormat: "alternate" } },
      { now: () => clock, sleep: async (ms) => void (sleeps.push(ms), (clock += ms)) },
    );
    sim.faults.enqueue(
      { fault: "rate_limit", route: "GET /apps/categories", retryAfter: 3 },
      { fault: "rate_limit", route: "GET /apps/categories", retryAfter: 3 },
    );
    const first = await send(sim, "GET", "/apps/categories");
    expect(first.headers.get("retry-after")).toBe("3");
    const second = await send(sim, "GET", "/apps/categories");
    expect(second.headers.get("retry-after")).toBe("Thu, 01 Jan 2026 12:00:04 GMT");

    sim.faults.enqueue({ fault: "rate_limit", route: "GET /apps/categories", retryAfter: 2 });
    await client.call("getAppCategories", client.api.GET("/apps/categories"));
    sim.faults.enqueue({ fault: "rate_limit", route: "GET /apps/categories", retryAfter: 2 });
    await client.call("getAppCategories", client.api.GET("/apps/categories"));
    // Seconds: exactly 2 s. Date: until the whole second named (2 s from now, rounded up). The
    // 1 s between is the client's own pacing after the first refusal (1 request a second).
    expect(sleeps).toEqual([2000, 1000, 2750]);

    sim.faults.update({ retryAfterFormat: "seconds" });
    sim.faults.enqueue({ fault: "rate_limit", route: "GET /apps", retryAfterDate: true });
    const dated = await send(sim, "GET", "/apps");
    expect(Date.parse(dated.headers.get("retry-after") ?? "")).toBeGreaterThan(clock);
  });

  it("answers an unknown path 404 and a known path with another method 405, as Starlette does", async () => {
    const { sim } = startSimulator();
    expect(await send(sim, "GET", "/nowhere")).toMatchObject({ status: 404, body: { detail: "Not Found" } });
    expect(await send(sim, "POST", "/apps/categories", {})).toMatchObject({ status: 405, body: { detail: "Method Not Allowed" } });
    expect(await send(sim, "PATCH", "/access_policies/some-id", {})).toMatchObject({ status: 405, body: { detail: "Method Not Allowed" } });
    expect(sim.getStats().writes).toBe(0);
  });

  it("takes the bearer scheme in any case, never a wrong token", async () => {
    const { sim } = startSimulator();
    for (const [header, status] of [
      [`bearer ${TOKEN}`, 200],
      [`BEARER ${TOKEN}`, 200],
      [`Bearer ${TOKEN}`, 200],
      [`Bearer ${TOKEN.toUpperCase()}`, 401],
      [`Basic ${TOKEN}`, 401],
      [`Bearer${TOKEN}`, 401],
    ] as const) {
      const response = await sim.fetch(new Request("http://sim/apps/categories", { headers: { Authorization: header } }));
      expect(response.status, header).toBe(status);
    }
  });
});
