import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { Hono, type Context } from "hono";
import { Contract, type Operation } from "../contract.ts";
import { OktaHttpError, oktaErrors, type OktaEventHook, type OktaOrg } from "./org.ts";

/** Our Okta contract: requests are checked against it, and (in tests) responses too. */
export const OKTA_CONTRACT_FILE = fileURLToPath(new URL("../../../schema/okta-openapi.yaml", import.meta.url));

let contract: Contract | undefined;

/** Compiled once per process, like the Lumos contract. */
export function oktaContract(): Contract {
  contract ??= new Contract(OKTA_CONTRACT_FILE);
  return contract;
}

export interface OktaRoutesOptions {
  /** The API token every request must carry as `Authorization: SSWS <token>`. */
  token: string;
  /** Response checks against the contract (tests): violations are pushed here. */
  violations?: string[];
}

type Answer = { status: number; body?: unknown };

/**
 * Okta's event-hook management API (`/api/v1/eventHooks…`), mounted under the simulator's Okta
 * prefix. Errors have Okta's shape `{errorCode, errorSummary, errorLink, errorId, errorCauses}`.
 */
export function oktaApiRoutes(org: () => OktaOrg, options: OktaRoutesOptions): Hono {
  const app = new Hono();
  const hookId = (path: Record<string, string>) => path.eventHookId ?? "";
  const handlers: Record<string, (path: Record<string, string>, body: unknown) => Answer | Promise<Answer>> = {
    listEventHooks: () => ({ status: 200, body: org().hooks.all().map((h) => org().render(h)) }),
    createEventHook: (_path, body) => ({ status: 200, body: org().render(org().createHook(body as OktaEventHook)) }),
    getEventHook: (path) => ({ status: 200, body: org().render(org().requireHook(hookId(path))) }),
    replaceEventHook: (path, body) => ({ status: 200, body: org().render(org().replaceHook(hookId(path), body as OktaEventHook)) }),
    deleteEventHook: (path) => {
      org().deleteHook(hookId(path));
      return { status: 204 };
    },
    activateEventHook: (path) => ({ status: 200, body: org().render(org().setStatus(hookId(path), "ACTIVE")) }),
    deactivateEventHook: (path) => ({ status: 200, body: org().render(org().setStatus(hookId(path), "INACTIVE")) }),
    verifyEventHook: async (path) => ({ status: 200, body: org().render(await org().verify(hookId(path))) }),
  };

  const respond = (op: Operation, answer: Answer): Response => {
    if (options.violations) options.violations.push(...oktaContract().checkResponse(op, answer.status, answer.body ?? null));
    if (answer.body === undefined) return new Response(null, { status: answer.status });
    return Response.json(answer.body, { status: answer.status });
  };

  // Routes come from the contract's paths; its validators are compiled on the first Okta request,
  // so a simulator that is never asked about Okta does not pay for them.
  for (const [method, path, operationId] of oktaOperations()) {
    const handler = handlers[operationId];
    if (!handler) continue;
    app.on(method, path.replace(/\{([^}]+)\}/g, ":$1"), async (c: Context) => {
      const op = oktaContract().operations.find((o) => o.operationId === operationId)!;
      if (!authorized(c.req.header("authorization"), options.token)) {
        const error = oktaErrors.forbidden();
        return respond(op, { status: error.status, body: error.body });
      }
      const raw = op.body ? await c.req.text() : undefined;
      const parsed = oktaContract().parseRequest(op, c.req.param() as Record<string, string>, new URL(c.req.url).searchParams, raw);
      if (!parsed.ok) {
        const causes = parsed.issues.map((issue) => `${issue.loc.filter((part) => part !== "body").join(".") || "body"}: ${issue.msg}`);
        const error = oktaErrors.validation("eventHook", causes);
        return respond(op, { status: error.status, body: error.body });
      }
      try {
        return respond(op, await handler(parsed.value.path, parsed.value.body));
      } catch (error) {
        if (error instanceof OktaHttpError) return respond(op, { status: error.status, body: error.body });
        throw error;
      }
    });
  }
  return app;
}

let operations: [string, string, string][] | undefined;

/** [method, path, operationId] of every operation in the Okta contract, static segments first. */
function oktaOperations(): [string, string, string][] {
  if (!operations) {
    const document = parse(readFileSync(OKTA_CONTRACT_FILE, "utf8")) as { paths: Record<string, Record<string, { operationId: string }>> };
    operations = Object.entries(document.paths)
      .flatMap(([path, item]) => Object.entries(item).map(([method, op]): [string, string, string] => [method.toUpperCase(), path, op.operationId]))
      .sort((a, b) => a[1].split("{").length - b[1].split("{").length);
  }
  return operations;
}

/** `SSWS <token>`, as Okta takes API tokens. */
function authorized(header: string | undefined, token: string): boolean {
  const match = /^SSWS +(\S+) *$/.exec(header ?? "");
  return match?.[1] === token;
}

/**
 * The control surface of the Okta side, under `/_simulator/okta`: change groups and
 * memberships as an Okta admin would (each change is delivered to the hooks that want it), and
 * read the calls Okta made to hook URLs.
 */
export function oktaControlRoutes(org: () => OktaOrg): Hono {
  const app = new Hono();
  const fail = (c: Context, error: unknown): Response => {
    if (error instanceof OktaHttpError) return c.json(error.body, error.status as 400);
    throw error;
  };
  const body = async (c: Context): Promise<Record<string, unknown>> => {
    const value: unknown = await c.req.json().catch(() => null);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  };
  const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value : null);
  const renderGroup = (id: string) => {
    const group = org().requireGroup(id);
    return { ...group, members: group.members.flatMap((m) => org().users.get(m)?.login ?? []) };
  };

  app.get("/users", (c) => c.json(org().users.all()));
  app.post("/users", async (c) => {
    const input = await body(c);
    const login = text(input.login);
    if (!login) return c.json(oktaErrors.validation("user", ["login: The field cannot be left blank"]).body, 400);
    return c.json(org().addUser(login, text(input.firstName), text(input.lastName)), 201);
  });
  app.get("/groups", (c) => c.json(org().groups.all().map((g) => renderGroup(g.id))));
  app.post("/groups", async (c) => {
    const input = await body(c);
    const name = text(input.name);
    if (!name) return c.json(oktaErrors.validation("group", ["name: The field cannot be left blank"]).body, 400);
    return c.json(renderGroup(org().createGroup(name, text(input.description)).id), 201);
  });
  app.patch("/groups/:id", async (c) => {
    const input = await body(c);
    try {
      const changes = { ...(text(input.name) ? { name: text(input.name)! } : {}), ...("description" in input ? { description: text(input.description) } : {}) };
      return c.json(renderGroup(org().updateGroup(c.req.param("id"), changes).id));
    } catch (error) {
      return fail(c, error);
    }
  });
  app.delete("/groups/:id", (c) => {
    try {
      org().deleteGroup(c.req.param("id"));
      return c.body(null, 204);
    } catch (error) {
      return fail(c, error);
    }
  });
  // Members by login (their email): PUT adds, DELETE removes; an unknown login is a new Okta user.
  app.put("/groups/:id/users/:login", (c) => {
    try {
      const login = decodeURIComponent(c.req.param("login"));
      const user = org().userByLogin(login) ?? org().addUser(login, null, null);
      return c.json(renderGroup(org().addMember(c.req.param("id"), user).id));
    } catch (error) {
      return fail(c, error);
    }
  });
  app.delete("/groups/:id/users/:login", (c) => {
    try {
      const user = org().userByLogin(decodeURIComponent(c.req.param("login")));
      if (!user) throw oktaErrors.notFound(c.req.param("login"), "User");
      return c.json(renderGroup(org().removeMember(c.req.param("id"), user).id));
    } catch (error) {
      return fail(c, error);
    }
  });
  app.get("/calls", (c) => c.json(org().calls));
  return app;
}
