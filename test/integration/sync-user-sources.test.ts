import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { against, cli, project } from "../helpers/cli.ts";
import { appId, startSimulator, type Harness } from "../helpers/simulator.ts";
import type { Seed } from "../../src/simulator/seed.ts";

const open = { type: "object", properties: {} };
const SEED: Seed = {
  name: "sources",
  integrations: [
    { app_class_id: "okta.com", name: "Okta", category: "IT & Security", logo_url: null, auth_schema: open, settings_schema: open },
    { app_class_id: "google.com", name: "Google Workspace", category: "Collaboration", logo_url: null, auth_schema: open, settings_schema: open },
  ],
  apps: [
    {
      name: "Okta",
      app_class_id: "okta.com",
      accounts: [
        { email: "pat@acme.example", given_name: "Pat", family_name: "Okta", status: "ACTIVE" },
        { email: "olga@acme.example", given_name: "Olga", family_name: "Only-Okta" },
      ],
    },
    {
      name: "Google Workspace",
      app_class_id: "google.com",
      accounts: [
        { email: "pat@acme.example", given_name: "Patricia", family_name: "Google", status: "SUSPENDED" },
        { email: "gus@acme.example", given_name: "Gus", family_name: "Only-Google" },
      ],
    },
    { name: "Payroll", category: "HR & Learning", description: "custom" },
  ],
  users: [{ email: "admin@acme.example", given_name: "Ada", family_name: "Admin" }],
};

async function users(harness: Harness): Promise<Record<string, string>> {
  const page = await harness.client.call("users", harness.client.api.GET("/users", { params: { query: { size: 100 } } }));
  return Object.fromEntries(page.items.map((u) => [u.email ?? "", `${u.given_name} ${u.family_name} ${u.status}`]));
}

async function sync(harness: Harness, app: string): Promise<void> {
  const id = await appId(harness.client, app);
  await harness.client.call("sync", harness.client.api.POST("/apps/{app_id}/sync", { params: { path: { app_id: id } }, body: { sync_type: "full_sync" } }));
}

const config = (sources: string) => ({ "lumos.config.yaml": `user_sources: ${sources}\n` });

describe("user sources with precedence", () => {
  it("builds users from the ordered sources: the first source wins; reordering takes effect at the next sync; removing keeps users", async () => {
    const harness = startSimulator({ seed: SEED });
    const { sim } = harness;
    const dir = project(config("[Okta, Google Workspace]"));
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    expect((await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"])).code).toBe(0);
    // Setting the sources changes no user by itself; the next sync does.
    expect(await users(harness)).toEqual({ "admin@acme.example": "Ada Admin ACTIVE" });
    await sync(harness, "Okta");
    expect(await users(harness)).toEqual({
      "admin@acme.example": "Ada Admin ACTIVE",
      "pat@acme.example": "Pat Okta ACTIVE",
      "olga@acme.example": "Olga Only-Okta ACTIVE",
      "gus@acme.example": "Gus Only-Google ACTIVE",
    });

    const reordered = project(config("[Google Workspace, Okta]"));
    expect((await cli(sim, ["apply", ...against(reordered), "--auto-approve"])).code).toBe(0);
    expect((await users(harness))["pat@acme.example"]).toBe("Pat Okta ACTIVE");
    await sync(harness, "Google Workspace");
    expect((await users(harness))["pat@acme.example"]).toBe("Patricia Google SUSPENDED");
    expect((await cli(sim, ["plan", ...against(reordered), "--detailed-exitcode"])).code).toBe(0);

    const removed = project(config("[Google Workspace]"));
    const plan = await cli(sim, ["plan", ...against(removed)]);
    expect(plan.stdout).toContain('note: user_sources: removing "Okta" from user_sources does not delete the Lumos users it brought in');
    expect((await cli(sim, ["apply", ...against(removed), "--auto-approve"])).code).toBe(0);
    await sync(harness, "Google Workspace");
    const after = await users(harness);
    expect(after["olga@acme.example"]).toBe("Olga Only-Okta ACTIVE");
    expect(Object.keys(after)).toHaveLength(4);
    expect((await cli(sim, ["plan", ...against(removed), "--detailed-exitcode"])).code).toBe(0);
  });

  it("accepts only connected integrations as sources, refusing others at their position with no write", async () => {
    const harness = startSimulator({ seed: SEED });
    const { sim } = harness;
    const declared = project({
      "lumos.config.yaml": "apps:\n  - { name: Expenses, category: Other, description: d }\nuser_sources: [Okta, Expenses]\n",
    });
    const offline = await cli(sim, ["validate", "--config", join(declared, "lumos.config.yaml")]);
    expect(offline.code).toBe(1);
    expect(offline.stderr).toMatch(/lumos\.config\.yaml:3:\d+: "Expenses" is a custom app; only connected integrations can be user sources/);

    const live = project(config("[Okta, Payroll]"));
    const plan = await cli(sim, ["plan", ...against(live)]);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/lumos\.config\.yaml:1:\d+: "Payroll" is a custom app; only connected integrations can be user sources/);
    expect(sim.getStats().writes).toBe(0);

    // The simulator refuses it too, as the last line of defence.
    const payroll = await appId(harness.client, "Payroll");
    const answer = await harness.client.api.PUT("/user_sources", { body: { app_ids: [payroll] } });
    expect(answer.response.status).toBe(409);
  });
});
