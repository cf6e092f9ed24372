import { randomBytes, randomUUID } from "node:crypto";
import type { components } from "../../remote/generated/okta-api.ts";
import type { Collection, Store } from "../store.ts";
import type { Tenant } from "../tenant.ts";

export type OktaEventHook = components["schemas"]["EventHook"];
export type OktaError = components["schemas"]["Error"];

/** Where the Okta side is mounted: the org URL of the simulator is `<base>/okta`. */
export const OKTA_PREFIX = "/okta";

/** How long Okta waits for the answer to a verification or delivery, and how often it tries. */
export const OKTA_HOOK_TIMEOUT_MS = 3000;
const ATTEMPTS = 2;

export interface OktaHookRecord {
  id: string;
  name: string;
  description: string | null;
  status: "ACTIVE" | "INACTIVE";
  verificationStatus: "UNVERIFIED" | "VERIFIED";
  events: string[];
  uri: string;
  headers: { key: string; value: string }[];
  authScheme: { key: string; value: string } | null;
  created: string;
  lastUpdated: string;
}

export interface OktaUserRecord {
  id: string;
  login: string;
  firstName: string | null;
  lastName: string | null;
}

export interface OktaGroupRecord {
  id: string;
  name: string;
  description: string | null;
  /** Okta user IDs. */
  members: string[];
}

/** One event-hook call Okta made (a verification or a delivery), for tests and the control surface. */
export interface OktaCall {
  hook_id: string;
  kind: "verification" | "delivery";
  event_types: string[];
  /** HTTP status of the answer, or null when none came in time. */
  status: number | null;
  ok: boolean;
  at: string;
}

/** An error answer in Okta's shape. */
export class OktaHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: OktaError,
  ) {
    super(`HTTP ${status}: ${body.errorSummary}`);
  }
}

const errorBody = (code: string, summary: string, causes: string[] = []): OktaError => ({
  errorCode: code,
  errorSummary: summary,
  errorLink: code,
  errorId: `sim${randomBytes(9).toString("base64url")}`,
  errorCauses: causes.map((errorSummary) => ({ errorSummary })),
});

export const oktaErrors = {
  validation: (what: string, causes: string[] = []) => new OktaHttpError(400, errorBody("E0000001", `Api validation failed: ${what}`, causes)),
  forbidden: () => new OktaHttpError(403, errorBody("E0000006", "You do not have permission to perform the requested action")),
  notFound: (id: string, type: string) => new OktaHttpError(404, errorBody("E0000007", `Not found: Resource not found: ${id} (${type})`)),
};

export interface OktaOrgOptions {
  /** Sends Okta's outbound calls (verification, deliveries) to hook URLs. */
  hookFetch: (request: Request) => Promise<Response>;
  now: () => number;
  /** How long an endpoint has to answer (default 3 s, as Okta). */
  hookTimeoutMs?: number;
}

/**
 * The simulated Okta org: event hooks with their lifecycle and verification, and a directory of
 * users and groups whose changes are delivered to ACTIVE, VERIFIED hooks subscribed to them.
 * Kept in the simulator's store beside the Lumos tenant; on first use it mirrors the Lumos
 * tenant's Okta groups (Okta group ID = the group's integration_specific_id) and their members.
 */
export class OktaOrg {
  readonly hooks: Collection<OktaHookRecord>;
  readonly users: Collection<OktaUserRecord>;
  readonly groups: Collection<OktaGroupRecord>;
  readonly calls: OktaCall[] = [];
  private readonly meta: Collection<string>;
  private readonly pending = new Set<Promise<void>>();

  constructor(
    store: Store,
    tenant: Tenant,
    private readonly options: OktaOrgOptions,
  ) {
    this.hooks = store.collection("okta_event_hook");
    this.users = store.collection("okta_user");
    this.groups = store.collection("okta_group");
    this.meta = store.collection("okta_meta");
    if (!this.meta.has("seeded")) store.batch(() => this.seedFrom(tenant));
  }

  // ---- event hooks ---------------------------------------------------------------------------

  render(hook: OktaHookRecord): OktaEventHook {
    return {
      id: hook.id,
      name: hook.name,
      description: hook.description,
      status: hook.status,
      verificationStatus: hook.verificationStatus,
      events: { type: "EVENT_TYPE", items: [...hook.events] },
      channel: {
        type: "HTTP",
        version: "1.0.0",
        config: {
          uri: hook.uri,
          headers: hook.headers.map((h) => ({ ...h })),
          method: "POST",
          // The value is write-only, and Okta returns the header name lower-cased.
          ...(hook.authScheme ? { authScheme: { type: "HEADER" as const, key: hook.authScheme.key.toLowerCase() } } : {}),
        },
      },
      created: hook.created,
      lastUpdated: hook.lastUpdated,
    };
  }

  requireHook(id: string): OktaHookRecord {
    const hook = this.hooks.get(id);
    if (!hook) throw oktaErrors.notFound(id, "EventHook");
    return hook;
  }

  createHook(body: OktaEventHook): OktaHookRecord {
    const fields = this.checkedFields(body);
    const at = this.timestamp();
    const id = `who${randomBytes(12).toString("base64url").replace(/[-_]/g, "x").slice(0, 17)}`;
    // Created ACTIVE, but UNVERIFIED: it receives nothing until it is verified.
    return this.hooks.put(id, { id, ...fields, status: "ACTIVE", verificationStatus: "UNVERIFIED", created: at, lastUpdated: at });
  }

  replaceHook(id: string, body: OktaEventHook): OktaHookRecord {
    const hook = this.requireHook(id);
    const fields = this.checkedFields(body);
    const channelChanged =
      fields.uri !== hook.uri ||
      JSON.stringify(fields.headers) !== JSON.stringify(hook.headers) ||
      JSON.stringify(fields.authScheme) !== JSON.stringify(hook.authScheme);
    return this.hooks.put(id, {
      ...hook,
      ...fields,
      // A new channel must be verified again.
      verificationStatus: channelChanged ? "UNVERIFIED" : hook.verificationStatus,
      lastUpdated: this.timestamp(),
    });
  }

  setStatus(id: string, status: OktaHookRecord["status"]): OktaHookRecord {
    const hook = this.requireHook(id);
    return this.hooks.put(id, { ...hook, status, lastUpdated: this.timestamp() });
  }

  deleteHook(id: string): void {
    const hook = this.requireHook(id);
    // Okta deletes only INACTIVE hooks; its document lists 403 as the refusal.
    if (hook.status !== "INACTIVE") throw oktaErrors.forbidden();
    this.hooks.delete(id);
  }

  /**
   * One GET to the hook's URI with X-Okta-Verification-Challenge; the hook becomes VERIFIED when
   * a 200 answer echoes the challenge as `{"verification": …}` within 3 s (one retry).
   */
  async verify(id: string): Promise<OktaHookRecord> {
    const hook = this.requireHook(id);
    const challenge = randomBytes(24).toString("base64url");
    let problem = "no answer";
    let status: number | null = null;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const outcome = await this.send(hook, "GET", { "X-Okta-Verification-Challenge": challenge });
      status = outcome.status;
      if (outcome.status === 200 && isVerificationAnswer(outcome.body, challenge)) {
        this.calls.push(this.call(hook, "verification", [], 200, true));
        const current = this.requireHook(id);
        return this.hooks.put(id, { ...current, verificationStatus: "VERIFIED", lastUpdated: this.timestamp() });
      }
      problem = outcome.status === null ? outcome.reason : outcome.status !== 200 ? `the endpoint answered HTTP ${outcome.status}` : "the answer did not return the verification value";
    }
    this.calls.push(this.call(hook, "verification", [], status, false));
    throw oktaErrors.validation("Verification of the event hook failed", [`${hook.uri}: ${problem}`]);
  }

  // ---- directory -------------------------------------------------------------------------------

  userByLogin(login: string): OktaUserRecord | undefined {
    for (const user of this.users.values()) if (user.login.toLowerCase() === login.toLowerCase()) return structuredClone(user);
    return undefined;
  }

  requireGroup(id: string): OktaGroupRecord {
    const group = this.groups.get(id);
    if (!group) throw oktaErrors.notFound(id, "UserGroup");
    return group;
  }

  addUser(login: string, firstName: string | null, lastName: string | null): OktaUserRecord {
    const existing = this.userByLogin(login);
    if (existing) return existing;
    const id = `00u${randomBytes(12).toString("hex").slice(0, 17)}`;
    return this.users.put(id, { id, login, firstName, lastName });
  }

  createGroup(name: string, description: string | null = null): OktaGroupRecord {
    const id = `00g${randomBytes(12).toString("hex").slice(0, 17)}`;
    const group = this.groups.put(id, { id, name, description, members: [] });
    this.emit("group.lifecycle.create", [groupTarget(group)]);
    return group;
  }

  updateGroup(id: string, changes: { name?: string; description?: string | null }): OktaGroupRecord {
    const group = this.requireGroup(id);
    const updated = this.groups.put(id, { ...group, ...changes });
    this.emit("group.profile.update", [groupTarget(updated)]);
    return updated;
  }

  deleteGroup(id: string): void {
    const group = this.requireGroup(id);
    this.groups.delete(id);
    this.emit("group.lifecycle.delete", [groupTarget(group)]);
  }

  addMember(groupId: string, user: OktaUserRecord): OktaGroupRecord {
    const group = this.requireGroup(groupId);
    if (group.members.includes(user.id)) return group;
    const updated = this.groups.put(groupId, { ...group, members: [...group.members, user.id] });
    this.emit("group.user_membership.add", [userTarget(user), groupTarget(updated)]);
    return updated;
  }

  removeMember(groupId: string, user: OktaUserRecord): OktaGroupRecord {
    const group = this.requireGroup(groupId);
    if (!group.members.includes(user.id)) return group;
    const updated = this.groups.put(groupId, { ...group, members: group.members.filter((m) => m !== user.id) });
    this.emit("group.user_membership.remove", [userTarget(user), groupTarget(updated)]);
    return updated;
  }

  /** Resolves once every delivery under way has been answered (or timed out). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  // ---- internals -------------------------------------------------------------------------------

  /**
   * An event as Okta's System Log writes it, delivered to every ACTIVE and VERIFIED hook that
   * subscribes to its type. Delivery is asynchronous: the change is done before any hook hears of it.
   */
  private emit(eventType: string, target: Record<string, unknown>[]): void {
    const event = {
      uuid: randomUUID(),
      published: this.timestamp(),
      eventType,
      version: "0",
      severity: "INFO",
      actor: { id: "00usimulatoradmin", type: "User", alternateId: "admin@okta.simulator", displayName: "Simulator Admin" },
      target,
    };
    for (const hook of this.hooks.values()) {
      if (hook.status !== "ACTIVE" || hook.verificationStatus !== "VERIFIED" || !hook.events.includes(eventType)) continue;
      const body = {
        eventType: "com.okta.event_hook",
        eventTypeVersion: "1.0",
        cloudEventsVersion: "0.1",
        contentType: "application/json",
        eventId: randomUUID(),
        eventTime: event.published,
        source: `${OKTA_PREFIX}/api/v1/eventHooks/${hook.id}`,
        data: { events: [event] },
      };
      const snapshot = structuredClone(hook) as OktaHookRecord;
      const delivery = this.deliver(snapshot, body, eventType).finally(() => this.pending.delete(delivery));
      this.pending.add(delivery);
    }
  }

  private async deliver(hook: OktaHookRecord, body: unknown, eventType: string): Promise<void> {
    let status: number | null = null;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const outcome = await this.send(hook, "POST", { "Content-Type": "application/json" }, JSON.stringify(body));
      status = outcome.status;
      if (status !== null && status >= 200 && status < 300) {
        this.calls.push(this.call(hook, "delivery", [eventType], status, true));
        return;
      }
      // Okta retries once on a timeout or a server error, not on a refusal.
      if (status !== null && status < 500) break;
    }
    this.calls.push(this.call(hook, "delivery", [eventType], status, false));
  }

  private async send(
    hook: OktaHookRecord,
    method: "GET" | "POST",
    extra: Record<string, string>,
    body?: string,
  ): Promise<{ status: number; body: unknown } | { status: null; reason: string }> {
    const headers = new Headers(extra);
    for (const header of hook.headers) headers.set(header.key, header.value);
    if (hook.authScheme) headers.set(hook.authScheme.key, hook.authScheme.value);
    const timeoutMs = this.options.hookTimeoutMs ?? OKTA_HOOK_TIMEOUT_MS;
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve("timeout");
      }, timeoutMs);
    });
    try {
      const request = new Request(hook.uri, { method, headers, ...(body !== undefined ? { body } : {}), signal: controller.signal });
      // The answer, body included, must come in time; an in-process endpoint is held to it too.
      const answer = await Promise.race([
        this.options.hookFetch(request).then(async (response) => ({ status: response.status, text: await response.text() })),
        timedOut,
      ]);
      if (answer === "timeout") return { status: null, reason: `no answer within ${timeoutMs / 1000} s` };
      let parsed: unknown = answer.text;
      try {
        parsed = answer.text ? JSON.parse(answer.text) : null;
      } catch {
        // not JSON: kept as text
      }
      return { status: answer.status, body: parsed };
    } catch {
      return { status: null, reason: controller.signal.aborted ? `no answer within ${timeoutMs / 1000} s` : "the endpoint could not be reached" };
    } finally {
      clearTimeout(timer);
    }
  }

  /** What a create or replace stores, or the 400 Okta answers for a hook it refuses. */
  private checkedFields(body: OktaEventHook): Pick<OktaHookRecord, "name" | "description" | "events" | "uri" | "headers" | "authScheme"> {
    const causes: string[] = [];
    const config = body.channel.config;
    if (body.name.trim() === "") causes.push("name: The field cannot be left blank");
    if (body.channel.version !== "1.0.0") causes.push("channel.version: The only supported version is 1.0.0");
    if (body.events.items.length === 0) causes.push("events.items: At least one event type is required");
    for (const type of body.events.items) if (!/^[a-z_]+(\.[a-z_]+)+$/.test(type)) causes.push(`events.items: ${type} is not an event type`);
    if (!/^https:\/\/[^/\s]+/i.test(config.uri)) causes.push("channel.config.uri: The external service must use a valid HTTPS endpoint");
    const auth = config.authScheme;
    if (auth && (!auth.key || !auth.value)) causes.push("channel.config.authScheme: key and value are required");
    if (causes.length > 0) throw oktaErrors.validation("eventHook", causes);
    return {
      name: body.name,
      description: body.description ?? null,
      events: [...new Set(body.events.items)],
      uri: config.uri,
      headers: (config.headers ?? []).flatMap((h) => (h?.key ? [{ key: h.key, value: h.value ?? "" }] : [])),
      authScheme: auth?.key && auth.value ? { key: auth.key, value: auth.value } : null,
    };
  }

  private call(hook: OktaHookRecord, kind: OktaCall["kind"], types: string[], status: number | null, ok: boolean): OktaCall {
    return { hook_id: hook.id, kind, event_types: types, status, ok, at: this.timestamp() };
  }

  private timestamp(): string {
    return new Date(this.options.now()).toISOString();
  }

  /** The Okta directory as the Lumos tenant last synced it: its Okta groups and their members. */
  private seedFrom(tenant: Tenant): void {
    const oktaApps = new Set([...tenant.apps.values()].filter((app) => app.app_class_id === "okta.com").map((app) => app.id));
    const userIds = new Map<string, string>();
    for (const group of tenant.groups.values()) {
      if (!group.app_id || !oktaApps.has(group.app_id) || !group.integration_specific_id || !group.name) continue;
      const members: string[] = [];
      for (const memberId of group.member_ids) {
        const person = tenant.users.peek(memberId);
        if (!person?.email) continue;
        let id = userIds.get(person.email);
        if (!id) {
          id = this.addUser(person.email, person.given_name, person.family_name).id;
          userIds.set(person.email, id);
        }
        members.push(id);
      }
      this.groups.put(group.integration_specific_id, { id: group.integration_specific_id, name: group.name, description: null, members });
    }
    this.meta.put("seeded", "yes");
  }
}

function isVerificationAnswer(body: unknown, challenge: string): boolean {
  return typeof body === "object" && body !== null && (body as Record<string, unknown>).verification === challenge;
}

function userTarget(user: OktaUserRecord): Record<string, unknown> {
  return { id: user.id, type: "User", alternateId: user.login, displayName: [user.firstName, user.lastName].filter(Boolean).join(" ") || user.login };
}

function groupTarget(group: OktaGroupRecord): Record<string, unknown> {
  return { id: group.id, type: "UserGroup", alternateId: "unknown", displayName: group.name };
}
