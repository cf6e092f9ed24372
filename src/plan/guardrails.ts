/**
 * Identity guardrails, evaluated at plan time on the plan's access facets: each finding is an
 * error or a warning with a stable code and, where the configuration says it, a file:line:col.
 * Pure: the facts come from the live state and the impact directory read beforehand.
 */
import { asString, isSecret } from "../kinds/common.ts";
import { LUMOS_EVENTS_URL } from "../kinds/okta-event-hook.ts";
import { GUARDRAIL_CODES, type GuardrailConfig, type GuardrailName } from "../model/guardrail-config.ts";
import type { GuardrailFinding } from "../model/access.ts";
import type { DesiredState, LiveState, Plan, SourceLocation } from "../model/types.ts";

export type { GuardrailFinding } from "../model/access.ts";
import { idOf, PENDING_REQUEST_STATUSES, GRANTED_REQUEST_STATUSES, People, type ChangeFacets, type ImpactDirectory } from "./impact.ts";

export { DEFAULT_LEVELS, GUARDRAIL_CODES, GUARDRAILS, NO_GUARDRAIL_CONFIG, type GuardrailConfig, type GuardrailLevel, type GuardrailName, type SeparationRule } from "../model/guardrail-config.ts";

/** The change's author, by email, and their user ID when the tenant has them. */
export interface Actor {
  email: string;
  id?: string;
}

export interface GuardrailInput {
  plan: Plan;
  facets: ChangeFacets[];
  live: LiveState;
  desired: DesiredState;
  directory: ImpactDirectory;
  config: GuardrailConfig;
  actor?: Actor;
  /** Values of sensitive `${…}` templates, by template: a webhook URL read from one is checked too. */
  secrets?: ReadonlyMap<string, string>;
}

const APPROVER_PATH: Record<string, string[]> = {
  requestable_permission: ["request_config", "request_approval_config", "approvers"],
  appstore_app: ["request_flow", "approvers"],
};
const AUDIENCE_PATH: Record<string, string[]> = {
  requestable_permission: ["request_config", "allowed_groups"],
  appstore_app: ["request_flow", "allowed_groups"],
};

/** Live permissions as `App/Label` → ID, and what the plan creates as `App/Label` → pending ID. */
function permissionIds(plan: Plan, live: LiveState): Map<string, string> {
  const appNames = new Map((live.kinds.apps ?? []).map((a) => [a.id, asString(a.data.user_friendly_label)]));
  const out = new Map<string, string>();
  for (const p of live.kinds.requestable_permissions ?? []) out.set(`${appNames.get(asString(p.data.app_id)) ?? ""}/${asString(p.data.label)}`, p.id);
  for (const c of plan.changes) {
    if (c.kind === "requestable_permission" && c.action === "create") out.set(c.address.slice(c.address.indexOf(".") + 1), `pending:${c.address}`);
  }
  return out;
}

interface RuleState {
  address?: string;
  groups: string[];
  attributes: { attribute: string; value: string }[];
  permissions: string[];
}

/** Every pre-approval rule as it will be after the plan: live rules with the plan's changes applied. */
function rulesAfter(facets: ChangeFacets[], live: LiveState): RuleState[] {
  const changed = new Map(facets.filter((c) => c.change.kind === "pre_approval_rule").map((c) => [c.change.id ?? c.change.address, c]));
  const out: RuleState[] = [];
  for (const rule of live.kinds.pre_approval_rules ?? []) {
    if (changed.has(rule.id)) continue;
    out.push({
      groups: (Array.isArray(rule.data.preapproved_groups) ? rule.data.preapproved_groups : []).flatMap((g) => idOf(g) ?? []),
      attributes: [],
      permissions: (Array.isArray(rule.data.preapproved_permissions) ? rule.data.preapproved_permissions : []).flatMap((p) => idOf(p) ?? []),
    });
  }
  for (const c of changed.values()) {
    const p = c.after.preapproval;
    if (p) out.push({ address: c.change.address, ...p });
  }
  return out;
}

/** Groups (and whether requests) the guardrails need read, beyond the impact's own reads. */
export function guardrailNeeds(input: Pick<GuardrailInput, "plan" | "facets" | "live" | "config" | "actor">): { groups: string[]; requests: boolean } {
  const groups = new Set<string>();
  let requests = false;
  if (input.actor && input.config.levels.self_grant !== "off") {
    for (const c of input.facets) {
      const before = new Set(c.before.approvers?.groups ?? []);
      const added = (c.after.approvers?.groups ?? []).filter((g) => !before.has(g));
      const addedUsers = (c.after.approvers?.users ?? []).filter((u) => !(c.before.approvers?.users ?? []).includes(u));
      for (const g of added) groups.add(g);
      // Whether the author already approved through a group, when approvers are added.
      if (added.length + addedUsers.length > 0) for (const g of before) groups.add(g);
    }
  }
  if (input.config.levels.last_approver !== "off" && input.facets.some(lastApproverRemoved)) requests = true;
  if (input.config.levels.separation_of_duties !== "off" && input.config.separationOfDuties.length > 0) {
    const ids = permissionIds(input.plan, input.live);
    const rules = rulesAfter(input.facets, input.live);
    for (const sod of input.config.separationOfDuties) {
      const wanted = new Set(sod.permissions.flatMap((name) => ids.get(name) ?? []));
      const touched = input.facets.some((c) =>
        [...(c.before.preapproval?.permissions ?? []), ...(c.after.preapproval?.permissions ?? [])].some((p) => wanted.has(p)) || (c.permissionId !== undefined && wanted.has(c.permissionId)),
      );
      if (!touched) continue;
      requests = true;
      for (const rule of rules) if (rule.permissions.some((p) => wanted.has(p))) for (const g of rule.groups) groups.add(g);
    }
  }
  return { groups: [...groups].filter((g) => !g.startsWith("pending:")), requests };
}

function lastApproverRemoved(c: ChangeFacets): boolean {
  if (c.change.action !== "update") return false;
  const before = c.before.approvers;
  const after = c.after.approvers;
  return !!before && !!after && before.users.length + before.groups.length > 0 && after.users.length + after.groups.length === 0;
}

/** Every guardrail finding for the plan, errors and warnings, in plan order. */
export function checkGuardrails(input: GuardrailInput): GuardrailFinding[] {
  const { plan, facets, desired, directory, config, actor, live } = input;
  const findings: GuardrailFinding[] = [];
  const people = new People(directory);
  const declared = new Set(desired.objects.map((o) => o.address));
  const locate = (address: string | undefined, path: (string | number)[]): SourceLocation | undefined =>
    address && declared.has(address) ? desired.locate(address, path) : undefined;
  const label = (id: string) => plan.labels[id] ?? people.label(id, plan.labels);
  const add = (guardrail: GuardrailName, address: string | undefined, path: (string | number)[], message: string, level = config.levels[guardrail], at?: SourceLocation) => {
    if (level === "off") return;
    const loc = at ?? locate(address, path);
    findings.push({ code: GUARDRAIL_CODES[guardrail], guardrail, level, ...(address ? { address } : {}), message, ...(loc ? { loc } : {}) });
  };

  // Self-grant: the author gives themselves (or a group of theirs) what they would gain.
  if (actor?.id && config.levels.self_grant !== "off") {
    const me = actor.id;
    for (const c of facets) {
      const { address, kind } = c.change;
      const addedUsers = (c.after.approvers?.users ?? []).filter((u) => !(c.before.approvers?.users ?? []).includes(u));
      const addedGroups = (c.after.approvers?.groups ?? []).filter((g) => !(c.before.approvers?.groups ?? []).includes(g));
      const wasApprover = (c.before.approvers?.users ?? []).includes(me) || people.members(c.before.approvers?.groups ?? []).has(me);
      if (!wasApprover) {
        const via = addedUsers.includes(me) ? "themselves" : addedGroups.filter((g) => people.members([g]).has(me)).map((g) => `their group ${label(g)}`)[0];
        if (via) add("self_grant", address, APPROVER_PATH[kind] ?? [], `${actor.email} (the author of this change) adds ${via} as approver of ${address}; ask someone else to make this change`);
      }
      const preBefore = people.preapproved(c.before.preapproval);
      const preAfter = people.preapproved(c.after.preapproval);
      if (preAfter.has(me) && !preBefore.has(me)) {
        const group = (c.after.preapproval?.groups ?? []).find((g) => people.members([g]).has(me));
        add(
          "self_grant",
          address,
          [group ? "preapproved_groups" : "preapproved_users_by_attribute"],
          `${actor.email} (the author of this change) becomes pre-approved by ${address}${group ? ` through their group ${label(group)}` : " through their attributes"}; ask someone else to make this change`,
        );
      }
      const canBefore = people.audience(c.before.audience);
      const canAfter = people.audience(c.after.audience);
      if (c.after.audience?.kind === "groups" && canAfter.has(me) && !canBefore.has(me)) {
        const group = c.after.audience.groups.find((g) => people.members([g]).has(me));
        add("self_grant", address, AUDIENCE_PATH[kind] ?? [], `${actor.email} (the author of this change) makes themselves able to request ${address}${group ? ` through their group ${label(group)}` : ""}; ask someone else to make this change`);
      }
    }
  }

  // The last approver of something with pending requests.
  if (config.levels.last_approver !== "off") {
    for (const c of facets) {
      if (!lastApproverRemoved(c)) continue;
      const pending = (directory.requests ?? []).filter(
        (r) =>
          (PENDING_REQUEST_STATUSES as readonly string[]).includes(r.status) &&
          (c.change.kind === "requestable_permission" ? c.permissionId !== undefined && r.permission_ids.includes(c.permissionId) : r.app_id === c.appId),
      );
      if (pending.length === 0) continue;
      add(
        "last_approver",
        c.change.address,
        APPROVER_PATH[c.change.kind] ?? [],
        `${c.change.address} loses its last approver while ${pending.length} request${pending.length === 1 ? "" : "s"} wait${pending.length === 1 ? "s" : ""} for approval (${pending.map((r) => r.target.email ?? r.target.id).sort().join(", ")}); keep an approver until they are decided`,
      );
    }
  }

  // A pre-approved group that also approves the same permission approves its own requests.
  // Only a changed rule or a touched permission can bring a finding: else the tenant-wide indexes are not built.
  const touchedPermissions = new Set(facets.filter((c) => c.permissionId && c.change.action !== "delete").map((c) => c.permissionId!));
  const rulesChange = facets.some((c) => c.change.kind === "pre_approval_rule");
  if (config.levels.self_approval !== "off" && (rulesChange || touchedPermissions.size > 0)) {
    const approversOf = new Map<string, string[]>();
    for (const p of live.kinds.requestable_permissions ?? []) {
      const config = (p.data.request_config ?? {}) as Record<string, unknown>;
      const approval = (config.request_approval_config ?? {}) as Record<string, unknown>;
      const groups = [approval.approvers, approval.approvers_stage_2].flatMap((a) => ((a as Record<string, unknown> | undefined)?.groups as unknown[] | undefined) ?? []);
      approversOf.set(p.id, groups.flatMap((g) => idOf(g) ?? []));
    }
    for (const c of facets) if (c.permissionId && c.after.approvers) approversOf.set(c.permissionId, c.after.approvers.groups);
    for (const rule of rulesAfter(facets, live)) {
      for (const permission of rule.permissions) {
        if (!rule.address && !touchedPermissions.has(permission)) continue;
        const both = rule.groups.filter((g) => (approversOf.get(permission) ?? []).includes(g));
        for (const g of both) {
          add(
            "self_approval",
            rule.address,
            ["preapproved_groups"],
            `group ${label(g)} is pre-approved for ${label(permission)}${rule.address ? ` by ${rule.address}` : ""} and also approves it; pick different approvers or leave the group out of the rule`,
          );
        }
      }
    }
  }

  // Separation of duties: no group pre-approved for two of the permissions, and who would hold both.
  if (config.levels.separation_of_duties !== "off" && config.separationOfDuties.length > 0 && facets.length > 0) {
    const ids = permissionIds(plan, live);
    const rules = rulesAfter(facets, live);
    for (const sod of config.separationOfDuties) {
      const wanted = sod.permissions.flatMap((name) => {
        const id = ids.get(name);
        return id ? [{ name, id }] : [];
      });
      if (live.kinds.requestable_permissions) {
        const unknown = sod.permissions.filter((name) => !ids.has(name));
        if (unknown.length > 0 && facets.some((c) => c.change.kind === "pre_approval_rule" || c.change.kind === "requestable_permission")) {
          // A misspelt name would switch the rule off without a word: refused like any finding.
          const at = sod.locs?.[sod.permissions.indexOf(unknown[0]!)];
          add("separation_of_duties", undefined, [], `guardrails.separation_of_duties names ${unknown.join(", ")}, which the tenant does not have and the configuration does not declare; write App/Label of an existing permission`, config.levels.separation_of_duties, at);
        }
      }
      if (wanted.length < 2) continue;
      const touched = facets.some(
        (c) =>
          [...(c.before.preapproval?.permissions ?? []), ...(c.after.preapproval?.permissions ?? [])].some((p) => wanted.some((w) => w.id === p)) ||
          (c.permissionId !== undefined && wanted.some((w) => w.id === c.permissionId)),
      );
      if (!touched) continue;
      const why = sod.message ? `: ${sod.message}` : "";
      const byGroup = new Map<string, { names: Set<string>; rules: Set<string | undefined> }>();
      const holders = new Map<string, Set<string>>();
      for (const w of wanted) holders.set(w.name, new Set());
      for (const rule of rules) {
        for (const w of wanted) {
          if (!rule.permissions.includes(w.id)) continue;
          for (const g of rule.groups) {
            const entry = byGroup.get(g) ?? { names: new Set(), rules: new Set() };
            entry.names.add(w.name);
            entry.rules.add(rule.address);
            byGroup.set(g, entry);
          }
          for (const u of people.preapproved({ groups: rule.groups, attributes: rule.attributes, permissions: [] })) holders.get(w.name)!.add(u);
        }
      }
      for (const r of directory.requests ?? []) {
        if (!(GRANTED_REQUEST_STATUSES as readonly string[]).includes(r.status)) continue;
        for (const w of wanted) if (r.permission_ids.includes(w.id)) holders.get(w.name)!.add(r.target.id);
      }
      for (const [g, entry] of byGroup) {
        if (entry.names.size < 2) continue;
        const at = [...entry.rules].find((a) => a !== undefined && declared.has(a));
        add("separation_of_duties", at, ["preapproved_groups"], `group ${label(g)} would be pre-approved for ${[...entry.names].sort().join(" and ")}${why}`);
      }
      const count = new Map<string, number>();
      for (const set of holders.values()) for (const u of set) count.set(u, (count.get(u) ?? 0) + 1);
      const both = [...count].filter(([, n]) => n >= 2).map(([u]) => people.label(u, plan.labels)).sort();
      if (both.length > 0) {
        const address = facets.find((c) => c.change.kind === "pre_approval_rule" && c.after.preapproval?.permissions.some((p) => wanted.some((w) => w.id === p)))?.change.address;
        add(
          "separation_of_duties",
          address,
          ["preapproved_permissions"],
          `${both.length} ${both.length === 1 ? "person" : "people"} would hold or be pre-approved for more than one of ${wanted.map((w) => w.name).join(", ")}: ${both.join(", ")}${why}`,
          "warning",
        );
      }
    }
  }

  // Webhooks only to allowed hosts.
  if (config.webhookHosts && config.levels.webhook_host !== "off") {
    for (const c of plan.changes) {
      // Okta event hooks too: Okta sends their token to their url. Lumos's own endpoint is always allowed.
      if ((c.kind !== "inline_webhook" && c.kind !== "okta_event_hook") || c.action === "delete") continue;
      const written = c.payload?.url;
      if (c.kind === "okta_event_hook" && written === LUMOS_EVENTS_URL) continue;
      // A URL read through ${env:}/${file:} is checked by its value and named by its reference, never shown.
      const template = isSecret(written) ? written.$secret : undefined;
      const url = template === undefined ? written : input.secrets?.get(template);
      if (typeof url !== "string") {
        if (template !== undefined) add("webhook_host", c.address, ["url"], `${c.address} sends to the URL in ${template}, which cannot be checked against guardrails.webhook_hosts here; write the URL in the file, or check its host before applying`);
        continue;
      }
      let host: string | undefined;
      try {
        host = new URL(url).hostname.toLowerCase();
      } catch {
        host = undefined;
      }
      if (host !== undefined && hostAllowed(host, config.webhookHosts)) continue;
      const where = template === undefined ? (host ?? JSON.stringify(url)) : `a host (from ${template}, not shown)`;
      add("webhook_host", c.address, ["url"], `${c.address} sends to ${where}, which is not in guardrails.webhook_hosts (${config.webhookHosts.join(", ")}); use an allowed host or add it there`);
    }
  }
  return findings;
}

/** `hooks.acme.example` matches itself; `*.acme.example` matches any host under acme.example. */
export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  return allowed.some((pattern) => {
    const p = pattern.toLowerCase();
    return p.startsWith("*.") ? host.endsWith(p.slice(1)) : host === p;
  });
}
