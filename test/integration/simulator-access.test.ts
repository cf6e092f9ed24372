import { describe, expect, it } from "vitest";
import type { Simulator } from "../../src/simulator/server.ts";
import { appId, groupId, startSimulator, TOKEN, userId } from "../helpers/simulator.ts";

/** Accounts, a user's accounts, access requests and group members, as the demo seed holds them. */

async function get(sim: Simulator, path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await sim.fetch(new Request(`http://sim${path}`, { headers: { Authorization: `Bearer ${TOKEN}` } }));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const items = (body: Record<string, unknown>) => body.items as Record<string, unknown>[];

describe("simulator: accounts and access requests", () => {
  it("lists accounts by app and status, in pages, with the app expanded on request", async () => {
    const { sim, client } = startSimulator();
    const figma = await appId(client, "Figma");
    const all = await get(sim, `/accounts?app_id=${figma}`);
    expect(all.status).toBe(200);
    expect(items(all.body).map((a) => a.email).sort()).toEqual(["victor@acme.example", "walter@acme.example"]);
    expect(items(all.body)[0]).not.toHaveProperty("app");
    const suspended = await get(sim, `/accounts?app_id=${figma}&status=SUSPENDED&expand=app`);
    expect(items(suspended.body)).toEqual([expect.objectContaining({ email: "victor@acme.example", account_type: "USER", status: "SUSPENDED", app: expect.objectContaining({ id: figma }) })]);
    const page = await get(sim, "/accounts?size=5&page=2");
    expect(page.body).toMatchObject({ total: 25, page: 2, size: 5, pages: 5 });
    expect(items(page.body)).toHaveLength(5);
    expect((await get(sim, "/accounts?status=GONE")).status).toBe(422);
    expect((await get(sim, "/accounts?size=101")).status).toBe(422);
  });

  it("lists one user's accounts, and answers 404 for an unknown user", async () => {
    const { sim, client } = startSimulator();
    const walter = await userId(client, "walter@acme.example");
    const accounts = await client.call("getUserAccounts", client.api.GET("/users/{user_id}/accounts", { params: { path: { user_id: walter } } }));
    expect(accounts.items.map((a) => a.user_id)).toEqual([walter]);
    expect((await get(sim, "/users/nobody/accounts")).status).toBe(404);
  });

  it("filters access requests by status and user, sorts by request time, and expands the permissions", async () => {
    const { sim, client } = startSimulator();
    const pending = await client.call(
      "getAccessRequests",
      client.api.GET("/appstore/access_requests", { params: { query: { statuses: ["PENDING", "PENDING_APPROVAL"] } } }),
    );
    expect(pending.items.map((r) => [r.target_user.email, r.status, r.requestable_permissions?.map((p) => p.label)])).toEqual([
      ["bob@acme.example", "PENDING_APPROVAL", ["Okta Super Admin"]],
      ["carol@acme.example", "PENDING", ["Drive Shared Storage"]],
    ]);
    const bob = await userId(client, "bob@acme.example");
    const byBob = await client.call("getAccessRequests", client.api.GET("/appstore/access_requests", { params: { query: { requester_user_id: bob } } }));
    expect(byBob.items.map((r) => r.target_user.email).sort()).toEqual(["bob@acme.example", "carol@acme.example"]);
    const involving = await client.call("getAccessRequests", client.api.GET("/appstore/access_requests", { params: { query: { user_id: bob, sort: "DESC" } } }));
    expect(involving.items.map((r) => r.requested_at)).toEqual(["2026-05-05T10:00:00Z", "2026-05-03T10:00:00Z"]);
    expect((await get(sim, "/appstore/access_requests?statuses=WAITING")).status).toBe(422);
  });

  it("serves group members and users' custom attributes only when expanded", async () => {
    const { sim, client } = startSimulator();
    const finance = await groupId(client, "Finance");
    const members = await client.call("getGroupMembership", client.api.GET("/groups/{group_id}/users", { params: { path: { group_id: finance }, query: { size: 2 } } }));
    expect(members).toMatchObject({ total: 3, size: 2, pages: 2 });
    const plain = await get(sim, "/users?search_term=frank@acme.example&exact_match=true");
    expect(items(plain.body)[0]?.custom_attributes).toEqual({});
    const expanded = await get(sim, "/users?search_term=frank@acme.example&exact_match=true&expand=custom_attributes");
    expect(items(expanded.body)[0]?.custom_attributes).toEqual({ department: { type: "TEXT", value: "Finance" }, employment_type: { type: "TEXT", value: "employee" } });
  });
});
