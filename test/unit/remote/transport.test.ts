import { describe, expect, it } from "vitest";
import { AmbiguousWriteError, LumosIacError, RemoteError } from "../../../src/errors.ts";
import { checkBaseUrl } from "../../../src/remote/base-url.ts";
import { LumosClient } from "../../../src/remote/client.ts";
import { describeErrorBody } from "../../../src/remote/errors.ts";
import { parseRetryAfter } from "../../../src/remote/transport.ts";
import { failure, startSimulator, TOKEN } from "../../helpers/simulator.ts";

describe("parseRetryAfter", () => {
  it("reads delta-seconds and HTTP dates", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:07 GMT", now)).toBe(7000);
    expect(parseRetryAfter("Wed, 31 Dec 2025 23:59:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe("checkBaseUrl", () => {
  it("refuses plain http to anything but loopback", () => {
    expect(() => checkBaseUrl("http://api.lumos.com")).toThrowError(/plain http/);
    expect(() => checkBaseUrl("http://10.0.0.5:8080")).toThrowError(LumosIacError);
    expect(checkBaseUrl("http://127.0.0.1:8787/")).toBe("http://127.0.0.1:8787");
    expect(checkBaseUrl("http://localhost:1")).toBe("http://localhost:1");
    expect(checkBaseUrl("https://api.lumos.com")).toBe("https://api.lumos.com");
    expect(() => checkBaseUrl("ftp://x")).toThrowError(/http/);
  });
});

describe("error mapping", () => {
  it("reads every error body shape Lumos sends", () => {
    expect(describeErrorBody({ detail: [{ loc: ["body", "label"], msg: "Field required", type: "missing" }] })).toBe(
      "body.label: Field required",
    );
    expect(describeErrorBody({ detail: "App not found" })).toBe("App not found");
    expect(describeErrorBody({ detail: "Bad input", type: "invalid", code: "E1", errors: [{ field: "name", message: "too long" }] })).toBe(
      "Bad input; name: too long",
    );
  });

  it("names the operation, status and server message", async () => {
    const { client } = startSimulator();
    const error = await failure(client
      .call("getApp", client.api.GET("/apps/{app_id}", { params: { path: { app_id: "nope" } } })));
    expect(error).toBeInstanceOf(RemoteError);
    expect((error).code).toBe("REMOTE_NOT_FOUND");
    expect((error).status).toBe(404);
    expect((error).message).toBe("getApp failed with HTTP 404: App nope not found");

    const invalid = await failure(client
      .call("createRequestablePermission", client.api.POST("/appstore/requestable_permissions", { body: { app_id: "x" } as never })));
    expect(invalid.code).toBe("REMOTE_VALIDATION");
    expect(invalid.message).toContain("body.label: Field required");
  });
});

describe("retries", () => {
  it("retries 5xx on reads with growing, jittered waits", async () => {
    const { sim, client, sleeps } = startSimulator({}, { random: () => 0.5 });
    sim.faults.enqueue({ fault: "fail", route: "GET /apps" }, { fault: "fail", route: "GET /apps" }, { fault: "reset", route: "GET /apps" });
    const page = await client.call("listApps", client.api.GET("/apps"));
    expect(page.items.length).toBeGreaterThan(0);
    expect(sim.getStats().by_route["GET /apps"]).toBe(4);
    expect(sleeps).toEqual([500, 750, 1125]);
    expect(client.metrics.retries).toBe(3);
  });

  it("waits as long as Retry-After says on 429, even for a create", async () => {
    const { sim, client, sleeps } = startSimulator();
    sim.faults.enqueue({ fault: "rate_limit", route: "POST /apps", retryAfter: 7 });
    const app = await client.call(
      "createApp",
      client.api.POST("/apps", { body: { name: "Payroll", category: "HR & Learning", description: "Pays people" } }),
    );
    expect(app.user_friendly_label).toBe("Payroll");
    expect(sleeps).toEqual([7000]);
    expect(sim.getStats().by_route["POST /apps"]).toBe(2);
  });

  it("gives up within the total time budget", async () => {
    let clock = 0;
    const { sim, client } = startSimulator(
      {},
      {
        now: () => clock,
        sleep: async (ms) => {
          clock += ms;
        },
        retry: { maxElapsedMs: 5_000 },
      },
    );
    sim.faults.update({ failRate: 1 });
    const error = await failure(client.call("listApps", client.api.GET("/apps")));
    expect(error.status).toBeGreaterThanOrEqual(500);
    expect(clock).toBeLessThanOrEqual(5_000);
    expect(sim.getStats().by_route["GET /apps"]).toBeGreaterThan(3);
  });

  it("never re-sends a create whose outcome is unknown", async () => {
    for (const status of [502, undefined]) {
      const { sim, client } = startSimulator();
      sim.faults.enqueue(status ? { fault: "ambiguous", route: "POST /apps", status } : { fault: "ambiguous", route: "POST /apps" });
      const body = { name: "Ledger", category: "Accounting & Finance", description: "Books" };
      const error = await failure(client.call("createApp", client.api.POST("/apps", { body })));
      expect(error).toBeInstanceOf(AmbiguousWriteError);
      expect((error as AmbiguousWriteError).code).toBe("REMOTE_AMBIGUOUS_WRITE");
      expect(sim.getStats().by_route["POST /apps"]).toBe(1);
      const found = await client.call("listApps", client.api.GET("/apps", { params: { query: { name_search: "Ledger", exact_match: true } } }));
      expect(found.items).toHaveLength(1);
    }
  });

  it("retries an idempotent update after a dropped connection", async () => {
    const { sim, client } = startSimulator();
    const app = await client.call(
      "createApp",
      client.api.POST("/apps", { body: { name: "Wiki", category: "Collaboration", description: "Docs" } }),
    );
    sim.faults.enqueue({ fault: "ambiguous", route: "PATCH /apps/{app_id}" });
    const updated = await client.call(
      "updateApp",
      client.api.PATCH("/apps/{app_id}", { params: { path: { app_id: app.id } }, body: { website_url: "https://wiki.example" } }),
    );
    expect(updated.website_url).toBe("https://wiki.example");
    expect(sim.getStats().by_route["PATCH /apps/{app_id}"]).toBe(2);
  });

  it("reports an unreachable server without calling it ambiguous", async () => {
    const client = new LumosClient({
      baseUrl: "http://127.0.0.1:9",
      token: TOKEN,
      retry: { maxElapsedMs: 0 },
      fetch: async () => {
        throw new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
      },
    });
    const error = await failure(client
      .call("createApp", client.api.POST("/apps", { body: { name: "X" } })));
    expect(error).not.toBeInstanceOf(AmbiguousWriteError);
    expect(error.code).toBe("REMOTE_UNREACHABLE");
    expect(error.message).toContain("ECONNREFUSED");
  });
});

describe("concurrency, pagination and metrics", () => {
  it("keeps at most `concurrency` requests in flight", async () => {
    const { sim } = startSimulator();
    let inFlight = 0;
    let peak = 0;
    const client = new LumosClient({
      baseUrl: "http://127.0.0.1:1",
      token: TOKEN,
      concurrency: 3,
      fetch: async (request) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 30));
        inFlight--;
        return sim.fetch(request);
      },
    });
    await Promise.all(Array.from({ length: 12 }, () => client.call("listApps", client.api.GET("/apps"))));
    expect(peak).toBe(3);
    expect(client.metrics.byRoute["GET /apps"]).toBe(12);
    expect(client.metrics.total).toBe(12);
  });

  it("reads page 1 at size 100 and the rest concurrently", async () => {
    const users = Array.from({ length: 250 }, (_, i) => ({ email: `u${i}@big.example` }));
    const { sim, client } = startSimulator({ seed: { name: "big", users } });
    const seen: number[] = [];
    const all = await client.paginate((page, size) => {
      seen.push(page);
      return client.call("listUsers", client.api.GET("/users", { params: { query: { page, size } } }));
    });
    expect(all).toHaveLength(250);
    expect(new Set(all.map((u) => u.email)).size).toBe(250);
    expect(seen).toEqual([1, 2, 3]);
    expect(sim.getStats().by_route["GET /users"]).toBe(3);
    expect(client.metrics.writes).toBe(0);
  });
});
