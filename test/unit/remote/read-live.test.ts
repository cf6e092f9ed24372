import { describe, expect, it } from "vitest";
import { LumosClient } from "../../../src/remote/client.ts";
import { readLive, type ReadNeeds } from "../../../src/remote/read-live.ts";
import { startSimulator, TOKEN } from "../../helpers/simulator.ts";

const NEEDS: ReadNeeds = {
  kinds: new Set(["apps", "appstore_apps", "requestable_permissions", "pre_approval_rules"]),
  managedApps: false,
  settingsFor: new Set(),
  webhookDetails: new Set(),
  integrations: new Set(),
  users: false,
  groups: false,
};

describe("readLive", () => {
  it("reads the other lists alongside the apps, and AppStore settings only once the apps are known", async () => {
    const { sim, client: plain } = startSimulator();
    // Settings of one app, put in the AppStore first.
    const app = (await plain.call("listApps", plain.api.GET("/apps"))).items[0]!;
    await plain.call("addAppToAppStore", plain.api.POST("/appstore/apps", { body: { app_id: app.id } }));
    const needs = { ...NEEDS, settingsFor: new Set([app.user_friendly_label]) };
    const sent: string[] = [];
    let releaseApps!: () => void;
    const appsHeld = new Promise<void>((resolve) => (releaseApps = resolve));
    const client = new LumosClient({
      baseUrl: "http://127.0.0.1:1",
      token: TOKEN,
      fetch: async (request) => {
        const path = new URL(request.url).pathname;
        sent.push(path);
        if (path === "/apps") {
          // The apps answer once the other lists were asked for (or after a while, so that a
          // client reading them one after the other fails rather than hangs).
          await Promise.race([appsHeld, new Promise((resolve) => setTimeout(resolve, 500))]);
          const answer = await sim.fetch(request);
          sent.push("answered /apps");
          return answer;
        } else if (["/appstore/requestable_permissions", "/appstore/pre_approval_rules", "/appstore/apps"].every((p) => sent.includes(p))) {
          releaseApps();
        }
        return sim.fetch(request);
      },
    });
    const live = await readLive(client, needs);
    const firstSettings = sent.findIndex((p) => p.endsWith("/settings"));
    expect(sent.indexOf("/appstore/requestable_permissions")).toBeLessThan(firstSettings);
    // Every list was asked for before the apps answered.
    const answered = sent.indexOf("answered /apps");
    for (const list of ["/appstore/apps", "/appstore/pre_approval_rules", "/appstore/requestable_permissions"]) {
      expect(sent).toContain(list);
      expect(sent.indexOf(list)).toBeLessThan(answered);
    }
    expect(answered).toBeLessThan(firstSettings);
    expect(sent.filter((p) => p.endsWith("/settings"))).toHaveLength(1);
    expect(live.kinds.requestable_permissions!.length).toBeGreaterThan(0);
    expect(live.kinds.appstore_apps!.find((object) => object.id === app.id)!.data).toHaveProperty("request_flow");
  });
});
