import { describe, expect, it } from "vitest";
import { appId, startSimulator, TOKEN, userId } from "../helpers/simulator.ts";

const auth = { Authorization: `Bearer ${TOKEN}` };

describe("acting in the Lumos UI through the simulator's control surface", () => {
  it("records the UI actor in the activity log, and the token's user for API writes", async () => {
    const { sim, client } = startSimulator();
    const payroll = await client.call(
      "createApp",
      client.api.POST("/apps", { body: { name: "Payroll", category: "HR & Learning", description: "d" } }),
    );
    sim.resetStats();
    const edited = await sim.fetch(
      new Request(`http://sim/_simulator/ui/apps/${payroll.id}`, {
        method: "PATCH",
        headers: { ...auth, "Content-Type": "application/json", "X-Simulator-Actor": "bob@acme.example" },
        body: JSON.stringify({ description: "Changed in the UI" }),
      }),
    );
    expect(edited.status).toBe(200);
    expect(((await edited.json()) as { description: string }).description).toBe("Changed in the UI");
    // Not the tool's traffic: not counted.
    expect(sim.getStats().total).toBe(0);
    const logs = await client.call("getActivityLogs", client.api.GET("/activity_logs", { params: { query: { limit: 100 } } }));
    const entries = logs.items.filter((e) => (e.targets as { id: string }[]).some((t) => t.id === payroll.id));
    expect(entries.map((e) => [e.event_type, (e.actor as { email: string }).email])).toEqual([
      ["APP_CREATED", "ada.admin@acme.example"],
      ["APP_UPDATED", "bob@acme.example"],
    ]);
  });

  it("connects apps added in the UI as UI-connected, and refuses an unknown or missing actor", async () => {
    const { sim, client } = startSimulator();
    const missing = await sim.fetch(new Request("http://sim/_simulator/ui/apps", { method: "POST", headers: auth, body: "{}" }));
    expect(missing.status).toBe(422);
    const unknown = await sim.fetch(new Request("http://sim/_simulator/ui/apps", { method: "POST", headers: { ...auth, "X-Simulator-Actor": "nobody@x.example" }, body: "{}" }));
    expect(((await unknown.json()) as { detail: string }).detail).toContain("no user nobody@x.example");
    const set = await sim.fetch(new Request("http://sim/_simulator/ui/actor", { method: "PUT", headers: auth, body: JSON.stringify({ email: "carol@acme.example" }) }));
    expect(set.status).toBe(200);
    const created = await sim.fetch(
      new Request("http://sim/_simulator/ui/apps", { method: "POST", headers: auth, body: JSON.stringify({ name: "Wiki", category: "Collaboration", description: "d" }) }),
    );
    expect(created.status).toBe(200);
    const id = await appId(client, "Wiki");
    expect(sim.tenant.apps.get(id)?.connection_source).toBe("UI");
    // Contract checks still apply to UI requests.
    const bad = await sim.fetch(new Request("http://sim/_simulator/ui/apps", { method: "POST", headers: auth, body: JSON.stringify({ name: 5 }) }));
    expect(bad.status).toBe(422);
  });

  it("records identity events for a person's changed attributes, filtered as Lumos filters them", async () => {
    const { sim, client } = startSimulator();
    const bob = await userId(client, "bob@acme.example");
    const changed = await sim.fetch(
      new Request(`http://sim/_simulator/ui/users/${bob}`, {
        method: "PATCH",
        headers: { ...auth, "X-Simulator-Actor": "ada.admin@acme.example" },
        body: JSON.stringify({ family_name: "Roberts", status: "SUSPENDED" }),
      }),
    );
    expect(changed.status).toBe(200);
    const all = await client.call("getIdentityEvents", client.api.GET("/identity_events", { params: { query: { identity_ids: [bob] } } }));
    expect(all.total_count).toBe(2);
    expect(all.identity_events.map((e) => [e.changed_field, e.new_field_value])).toEqual([
      ["family_name", "Roberts"],
      ["status", "SUSPENDED"],
    ]);
    const status = await client.call(
      "getIdentityEvents",
      client.api.GET("/identity_events", { params: { query: { changed_fields: ["status"], limit: 1 } } }),
    );
    expect(status.identity_events).toHaveLength(1);
    expect(status.identity_events[0]).toMatchObject({ user_id: bob, old_field_value: "ACTIVE", new_field_value: "SUSPENDED" });
    expect(status.next_cursor).toBeNull();
    const wrong = await sim.fetch(new Request(`http://sim/_simulator/ui/users/${bob}`, { method: "PATCH", headers: { ...auth, "X-Simulator-Actor": "ada.admin@acme.example" }, body: JSON.stringify({ title: 3 }) }));
    expect(wrong.status).toBe(422);
  });
});
