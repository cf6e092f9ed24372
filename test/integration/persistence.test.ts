import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LumosClient } from "../../src/remote/client.ts";
import { Simulator } from "../../src/simulator/server.ts";
import { TOKEN } from "../helpers/simulator.ts";

const dir = mkdtempSync(join(tmpdir(), "lumos-sim-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function open(dataFile: string) {
  const sim = new Simulator({ token: TOKEN, dataFile, validateResponses: true });
  const client = new LumosClient({ baseUrl: "http://127.0.0.1:1", token: TOKEN, fetch: sim.fetch });
  return { sim, client };
}

describe("simulator persistence", () => {
  it("keeps the tenant across a restart on the same --data file, and seeds only once", async () => {
    const file = join(dir, "tenant.db");
    const first = open(file);
    const app = await first.client.call(
      "createApp",
      first.client.api.POST("/apps", { body: { name: "Payroll", category: "HR & Learning", description: "Pay" } }),
    );
    const permission = await first.client.call(
      "createRequestablePermission",
      first.client.api.POST("/appstore/requestable_permissions", { body: { app_id: app.id, label: "Admin" } }),
    );
    const okta = first.sim.tenant.apps.all().find((a) => a.name === "Okta")!;
    await first.client.call("updateApp", first.client.api.PATCH("/apps/{app_id}", { params: { path: { app_id: okta.id } }, body: { website_url: "https://okta.example" } }));
    const before = first.sim.tenant.apps.size;
    await first.sim.close();

    const second = open(file);
    const again = await second.client.call("getApp", second.client.api.GET("/apps/{app_id}", { params: { path: { app_id: app.id } } }));
    expect(again.user_friendly_label).toBe("Payroll");
    const perm = await second.client.call(
      "getRequestablePermission",
      second.client.api.GET("/appstore/requestable_permissions/{permission_id}", { params: { path: { permission_id: permission.id! } } }),
    );
    expect(perm.label).toBe("Admin");
    expect(second.sim.tenant.apps.size).toBe(before);
    const oktaAgain = await second.client.call("getApp", second.client.api.GET("/apps/{app_id}", { params: { path: { app_id: okta.id } } }));
    expect(oktaAgain.website_url).toBe("https://okta.example");
    expect(second.sim.responseViolations).toEqual([]);
    await second.sim.close();
  });

  it("saves a tenant built in memory to a --data file that opens as the same tenant, not re-seeded", async () => {
    const memory = new Simulator({ token: TOKEN });
    const client = new LumosClient({ baseUrl: "http://127.0.0.1:1", token: TOKEN, fetch: memory.fetch });
    const app = await client.call("createApp", client.api.POST("/apps", { body: { name: "Ledger", category: "Other", description: "Books" } }));
    const file = join(dir, "saved.db");
    memory.saveTo(file);
    const apps = memory.tenant.apps.all();
    const permissions = memory.tenant.permissions.all();
    await memory.close();

    const reopened = open(file);
    expect(reopened.sim.tenant.apps.all()).toEqual(apps);
    expect(reopened.sim.tenant.permissions.all()).toEqual(permissions);
    const again = await reopened.client.call("getApp", reopened.client.api.GET("/apps/{app_id}", { params: { path: { app_id: app.id } } }));
    expect(again.user_friendly_label).toBe("Ledger");
    await reopened.sim.close();
  });

  it("keeps nothing when no file is given", async () => {
    const a = new Simulator({ token: TOKEN });
    a.tenant.apps.put("x", { ...a.tenant.apps.all()[0]!, id: "x", name: "Temp" });
    await a.close();
    const b = new Simulator({ token: TOKEN });
    expect(b.tenant.apps.has("x")).toBe(false);
    await b.close();
  });
});
