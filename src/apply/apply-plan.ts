import { AmbiguousWriteError, LumosIacError, RemoteError } from "../errors.ts";
import { isRecord, isRef, isSecret } from "../kinds/common.ts";
import { APPLY_ORDER, configKeyOf, type ConfigKey } from "../kinds/registry.ts";
import type { Change, Plan } from "../model/types.ts";
import { ADAPTERS } from "../remote/adapters.ts";
import type { LumosClient } from "../remote/client.ts";
import { pushTo } from "../util/multimap.ts";
import pLimit from "p-limit";

export type Outcome = "applied" | "recovered" | "failed" | "skipped";

export interface ChangeResult {
  address: string;
  action: Change["action"];
  outcome: Outcome;
  /** ID of the object after the change. */
  id?: string;
  /** A create that found the object brought by its integration's sync and updated it instead. */
  adopted?: boolean;
  error?: { code: string; message: string };
}

export interface ApplyResult {
  results: ChangeResult[];
  ok: boolean;
}

export interface ApplyOptions {
  /** Value of a secret template (`${env:…}` / `${file:…}`); throws when it cannot be read. */
  secret: (template: string) => string;
  /** Changes under way at once are twice this (default: the client's requests in flight). */
  inFlight?: number;
  /** Called after each change finishes. */
  onResult?: (result: ChangeResult, done: number, total: number) => void;
  /** How long a create waits for the first sync of an integration connected in this run (default 10 min). */
  syncWaitMs?: number;
  /** Pause between sync-status polls (tests move a simulated clock here). */
  sleep?: (ms: number) => Promise<void>;
  /** Progress of waits: "waiting for the sync of app.GitHub (12s)". */
  onWait?: (text: string) => void;
}

/**
 * Applies a plan: creates and updates as a stream in dependency order — each change starts as
 * soon as the changes it depends on are done, with a bounded number under way (twice the
 * client's requests in flight, so the client always has work queued but never a whole level) —
 * then deletes in reverse order, kind by kind. A change whose dependency failed is skipped,
 * everything else still runs; the result says what was applied and what was not, and running
 * again converges. A create whose outcome is unknown is looked up by its natural key before
 * it is tried again, so nothing is created twice.
 */
export async function applyPlan(plan: Plan, client: LumosClient, options: ApplyOptions): Promise<ApplyResult> {
  const ids = new Map<string, string>();
  const failed = new Set<string>();
  const results: ChangeResult[] = [];
  const total = plan.changes.length;
  const record = (result: ChangeResult) => {
    results.push(result);
    if (result.outcome === "failed" || result.outcome === "skipped") failed.add(result.address);
    if (result.id) ids.set(result.address, result.id);
    options.onResult?.(result, results.length, total);
  };
  const limit = pLimit(Math.max(1, (options.inFlight ?? client.concurrency) * 2));
  const step = async (change: Change): Promise<void> => {
    const blocked = change.dependsOn.find((address) => failed.has(address));
    if (blocked) {
      record({ address: change.address, action: change.action, outcome: "skipped", error: { code: "DEPENDENCY_FAILED", message: `${blocked} was not applied` } });
      return;
    }
    try {
      record(await applyChange(change, client, ids, options));
    } catch (error) {
      record({ address: change.address, action: change.action, outcome: "failed", error: describe(error) });
    }
  };

  const writes = plan.changes.filter((change) => change.action !== "delete");
  const byAddress = new Map(writes.map((change) => [change.address, change]));
  const finished = new Map<string, Promise<void>>();
  const finish = new Map<string, () => void>();
  for (const change of writes) finished.set(change.address, new Promise<void>((resolve) => finish.set(change.address, resolve)));
  await Promise.all(
    writes.map(async (change) => {
      // Only changes of kinds applied earlier are waited for, so no two changes wait on each other.
      const before = change.dependsOn.filter((address) => {
        const dependency = byAddress.get(address);
        return dependency !== undefined && rank(dependency) < rank(change);
      });
      await Promise.all(before.map((address) => finished.get(address)));
      await limit(() => step(change));
      finish.get(change.address)!();
    }),
  );
  for (const level of levels(plan.changes.filter((change) => change.action === "delete"))) {
    await Promise.all(level.map((change) => limit(() => step(change))));
  }
  return { results, ok: results.every((r) => r.outcome === "applied" || r.outcome === "recovered") };
}

function rank(change: Change): number {
  const index = APPLY_ORDER.indexOf(configKeyOf(change.kind));
  return change.action === "delete" ? APPLY_ORDER.length * 2 - index : index;
}

/** Groups of changes that may run at the same time, in order. */
function levels(changes: Change[]): Change[][] {
  const groups = new Map<number, Change[]>();
  for (const change of changes) pushTo(groups, rank(change), change);
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
}

async function applyChange(change: Change, client: LumosClient, ids: Map<string, string>, options: ApplyOptions): Promise<ChangeResult> {
  const key = configKeyOf(change.kind);
  const adapter = ADAPTERS[key];
  const done = (outcome: Outcome, id?: string): ChangeResult => ({ address: change.address, action: change.action, outcome, ...(id ? { id } : {}) });
  switch (change.action) {
    case "delete":
      await adapter.remove(client, change.id!).catch(ignoreNotFound);
      return done("applied");
    case "update": {
      if (change.payload) await adapter.update(client, change.id!, materialise(change.payload, ids, options));
      if (change.reconnect && adapter.reconnect) await adapter.reconnect(client, change.id!, materialise(change.reconnect, ids, options));
      return done("applied", change.id);
    }
    case "replace":
      await adapter.remove(client, change.id!).catch(ignoreNotFound);
      return create(change, key, client, ids, options);
    case "create":
      return create(change, key, client, ids, options);
  }
}

async function create(change: Change, key: ConfigKey, client: LumosClient, ids: Map<string, string>, options: ApplyOptions): Promise<ChangeResult> {
  const adapter = ADAPTERS[key];
  const payload = materialise(change.payload ?? {}, ids, options);
  if (change.adoptAfterSync) {
    // The integration's first sync may bring this object: wait for it, then adopt what it brought.
    await waitForSync(client, String(payload.app_id), change.adoptAfterSync, options);
    const found = await adapter.find(client, payload);
    if (found) {
      const { app_id: _app, label: _label, ...rest } = payload;
      if (Object.keys(rest).length > 0) await adapter.update(client, found, rest);
      return { address: change.address, action: change.action, outcome: "applied", id: found, adopted: true };
    }
  }
  try {
    const { id } = await adapter.create(client, payload);
    return { address: change.address, action: change.action, outcome: "applied", id };
  } catch (error) {
    if (!(error instanceof AmbiguousWriteError)) throw error;
    // The create may have landed: look before trying again.
    const found = await adapter.find(client, payload);
    if (found) return { address: change.address, action: change.action, outcome: "recovered", id: found };
    const { id } = await adapter.create(client, payload);
    return { address: change.address, action: change.action, outcome: "applied", id };
  }
}

/**
 * Symbolic payload → request body: Refs become IDs (`{id}`, or a bare ID for `app_id`, `id` and
 * `app_ids`), pending Refs take the ID of the object created earlier in this apply, and secret
 * templates are read now, so their values live only in the request.
 */
export function materialise(value: unknown, ids: ReadonlyMap<string, string>, options: Pick<ApplyOptions, "secret">): Record<string, unknown> {
  return convert(value) as Record<string, unknown>;

  function convert(item: unknown, field?: string, parent?: string): unknown {
    if (isSecret(item)) return options.secret(item.$secret);
    if (isRef(item)) {
      const id = "id" in item ? item.id : ids.get(item.pending);
      if (id === undefined) throw new LumosIacError("DEPENDENCY_FAILED", `${"pending" in item ? item.pending : "?"} has no ID yet`);
      return field === "app_id" || field === "id" || parent === "app_ids" ? id : { id };
    }
    if (Array.isArray(item)) return item.map((v) => convert(v, undefined, field));
    if (isRecord(item)) return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, convert(v, k)]));
    return item;
  }
}

/** Polls the app until its sync is no longer SYNCING, within options.syncWaitMs. */
async function waitForSync(client: LumosClient, appId: string, address: string, options: ApplyOptions): Promise<void> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const budget = options.syncWaitMs ?? 600_000;
  const pollMs = 2000;
  let waited = 0;
  for (;;) {
    const app = await client.call("getApp", client.api.GET("/apps/{app_id}", { params: { path: { app_id: appId } } }));
    if (app.sync_status !== "SYNCING") return;
    if (waited >= budget) {
      throw new LumosIacError(
        "SYNC_WAIT_TIMEOUT",
        `the first sync of ${address} was still running after ${Math.round(budget / 1000)}s; nothing was created, so the sync's own permission is not duplicated. Run apply again once it has finished`,
      );
    }
    options.onWait?.(`waiting for the sync of ${address} (${Math.round(waited / 1000)}s)`);
    const pause = Math.min(pollMs, budget - waited);
    await sleep(pause);
    waited += pause;
  }
}

function ignoreNotFound(error: unknown): void {
  if (error instanceof RemoteError && error.status === 404) return;
  throw error;
}

function describe(error: unknown): { code: string; message: string } {
  if (error instanceof LumosIacError) return { code: error.code, message: error.message };
  return { code: "INTERNAL", message: error instanceof Error ? error.message : String(error) };
}
