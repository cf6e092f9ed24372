/**
 * Access impact: what a plan changes for people, not objects. Pure: the plan, the live state it
 * was made from and a directory of the few extra facts it needs (group members, users with their
 * attributes, access requests, accounts) read beforehand. `impactNeeds` says which facts; a plan
 * that changes nothing about access needs none.
 */
import { asString, isRecord } from "../kinds/common.ts";
import { configKeyOf } from "../kinds/registry.ts";
import { GRANTED_REQUEST_STATUSES, PENDING_REQUEST_STATUSES, type AccessImpact, type ChangeImpact, type ImpactDirectory, type ImpactNeeds } from "../model/access.ts";
import type { Change, LiveObject, LiveState, Plan } from "../model/types.ts";

export { GRANTED_REQUEST_STATUSES, PENDING_REQUEST_STATUSES } from "../model/access.ts";
export type { AccessImpact, ChangeImpact, DirectoryRequest, DirectoryUser, ImpactDirectory, ImpactNeeds, OrphanedRequest } from "../model/access.ts";

/** Who may request something: nobody (hidden), everyone, or members of these groups. */
type Audience = { kind: "nobody" } | { kind: "everyone" } | { kind: "groups"; groups: string[] };

interface Principals {
  users: string[];
  groups: string[];
}

interface Preapproval {
  groups: string[];
  attributes: { attribute: string; value: string }[];
  permissions: string[];
}

/** The access-relevant side of one object: before or after a change. */
export interface AccessFacets {
  audience?: Audience;
  approvers?: Principals;
  preapproval?: Preapproval;
}

/** The access facts of one change: before (live) and after (live with the change applied). */
export interface ChangeFacets {
  change: Change;
  /** The app the object belongs to (its ID, when live). */
  appId: string | undefined;
  /** The permission ID (or `pending:ADDRESS`) of a requestable permission. */
  permissionId: string | undefined;
  before: AccessFacets;
  after: AccessFacets;
}

/** The ID in a reference: `{$ref, id}`, an expanded live object `{id, …}`, or a pending `{$ref, pending}`. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (!isRecord(value)) return undefined;
  if (typeof value.id === "string") return value.id;
  if (typeof value.pending === "string") return `pending:${value.pending}`;
  return undefined;
}

function ids(value: unknown): string[] {
  return Array.isArray(value) ? [...new Set(value.flatMap((v) => idOf(v) ?? []))].sort() : [];
}

/** PATCH semantics: present fields of `patch` override, records merge, lists replace. */
function merge(base: unknown, patch: unknown): unknown {
  if (!isRecord(base) || !isRecord(patch)) return patch === undefined ? base : patch;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) out[key] = merge(base[key], value);
  return out;
}

function audienceOf(visible: boolean, allowed: unknown): Audience {
  if (!visible) return { kind: "nobody" };
  const config = isRecord(allowed) ? allowed : {};
  if (config.type === "SPECIFIED_GROUPS") return { kind: "groups", groups: ids(config.groups) };
  return { kind: "everyone" };
}

function principalsOf(...configs: unknown[]): Principals {
  const users = new Set<string>();
  const groups = new Set<string>();
  for (const config of configs) {
    if (!isRecord(config)) continue;
    for (const id of ids(config.users)) users.add(id);
    for (const id of ids(config.groups)) groups.add(id);
  }
  return { users: [...users].sort(), groups: [...groups].sort() };
}

/** The access facets of an object of `kind`, from its API-shaped data. */
function facetsOf(kind: string, data: Record<string, unknown> | undefined): AccessFacets {
  if (!data) return {};
  if (kind === "requestable_permission") {
    const config = isRecord(data.request_config) ? data.request_config : {};
    const approval = isRecord(config.request_approval_config) ? config.request_approval_config : {};
    return {
      audience: audienceOf((config.appstore_visibility ?? "HIDDEN") === "VISIBLE", config.allowed_groups),
      approvers: principalsOf(approval.approvers, approval.approvers_stage_2),
    };
  }
  if (kind === "appstore_app") {
    if (!isRecord(data.request_flow)) return {};
    const flow = data.request_flow;
    return {
      audience: audienceOf((flow.discoverability ?? "FULL") !== "NONE", flow.allowed_groups),
      approvers: principalsOf(flow.approvers, flow.approvers_stage_2),
    };
  }
  if (kind === "pre_approval_rule") {
    const attributes = Array.isArray(data.preapproved_users_by_attribute)
      ? data.preapproved_users_by_attribute.flatMap((a) => (isRecord(a) ? [{ attribute: asString(a.attribute), value: asString(a.value) }] : []))
      : [];
    return { preapproval: { groups: ids(data.preapproved_groups), attributes, permissions: ids(data.preapproved_permissions) } };
  }
  return {};
}

function liveObjectOf(change: Change, live: LiveState): LiveObject | undefined {
  if (!change.id) return undefined;
  return (live.kinds[configKeyOf(change.kind)] ?? []).find((o) => o.id === change.id);
}

/** Before and after facets of every change of the plan. */
export function changeFacets(plan: Plan, live: LiveState): ChangeFacets[] {
  return plan.changes.map((change) => {
    const liveObject = liveObjectOf(change, live);
    const before = liveObject?.data;
    let after: Record<string, unknown> | undefined;
    if (change.action === "create" || change.action === "replace") after = change.payload;
    else if (change.action === "update") after = merge(before ?? {}, change.payload ?? {}) as Record<string, unknown>;
    const appId = idOf(before?.app_id ?? after?.app_id) ?? (change.kind === "app" ? change.id : undefined);
    return {
      change,
      appId,
      permissionId: change.kind === "requestable_permission" ? (change.id ?? `pending:${change.address}`) : undefined,
      before: facetsOf(change.kind, before),
      after: facetsOf(change.kind, after),
    };
  });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function audienceGroups(audience: Audience | undefined): string[] {
  return audience?.kind === "groups" ? audience.groups : [];
}

const isDelete = (c: ChangeFacets) => c.change.action === "delete";
const deletesWhatPeopleHold = (c: ChangeFacets) => isDelete(c) && ["app", "requestable_permission", "appstore_app"].includes(c.change.kind);

/** Whether a change alters who may request, who is pre-approved, who approves, or removes what people hold. */
export function isAccessRelevant(c: ChangeFacets): boolean {
  if (deletesWhatPeopleHold(c)) return true;
  return !same(c.before.audience, c.after.audience) || !same(c.before.approvers, c.after.approvers) || !same(c.before.preapproval, c.after.preapproval);
}

/**
 * The reads a plan's impact needs: members of the groups whose standing changes (and of the
 * others in the same field, so nobody is counted as gaining what they already had), users when
 * an audience is everyone or a rule by attribute changes, requests when something pending or
 * granted can be affected, accounts of deleted apps. `extraGroups` adds groups a guardrail needs.
 */
export function impactNeeds(facets: ChangeFacets[], extraGroups: Iterable<string> = []): ImpactNeeds {
  const groups = new Set<string>(extraGroups);
  let users = false;
  let attributes = false;
  let requests = false;
  const accountsOf = new Set<string>();
  for (const c of facets) {
    if (!isAccessRelevant(c)) continue;
    const { before, after } = c;
    if (!same(before.audience, after.audience)) {
      for (const g of [...audienceGroups(before.audience), ...audienceGroups(after.audience)]) groups.add(g);
      if (before.audience?.kind === "everyone" || after.audience?.kind === "everyone") users = true;
    }
    if (!same(before.preapproval, after.preapproval)) {
      for (const g of [...(before.preapproval?.groups ?? []), ...(after.preapproval?.groups ?? [])]) groups.add(g);
      if ((before.preapproval?.attributes.length ?? 0) + (after.preapproval?.attributes.length ?? 0) > 0) {
        users = true;
        attributes = true;
      }
    }
    if (deletesWhatPeopleHold(c) || approversRemoved(c).length > 0) requests = true;
    if (isDelete(c) && c.change.kind === "app" && c.change.id) accountsOf.add(c.change.id);
  }
  for (const g of [...groups]) if (g.startsWith("pending:")) groups.delete(g);
  return { groups: [...groups].sort(), users, attributes, requests, accountsOf: [...accountsOf].sort() };
}

/** True when nothing needs reading. */
export function needsNothing(needs: ImpactNeeds): boolean {
  return needs.groups.length === 0 && !needs.users && !needs.requests && needs.accountsOf.length === 0;
}

function approversRemoved(c: ChangeFacets): string[] {
  const before = c.before.approvers;
  if (!before) return [];
  const after = c.after.approvers ?? { users: [], groups: [] };
  return [...before.users.filter((u) => !after.users.includes(u)).map((u) => `user:${u}`), ...before.groups.filter((g) => !after.groups.includes(g)).map((g) => `group:${g}`)];
}

function approversAdded(c: ChangeFacets): string[] {
  const after = c.after.approvers;
  if (!after) return [];
  const before = c.before.approvers ?? { users: [], groups: [] };
  return [...after.users.filter((u) => !before.users.includes(u)).map((u) => `user:${u}`), ...after.groups.filter((g) => !before.groups.includes(g)).map((g) => `group:${g}`)];
}

/** Resolves people: who is in an audience or a pre-approval, from the directory. */
export class People {
  constructor(private readonly directory: ImpactDirectory) {}

  members(groups: readonly string[]): Set<string> {
    const out = new Set<string>();
    for (const g of groups) for (const u of this.directory.members[g] ?? []) out.add(u);
    return out;
  }

  /** Everyone who can use the AppStore: users not suspended or inactive. */
  everyone(): Set<string> {
    this.all ??= new Set((this.directory.users ?? []).filter((u) => u.status !== "SUSPENDED" && u.status !== "INACTIVE").map((u) => u.id));
    return new Set(this.all);
  }

  private all: Set<string> | undefined;

  audience(audience: Audience | undefined): Set<string> {
    if (!audience || audience.kind === "nobody") return new Set();
    return audience.kind === "everyone" ? this.everyone() : this.members(audience.groups);
  }

  preapproved(preapproval: Preapproval | undefined): Set<string> {
    if (!preapproval) return new Set();
    const out = this.members(preapproval.groups);
    if (preapproval.attributes.length > 0) {
      for (const user of this.directory.users ?? []) {
        if (preapproval.attributes.some((a) => user.attributes?.[a.attribute] === a.value)) out.add(user.id);
      }
    }
    return out;
  }

  label(id: string, labels: Record<string, string>): string {
    return this.directory.people[id]?.email ?? labels[id] ?? id;
  }
}

function minus(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((x) => !b.has(x));
}

/** The impact of every access-relevant change, with distinct-people totals. */
export function computeImpact(facets: ChangeFacets[], directory: ImpactDirectory, labels: Record<string, string>): AccessImpact {
  const people = new People(directory);
  const show = (userIds: Iterable<string>) => [...new Set([...userIds].map((id) => people.label(id, labels)))].sort();
  const principal = (key: string) => {
    const [type, id] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
    return `${type} ${type === "user" ? people.label(id, labels) : (labels[id] ?? id)}`;
  };
  const totals = { gaining_request: new Set<string>(), losing_request: new Set<string>(), gaining_preapproval: new Set<string>(), losing_preapproval: new Set<string>(), losing_access: new Set<string>(), orphaned_requests: new Set<string>() };
  const changes: ChangeImpact[] = [];

  for (const c of facets) {
    if (!isAccessRelevant(c)) continue;
    const requestsOf = (statuses: readonly string[]) =>
      (directory.requests ?? []).filter((r) => {
        if (!statuses.includes(r.status)) return false;
        if (c.change.kind === "requestable_permission") return c.permissionId !== undefined && r.permission_ids.includes(c.permissionId);
        return c.appId !== undefined && r.app_id === c.appId;
      });

    const canBefore = people.audience(c.before.audience);
    const canAfter = people.audience(c.after.audience);
    const preBefore = people.preapproved(c.before.preapproval);
    const preAfter = people.preapproved(c.after.preapproval);
    const losesAccess = new Set<string>();
    // Leaving the AppStore ends requesting, not what people already hold.
    if (deletesWhatPeopleHold(c) && c.change.kind !== "appstore_app") {
      for (const r of requestsOf(GRANTED_REQUEST_STATUSES)) losesAccess.add(r.target.id);
      if (c.change.kind === "app" && c.change.id) for (const u of directory.accounts[c.change.id] ?? []) losesAccess.add(u.id);
    }
    const removed = approversRemoved(c);
    const orphaned = deletesWhatPeopleHold(c) || removed.length > 0 ? requestsOf(PENDING_REQUEST_STATUSES) : [];

    const impact: ChangeImpact = {
      address: c.change.address,
      gains_request: show(same(c.before.audience, c.after.audience) ? [] : minus(canAfter, canBefore)),
      loses_request: show(same(c.before.audience, c.after.audience) ? [] : minus(canBefore, canAfter)),
      gains_preapproval: show(minus(preAfter, preBefore)),
      loses_preapproval: show(minus(preBefore, preAfter)),
      loses_access: show(losesAccess),
      orphaned_requests: orphaned.map((r) => ({ id: r.id, target: r.target.email ?? r.target.id, status: r.status })).sort((a, b) => a.target.localeCompare(b.target) || a.id.localeCompare(b.id)),
      approvers_added: approversAdded(c).map(principal).sort(),
      approvers_removed: removed.map(principal).sort(),
    };
    const add = (set: Set<string>, values: string[]) => values.forEach((v) => set.add(v));
    add(totals.gaining_request, impact.gains_request);
    add(totals.losing_request, impact.loses_request);
    add(totals.gaining_preapproval, impact.gains_preapproval);
    add(totals.losing_preapproval, impact.loses_preapproval);
    add(totals.losing_access, impact.loses_access);
    add(totals.orphaned_requests, impact.orphaned_requests.map((r) => r.id));
    if (isEmptyImpact(impact)) continue;
    changes.push(impact);
  }
  return {
    changes,
    totals: {
      gaining_request: totals.gaining_request.size,
      losing_request: totals.losing_request.size,
      gaining_preapproval: totals.gaining_preapproval.size,
      losing_preapproval: totals.losing_preapproval.size,
      losing_access: totals.losing_access.size,
      orphaned_requests: totals.orphaned_requests.size,
    },
  };
}

export function isEmptyImpact(i: ChangeImpact): boolean {
  return (
    i.gains_request.length + i.loses_request.length + i.gains_preapproval.length + i.loses_preapproval.length + i.loses_access.length + i.orphaned_requests.length + i.approvers_added.length + i.approvers_removed.length === 0
  );
}

export interface AccessLimits {
  maxPeopleGainingPreapproval?: number;
  maxPeopleLosingAccess?: number;
}

/** Why the impact is over the configured thresholds (empty when within them). */
export function accessOverLimits(impact: AccessImpact, limits: AccessLimits): string[] {
  const reasons: string[] = [];
  if (limits.maxPeopleGainingPreapproval !== undefined && impact.totals.gaining_preapproval > limits.maxPeopleGainingPreapproval) {
    reasons.push(`${impact.totals.gaining_preapproval} people would become pre-approved (safety.max_people_gaining_preapproval is ${limits.maxPeopleGainingPreapproval})`);
  }
  if (limits.maxPeopleLosingAccess !== undefined && impact.totals.losing_access > limits.maxPeopleLosingAccess) {
    reasons.push(`${impact.totals.losing_access} people would lose access they hold (safety.max_people_losing_access is ${limits.maxPeopleLosingAccess})`);
  }
  return reasons;
}
