import { describe, expect, it } from "vitest";
import { crudRound } from "../../scripts/crud-round.ts";
import { startSimulator } from "../helpers/simulator.ts";

describe("the CRUD round over the public operations", () => {
  it("completes against the simulator with every response matching our contract", async () => {
    const { sim, client } = startSimulator();
    const appsBefore = sim.tenant.apps.size;
    const steps = await crudRound(client);
    expect(steps).toHaveLength(29);
    expect(client.metrics.total).toBe(29);
    expect(sim.tenant.apps.size).toBe(appsBefore);
    expect(sim.tenant.permissions.all().filter((p) => p.type === "NATIVE")).toEqual([]);
    expect(sim.tenant.rules.size).toBe(0);
    expect(sim.tenant.policies.size).toBe(0);
  });
});
