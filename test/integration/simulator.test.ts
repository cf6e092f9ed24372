import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { appId, failure, groupId, startSimulator, TOKEN, userId } from "../helpers/simulator.ts";

const json = (body: unknown) => ({ method: "POST", headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" }, body: JSON.stringify(body) });

describe("simulator: access and validation", () => {
  it("requires the bearer token", async () => {
    const { sim } = startSimulator();
    const missing = await sim.fetch(new Request("http://sim/apps"));
    expect(missing.status).toBe(401);
    const wrong = await sim.fetch(new Request("http://sim/apps", { headers: { Authorization: "Bearer nope" } }));
    expect(wrong.status).toBe(401);
    const right = await sim.fetch(new Request("http://sim/apps", { headers: { Authorization: `Bearer ${TOKEN}` } }));
    expect(right.status).toBe(200);
  });

  it("answers 422 HTTPValidationError with loc/msg/type", async () => {
    const { sim } = startSimulator();
    const tooBig = await sim.fetch(new Request("http://sim/apps?size=101", { headers: { Authorization: `Bearer ${TOKEN}` } }));
    expect(tooBig.status).toBe(422);
    expect(await tooBig.json()).toEqual({ detail: [{ loc: ["query", "size"], msg: "Input should be less than or equal to 100", type: "less_than_equal" }] });

    const badBody = await sim.fetch(new Request("http://sim/appstore/requestable_permissions", json({ label: 5 })));
    expect(badBody.status).toBe(422);
    const { detail } = (await badBody.json()) as { detail: { loc: unknown[]; type: string }[] };
    expect(detail).toContainEqual(expect.objectContaining({ loc: ["body", "app_id"], type: "missing" }));
    expect(detail).toContainEqual(expect.objectContaining({ loc: ["body", "label"], type: "string_type" }));

    const extra = await sim.fetch(
      new Request("http://sim/apps/x", { ...json({ nickname: "n" }), method: "PATCH" }),
    );
    expect(extra.status).toBe(422);
    expect(await extra.json()).toEqual({ detail: [{ loc: ["body", "nickname"], msg: "Extra inputs are not permitted", type: "extra_forbidden" }] });
  });

  it("counts requests by route and exposes fault knobs", async () => {
    const { sim } = startSimulator();
    const auth = { Authorization: `Bearer ${TOKEN}` };
    await sim.fetch(new Request("http://sim/apps", { headers: auth }));
    await sim.fetch(new Request("http://sim/apps/categories", { headers: auth }));
    const stats = await (await sim.fetch(new Request("http://sim/_simulator/stats", { headers: auth }))).json();
    expect(stats).toEqual({ total: 2, writes: 0, by_route: { "GET /apps": 1, "GET /apps/categories": 1 }, rejected: 0, rejected_by_route: {} });
    const set = await sim.fetch(new Request("http://sim/_simulator/faults", json({ failRate: 1 })));
    expect(set.status).toBe(200);
    expect((await sim.fetch(new Request("http://sim/apps", { headers: auth }))).status).toBeGreaterThanOrEqual(500);
    const bad = await sim.fetch(new Request("http://sim/_simulator/faults", json({ failrate: 1 })));
    expect(bad.status).toBe(422);
    await sim.fetch(new Request("http://sim/_simulator/stats/reset", json({})));
    expect(sim.getStats().total).toBe(0);
  });
});

describe("simulator: latency", () => {
  it("answers a read that long after it arrived, and lands a write only once its wait is over", async () => {
    const { sim } = startSimulator();
    const auth = { Authorization: `Bearer ${TOKEN}` };
    await sim.fetch(new Request("http://sim/_simulator/faults", json({ latencyMs: 120 })));
    const started = performance.now();
    expect((await sim.fetch(new Request("http://sim/apps", { headers: auth }))).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);

    const before = sim.tenant.apps.size;
    const creating = sim.fetch(new Request("http://sim/apps", json({ name: "Late App", category: "Other", description: "d" })));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(sim.tenant.apps.size).toBe(before);
    expect((await creating).status).toBe(200);
    expect(sim.tenant.apps.size).toBe(before + 1);
  });
});

describe("simulator: the fault control surface", () => {
  it("refuses settings out of range, of the wrong type, and one-shot faults it does not know, changing nothing", async () => {
    const { sim } = startSimulator();
    const bodies: [unknown, RegExp][] = [
      [{ failRate: 7 }, /failRate must be between 0 and 1/],
      [{ resetRate: -0.5 }, /resetRate must be a number ≥ 0/],
      [{ latencyMs: "100" }, /latencyMs must be a number/],
      [{ rateLimitRps: null }, /rateLimitRps must be a number/],
      [{ next: [{ fault: "explode" }] }, /next\[0\]: fault must be one of fail, reset/],
      [{ next: [{ fault: "fail", route: "/apps" }] }, /route must read like "POST \/apps"/],
      [{ next: [{ fault: "fail", status: 200 }] }, /status must be an HTTP error status/],
      [{ next: [{ fault: "fail", rout: "POST /apps" }] }, /unknown keys: rout/],
      [{ next: { fault: "fail" } }, /next must be a list/],
      [{ clear: "yes" }, /clear must be true or false/],
      [[1, 2], /expected a JSON object/],
    ];
    for (const [body, message] of bodies) {
      const answer = await sim.fetch(new Request("http://sim/_simulator/faults", json(body)));
      expect(answer.status, JSON.stringify(body)).toBe(422);
      expect(((await answer.json()) as { detail: string }).detail).toMatch(message);
    }
    const state = await (await sim.fetch(new Request("http://sim/_simulator/faults", { headers: { Authorization: `Bearer ${TOKEN}` } }))).json();
    expect(state).toEqual({ settings: expect.objectContaining({ failRate: 0, resetRate: 0, latencyMs: 0, rateLimitRps: 0 }), pending: [] });
    const good = await sim.fetch(new Request("http://sim/_simulator/faults", json({ failRate: 0.5, next: [{ fault: "rate_limit", route: "GET /apps", retryAfter: 2 }] })));
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({ settings: expect.objectContaining({ failRate: 0.5 }), pending: [{ fault: "rate_limit", route: "GET /apps", retryAfter: 2 }] });
  });
});

describe("simulator: seeds and rate limits", () => {
  it("loads a seed file (YAML) with integrations, apps, users, groups and synced permissions", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lumos-seed-"));
    const file = join(dir, "seed.yaml");
    writeFileSync(
      file,
      [
        "name: tiny",
        "integrations:",
        "  - { app_class_id: jira.com, name: Jira, category: Developers, logo_url: null, auth_schema: { type: object }, settings_schema: { type: object } }",
        "apps:",
        "  - { name: Jira, app_class_id: jira.com }",
        "  - { name: Intranet, category: Other, description: Internal site }",
        "users: [{ email: a@tiny.example }, { email: b@tiny.example }]",
        "groups: [{ name: Devs, source_app: Jira, members: [a@tiny.example] }]",
        "requestable_permissions: [{ app: Jira, label: Jira Admin }]",
        "",
      ].join("\n"),
    );
    const { client } = startSimulator({ seed: file });
    const apps = await client.call("listApps", client.api.GET("/apps"));
    expect(apps.items.map((a) => a.user_friendly_label).sort()).toEqual(["Intranet", "Jira"]);
    const devs = await client.call("listGroups", client.api.GET("/groups", { params: { query: { name: "Devs" } } }));
    const members = await client.call("listGroupMembers", client.api.GET("/groups/{group_id}/users", { params: { path: { group_id: devs.items[0]!.id! } } }));
    expect(members.items.map((u) => u.email)).toEqual(["a@tiny.example"]);
    const permissions = await client.call("listRequestablePermissions", client.api.GET("/appstore/requestable_permissions"));
    expect(permissions.items.map((p) => [p.label, p.type])).toEqual([["Jira Admin", "SYNCED"]]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("rejects a seed that refers to what it does not define", () => {
    expect(() => startSimulator({ seed: { name: "bad", groups: [{ name: "G", source_app: "Nowhere" }] } })).toThrowError(
      "seed bad: group G: unknown app Nowhere",
    );
  });

  it("answers 429 with Retry-After beyond the rate limit, and the client waits", async () => {
    let clock = 5_000;
    const sleeps: number[] = [];
    const { sim, client } = startSimulator(
      { faults: { rateLimitRps: 2 }, now: () => clock },
      { now: () => clock, sleep: async (ms) => void (sleeps.push(ms), (clock += ms)) },
    );
    for (let i = 0; i < 4; i++) await client.call("getAppCategories", client.api.GET("/apps/categories"));
    // Two fit in the first second; the third waits out the window (1 s), then the client spaces
    // the rest just under the 2 a second the server accepted.
    expect(sleeps[0]).toBe(1000);
    expect(sleeps.slice(1).length).toBeGreaterThan(0);
    for (const ms of sleeps.slice(1)) expect(ms).toBeGreaterThan(500);
    for (const ms of sleeps.slice(1)) expect(ms).toBeLessThan(1000);
    expect(sim.getStats().by_route["GET /apps/categories"]).toBe(5);
    // The refused request is counted as received and as rejected, so accepted = total − rejected.
    expect(sim.getStats()).toMatchObject({ total: 5, rejected: 1, rejected_by_route: { "GET /apps/categories": 1 } });
  });
});

describe("simulator: apps", () => {
  it("returns name as user_friendly_label, fills defaults and never returns credentials", async () => {
    const { client } = startSimulator();
    const custom = await client.call(
      "createApp",
      client.api.POST("/apps", { body: { name: "Payroll", category: "HR & Learning", description: "Internal payroll" } }),
    );
    expect(custom).toMatchObject({ user_friendly_label: "Payroll", instance_id: "custom_app_import", sync_status: null, disconnected: false });
    expect(custom).not.toHaveProperty("name");

    const github = await client.call(
      "createApp",
      client.api.POST("/apps", {
        body: { app_class_id: "github.com", auth: { access_token: "ghp_SECRET" }, settings: { organization: "acme" } },
      }),
    );
    expect(github).toMatchObject({ user_friendly_label: "GitHub", category: "Developers", sync_status: "SUCCESS" });
    const text = JSON.stringify(await client.call("getApp", client.api.GET("/apps/{app_id}", { params: { path: { app_id: github.id } } })));
    expect(text).not.toContain("ghp_SECRET");
    expect(text).not.toContain("auth");
    const logs = await client.call("listActivityLogs", client.api.GET("/activity_logs"));
    expect(JSON.stringify(logs)).not.toContain("ghp_SECRET");
  });

  it("requires name, category and description for a custom app, and a known category", async () => {
    const { client } = startSimulator();
    const missing = await failure(client.call("createApp", client.api.POST("/apps", { body: { name: "X" } })));
    expect(missing.status).toBe(400);
    expect(missing.message).toContain("missing: category, description");
    const wrong = await failure(client
      .call("createApp", client.api.POST("/apps", { body: { name: "X", category: "Toys", description: "d" } })));
    expect(wrong.message).toContain("Unknown category");
  });

  it("PATCH overrides present fields, leaves missing ones, and null resets", async () => {
    const { client } = startSimulator();
    const app = await client.call(
      "createApp",
      client.api.POST("/apps", {
        body: { name: "Wiki", category: "Collaboration", description: "Docs", website_url: "https://wiki.example", request_instructions: "Ask IT" },
      }),
    );
    const patch = (body: Record<string, unknown>) =>
      client.call("updateApp", client.api.PATCH("/apps/{app_id}", { params: { path: { app_id: app.id } }, body }));
    const renamed = await patch({ name: "Team Wiki" });
    expect(renamed).toMatchObject({ user_friendly_label: "Team Wiki", website_url: "https://wiki.example", request_instructions: "Ask IT" });
    const cleared = await patch({ website_url: null });
    expect(cleared).toMatchObject({ website_url: null, request_instructions: "Ask IT" });
  });

  it("resets an integration's metadata to the catalog default on null", async () => {
    const { client } = startSimulator();
    const app = await client.call(
      "createApp",
      client.api.POST("/apps", { body: { app_class_id: "slack.com", auth: {}, name: "Acme Slack", category: "Collaboration" } }),
    );
    expect(app).toMatchObject({ user_friendly_label: "Acme Slack", category: "Collaboration" });
    const reset = await client.call(
      "updateApp",
      client.api.PATCH("/apps/{app_id}", { params: { path: { app_id: app.id } }, body: { name: null, category: null } }),
    );
    expect(reset).toMatchObject({ user_friendly_label: "Slack", category: "Communication" });
  });

  it("filters the app list", async () => {
    const { client } = startSimulator();
    const list = (query: Record<string, unknown>) =>
      client.call("listApps", client.api.GET("/apps", { params: { query } })).then((p) => p.items.map((a) => a.user_friendly_label).sort());
    expect(await list({ name_search: "goo" })).toEqual(["Google Workspace"]);
    expect(await list({ name_search: "goo", exact_match: true })).toEqual([]);
    expect(await list({ connection_source: "API" })).toEqual([]);
    expect(await list({ connection_source: "UI" })).toEqual(["Figma", "Google Workspace", "Okta", "Zoom"]);
    expect(await list({ disconnected: true })).toEqual([]);
  });

  it("validates connection credentials against the integration's schema, without echoing secrets", async () => {
    const { client, sim } = startSimulator();
    const error = await failure(client
      .call("createApp", client.api.POST("/apps", { body: { app_class_id: "github.com", auth: { token: "ghp_X" }, settings: {} } })));
    expect(error.status).toBe(400);
    expect(error.message).toContain("auth.access_token");
    expect(error.message).toContain("settings.organization");
    expect(error.message).not.toContain("ghp_X");
    const unknown = await failure(client
      .call("createApp", client.api.POST("/apps", { body: { app_class_id: "nope.example", auth: {} } })));
    expect(unknown.status).toBe(404);
    expect(sim.tenant.apps.size).toBe(4);
  });

  it("refuses a second instance of an integration, and reuses a disconnected one", async () => {
    const { client } = startSimulator();
    const body = { app_class_id: "github.com", auth: { access_token: "a" }, settings: { organization: "acme" } };
    const first = await client.call("createApp", client.api.POST("/apps", { body }));
    const second = await failure(client.call("createApp", client.api.POST("/apps", { body })));
    expect(second.status).toBe(409);
    const gone = await client.call("disconnectApp", client.api.DELETE("/apps/{app_id}", { params: { path: { app_id: first.id } } }));
    expect(gone).toEqual({ id: first.id, app_class_id: "github.com", disconnected: true });
    const again = await client.call("createApp", client.api.POST("/apps", { body }));
    expect(again.id).toBe(first.id);
    expect(again.disconnected).toBe(false);
  });

  it("refuses to remove or reconnect an app that was not connected through the API", async () => {
    const { client } = startSimulator();
    const okta = await appId(client, "Okta");
    const del = await failure(client.call("disconnectApp", client.api.DELETE("/apps/{app_id}", { params: { path: { app_id: okta } } })));
    expect(del.status).toBe(409);
    const put = await failure(client
      .call("reconnectApp", client.api.PUT("/apps/{app_id}", { params: { path: { app_id: okta } }, body: { auth: { api_token: "t" } } })));
    expect(put.status).toBe(409);
  });

  it("runs syncs SYNCING → SUCCESS, refuses a second one, and rate-limits reconnects meanwhile", async () => {
    let clock = 1_000_000;
    const { client } = startSimulator({ syncDurationMs: 10_000, now: () => clock }, { retry: { maxElapsedMs: 0 } });
    const app = await client.call(
      "createApp",
      client.api.POST("/apps", { body: { app_class_id: "okta.com", auth: { api_token: "t1" }, settings: { domain: "acme2.okta.com", app_instance_identifier: "second" } } }),
    );
    expect(app.sync_status).toBe("SYNCING");
    const sync = () => client.call("triggerAppSync", client.api.POST("/apps/{app_id}/sync", { params: { path: { app_id: app.id } }, body: { sync_type: "full_sync" } }));
    expect((await failure(sync())).status).toBe(409);
    const reconnect = await failure(client
      .call("reconnectApp", client.api.PUT("/apps/{app_id}", { params: { path: { app_id: app.id } }, body: { app_class_id: "okta.com", auth: { api_token: "t2" } } })));
    expect(reconnect.status).toBe(429);
    // Metadata-only PUT does not reconnect, so it is allowed while syncing.
    const renamed = await client.call("reconnectApp", client.api.PUT("/apps/{app_id}", { params: { path: { app_id: app.id } }, body: { name: "Okta (EU)" } }));
    expect(renamed.user_friendly_label).toBe("Okta (EU)");
    clock += 10_000;
    const done = await client.call("getApp", client.api.GET("/apps/{app_id}", { params: { path: { app_id: app.id } } }));
    expect(done.sync_status).toBe("SUCCESS");
    expect(await sync()).toEqual({ app_id: app.id, sync_type: "full_sync", status: "SYNCING" });
    const custom = await client.call("createApp", client.api.POST("/apps", { body: { name: "C", category: "Other", description: "d" } }));
    const manual = await failure(client
      .call("triggerAppSync", client.api.POST("/apps/{app_id}/sync", { params: { path: { app_id: custom.id } }, body: { sync_type: "full_sync" } })));
    expect(manual.status).toBe(422);
  });
});

describe("simulator: AppStore and permissions", () => {
  async function payroll(client: ReturnType<typeof startSimulator>["client"]) {
    const app = await client.call("createApp", client.api.POST("/apps", { body: { name: "Payroll", category: "HR & Learning", description: "Pay" } }));
    return app.id;
  }

  it("fills AppStore defaults, expands references, and merges stage 2 into stage 1 when turned off", async () => {
    const { client } = startSimulator();
    const app = await payroll(client);
    const alice = await userId(client, "alice@acme.example");
    const bob = await userId(client, "bob@acme.example");
    const finance = await groupId(client, "Finance");
    const added = await client.call(
      "addAppToAppStore",
      client.api.POST("/appstore/apps", {
        body: {
          app_id: app,
          request_flow: { discoverability: "FULL", require_additional_approval: true, approvers: { users: [{ id: alice }] }, approvers_stage_2: { groups: [{ id: finance }] } },
          provisioning: { time_based_access: ["7 days", "30 days"], default_time_based_access_option: "7 days" },
        },
      }),
    );
    expect(added.request_flow?.allowed_groups).toEqual({ type: "ALL_GROUPS", groups: [] });
    expect(added.request_flow?.admins).toEqual({ groups: [], users: [] });
    expect(added.request_flow?.approvers?.users?.[0]).toMatchObject({ id: alice, email: "alice@acme.example" });
    expect(added.request_flow?.approvers_stage_2?.groups?.[0]).toMatchObject({ id: finance, name: "Finance" });
    expect(added.redirect_url).toBeNull();

    const settings = (body: Record<string, unknown>) =>
      client.call("updateAppStoreAppSettings", client.api.PATCH("/appstore/apps/{app_id}/settings", { params: { path: { app_id: app } }, body }));
    const addBob = await settings({ request_flow: { approvers: { users: [{ id: alice }, { id: bob }] } } });
    expect(addBob.request_flow?.approvers_stage_2?.groups).toHaveLength(1);
    const merged = await settings({ request_flow: { require_additional_approval: false } });
    expect(merged.request_flow?.approvers_stage_2).toEqual({ groups: [], users: [] });
    expect(merged.request_flow?.approvers?.groups?.map((g) => g.id)).toEqual([finance]);
    expect(merged.request_flow?.approvers?.users?.map((u) => u.id).sort()).toEqual([alice, bob].sort());
    expect(merged.provisioning?.time_based_access).toEqual(["7 days", "30 days"]);

    const bad = await failure(settings({ provisioning: { default_time_based_access_option: "1 year" } }));
    expect(bad.status).toBe(422);
    const unknownUser = await failure(settings({ request_flow: { admins: { users: [{ id: "ghost" }] } } }));
    expect(unknownUser.message).toContain("body.request_flow.admins.users.0");
    const zoom = await appId(client, "Zoom");
    const notListed = await failure(
      client.call("getAppStoreAppSettings", client.api.GET("/appstore/apps/{app_id}/settings", { params: { path: { app_id: zoom } } })),
    );
    expect(notListed.status).toBe(404);
  });

  it("returns approver collections in no fixed order", async () => {
    const { client } = startSimulator();
    const app = await payroll(client);
    const emails = ["alice", "bob", "carol", "dan", "erin", "frank"].map((n) => `${n}@acme.example`);
    const users = await Promise.all(emails.map((e) => userId(client, e)));
    await client.call("addAppToAppStore", client.api.POST("/appstore/apps", { body: { app_id: app, request_flow: { approvers: { users: users.map((id) => ({ id })) } } } }));
    const orders = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const s = await client.call("getAppStoreAppSettings", client.api.GET("/appstore/apps/{app_id}/settings", { params: { path: { app_id: app } } }));
      const ids = s.request_flow?.approvers?.users?.map((u) => u.id) ?? [];
      expect([...ids].sort()).toEqual([...users].sort());
      orders.add(ids.join(","));
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it("creates NATIVE permissions with server defaults; refuses to delete SYNCED ones", async () => {
    const { client } = startSimulator();
    const app = await payroll(client);
    const created = await client.call(
      "createRequestablePermission",
      client.api.POST("/appstore/requestable_permissions", { params: { query: { include_inherited_configs: false } }, body: { app_id: app, label: "Payroll Admin" } }),
    );
    expect(created).toMatchObject({ type: "NATIVE", label: "Payroll Admin", app_id: app });
    expect(created.request_config).toMatchObject({
      appstore_visibility: "HIDDEN",
      allowed_groups: { type: "ALL_GROUPS", groups: [] },
      request_approval_config: { manager_approval: "NONE" },
      request_fulfillment_config: { manual_steps_needed: false, time_based_access: [] },
    });
    const synced = await client.call(
      "listRequestablePermissions",
      client.api.GET("/appstore/requestable_permissions", { params: { query: { app_id: await appId(client, "Okta") } } }),
    );
    expect(synced.items.map((p) => p.type)).toEqual(["SYNCED", "SYNCED"]);
    const refuse = await failure(client
      .call("deleteRequestablePermission", client.api.DELETE("/appstore/requestable_permissions/{permission_id}", { params: { path: { permission_id: synced.items[0]!.id! } } })));
    expect(refuse.status).toBe(409);
    await client.call("deleteRequestablePermission", client.api.DELETE("/appstore/requestable_permissions/{permission_id}", { params: { path: { permission_id: created.id! } } }));
    const after = await client.call("listRequestablePermissions", client.api.GET("/appstore/requestable_permissions", { params: { query: { app_id: app } } }));
    expect(after.items).toEqual([]);
  });

  it("merges app-level settings only with include_inherited_configs", async () => {
    const { client } = startSimulator();
    const app = await payroll(client);
    const alice = await userId(client, "alice@acme.example");
    await client.call(
      "addAppToAppStore",
      client.api.POST("/appstore/apps", { body: { app_id: app, request_flow: { require_manager_approval: true, approvers: { users: [{ id: alice }] } }, provisioning: { time_based_access: ["1 day"] } } }),
    );
    const created = await client.call("createRequestablePermission", client.api.POST("/appstore/requestable_permissions", { body: { app_id: app, label: "Viewer" } }));
    const get = (inherit: boolean) =>
      client.call("getRequestablePermission", client.api.GET("/appstore/requestable_permissions/{permission_id}", { params: { path: { permission_id: created.id! }, query: { include_inherited_configs: inherit } } }));
    const inherited = await get(true);
    expect(inherited.request_config?.request_approval_config?.manager_approval).toBe("INITIAL_APPROVAL");
    expect(inherited.request_config?.request_approval_config?.approvers?.users?.map((u) => u.id)).toEqual([alice]);
    expect(inherited.request_config?.request_fulfillment_config?.time_based_access).toEqual(["1 day"]);
    const own = await get(false);
    expect(own.request_config?.request_approval_config?.manager_approval).toBe("NONE");
    expect(own.request_config?.request_approval_config?.approvers).toEqual({ groups: [], users: [] });
    expect(own.request_config?.request_fulfillment_config?.time_based_access).toEqual([]);
  });

  it("PATCHes permissions: present fields override, missing untouched, null clears, provisioning_group fixed", async () => {
    const { client } = startSimulator();
    const app = await payroll(client);
    const finance = await groupId(client, "Finance");
    const engineering = await groupId(client, "Engineering");
    const bob = await userId(client, "bob@acme.example");
    const created = await client.call(
      "createRequestablePermission",
      client.api.POST("/appstore/requestable_permissions", {
        params: { query: { include_inherited_configs: false } },
        body: {
          app_id: app,
          label: "Payroll Admin",
          request_config: {
            appstore_visibility: "VISIBLE",
            allowed_groups_override: true,
            allowed_groups: { type: "SPECIFIED_GROUPS", groups: [{ id: finance }] },
            request_approval_config: { request_approval_config_override: true, manager_approval: "INITIAL_APPROVAL", approvers: { users: [{ id: bob }] } },
            request_fulfillment_config: { manual_steps_needed: true, manual_instructions: "Add in payroll", provisioning_group: { id: finance } },
          },
        },
      }),
    );
    const id = created.id!;
    const patch = (request_config: Record<string, unknown>) =>
      client.call(
        "updateRequestablePermission",
        client.api.PATCH("/appstore/requestable_permissions/{permission_id}", { params: { path: { permission_id: id }, query: { include_inherited_configs: false } }, body: { request_config } }),
      );
    const one = await patch({ request_fulfillment_config: { manual_instructions: "Ask payroll", provisioning_group: { id: engineering } } });
    expect(one.request_config?.appstore_visibility).toBe("VISIBLE");
    expect(one.request_config?.request_fulfillment_config).toMatchObject({ manual_steps_needed: true, manual_instructions: "Ask payroll" });
    expect(one.request_config?.request_fulfillment_config?.provisioning_group?.id).toBe(finance);
    expect(one.request_config?.request_approval_config?.approvers?.users?.map((u) => u.id)).toEqual([bob]);
    const two = await patch({ request_fulfillment_config: { manual_instructions: null }, appstore_visibility: null });
    expect(two.request_config?.request_fulfillment_config?.manual_instructions).toBeNull();
    expect(two.request_config?.appstore_visibility).toBe("HIDDEN");
    const invalid = await failure(patch({ allowed_groups: { type: "SPECIFIED_GROUPS", groups: [] } }));
    expect(invalid.status).toBe(422);
  });

  it("filters permissions by label", async () => {
    const { client } = startSimulator();
    const list = (query: Record<string, unknown>) =>
      client.call("listRequestablePermissions", client.api.GET("/appstore/requestable_permissions", { params: { query } })).then((p) => p.items.map((x) => x.label).sort());
    expect(await list({ search_term: "admin" })).toEqual(["Groups Admin", "Okta Read Only Admin", "Okta Super Admin"]);
    expect(await list({ search_term: "Groups Admin", exact_match: true })).toEqual(["Groups Admin"]);
  });
});

describe("simulator: list pages follow every write", () => {
  it("pages a list that changes between reads as it stands at each read, in creation order", async () => {
    const { client } = startSimulator();
    const appIdOf = (await client.call("listApps", client.api.GET("/apps", { params: { query: { size: 100 } } }))).items[0]!.id;
    const pageOf = async (page: number, size: number) =>
      client.call("listRequestablePermissions", client.api.GET("/appstore/requestable_permissions", { params: { query: { page, size, include_inherited_configs: false } } }));
    const before = await pageOf(1, 100);
    const create = (label: string) =>
      client.call("createPermission", client.api.POST("/appstore/requestable_permissions", { body: { app_id: appIdOf, label } }));
    const first = await create("Paged A");
    const second = await create("Paged B");
    const last = async () => {
      const { total } = await pageOf(1, 1);
      return { total, items: (await pageOf(total!, 1)).items };
    };
    expect(await last()).toEqual({ total: before.total! + 2, items: [expect.objectContaining({ id: second.id, label: "Paged B" })] });
    await client.call("deletePermission", client.api.DELETE("/appstore/requestable_permissions/{permission_id}", { params: { path: { permission_id: second.id! } } }));
    expect(await last()).toEqual({ total: before.total! + 1, items: [expect.objectContaining({ id: first.id, label: "Paged A" })] });
    await client.call("updatePermission", client.api.PATCH("/appstore/requestable_permissions/{permission_id}", { params: { path: { permission_id: first.id! } }, body: { label: "Paged A2" } }));
    expect(await last()).toEqual({ total: before.total! + 1, items: [expect.objectContaining({ id: first.id, label: "Paged A2" })] });
    // A filtered read sees the same writes.
    const named = await client.call("listRequestablePermissions", client.api.GET("/appstore/requestable_permissions", { params: { query: { search_term: "Paged" } } }));
    expect(named.items.map((p) => p.label)).toEqual(["Paged A2"]);
  });
});

describe("simulator: pre-approval rules and access policies", () => {
  it("stores rules, returns their lists shuffled, and replaces only the lists an update sends", async () => {
    const { client } = startSimulator();
    const okta = await appId(client, "Okta");
    const groups = await Promise.all(["IT Admins", "Engineering", "Finance", "Sales", "Security"].map((g) => groupId(client, g)));
    const perms = await client.call("listRequestablePermissions", client.api.GET("/appstore/requestable_permissions", { params: { query: { app_id: okta } } }));
    const rule = await client.call(
      "createPreApprovalRule",
      client.api.POST("/appstore/pre_approval_rules", {
        body: { app_id: okta, justification: "Admins", preapproved_groups: groups.map((id) => ({ id })), preapproved_permissions: perms.items.map((p) => ({ id: p.id! })), time_based_access: ["7 days"] },
      }),
    );
    expect(rule).toMatchObject({ app_id: okta, app_class_id: "okta.com", justification: "Admins", time_based_access: ["7 days"] });
    const orders = new Set<string>();
    for (let i = 0; i < 10; i++) {
      const read = await client.call("getPreApprovalRule", client.api.GET("/appstore/pre_approval_rules/{pre_approval_rule_id}", { params: { path: { pre_approval_rule_id: rule.id! } } }));
      expect(read.preapproved_groups?.map((g) => g.id).sort()).toEqual([...groups].sort());
      orders.add(read.preapproved_groups?.map((g) => g.id).join(",") ?? "");
    }
    expect(orders.size).toBeGreaterThan(1);
    const updated = await client.call(
      "updatePreApprovalRule",
      client.api.PATCH("/appstore/pre_approval_rules/{pre_approval_rule_id}", { params: { path: { pre_approval_rule_id: rule.id! } }, body: { justification: "Admins only", preapproved_groups: [{ id: groups[0]! }] } }),
    );
    expect(updated.preapproved_groups).toHaveLength(1);
    expect(updated.preapproved_permissions?.map((p) => p.id).sort()).toEqual(perms.items.map((p) => p.id).sort());
    expect(updated.time_based_access).toEqual(["7 days"]);
    const listed = await client.call("listPreApprovalRules", client.api.GET("/appstore/pre_approval_rules", { params: { query: { app_id: okta } } }));
    expect(listed.items.map((r) => r.justification)).toEqual(["Admins only"]);
    const zoom = await appId(client, "Zoom");
    const foreign = await failure(
      client.call("createPreApprovalRule", client.api.POST("/appstore/pre_approval_rules", { body: { app_id: zoom, justification: "x", preapproved_permissions: [{ id: perms.items[0]!.id! }] } })),
    );
    expect(foreign.status).toBe(422);
  });

  it("replaces access policies whole and requires a condition unless everyone", async () => {
    const { client } = startSimulator();
    const zoom = await appId(client, "Zoom");
    const created = await client.call(
      "createAccessPolicy",
      client.api.POST("/access_policies", { body: { name: "Engineers get Zoom", business_justification: "Meetings", apps: [{ id: zoom }], access_condition: { group: "Engineering" } } }),
    );
    expect(created).toMatchObject({ status: "DRAFT", is_enabled: false, is_everyone_condition: false, apps: [{ id: zoom, is_preapproved: false, permissions: [] }] });
    const replaced = await client.call(
      "replaceAccessPolicy",
      client.api.PUT("/access_policies/{access_policy_id}", { params: { path: { access_policy_id: created.id } }, body: { name: "Everyone gets Zoom", business_justification: "Meetings", apps: [{ id: zoom }], is_everyone_condition: true, status: "PUBLISHED" } }),
    );
    expect(replaced).toMatchObject({ name: "Everyone gets Zoom", status: "PUBLISHED", access_condition: {}, is_everyone_condition: true });
    const noCondition = await failure(client
      .call("createAccessPolicy", client.api.POST("/access_policies", { body: { name: "x", business_justification: "y", apps: [{ id: zoom }] } })));
    expect(noCondition.status).toBe(422);
    const byName = await client.call("listAccessPolicies", client.api.GET("/access_policies", { params: { query: { name: "Everyone gets Zoom" } } }));
    expect(byName.items).toHaveLength(1);
  });
});

describe("simulator: directory and extension operations", () => {
  it("lists users, groups and members with filters", async () => {
    const { client } = startSimulator();
    const users = await client.call("listUsers", client.api.GET("/users", { params: { query: { size: 100 } } }));
    expect(users.total).toBe(21);
    const me = await client.call("getCurrentUser", client.api.GET("/users/current"));
    expect(me.email).toBe("ada.admin@acme.example");
    const engineering = await client.call("listGroups", client.api.GET("/groups", { params: { query: { name: "Engineering", exact_match: true } } }));
    expect(engineering.items).toHaveLength(2);
    const members = await client.call("listGroupMembers", client.api.GET("/groups/{group_id}/users", { params: { path: { group_id: await groupId(client, "Finance") } } }));
    expect(members.items.map((u) => u.email).sort()).toEqual(["frank@acme.example", "grace@acme.example", "olivia@acme.example"]);
  });

  it("manages inline webhooks; the secret is never returned", async () => {
    const { client } = startSimulator();
    const seeded = await client.call("listInlineWebhooks", client.api.GET("/inline_webhooks"));
    expect(new Set(seeded.map((w) => w.hook_type))).toEqual(new Set(["PRE_APPROVAL", "PROVISION", "DEPROVISION", "REQUEST_VALIDATION", "SIEM"]));
    const created = await client.call(
      "createInlineWebhook",
      client.api.POST("/inline_webhooks", { body: { name: "Audit", hook_type: "SIEM", url: "https://siem.example/in", secret: "s3cr3t" } }),
    );
    expect(JSON.stringify(created)).not.toContain("s3cr3t");
    const dup = await failure(client.call("createInlineWebhook", client.api.POST("/inline_webhooks", { body: { name: "Audit", hook_type: "SIEM", url: "https://x.example" } })));
    expect(dup.status).toBe(409);
    const updated = await client.call("updateInlineWebhook", client.api.PATCH("/inline_webhooks/{inline_webhook_id}", { params: { path: { inline_webhook_id: created.id } }, body: { description: "SIEM copy" } }));
    expect(updated).toMatchObject({ name: "Audit", description: "SIEM copy", url: "https://siem.example/in" });
    await client.call("deleteInlineWebhook", client.api.DELETE("/inline_webhooks/{inline_webhook_id}", { params: { path: { inline_webhook_id: created.id } } }));
    expect(await client.call("listInlineWebhooks", client.api.GET("/inline_webhooks"))).toHaveLength(5);
  });

  it("keeps user sources in order and schedules with valid cron expressions", async () => {
    const { client } = startSimulator();
    const sources = await client.call("listUserSources", client.api.GET("/user_sources"));
    expect(sources.items.map((s) => s.user_friendly_label)).toEqual(["Okta", "Google Workspace"]);
    const okta = await appId(client, "Okta");
    const google = await appId(client, "Google Workspace");
    const swapped = await client.call("replaceUserSources", client.api.PUT("/user_sources", { body: { app_ids: [google, okta] } }));
    expect(swapped.items.map((s) => [s.position, s.user_friendly_label])).toEqual([[1, "Google Workspace"], [2, "Okta"]]);

    const schedule = await client.call("putSyncSchedule", client.api.PUT("/sync_schedules/{app_id}", { params: { path: { app_id: okta } }, body: { cron: "30 7 * * *" } }));
    expect(schedule).toMatchObject({ app_id: okta, cron: "30 7 * * *", timezone: "UTC", enabled: true, sync_type: "full_sync" });
    const bad = await failure(client
      .call("putSyncSchedule", client.api.PUT("/sync_schedules/{app_id}", { params: { path: { app_id: okta } }, body: { cron: "every day at 7" } })));
    expect(bad.status).toBe(422);
    expect(await client.call("listSyncSchedules", client.api.GET("/sync_schedules"))).toHaveLength(1);
    await client.call("deleteSyncSchedule", client.api.DELETE("/sync_schedules/{app_id}", { params: { path: { app_id: okta } } }));
    expect(await client.call("listSyncSchedules", client.api.GET("/sync_schedules"))).toEqual([]);
  });
});
