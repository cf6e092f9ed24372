import { found, invalidMany } from "../http-error.ts";
import type { AccessPolicyRecord, Schemas } from "../records.ts";
import type { Tenant } from "../tenant.ts";
import type { ValidationIssue } from "../contract.ts";
import { ok, paginate, type Routes } from "./types.ts";

export function policyRoutes(tenant: Tenant): Routes {
  const requirePolicy = (id: string): AccessPolicyRecord => found(tenant.policies.get(id), "Access policy", id);

  return {
    getAccessPolicies: ({ query }) => {
      const items: Schemas["AccessPolicyOutput"][] = [];
      const name = typeof query.name === "string" ? query.name.toLowerCase() : undefined;
      for (const policy of tenant.policies.values()) {
        if (name !== undefined && policy.name.toLowerCase() !== name) continue;
        items.push(tenant.renderPolicy(policy));
      }
      // Lumos sorts by creation time, newest first; a replace keeps a policy's place.
      return paginate(items.reverse(), query);
    },

    getAccessPolicy: ({ path }) => ok(tenant.renderPolicy(requirePolicy(path.access_policy_id ?? ""))),

    createAccessPolicy: ({ body }) => {
      const id = tenant.newId();
      const policy = tenant.policies.put(id, toRecord(tenant, id, body as Schemas["AccessPolicyInput"]));
      tenant.log("ACCESS_POLICY_CREATED", { type: "access_policy", id });
      return ok(tenant.renderPolicy(policy));
    },

    updateAccessPolicy: ({ path, body }) => {
      const policy = requirePolicy(path.access_policy_id ?? "");
      const updated = tenant.policies.put(policy.id, toRecord(tenant, policy.id, body as Schemas["AccessPolicyInput"]));
      tenant.log("ACCESS_POLICY_UPDATED", { type: "access_policy", id: policy.id });
      return ok(tenant.renderPolicy(updated));
    },

    deleteAccessPolicy: ({ path }) => {
      const policy = requirePolicy(path.access_policy_id ?? "");
      tenant.policies.delete(policy.id);
      tenant.log("ACCESS_POLICY_DELETED", { type: "access_policy", id: policy.id });
      return { status: 204 };
    },
  };
}

/** PUT is a full replace: every field not sent takes its default (DRAFT, not enabled). */
function toRecord(tenant: Tenant, id: string, input: Schemas["AccessPolicyInput"]): AccessPolicyRecord {
  const issues: ValidationIssue[] = [];
  const everyone = input.is_everyone_condition ?? false;
  if (!everyone && (input.access_condition === undefined || input.access_condition === null)) {
    issues.push({ loc: ["body", "access_condition"], msg: "Value error, access_condition is required unless is_everyone_condition is true", type: "value_error" });
  }
  input.apps.forEach((app, index) => {
    if (!tenant.apps.has(app.id)) issues.push({ loc: ["body", "apps", index, "id"], msg: `Unknown app ${app.id}`, type: "value_error" });
    (app.permissions ?? []).forEach((permission, p) => {
      const found = permission.id ? tenant.permissions.get(permission.id) : undefined;
      if (!found || found.app_id !== app.id) {
        issues.push({ loc: ["body", "apps", index, "permissions", p, "id"], msg: "Unknown permission for this app", type: "value_error" });
      }
    });
  });
  if (issues.length > 0) throw invalidMany(issues);
  return {
    id,
    name: input.name,
    business_justification: input.business_justification,
    status: input.status ?? "DRAFT",
    is_enabled: input.is_enabled ?? false,
    apps: input.apps.map((app) => ({
      id: app.id,
      is_preapproved: app.is_preapproved ?? false,
      permissions: (app.permissions ?? []).map((permission) => ({ id: permission.id ?? "" })),
    })),
    access_condition: everyone ? {} : (input.access_condition ?? {}),
    is_everyone_condition: everyone,
  };
}
