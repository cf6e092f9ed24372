import type { ValidationIssue } from "../contract.ts";
import { found, invalidMany } from "../http-error.ts";
import type { PreApprovalRuleRecord, Schemas } from "../records.ts";
import { storeRefs } from "../references.ts";
import type { Tenant } from "../tenant.ts";
import { ok, paginate, type Routes } from "./types.ts";

type RuleFields = Omit<PreApprovalRuleRecord, "id" | "app_id">;

export function ruleRoutes(tenant: Tenant): Routes {
  const requireRule = (id: string): PreApprovalRuleRecord => found(tenant.rules.get(id), "Pre-approval rule", id);

  return {
    get_appstore_pre_approval_rules_for_app_appstore_pre_approval_rules_get: ({ query }) => {
      const appId = query.app_id;
      const items = typeof appId === "string" ? tenant.rules.list().filter((rule) => rule.app_id === appId) : tenant.rules.list();
      return paginate(items, query, (rule) => tenant.renderRule(rule as PreApprovalRuleRecord));
    },

    get_appstore_pre_approval_rule_appstore_pre_approval_rules__pre_approval_rule_id__get: ({ path }) => ok(tenant.renderRule(requireRule(path.pre_approval_rule_id ?? ""))),

    create_pre_approval_rule_appstore_pre_approval_rules_post: ({ body }) => {
      const input = body as Schemas["PreApprovalRuleInput"];
      if (!tenant.apps.has(input.app_id)) {
        throw invalidMany([{ loc: ["body", "app_id"], msg: `Unknown app ${input.app_id}`, type: "value_error" }]);
      }
      const id = tenant.newId();
      const rule = tenant.rules.put(id, { id, app_id: input.app_id, ...ruleFields(tenant, input, input.app_id) });
      tenant.log("PRE_APPROVAL_RULE_CREATED", { type: "pre_approval_rule", id });
      return ok(tenant.renderRule(rule), 201);
    },

    update_pre_approval_rule_appstore_pre_approval_rules__pre_approval_rule_id__patch: ({ path, body }) => {
      const rule = requireRule(path.pre_approval_rule_id ?? "");
      const input = body as Schemas["PreApprovalRuleUpdateInput"];
      // Present fields override; missing ones are left as they are.
      const fields = ruleFields(tenant, { ...ruleInputOf(rule), ...definedFields(input) }, rule.app_id);
      const updated = tenant.rules.put(rule.id, { id: rule.id, app_id: rule.app_id, ...fields });
      tenant.log("PRE_APPROVAL_RULE_UPDATED", { type: "pre_approval_rule", id: rule.id });
      return ok(tenant.renderRule(updated));
    },

    delete_pre_approval_rule_appstore_pre_approval_rules__pre_approval_rule_id__delete: ({ path }) => {
      const rule = requireRule(path.pre_approval_rule_id ?? "");
      tenant.rules.delete(rule.id);
      tenant.log("PRE_APPROVAL_RULE_DELETED", { type: "pre_approval_rule", id: rule.id });
      return { status: 204 };
    },
  };
}

/** A stored rule in the shape of an update body, references as `{id}`. */
function ruleInputOf(rule: PreApprovalRuleRecord): Schemas["PreApprovalRuleUpdateInput"] {
  const ids = (list: string[]) => list.map((id) => ({ id }));
  return {
    justification: rule.justification,
    time_based_access: [...rule.time_based_access],
    preapproved_groups: ids(rule.preapproved_groups),
    preapproved_permissions: ids(rule.preapproved_permissions),
    preapproved_users_by_attribute: rule.preapproved_users_by_attribute.map((entry) => ({ ...entry })),
    preapproval_webhooks: ids(rule.preapproval_webhooks),
  } as Schemas["PreApprovalRuleUpdateInput"];
}

function definedFields<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== null)) as Partial<T>;
}

function ruleFields(tenant: Tenant, input: Schemas["PreApprovalRuleUpdateInput"], appId: string): RuleFields {
  const issues: ValidationIssue[] = [];
  const stored = storeRefs(
    {
      preapproved_groups: input.preapproved_groups ?? [],
      preapproved_permissions: input.preapproved_permissions ?? [],
      preapproval_webhooks: input.preapproval_webhooks ?? [],
    },
    ["body"],
    tenant,
    issues,
  ) as Pick<RuleFields, "preapproved_groups" | "preapproved_permissions" | "preapproval_webhooks">;
  stored.preapproved_permissions.forEach((id, index) => {
    const permission = tenant.permissions.get(id);
    if (permission && permission.app_id !== appId) {
      issues.push({ loc: ["body", "preapproved_permissions", index], msg: "permission belongs to another app", type: "value_error" });
    }
  });
  if (issues.length > 0) throw invalidMany(issues);
  return {
    justification: input.justification,
    time_based_access: input.time_based_access ?? [],
    preapproved_users_by_attribute: input.preapproved_users_by_attribute ?? [],
    ...stored,
  };
}
