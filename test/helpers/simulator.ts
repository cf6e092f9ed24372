import { afterEach, expect } from "vitest";
import { RemoteError } from "../../src/errors.ts";
import { LumosClient, type LumosClientOptions } from "../../src/remote/client.ts";
import { Simulator, type SimulatorOptions } from "../../src/simulator/server.ts";

export const TOKEN = "test-token";
export const BASE_URL = "http://127.0.0.1:1";

export interface Harness {
  sim: Simulator;
  client: LumosClient;
  sleeps: number[];
}

const open: Simulator[] = [];

/**
 * An in-process simulator with a client plugged into it. Every response it sends is checked
 * against our contract; a test fails if any did not conform.
 */
export function startSimulator(
  options: Partial<SimulatorOptions> = {},
  clientOptions: Partial<LumosClientOptions> = {},
): Harness {
  const sim = new Simulator({ token: TOKEN, validateResponses: true, syncDurationMs: 0, ...options });
  open.push(sim);
  const sleeps: number[] = [];
  const client = new LumosClient({
    baseUrl: BASE_URL,
    token: TOKEN,
    fetch: sim.fetch,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...clientOptions,
  });
  return { sim, client, sleeps };
}

afterEach(async () => {
  const sims = open.splice(0);
  for (const sim of sims) {
    expect(sim.responseViolations, "simulator responses must conform to the contract").toEqual([]);
    await sim.close();
  }
});

/** The ID of a seeded object by a readable key. */
export async function appId(client: LumosClient, name: string): Promise<string> {
  const page = await client.call("listApps", client.api.GET("/apps", { params: { query: { name_search: name, exact_match: true } } }));
  const app = page.items[0];
  if (!app) throw new Error(`no app named ${name}`);
  return app.id;
}

export async function userId(client: LumosClient, email: string): Promise<string> {
  const page = await client.call("listUsers", client.api.GET("/users", { params: { query: { search_term: email, exact_match: true } } }));
  const user = page.items[0];
  if (!user) throw new Error(`no user ${email}`);
  return user.id;
}

export async function groupId(client: LumosClient, name: string, sourceApp = "Okta"): Promise<string> {
  const source = await appId(client, sourceApp);
  const page = await client.call("listGroups", client.api.GET("/groups", { params: { query: { name, exact_match: true, app_id: source } } }));
  const group = page.items[0];
  if (!group?.id) throw new Error(`no group ${name}`);
  return group.id;
}

/** Awaits a call that must fail with a RemoteError, and returns that error. */
export async function failure(pending: Promise<unknown>): Promise<RemoteError> {
  try {
    await pending;
  } catch (error) {
    if (error instanceof RemoteError) return error;
    throw error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}
