import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { Hono, type Context } from "hono";
import { Contract, type Operation } from "./contract.ts";
import { Faults, parseFaultRequest, type FaultSettings } from "./faults.ts";
import { SimHttpError } from "./http-error.ts";
import { accessRoutes } from "./routes/access.ts";
import { appRoutes } from "./routes/apps.ts";
import { appStoreRoutes } from "./routes/appstore.ts";
import { directoryRoutes } from "./routes/directory.ts";
import { extensionRoutes } from "./routes/extensions.ts";
import { permissionRoutes } from "./routes/permissions.ts";
import { policyRoutes } from "./routes/policies.ts";
import { ruleRoutes } from "./routes/rules.ts";
import type { Handler, RouteResult } from "./routes/types.ts";
import { DEMO_SEED_FILE, loadSeed, readSeedFile, type Seed } from "./seed.ts";
import { Store } from "./store.ts";
import { Tenant } from "./tenant.ts";

export interface SimulatorOptions {
  /** Bearer token every Lumos request must carry. */
  token: string;
  /** SQLite file; in memory when omitted. */
  dataFile?: string;
  /** Seed for an empty tenant: a file path or an object; the built-in demo when omitted. */
  seed?: string | Seed;
  faults?: Partial<FaultSettings>;
  /** How long a sync stays SYNCING, in ms. */
  syncDurationMs?: number;
  syncFailRate?: number;
  /** Check every response against the contract and record violations (for tests). */
  validateResponses?: boolean;
  now?: () => number;
  random?: () => number;
}

export interface SimulatorStats {
  /** Every Lumos request received, answered 429 or not. */
  total: number;
  writes: number;
  by_route: Record<string, number>;
  /** Requests answered 429 (too many requests): counted in the figures above too. */
  rejected: number;
  rejected_by_route: Record<string, number>;
}

const emptyStats = (): SimulatorStats => ({ total: 0, writes: 0, by_route: {}, rejected: 0, rejected_by_route: {} });

const CONTROL_PREFIX = "/_simulator";

/**
 * The local Lumos: every operation of our contract, backed by SQLite, with Lumos's defaults,
 * quirks and failure modes. Use `fetch` in-process or `listen` for a real HTTP server.
 */
export class Simulator {
  readonly tenant: Tenant;
  readonly faults: Faults;
  readonly contract: Contract;
  readonly responseViolations: string[] = [];
  private readonly app = new Hono();
  private readonly store: Store;
  private readonly dropped = new WeakSet<Response>();
  private stats: SimulatorStats = emptyStats();
  private server: ServerType | undefined;

  constructor(private readonly options: SimulatorOptions) {
    const now = options.now ?? Date.now;
    const random = options.random ?? Math.random;
    this.contract = sharedContract();
    this.store = new Store(options.dataFile);
    this.tenant = new Tenant(this.store, {
      syncDurationMs: options.syncDurationMs ?? 1500,
      syncFailRate: options.syncFailRate ?? 0,
      now,
      random,
      adminUrl: "https://app.lumos.com",
      compileSchema: (schema) => this.contract.compileSchema(schema),
      credentialsRejected: (route) => this.faults.rejectCredentials(route),
    });
    if (this.store.isEmpty()) {
      const seed = options.seed ?? DEMO_SEED_FILE;
      loadSeed(this.tenant, typeof seed === "string" ? readSeedFile(seed) : seed);
    }
    this.faults = new Faults(options.faults ?? {}, random, now);
    this.mountControl();
    this.mountContract();
    // As Starlette answers: a known path with another method is a 405, anything else a 404.
    const known = this.contract.operations.map((op) => new RegExp(`^${op.path.replace(/\{[^}]+\}/g, "[^/]+")}/?$`));
    this.app.notFound((c) => {
      const path = new URL(c.req.url).pathname;
      if (known.some((pattern) => pattern.test(path))) return c.json({ detail: "Method Not Allowed" }, 405);
      return c.json({ detail: "Not Found" }, 404);
    });
  }

  /** In-process fetch: what the client's injectable `fetch` plugs into. */
  readonly fetch = async (request: Request): Promise<Response> => {
    const response = await this.app.fetch(request, {});
    if (this.dropped.has(response)) {
      throw new TypeError("fetch failed", { cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) });
    }
    return response;
  };

  /** Serves on 127.0.0.1; resolves with the base URL. */
  listen(port = 0, hostname = "127.0.0.1"): Promise<string> {
    return new Promise((resolve, reject) => {
      const server = serve(
        {
          hostname,
          port,
          fetch: async (request, env) => {
            const response = await this.app.fetch(request, env);
            if (this.dropped.has(response)) env.incoming.socket.destroy();
            return response;
          },
        },
        (info: AddressInfo) => resolve(`http://${hostname}:${info.port}`),
      );
      server.once("error", reject);
      this.server = server;
    });
  }

  getStats(): SimulatorStats {
    return structuredClone(this.stats);
  }

  resetStats(): void {
    this.stats = emptyStats();
  }

  /**
   * Saves the tenant to a data file that a later simulator opens with `dataFile` (`--data`):
   * building a large tenant in memory and saving it once is much faster than writing each
   * object to the file as it is created.
   */
  saveTo(file: string): void {
    this.store.saveTo(file);
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
    }
    this.store.close();
  }

  private mountContract(): void {
    const handlers: Record<string, Handler> = {
      ...appRoutes(this.tenant),
      ...appStoreRoutes(this.tenant),
      ...permissionRoutes(this.tenant),
      ...ruleRoutes(this.tenant),
      ...policyRoutes(this.tenant),
      ...directoryRoutes(this.tenant),
      ...accessRoutes(this.tenant),
      ...extensionRoutes(this.tenant),
    };
    // Static segments before parameters: /apps/categories must not match /apps/{app_id}.
    const operations = [...this.contract.operations].sort(
      (a, b) => a.path.split("{").length - b.path.split("{").length,
    );
    for (const op of operations) {
      const handler = handlers[op.operationId];
      const honoPath = op.path.replace(/\{([^}]+)\}/g, ":$1");
      this.app.on(op.method, honoPath, (c) => this.handle(c, op, handler));
    }
  }

  private async handle(c: Context, op: Operation, handler: Handler | undefined): Promise<Response> {
    const route = `${op.method} ${op.path}`;
    this.stats.total++;
    if (op.method !== "GET") this.stats.writes++;
    this.stats.by_route[route] = (this.stats.by_route[route] ?? 0) + 1;
    const response = await this.answer(c, op, handler, route);
    if (response.status === 429) {
      this.stats.rejected++;
      this.stats.rejected_by_route[route] = (this.stats.rejected_by_route[route] ?? 0) + 1;
    }
    return response;
  }

  private async answer(c: Context, op: Operation, handler: Handler | undefined, route: string): Promise<Response> {
    const isWrite = op.method !== "GET";

    const latency = this.faults.latency();
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));

    if (op.secured && !this.authorized(c)) {
      return this.respond(op, { status: 401, body: { detail: "Not authenticated" } });
    }
    const before = this.faults.before(route);
    if (before.kind === "rate_limit") {
      return this.respond(op, {
        status: 429,
        body: { detail: "Rate limit exceeded" },
        headers: { "Retry-After": this.faults.retryAfter(before.retryAfter, before.asDate) },
      });
    }
    if (before.kind === "fail") return this.raw(before.status, { detail: "Injected server error" });
    if (before.kind === "reset") return this.drop();

    if (!handler) return this.raw(501, { detail: `${op.operationId} is not implemented by the simulator` });
    const url = new URL(c.req.url);
    const rawBody = op.body ? await c.req.text() : undefined;
    const parsed = this.contract.parseRequest(op, c.req.param() as Record<string, string>, url.searchParams, rawBody);
    if (!parsed.ok) return this.respond(op, { status: 422, body: { detail: parsed.issues } });

    let result: RouteResult;
    try {
      // A write's changes land together or not at all; a read needs no transaction.
      result = isWrite ? this.store.batch(() => handler(parsed.value)) : handler(parsed.value);
    } catch (error) {
      if (error instanceof SimHttpError) {
        const headers = { ...error.headers };
        const wait = headers["Retry-After"];
        if (wait !== undefined && /^\d+$/.test(wait)) headers["Retry-After"] = this.faults.retryAfter(Number(wait));
        return this.respond(op, { status: error.status, body: error.body, headers });
      }
      throw error;
    }
    const after = this.faults.after(route, isWrite);
    if (after.kind === "fail") return this.raw(after.status, { detail: "Injected server error after the write was applied" });
    if (after.kind === "reset") return this.drop();
    return this.respond(op, result);
  }

  /** `Bearer <token>`; the scheme is case-insensitive (RFC 7235), the token is not. */
  private authorized(c: Context): boolean {
    const match = /^bearer +(\S+) *$/i.exec(c.req.header("authorization") ?? "");
    return match?.[1] === this.options.token;
  }

  private respond(op: Operation, result: RouteResult): Response {
    if (this.options.validateResponses) {
      this.responseViolations.push(...this.contract.checkResponse(op, result.status, result.body ?? null));
    }
    if (result.status === 204 || result.body === undefined) {
      return new Response(null, { status: result.status, headers: result.headers });
    }
    return Response.json(result.body, { status: result.status, headers: result.headers });
  }

  /** Answers outside the contract (injected 5xx, 501). */
  private raw(status: number, body: unknown): Response {
    return Response.json(body, { status });
  }

  private drop(): Response {
    const response = new Response(null, { status: 599 });
    this.dropped.add(response);
    return response;
  }

  private mountControl(): void {
    const control = new Hono();
    control.use("*", async (c, next) => {
      if (!this.authorized(c)) return c.json({ detail: "Not authenticated" }, 401);
      await next();
      return undefined;
    });
    control.get("/stats", (c) => c.json(this.getStats()));
    control.post("/stats/reset", (c) => {
      this.resetStats();
      return c.json(this.getStats());
    });
    control.get("/faults", (c) => c.json({ settings: this.faults.settings, pending: this.faults.pending }));
    control.post("/faults", async (c) => {
      const parsed = parseFaultRequest(await c.req.json().catch(() => null));
      if (!parsed.ok) return c.json({ detail: parsed.problem }, 422);
      if (parsed.clear) this.faults.clear();
      this.faults.update(parsed.settings);
      this.faults.enqueue(...parsed.next);
      return c.json({ settings: this.faults.settings, pending: this.faults.pending });
    });
    this.app.route(CONTROL_PREFIX, control);
  }
}

let contract: Contract | undefined;

/** Compiling the contract takes a moment; every simulator in a process shares one. */
function sharedContract(): Contract {
  contract ??= new Contract();
  return contract;
}
