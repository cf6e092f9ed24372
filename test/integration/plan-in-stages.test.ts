import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/load/load-config.ts";
import type { LiveState } from "../../src/model/types.ts";
import { computePlan, planSteps, type PlanPause } from "../../src/plan/compute-plan.ts";
import { LumosClient } from "../../src/remote/client.ts";
import { needsFor, readLive } from "../../src/remote/read-live.ts";
import { planAgainst } from "../../src/session.ts";
import { against, cli, project } from "../helpers/cli.ts";
import { BASE_URL, startSimulator, TOKEN } from "../helpers/simulator.ts";

const roles = (app: string, count: number) => Array.from({ length: count }, (_, i) => `  - { app: ${app}, label: Role ${i} }`).join("\n");
const config = (approver: string, label: string) => `apps:
  - { name: Alpha, category: Other, description: a }
  - { name: Beta, category: Other, description: b }
appstore_apps:
  - { app: Alpha, request_flow: { discoverability: FULL, approvers: { users: [${approver}] } } }
  - { app: Beta, request_flow: { discoverability: LIMITED }, provisioning: { time_based_access: ["7 days"] } }
requestable_permissions:
  - { app: Alpha, label: ${label} }
${roles("Alpha", 250)}
${roles("Beta", 250)}
pre_approval_rules:
  - { app: Beta, justification: Standard, preapproved_permissions: [Role 1] }
`;

describe("planning beside the reads", () => {
  it("plans every other kind before the AppStore settings are in, and makes the plan computePlan makes", async () => {
    const { sim, client } = startSimulator();
    const first = project({ "lumos.config.yaml": config("alice@acme.example", "Viewer") });
    expect((await cli(sim, ["apply", ...against(first), "--auto-approve"])).code).toBe(0);
    // Changes in an AppStore app's settings and in a permission, so both stages have work.
    const next = project({ "lumos.config.yaml": config("bob@acme.example", "Reader") });
    const loaded = loadConfig(join(next, "lumos.config.yaml"));
    const full = await readLive(client, needsFor(loaded.desired));
    const expected = computePlan(loaded.desired, full);
    expect(expected.changes.map((c) => `${c.action} ${c.address}`).sort()).toEqual([
      "create requestable_permission.Alpha/Reader",
      "update appstore_app.Alpha",
    ]);

    // The same live state with each AppStore app's settings held back: reading them before the
    // planner says it needs them throws.
    const staged = structuredClone(full) as LiveState;
    const held = new Set<string>();
    const settings = new Map<string, Record<string, unknown>>();
    for (const object of staged.kinds.appstore_apps ?? []) {
      const { app_id: appId, ...rest } = object.data;
      settings.set(object.id, rest);
      held.add(object.id);
      object.data = new Proxy({ app_id: appId } as Record<string, unknown>, {
        get: (target, key) => {
          if (held.has(object.id) && key !== "app_id") throw new Error(`the planner read ${String(key)} of an AppStore app before its settings were in`);
          return Reflect.get(target, key);
        },
        ownKeys: (target) => {
          if (held.has(object.id)) throw new Error("the planner listed an AppStore app's settings before they were in");
          return Reflect.ownKeys(target);
        },
      });
    }
    const release = (id: string) => {
      const object = staged.kinds.appstore_apps!.find((o) => o.id === id)!;
      held.delete(id);
      Object.assign(object.data, settings.get(id));
    };
    const steps = planSteps(loaded.desired, staged, {});
    const pauses: PlanPause[] = [];
    let step = steps.next();
    while (!step.done) {
      pauses.push(step.value);
      if (step.value === "appstore settings") for (const id of [...held]) release(id);
      else if (step.value !== "pause") release(step.value.settings);
      step = steps.next();
    }
    const appIds = new Map((full.kinds.apps ?? []).map((app) => [String(app.data.user_friendly_label), app.id]));
    const perApp = pauses.flatMap((p) => (typeof p === "object" ? [p.settings] : []));
    // One app at a time, in the order they are declared, then all of them once.
    expect(perApp).toEqual([appIds.get("Alpha"), appIds.get("Beta")]);
    expect(pauses.filter((p) => p === "appstore settings")).toHaveLength(1);
    expect(pauses.at(-1)).toBe("appstore settings");
    // The 500 permissions are planned in several steps, before the AppStore apps.
    expect(pauses.findIndex((p) => typeof p === "object")).toBeGreaterThan(2);
    expect(step.value).toEqual(expected);

    // planAgainst reads in stages and plans beside the reads: the same plan.
    const run = await planAgainst(loaded, { environment: "test", description: "test", url: "", client, close: async () => {} });
    expect(run.plan.changes).toEqual(expected.changes);
    expect(run.live.kinds.appstore_apps?.find((a) => a.data.request_flow !== undefined)).toBeDefined();

    expect((await cli(sim, ["apply", ...against(next), "--auto-approve"])).code).toBe(0);
    const replan = await cli(sim, ["plan", ...against(next), "--detailed-exitcode"]);
    expect(replan.code, replan.stdout).toBe(0);
  });

  it("reads the AppStore apps' settings in the order the apps are declared, the order they are planned in", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": config("alice@acme.example", "Viewer") });
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    // Declared Beta first; the tenant lists Alpha, created first, first.
    const swapped = config("alice@acme.example", "Viewer").replace(/(  - \{ app: Alpha, request_flow.*\n)(  - \{ app: Beta, request_flow.*\n)/, "$2$1");
    expect(swapped.indexOf("app: Beta, request_flow")).toBeLessThan(swapped.indexOf("app: Alpha, request_flow"));
    const loaded = loadConfig(join(project({ "lumos.config.yaml": swapped }), "lumos.config.yaml"));
    const asked: string[] = [];
    /** An app whose settings answer comes late: long after the planner could reach it. */
    let late: string | undefined;
    const client = new LumosClient({
      baseUrl: BASE_URL,
      token: TOKEN,
      fetch: async (request) => {
        const settings = /\/appstore\/apps\/([^/]+)\/settings/.exec(new URL(request.url).pathname);
        if (settings) asked.push(settings[1]!);
        const answer = await sim.fetch(request);
        if (settings?.[1] === late) await new Promise((resolve) => setTimeout(resolve, 300));
        return answer;
      },
    });
    const listed = await readLive(client, needsFor(loaded.desired));
    const ids = new Map((listed.kinds.apps ?? []).map((app) => [String(app.data.user_friendly_label), app.id]));
    expect((listed.kinds.appstore_apps ?? []).map((a) => a.id)).toEqual([ids.get("Alpha"), ids.get("Beta")]);
    expect(asked).toEqual([ids.get("Beta"), ids.get("Alpha")]);
    // The planner waits for that one app's settings before planning it: planned without them, it would differ.
    late = ids.get("Beta");
    const run = await planAgainst(loaded, { environment: "test", description: "test", url: "", client, close: async () => {} });
    expect(run.plan.changes).toEqual([]);
    const replan = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"]);
    expect(replan.code, replan.stdout).toBe(0);
  });

  it("fails with the settings read's own error when one fails after the rest was planned, writing nothing", async () => {
    const { sim, client } = startSimulator();
    const dir = project({ "lumos.config.yaml": config("alice@acme.example", "Viewer") });
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    const loaded = loadConfig(join(dir, "lumos.config.yaml"));
    sim.faults.enqueue({ fault: "fail", route: "GET /appstore/apps/{app_id}/settings", status: 404 });
    sim.resetStats();
    const error = await planAgainst(loaded, { environment: "test", description: "test", url: "", client, close: async () => {} }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/getAppStoreAppSettings failed with HTTP 404/);
    const stats = sim.getStats();
    expect(stats.by_route["GET /appstore/apps/{app_id}/settings"]).toBe(2);
    expect(stats.writes).toBe(0);
    const replan = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"]);
    expect(replan.code, replan.stdout).toBe(0);
  });

  it("reports a failed settings read before a planning error, as when planning waited for every read", async () => {
    const { sim, client } = startSimulator({ extensions: false });
    const dir = project({ "lumos.config.yaml": config("alice@acme.example", "Viewer") });
    expect((await cli(sim, ["apply", ...against(dir), "--auto-approve"])).code).toBe(0);
    // Declared inline webhooks this server cannot serve: planning refuses them at once.
    const more = project({
      "lumos.config.yaml": `${config("alice@acme.example", "Viewer")}inline_webhooks:\n  - { name: Audit, hook_type: SIEM, url: https://hooks.acme.example/audit }\n`,
    });
    const loaded = loadConfig(join(more, "lumos.config.yaml"));
    const target = { environment: "test", description: "test", url: "", client, close: async () => {} };
    sim.resetStats();
    expect(String(await planAgainst(loaded, target).catch((e: unknown) => e))).toMatch(/inline_webhooks cannot be managed on this server/);
    sim.faults.enqueue({ fault: "fail", route: "GET /appstore/apps/{app_id}/settings", status: 404 });
    expect(String(await planAgainst(loaded, target).catch((e: unknown) => e))).toMatch(/getAppStoreAppSettings failed with HTTP 404/);
    expect(sim.getStats().writes).toBe(0);
    const replan = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"]);
    expect(replan.code, replan.stdout).toBe(0);
  });
});
