import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AmbiguousWriteError } from "../../../src/errors.ts";
import { LumosClient } from "../../../src/remote/client.ts";
import { DEFAULT_PACING, Pacer } from "../../../src/remote/pacing.ts";
import { failure, startSimulator, TOKEN } from "../../helpers/simulator.ts";

afterEach(() => {
  vi.useRealTimers();
});

describe("client-wide pacing", () => {
  it("pauses every request of the client for as long as a 429 says", async () => {
    vi.useFakeTimers();
    const { sim } = startSimulator();
    sim.faults.enqueue({ fault: "rate_limit", route: "GET /apps", retryAfter: 2 });
    const sent: { at: number; status: number }[] = [];
    const client = new LumosClient({
      baseUrl: "http://127.0.0.1:1",
      token: TOKEN,
      concurrency: 4,
      fetch: async (request) => {
        const at = Date.now();
        const response = await sim.fetch(request);
        sent.push({ at, status: response.status });
        return response;
      },
    });
    const start = Date.now();
    const all = Promise.all(Array.from({ length: 8 }, () => client.call("listApps", client.api.GET("/apps"))));
    await vi.advanceTimersByTimeAsync(10_000);
    const pages = await all;
    expect(pages).toHaveLength(8);
    const refused = sent.findIndex((s) => s.status === 429);
    expect(refused).toBeGreaterThanOrEqual(0);
    // Whatever was not already on its way when the 429 came back waited for the whole pause.
    const after = sent.slice(refused + 1).filter((s) => s.at > sent[refused]!.at);
    expect(after.length).toBeGreaterThanOrEqual(4);
    for (const s of after) expect(s.at - start).toBeGreaterThanOrEqual(2_000);
    expect(sent.filter((s) => s.status === 429)).toHaveLength(1);
    expect(sim.getStats().by_route["GET /apps"]).toBe(9);
    expect(client.pacing.throttles).toBe(1);
  });

  it("pauses everyone on a 503 with Retry-After, but still never re-sends the create", async () => {
    let clock = 0;
    const sleeps: number[] = [];
    let posts = 0;
    const client = new LumosClient({
      baseUrl: "http://127.0.0.1:1",
      token: TOKEN,
      now: () => clock,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock += ms;
      },
      fetch: async () => {
        posts++;
        return new Response(JSON.stringify({ detail: "busy" }), { status: 503, headers: { "Retry-After": "3", "Content-Type": "application/json" } });
      },
    });
    const error = await failure(client.call("createApp", client.api.POST("/apps", { body: { name: "X" } })));
    expect(error).toBeInstanceOf(AmbiguousWriteError);
    expect(posts).toBe(1);
    expect(sleeps).toEqual([3000]);
    expect(client.pacing.throttles).toBe(1);
  });

  it("comes down to a share of what the server accepted, climbs back to just under it, and probes above only later", async () => {
    let clock = 0;
    const pacer = new Pacer({ concurrency: 10, policy: DEFAULT_PACING, now: () => clock, sleep: async () => {} });
    // 100 accepted within the last second, then a refusal.
    for (let i = 0; i < 100; i++) pacer.accept(clock + i * 5);
    clock = 600;
    pacer.throttle(590, 1000);
    expect(pacer.state.ceiling).toBe(100);
    expect(pacer.state.rate).toBeCloseTo(80);
    // A refusal of a request sent before that decrease belongs to the same wave.
    pacer.throttle(580, 1000);
    expect(pacer.state.rate).toBeCloseTo(80);
    expect(pacer.state.throttles).toBe(1);

    const rateAt = async (ms: number) => {
      clock = 600 + ms;
      await pacer.schedule(async () => undefined);
      return pacer.state.rate!;
    };
    expect(await rateAt(1_000)).toBeCloseTo(90);
    expect(await rateAt(5_000)).toBeCloseTo(97);
    expect(await rateAt(29_000)).toBeCloseTo(97);
    expect(await rateAt(40_000)).toBeGreaterThan(100);

    // A second refusal at the probed rate: the ceiling is what was accepted, not what was tried.
    for (let i = 0; i < 98; i++) pacer.accept(clock - 900 + i * 9);
    pacer.throttle(clock, 1000);
    expect(pacer.state.ceiling).toBe(98);
    expect(pacer.state.rate).toBeCloseTo(78.4);
  });

  it("keeps its ceiling through a refusal under it while the server accepts nearly all it is sent, widening the margin instead", async () => {
    let clock = 0;
    const pacer = new Pacer({ concurrency: 10, policy: DEFAULT_PACING, now: () => clock, sleep: async () => {} });
    const rateAt = async (ms: number) => {
      clock = ms;
      await pacer.schedule(async () => undefined);
      return pacer.state.rate!;
    };
    /** Two seconds on (a whole second of sending since the pause), `count` sends of the last second accepted, then a refusal. */
    const refusedAfter = (count: number) => {
      clock += 2_000;
      for (let i = 0; i < count; i++) pacer.accept(clock - 980 + i * 65);
      pacer.throttle(clock, 1000);
    };
    // A limit of 15 per second, found by the first wave.
    for (let i = 0; i < 15; i++) pacer.accept(i * 60);
    clock = 950;
    pacer.throttle(940, 1000);
    expect(pacer.state.ceiling).toBe(15);
    expect(await rateAt(10_000)).toBeCloseTo(14.55);
    // Refused at 14.55 per second with 14 of the last second's sends accepted: a fixed window
    // meeting timing jitter. The ceiling stays 15; the client keeps 5%, then 7% below it.
    refusedAfter(14);
    expect(pacer.state.ceiling).toBe(15);
    expect(await rateAt(clock + 20_000)).toBeCloseTo(14.25);
    refusedAfter(14);
    expect(pacer.state.ceiling).toBe(15);
    expect(await rateAt(clock + 20_000)).toBeCloseTo(13.95);
    expect(pacer.state.throttles).toBe(3);
    // At the widest margin, one more: a limit that came down to about 13 looks the same, so
    // the ceiling comes down to what was accepted.
    refusedAfter(13);
    expect(pacer.state.ceiling).toBe(13);
    expect(await rateAt(clock + 20_000)).toBeCloseTo(13 * 0.93);
    // A limit far lower: 9 of the last second's 12 sends accepted. The ceiling comes down to it at once.
    refusedAfter(9);
    expect(pacer.state.ceiling).toBe(9);
    expect(await rateAt(clock + 20_000)).toBeCloseTo(9 * 0.93);
    expect(pacer.state.throttles).toBe(5);
  });

  it("counts a refusal that comes back during the pause as part of its wave, even one sent in the same millisecond", async () => {
    const clock = 1_000;
    const pacer = new Pacer({ concurrency: 10, policy: DEFAULT_PACING, now: () => clock, sleep: () => new Promise(() => {}) });
    for (let i = 0; i < 50; i++) pacer.accept(clock - 900 + i * 10);
    pacer.throttle(clock, 1000);
    expect(pacer.state.ceiling).toBe(50);
    // Sent at the same clock reading as the refusal that started the pause.
    pacer.throttle(clock, 1000);
    expect(pacer.state.throttles).toBe(1);
    expect(pacer.state.ceiling).toBe(50);
    expect(pacer.state.rate).toBeCloseTo(40);
  });

  it("spaces sends on the rate's timetable, so late timers do not add up over a long run", async () => {
    vi.useFakeTimers({ now: 0 });
    // Every wait ends 3 ms late, as timers on a busy machine do.
    // A steady rate (no climb), so the expected span is plain arithmetic.
    const policy = { ...DEFAULT_PACING, increasePerSecond: 0, minRate: 0.001 };
    const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms + 3));
    const pacer = new Pacer({ concurrency: 4, policy, now: () => Date.now(), sleep });
    for (let i = 0; i < 50; i++) pacer.accept(i * 20);
    vi.setSystemTime(1_000);
    pacer.throttle(990, 100);
    const first = pacer.schedule(async () => undefined);
    await vi.runAllTimersAsync();
    await first;
    const rate = pacer.state.rate!;
    expect(rate).toBeCloseTo(40, 1);
    const sent: number[] = [];
    const all = Promise.all(Array.from({ length: 200 }, () => pacer.schedule(async (at) => void sent.push(at))));
    await vi.runAllTimersAsync();
    await all;
    const span = sent[sent.length - 1]! - sent[0]!;
    // 200 sends at 40/s: 199 gaps of 25 ms, not 199 × 3 ms = 0.6 s more because each wait ended late.
    expect(sent).toHaveLength(200);
    for (let i = 1; i < sent.length; i++) expect(sent[i]! - sent[i - 1]!).toBeGreaterThan(0);
    expect(span).toBeGreaterThan((199 * 1000) / rate - 10);
    expect(span).toBeLessThan((199 * 1000) / rate + 10);
  });

  it("ends a pause of 0 ms (Retry-After: 0) instead of holding every request for good", async () => {
    const pacer = new Pacer({ concurrency: 2, policy: DEFAULT_PACING, now: () => 1_000, sleep: async () => {} });
    pacer.throttle(1_000, 0);
    await expect(Promise.race([pacer.schedule(async () => "sent"), new Promise((resolve) => setTimeout(() => resolve("held"), 1_000))])).resolves.toBe("sent");
    expect(pacer.state.paused).toBe(false);
  });

  it("sends a retry before every request not yet sent, keeping its place in flight", async () => {
    const { sim } = startSimulator();
    const sent: string[] = [];
    let failed = false;
    const client = new LumosClient({
      baseUrl: "http://127.0.0.1:1",
      token: TOKEN,
      concurrency: 1,
      retry: { initialDelayMs: 1 },
      sleep: async () => {},
      fetch: async (request) => {
        const page = new URL(request.url).searchParams.get("page")!;
        sent.push(page);
        if (page === "1" && !failed) {
          failed = true;
          return new Response("{}", { status: 502 });
        }
        return sim.fetch(request);
      },
    });
    const pages = await Promise.all([1, 2, 3].map((page) => client.call("listApps", client.api.GET("/apps", { params: { query: { page, size: 1 } } }))));
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(sent).toEqual(["1", "1", "2", "3"]);
    expect(client.metrics.retries).toBe(1);
  });

  it("counts the time budget from when a request is sent, not from when it was queued", async () => {
    const { sim } = startSimulator();
    let count = 0;
    const client = new LumosClient({
      baseUrl: "http://127.0.0.1:1",
      token: TOKEN,
      concurrency: 1,
      retry: { maxElapsedMs: 150, initialDelayMs: 1 },
      sleep: async () => {},
      fetch: async (request) => {
        count++;
        await new Promise((resolve) => setTimeout(resolve, 20));
        // The 15th request sent (queued ~300 ms before) fails once.
        if (count === 15) return new Response("{}", { status: 500 });
        return sim.fetch(request);
      },
    });
    const pages = await Promise.all(Array.from({ length: 20 }, () => client.call("listApps", client.api.GET("/apps"))));
    expect(pages).toHaveLength(20);
    expect(count).toBe(21);
    expect(client.metrics.retries).toBe(1);
  });
});

describe("permanent connection failures", () => {
  it("fails at once, saying so, when an https URL reaches a plain-HTTP port", async () => {
    const server = createServer((_, res) => res.end("{}"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      let attempts = 0;
      const client = new LumosClient({
        baseUrl: `https://127.0.0.1:${port}`,
        token: TOKEN,
        fetch: (request) => {
          attempts++;
          return globalThis.fetch(request);
        },
      });
      const started = Date.now();
      const error = await failure(client.call("createApp", client.api.POST("/apps", { body: { name: "X" } })));
      expect(error).not.toBeInstanceOf(AmbiguousWriteError);
      expect(error.code).toBe("REMOTE_TLS");
      expect(error.message).toContain("did not speak TLS: is the URL http://");
      expect(attempts).toBe(1);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      server.close();
    }
  });

  it("fails at once on a host that does not exist", async () => {
    let attempts = 0;
    const client = new LumosClient({
      baseUrl: "https://api.nowhere.invalid",
      token: TOKEN,
      sleep: async () => {},
      fetch: async () => {
        attempts++;
        throw new TypeError("fetch failed", { cause: Object.assign(new Error("getaddrinfo ENOTFOUND api.nowhere.invalid"), { code: "ENOTFOUND" }) });
      },
    });
    const error = await failure(client.call("listApps", client.api.GET("/apps")));
    expect(error.code).toBe("REMOTE_DNS");
    expect(error.message).toContain("api.nowhere.invalid does not exist");
    expect(attempts).toBe(1);
  });
});
