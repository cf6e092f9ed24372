import type { ValidationIssue } from "../contract.ts";
import { conflict, found, invalidMany } from "../http-error.ts";
import { defaultRequestConfig, type PermissionRecord, type Schemas } from "../records.ts";
import { isRecord, mergePatch, storeRefs } from "../references.ts";
import type { Tenant } from "../tenant.ts";
import { isSearch, matchesName, ok, paginate, type RouteRequest, type Routes } from "./types.ts";

type RequestConfigInput = Schemas["RequestConfigInputCreate"] | Schemas["RequestConfigInputUpdate"];

export function permissionRoutes(tenant: Tenant): Routes {
  const requirePermission = (id: string): PermissionRecord => found(tenant.permissions.get(id), "Requestable permission", id);
  const inherited = (query: Record<string, unknown>): boolean => query.include_inherited_configs !== false;

  const list = ({ query }: RouteRequest, appId: unknown) => {
    const filtered = typeof appId === "string" || isSearch(query.search_term) || typeof query.in_app_store === "boolean";
    const items = !filtered
      ? tenant.permissions.list()
      : tenant.permissions.list().filter((permission) => {
          if (typeof appId === "string" && permission.app_id !== appId) return false;
          if (!matchesName(permission.label, query.search_term, query.exact_match)) return false;
          if (typeof query.in_app_store === "boolean") {
            const visible = permission.request_config.appstore_visibility === "VISIBLE" && tenant.appstore.has(permission.app_id);
            if (visible !== query.in_app_store) return false;
          }
          return true;
        });
    return paginate(items, query, (permission) => tenant.renderPermission(permission as PermissionRecord, inherited(query)));
  };

  return {
    get_appstore_permissions_appstore_requestable_permissions_get: (request) => list(request, request.query.app_id),

    get_appstore_permissions_for_app_appstore_apps__app_id__requestable_permissions_get: (request) => {
      const app = tenant.requireApp(request.path.app_id ?? "");
      return list(request, app.id);
    },

    get_appstore_permission_appstore_requestable_permissions__permission_id__get: ({ path, query }) =>
      ok(tenant.renderPermission(requirePermission(path.permission_id ?? ""), inherited(query))),

    create_appstore_requestable_permission_appstore_requestable_permissions_post: ({ body, query }) => {
      const input = body as Schemas["RequestablePermissionInput"];
      const app = tenant.apps.get(input.app_id);
      if (!app) throw invalidMany([{ loc: ["body", "app_id"], msg: `Unknown app ${input.app_id}`, type: "value_error" }]);
      const id = tenant.newId();
      const config = applyRequestConfig(tenant, defaultRequestConfig(), input.request_config ?? {}, true);
      const permission = tenant.permissions.put(id, { id, app_id: app.id, label: input.label, type: "NATIVE", request_config: config });
      tenant.log("REQUESTABLE_PERMISSION_CREATED", { type: "requestable_permission", id });
      return ok(tenant.renderPermission(permission, inherited(query)), 201);
    },

    update_appstore_permission_appstore_requestable_permissions__permission_id__patch: ({ path, body, query }) => {
      const permission = requirePermission(path.permission_id ?? "");
      const input = body as Schemas["RequestablePermissionInputUpdate"];
      if (input.app_id && input.app_id !== permission.app_id) {
        throw invalidMany([{ loc: ["body", "app_id"], msg: "A permission cannot move to another app", type: "value_error" }]);
      }
      const updated: PermissionRecord = {
        ...permission,
        label: input.label ?? permission.label,
        request_config: input.request_config
          ? applyRequestConfig(tenant, permission.request_config, input.request_config, false)
          : permission.request_config,
      };
      tenant.permissions.put(permission.id, updated);
      tenant.log("REQUESTABLE_PERMISSION_UPDATED", { type: "requestable_permission", id: permission.id });
      return ok(tenant.renderPermission(updated, inherited(query)));
    },

    delete_appstore_permission_appstore_requestable_permissions__permission_id__delete: ({ path }) => {
      const permission = requirePermission(path.permission_id ?? "");
      if (permission.type === "SYNCED") {
        throw conflict(`Permission ${permission.id} is synced from the app; only NATIVE permissions can be deleted`);
      }
      tenant.permissions.delete(permission.id);
      tenant.log("REQUESTABLE_PERMISSION_DELETED", { type: "requestable_permission", id: permission.id });
      return { status: 204 };
    },
  };
}

function applyRequestConfig(
  tenant: Tenant,
  current: PermissionRecord["request_config"],
  input: RequestConfigInput,
  creating: boolean,
): PermissionRecord["request_config"] {
  const raw = structuredClone(input) as Record<string, unknown>;
  const approval = raw.request_approval_config;
  if (isRecord(approval)) foldDeprecatedStages(approval);
  const fulfillment = raw.request_fulfillment_config;
  // provisioning_group is fixed at creation: an update silently keeps the old one.
  if (!creating && isRecord(fulfillment)) delete fulfillment.provisioning_group;
  const issues: ValidationIssue[] = [];
  const patch = storeRefs(raw, ["body", "request_config"], tenant, issues);
  if (issues.length > 0) throw invalidMany(issues);
  const next = mergePatch(current, patch, defaultRequestConfig());
  if (next.allowed_groups === null) next.allowed_groups = { type: "ALL_GROUPS", groups: [] };
  if (next.allowed_groups.type === "SPECIFIED_GROUPS" && next.allowed_groups.groups.length === 0) {
    issues.push({ loc: ["body", "request_config", "allowed_groups", "groups"], msg: "SPECIFIED_GROUPS needs at least one group", type: "value_error" });
  }
  const stage2 = next.request_approval_config.approvers_stage_2;
  const stage1 = next.request_approval_config.approvers;
  if (stage2.groups.length + stage2.users.length > 0 && stage1.groups.length + stage1.users.length === 0) {
    issues.push({ loc: ["body", "request_config", "request_approval_config", "approvers_stage_2"], msg: "second-stage approvers need first-stage approvers", type: "value_error" });
  }
  if (issues.length > 0) throw invalidMany(issues);
  return next;
}

/** The deprecated `request_approval_stages` list maps onto approvers / approvers_stage_2. */
function foldDeprecatedStages(approval: Record<string, unknown>): void {
  const stages = approval.request_approval_stages;
  delete approval.request_approval_stages;
  if (!Array.isArray(stages)) return;
  stages.slice(0, 2).forEach((stage, index) => {
    const key = index === 0 ? "approvers" : "approvers_stage_2";
    if (approval[key] !== undefined || !isRecord(stage) || !Array.isArray(stage.approvers)) return;
    const users: unknown[] = [];
    const groups: unknown[] = [];
    for (const approver of stage.approvers) {
      if (!isRecord(approver)) continue;
      if (approver.type === "USER" && approver.user) users.push(approver.user);
      if (approver.type === "GROUP" && approver.group) groups.push(approver.group);
    }
    approval[key] = { users, groups };
  });
}
