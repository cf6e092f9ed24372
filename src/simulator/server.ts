import type { AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { Hono, type Context } from "hono";
import { Contract, type Operation } from "./contract.ts";
import { Faults, parseFaultRequest, type FaultSettings } from "./faults.ts";
import { SimHttpError } from "./http-error.ts";
import { OKTA_PREFIX, OktaOrg, oktaErrors } from "./okta/org.ts";
import { oktaApiRoutes, oktaControlRoutes } from "./okta/routes.ts";
import { accessRoutes } from "./routes/access.ts";
import { appRoutes } from "./routes/apps.ts";
import { appStoreRoutes } from "./routes/appstore.ts";
import { directoryRoutes } from "./routes/directory.ts";
import { extensionRoutes } from "./routes/extensions.ts";
import { applyOktaEvents } from "./routes/okta-events.ts";
import { permissionRoutes } from "./routes/permissions.ts";
import { policyRoutes } from "./routes/policies.ts";
import { ruleRoutes } from "./routes/rules.ts";
import { parseClockRequest } from "./clock.ts";
import { runDueSchedules } from "./scheduler.ts";
import { hasUnsettledSyncs, settleSyncs } from "./sync-effects.ts";
import type { Handler, RouteResult } from "./routes/types.ts";
import type { UserRecord } from "./records.ts";
import { DEMO_SEED_FILE, loadSeed, readSeedFile, type Seed } from "./seed.ts";
import { Store } from "./store.ts";
import { Tenant } from "./tenant.ts";

export { OKTA_PREFIX } from "./okta/org.ts";

/** Hosts whose event-hook URLs the Okta side delivers to this simulator's own Lumos side. */
export const LUMOS_HOSTS = ["api.lumos.com", "localhost"];

export interface SimulatorOptions {
  /** Bearer token every Lumos request must carry. */
  token: string;
  /** API token of the Okta side (`Authorization: SSWS <token>`); default `okta-<token>`. */
  oktaToken?: string;
  /**
   * Sends the Okta side's calls to hook URLs. By default a URL on api.lumos.com, or on
   * localhost without a port, reaches this simulator's Lumos side in-process; others go out.
   */
  hookFetch?: (request: Request) => Promise<Response>;
  /** How long the Okta side waits for a hook URL to answer (default 3 s, as Okta). */
  oktaHookTimeoutMs?: number;
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
  /**
   * Serve lumos-iac's extension operations (default true). Off, the simulator is a
   * public-API-only Lumos: every extension operation answers 404, as Lumos would.
   */
  extensions?: boolean;
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
  /** Requests made "in the web app" through the control surface, and who makes them. */
  private readonly uiActors = new WeakMap<Request, UserRecord>();
  private stats: SimulatorStats = emptyStats();
  private server: ServerType | undefined;
  /** How far `POST /_simulator/clock` moved the simulated clock from the real one, in ms. */
  private clockOffsetMs = 0;

  constructor(private readonly options: SimulatorOptions) {
    const now = () => this.now();
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
    this.mountOkta();
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

  /** The simulated clock (ms since the epoch). */
  now(): number {
    return this.pinnedNow ?? (this.options.now ?? Date.now)() + this.clockOffsetMs;
  }

  /** While a clock move runs what became due, the time it moved to: stamps are exact, not a millisecond late. */
  private pinnedNow: number | undefined;

  /**
   * Moves the simulated clock (forward by `advanceMs`, or to `to`), then runs what became due:
   * finished syncs take effect, stored schedules whose time passed start their syncs.
   */
  setClock(move: { advanceMs?: number; to?: number }): number {
    const real = (this.options.now ?? Date.now)();
    const target = (move.to ?? real + this.clockOffsetMs) + (move.advanceMs ?? 0);
    this.clockOffsetMs = target - real;
    this.pinnedNow = target;
    try {
      this.tick();
    } finally {
      this.pinnedNow = undefined;
    }
    return target;
  }

  /** What happens on the simulator's own clock: sync results land, due schedules run. */
  private tick(): void {
    const scheduling = this.options.extensions !== false && this.tenant.schedules.size > 0;
    if (!scheduling && !hasUnsettledSyncs(this.tenant)) return;
    this.store.batch(() => {
      settleSyncs(this.tenant);
      if (this.options.extensions !== false && runDueSchedules(this.tenant).length > 0) settleSyncs(this.tenant);
    });
  }

  private oktaOrg: OktaOrg | undefined;

  /** The simulated Okta org, mounted under /okta; set up (from the tenant's Okta groups) on first use. */
  get okta(): OktaOrg {
    this.oktaOrg ??= new OktaOrg(this.store, this.tenant, {
      hookFetch: this.options.hookFetch ?? ((request) => this.hookFetch(request)),
      now: () => this.now(),
      ...(this.options.oktaHookTimeoutMs !== undefined ? { hookTimeoutMs: this.options.oktaHookTimeoutMs } : {}),
    });
    return this.oktaOrg;
  }

  /** Okta's outbound calls: to this simulator's Lumos side when the URL names it, out otherwise. */
  private hookFetch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const local = url.hostname === "api.lumos.com" || (url.hostname === "localhost" && url.port === "");
    return local ? this.fetch(request) : globalThis.fetch(request);
  }

  /**
   * The Okta side (management API under /okta, control under /_simulator/okta) and Lumos's
   * `/events/okta`, which answers Okta's verification challenge and applies deliveries.
   */
  private mountOkta(): void {
    const violations = this.options.validateResponses ? this.responseViolations : undefined;
    this.app.route(OKTA_PREFIX, oktaApiRoutes(() => this.okta, { token: this.options.oktaToken ?? `okta-${this.options.token}`, ...(violations ? { violations } : {}) }));
    this.app.all(`${OKTA_PREFIX}/*`, (c) => c.json(oktaErrors.notFound(new URL(c.req.url).pathname, "Resource").body, 404));
    this.app.get("/events/okta", (c) => {
      if (!this.authorized(c)) return c.json({ detail: "Not authenticated" }, 401);
      const challenge = c.req.header("x-okta-verification-challenge");
      if (!challenge) return c.json({ detail: "Missing X-Okta-Verification-Challenge header" }, 400);
      return c.json({ verification: challenge });
    });
    this.app.post("/events/okta", async (c) => {
      if (!this.authorized(c)) return c.json({ detail: "Not authenticated" }, 401);
      const body: unknown = await c.req.json().catch(() => undefined);
      const data = typeof body === "object" && body !== null ? (body as { eventType?: unknown; data?: { events?: unknown } }) : undefined;
      if (data?.eventType !== "com.okta.event_hook" || !Array.isArray(data.data?.events)) {
        return c.json({ detail: 'Expected an Okta event hook delivery: {"eventType": "com.okta.event_hook", "data": {"events": [...]}}' }, 400);
      }
      const events = data.data.events as unknown[];
      this.store.batch(() => applyOktaEvents(this.tenant, events));
      return c.body(null, 204);
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
    const withoutExtensions = this.options.extensions === false;
    for (const op of operations) {
      const handler = handlers[op.operationId];
      const honoPath = op.path.replace(/\{([^}]+)\}/g, ":$1");
      if (withoutExtensions && op.extension) this.app.on(op.method, honoPath, (c) => c.json({ detail: "Not Found" }, 404));
      else this.app.on(op.method, honoPath, (c) => this.handle(c, op, handler));
    }
  }

  private async handle(c: Context, op: Operation, handler: Handler | undefined): Promise<Response> {
    const route = `${op.method} ${op.path}`;
    // What people do in the web app is not traffic of the tool: not counted, never faulted.
    const actor = this.uiActors.get(c.req.raw);
    if (actor) return this.answer(c, op, handler, route, actor);
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

  /**
   * The latency of a request is the time it takes to be answered: a write waits it out, then
   * lands; a read is answered that long after it arrived, the time spent working on it
   * included, as a server's time to answer includes its own work. With other faults set (a
   * rate limit, failures), a read waits first too, so a Retry-After it is given still counts
   * from when it is sent.
   */
  private async answer(c: Context, op: Operation, handler: Handler | undefined, route: string, actor?: UserRecord): Promise<Response> {
    const arrived = performance.now();
    const latency = actor ? 0 : this.faults.latency();
    const wait = (ms: number) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : undefined);
    if (op.method !== "GET" || !this.faults.latencyOnly()) {
      await wait(latency);
      return this.work(c, op, handler, route, actor);
    }
    const response = await this.work(c, op, handler, route, actor);
    await wait(latency - (performance.now() - arrived));
    return response;
  }

  private async work(c: Context, op: Operation, handler: Handler | undefined, route: string, actor?: UserRecord): Promise<Response> {
    const isWrite = op.method !== "GET";
    if (op.secured && !this.authorized(c)) {
      return this.respond(op, { status: 401, body: { detail: "Not authenticated" } });
    }
    const before: ReturnType<Faults["before"]> = actor ? { kind: "none" } : this.faults.before(route);
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
    this.tick();
    const url = new URL(c.req.url);
    const rawBody = op.body ? await c.req.text() : undefined;
    const parsed = this.contract.parseRequest(op, c.req.param() as Record<string, string>, url.searchParams, rawBody);
    if (!parsed.ok) return this.respond(op, { status: 422, body: { detail: parsed.issues } });

    let result: RouteResult;
    try {
      // A write's changes land together or not at all; a read needs no transaction.
      const run = () => (actor ? this.tenant.asUiActor(actor, () => handler(parsed.value)) : handler(parsed.value));
      result = isWrite ? this.store.batch(run) : run();
    } catch (error) {
      if (error instanceof SimHttpError) {
        const headers = { ...error.headers };
        const wait = headers["Retry-After"];
        if (wait !== undefined && /^\d+$/.test(wait)) headers["Retry-After"] = this.faults.retryAfter(Number(wait));
        return this.respond(op, { status: error.status, body: error.body, headers });
      }
      throw error;
    }
    const after: ReturnType<Faults["after"]> = actor ? { kind: "none" } : this.faults.after(route, isWrite);
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
    // The simulated clock, as every HTTP server dates its answers.
    const headers = { Date: new Date(this.now()).toUTCString(), ...result.headers };
    if (result.status === 204 || result.body === undefined) {
      return new Response(null, { status: result.status, headers });
    }
    return Response.json(result.body, { status: result.status, headers });
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
    control.route("/okta", oktaControlRoutes(() => this.okta));
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
    control.get("/clock", (c) => c.json({ now: new Date(this.now()).toISOString() }));
    control.post("/clock", async (c) => {
      const parsed = parseClockRequest(await c.req.json().catch(() => null));
      if (!parsed.ok) return c.json({ detail: parsed.problem }, 422);
      return c.json({ now: new Date(this.setClock(parsed.move)).toISOString() });
    });
    this.mountUi(control);
    this.app.route(CONTROL_PREFIX, control);
  }

  /**
   * Acting "in the Lumos web app": `/_simulator/ui/<any Lumos path>` runs that Lumos operation
   * as a person (the `X-Simulator-Actor` header, an email, or the actor set with
   * `PUT /_simulator/ui/actor`), so the activity log names them rather than the token's user.
   * `PATCH /_simulator/ui/users/{id}` changes a person's attributes, as an IdP sync would, and
   * records one identity event per changed field.
   */
  private mountUi(control: Hono): void {
    const actorOf = (c: Context): UserRecord | string => {
      const email = c.req.header("x-simulator-actor") ?? this.tenant.settings.get("ui_actor");
      if (typeof email !== "string" || email === "") return "name the person acting in the UI: an X-Simulator-Actor header (an email), or PUT /_simulator/ui/actor {\"email\"}";
      return this.tenant.findUserByEmail(email) ?? `no user ${email} in the tenant`;
    };
    control.get("/ui/actor", (c) => c.json({ email: this.tenant.settings.get("ui_actor") ?? null }));
    control.put("/ui/actor", async (c) => {
      const body: unknown = await c.req.json().catch(() => null);
      const email = typeof body === "object" && body !== null && "email" in body ? (body as { email: unknown }).email : undefined;
      if (typeof email !== "string" || !this.tenant.findUserByEmail(email)) return c.json({ detail: "email must name a user of the tenant" }, 422);
      this.tenant.settings.put("ui_actor", email);
      return c.json({ email });
    });
    control.patch("/ui/users/:user_id", async (c) => {
      const actor = actorOf(c);
      if (typeof actor === "string") return c.json({ detail: actor }, 422);
      const user = this.tenant.users.get(c.req.param("user_id"));
      if (!user) return c.json({ detail: "User not found" }, 404);
      const body: unknown = await c.req.json().catch(() => null);
      const changes = userChanges(body);
      if (typeof changes === "string") return c.json({ detail: changes }, 422);
      const updated = this.store.batch(() =>
        this.tenant.asUiActor(actor, () => {
          const next: UserRecord = { ...user, ...changes };
          for (const [field, value] of Object.entries(changes)) {
            const before = user[field as keyof typeof changes] ?? null;
            if (before !== value) this.tenant.recordIdentityEvent(user.id, field, before, value);
          }
          this.tenant.users.put(user.id, next);
          this.tenant.log("USER_UPDATED", { type: "user", id: user.id }, { changed_fields: Object.keys(changes) });
          return next;
        }),
      );
      return c.json(this.tenant.renderUser(updated));
    });
    control.all("/ui/*", async (c) => {
      const actor = actorOf(c);
      if (typeof actor === "string") return c.json({ detail: actor }, 422);
      const url = new URL(c.req.url);
      const inner = url.pathname.slice(`${CONTROL_PREFIX}/ui`.length);
      if (inner.startsWith(CONTROL_PREFIX)) return c.json({ detail: "Not Found" }, 404);
      const hasBody = c.req.method !== "GET" && c.req.method !== "HEAD";
      const request = new Request(new URL(`${inner}${url.search}`, url), {
        method: c.req.method,
        headers: c.req.raw.headers,
        ...(hasBody ? { body: await c.req.raw.arrayBuffer() } : {}),
      });
      this.uiActors.set(request, actor);
      return this.app.fetch(request, c.env);
    });
  }
}

const USER_FIELDS = ["email", "given_name", "family_name", "status"] as const;
const USER_STATUSES = ["STAGED", "ACTIVE", "SUSPENDED", "INACTIVE"];
type UserChanges = Partial<Pick<UserRecord, (typeof USER_FIELDS)[number]>>;

/** The attributes a UI edit of a person changes, or why it cannot. */
function userChanges(body: unknown): UserChanges | string {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return `send a JSON object with any of ${USER_FIELDS.join(", ")}`;
  const changes: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(body)) {
    if (!(USER_FIELDS as readonly string[]).includes(key)) return `${key} is not an attribute a person has here (${USER_FIELDS.join(", ")})`;
    if (value !== null && typeof value !== "string") return `${key} must be a string or null`;
    if (key === "status" && !USER_STATUSES.includes(String(value))) return `status must be one of ${USER_STATUSES.join(", ")}`;
    changes[key] = value;
  }
  return changes as UserChanges;
}

let contract: Contract | undefined;

/** Compiling the contract takes a moment; every simulator in a process shares one. */
function sharedContract(): Contract {
  contract ??= new Contract();
  return contract;
}
