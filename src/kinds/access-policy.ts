import type { Ref } from "../model/types.ts";
import type { KindDef } from "./types.ts";
import { appRef, asString, flag, isRecord, object, overlay, permissionRef, pinnedId, text } from "./common.ts";

/**
 * Access policies, keyed by name. Lumos replaces a policy whole (PUT), so an update sends every
 * field: declared values laid over the live ones.
 */
export const accessPolicyKind: KindDef = {
  kind: "access_policy",
  configKey: "access_policies",
  description: "Birthright access: who gets which apps and permissions automatically.",
  dependsOn: ["apps", "requestable_permissions"],
  itemSchema: object(
    {
      id: pinnedId,
      name: text("Policy name.", { minLength: 1 }),
      business_justification: text("Why this access is granted."),
      apps: {
        type: "array",
        minItems: 1,
        items: object(
          {
            app: appRef,
            is_preapproved: flag("Requests for this app are pre-approved."),
            permissions: { type: "array", items: permissionRef, description: "Permissions granted; empty = the app itself." },
          },
          ["app"],
        ),
      },
      status: { enum: ["DRAFT", "PUBLISHED"], description: "DRAFT or PUBLISHED." },
      is_enabled: flag("Whether the policy is in force."),
      access_condition: { type: "object", description: "Who the policy applies to (Lumos condition JSON).", additionalProperties: true },
      is_everyone_condition: flag("Applies to everyone; no access_condition needed."),
    },
    ["name", "business_justification", "apps"],
  ),

  desiredKey: (spec) => asString(spec.name),
  liveKeys: (live) => [asString(live.data.name)],

  canonicalDesired: (object, ctx) => {
    const { id: _id, apps, ...rest } = object.spec;
    const out: Record<string, unknown> = { ...rest };
    if (Array.isArray(apps)) {
      out.apps = sortApps(
        apps.map((entry, index) => {
          const item = entry as Record<string, unknown>;
          const at = { address: object.address, path: ["apps", index] };
          const app = ctx.resolver.resolve("app", item.app, { ...at, path: [...at.path, "app"] });
          const permissions = ((item.permissions as unknown[] | undefined) ?? [])
            .map((label, p) => ctx.resolver.resolve("permission", label, { ...at, path: [...at.path, "permissions", p] }, app))
            .filter((ref): ref is Ref => ref !== undefined);
          return { id: app, is_preapproved: item.is_preapproved ?? false, permissions: sortRefs(permissions) };
        }),
      );
    }
    return out;
  },
  canonicalLive: (live) => ({
    name: live.data.name,
    business_justification: live.data.business_justification,
    status: live.data.status,
    is_enabled: live.data.is_enabled,
    access_condition: live.data.access_condition,
    is_everyone_condition: live.data.is_everyone_condition,
    apps: sortApps(
      ((live.data.apps as Record<string, unknown>[] | undefined) ?? []).map((app) => ({
        id: { $ref: "app", id: app.id },
        is_preapproved: app.is_preapproved ?? false,
        permissions: sortRefs(((app.permissions as { id: string }[] | undefined) ?? []).map((p) => ({ $ref: "permission", id: p.id }) as Ref)),
      })),
    ),
  }),
  setFields: new Set(),
  createOnly: [],
  writeOnly: [],
  atomic: ["access_condition"],
  defaults: { status: "DRAFT", is_enabled: true, is_everyone_condition: false },

  createPayload: (canonical) => ({ is_everyone_condition: false, ...canonical }),
  updatePayload: (_diff, desired, live) => {
    const full = overlay(live, desired) as Record<string, unknown>;
    if (full.is_everyone_condition === true) delete full.access_condition;
    return full;
  },
  deletable: () => ({ ok: true }),
  check: (spec) => {
    const problems: [(string | number)[], string][] = [];
    if (spec.is_everyone_condition !== true && !isRecord(spec.access_condition)) {
      problems.push([["access_condition"], "access_condition is needed unless is_everyone_condition is true; add one, or set is_everyone_condition: true"]);
    }
    if (spec.is_everyone_condition === true && isRecord(spec.access_condition)) {
      problems.push([["access_condition"], "access_condition is ignored by Lumos when is_everyone_condition is true; remove one of them"]);
    }
    const first = new Map<string, number>();
    ((Array.isArray(spec.apps) ? spec.apps : []) as unknown[]).forEach((entry, index) => {
      const app = isRecord(entry) ? entry.app : undefined;
      if (typeof app !== "string") return;
      const seen = first.get(app);
      if (seen === undefined) first.set(app, index);
      else problems.push([["apps", index, "app"], `${JSON.stringify(app)} is already listed at apps[${seen}]; put all its permissions in one entry`]);
      const labels = isRecord(entry) && Array.isArray(entry.permissions) ? entry.permissions : [];
      labels.forEach((label, p) => {
        if (labels.indexOf(label) !== p) problems.push([["apps", index, "permissions", p], `${JSON.stringify(label)} is listed twice; list each permission once`]);
      });
    });
    return problems;
  },
  label: (live) => asString(live.data.name),
};

function sortRefs(refs: Ref[]): Ref[] {
  return [...refs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function sortApps<T extends { id: unknown }>(apps: T[]): T[] {
  return [...apps].sort((a, b) => JSON.stringify(a.id).localeCompare(JSON.stringify(b.id)));
}

