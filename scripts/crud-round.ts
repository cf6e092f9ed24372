import type { LumosClient } from "../src/remote/client.ts";

/**
 * One create/read/update/delete round over apps, AppStore settings, requestable permissions,
 * pre-approval rules and access policies, using only public (non-extension) operations.
 * The test suite runs it against the simulator with every response checked against our contract.
 */
export async function crudRound(client: LumosClient): Promise<string[]> {
  const steps: string[] = [];
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const result = await work();
    steps.push(name);
    return result;
  };
  const users = await step("list users", () => client.call("listUsers", client.api.GET("/users", { params: { query: { size: 100 } } })));
  const groups = await step("list groups", () => client.call("listGroups", client.api.GET("/groups", { params: { query: { size: 100 } } })));
  const user = users.items[0]!.id;
  const group = groups.items[0]!.id!;
  await step("list categories", () => client.call("listAppCategories", client.api.GET("/apps/categories")));

  const app = await step("create app", () =>
    client.call("createApp", client.api.POST("/apps", { body: { name: "CRUD Round", category: "Other", description: "Created by the CRUD round" } })),
  );
  const path = { params: { path: { app_id: app.id } } };
  await step("get app", () => client.call("getApp", client.api.GET("/apps/{app_id}", path)));
  await step("update app", () =>
    client.call("updateApp", client.api.PATCH("/apps/{app_id}", { ...path, body: { website_url: "https://crud.example", request_instructions: "Ask" } })),
  );
  await step("list apps", () => client.call("listApps", client.api.GET("/apps", { params: { query: { name_search: "CRUD", size: 100 } } })));

  await step("add to AppStore", () =>
    client.call(
      "addAppToAppStore",
      client.api.POST("/appstore/apps", {
        body: { app_id: app.id, request_flow: { discoverability: "FULL", approvers: { users: [{ id: user }] } }, provisioning: { time_based_access: ["7 days"] } },
      }),
    ),
  );
  await step("get AppStore app", () => client.call("getAppStoreApp", client.api.GET("/appstore/apps/{app_id}", path)));
  await step("get AppStore settings", () => client.call("getAppStoreAppSettings", client.api.GET("/appstore/apps/{app_id}/settings", path)));
  await step("update AppStore settings", () =>
    client.call(
      "updateAppStoreAppSettings",
      client.api.PATCH("/appstore/apps/{app_id}/settings", {
        ...path,
        body: { request_flow: { allowed_groups: { type: "SPECIFIED_GROUPS", groups: [{ id: group }] } }, provisioning: { default_time_based_access_option: "7 days" } },
      }),
    ),
  );
  await step("list AppStore apps", () => client.call("listAppStoreApps", client.api.GET("/appstore/apps", { params: { query: { all_visibilities: true } } })));

  const permission = await step("create permission", () =>
    client.call(
      "createRequestablePermission",
      client.api.POST("/appstore/requestable_permissions", {
        body: {
          app_id: app.id,
          label: "CRUD Admin",
          request_config: {
            appstore_visibility: "VISIBLE",
            request_approval_config: { request_approval_config_override: true, manager_approval: "INITIAL_APPROVAL", approvers: { users: [{ id: user }] } },
            request_fulfillment_config: { time_based_access: ["1 day"], time_based_access_override: true },
          },
        },
      }),
    ),
  );
  const permissionPath = { params: { path: { permission_id: permission.id! } } };
  await step("get permission", () => client.call("getRequestablePermission", client.api.GET("/appstore/requestable_permissions/{permission_id}", permissionPath)));
  await step("update permission", () =>
    client.call(
      "updateRequestablePermission",
      client.api.PATCH("/appstore/requestable_permissions/{permission_id}", { ...permissionPath, body: { request_config: { appstore_visibility: "HIDDEN" } } }),
    ),
  );
  await step("list permissions", () =>
    client.call("listRequestablePermissions", client.api.GET("/appstore/requestable_permissions", { params: { query: { app_id: app.id, include_inherited_configs: false } } })),
  );
  await step("list permissions of app", () =>
    client.call("listRequestablePermissionsForApp", client.api.GET("/appstore/apps/{app_id}/requestable_permissions", path)),
  );

  const rule = await step("create pre-approval rule", () =>
    client.call(
      "createPreApprovalRule",
      client.api.POST("/appstore/pre_approval_rules", {
        body: { app_id: app.id, justification: "CRUD", preapproved_groups: [{ id: group }], preapproved_permissions: [{ id: permission.id! }], time_based_access: ["1 day"] },
      }),
    ),
  );
  const rulePath = { params: { path: { pre_approval_rule_id: rule.id! } } };
  await step("get pre-approval rule", () => client.call("getPreApprovalRule", client.api.GET("/appstore/pre_approval_rules/{pre_approval_rule_id}", rulePath)));
  await step("update pre-approval rule", () =>
    client.call(
      "updatePreApprovalRule",
      client.api.PATCH("/appstore/pre_approval_rules/{pre_approval_rule_id}", { ...rulePath, body: { justification: "CRUD updated", preapproved_groups: [] } }),
    ),
  );
  await step("list pre-approval rules", () => client.call("listPreApprovalRules", client.api.GET("/appstore/pre_approval_rules", { params: { query: { app_id: app.id } } })));

  const policy = await step("create access policy", () =>
    client.call(
      "createAccessPolicy",
      client.api.POST("/access_policies", { body: { name: "CRUD policy", business_justification: "CRUD", apps: [{ id: app.id, permissions: [{ id: permission.id! }] }], is_everyone_condition: true } }),
    ),
  );
  const policyPath = { params: { path: { access_policy_id: policy.id } } };
  await step("replace access policy", () =>
    client.call(
      "replaceAccessPolicy",
      client.api.PUT("/access_policies/{access_policy_id}", { ...policyPath, body: { name: "CRUD policy", business_justification: "Updated", apps: [{ id: app.id }], is_everyone_condition: true, status: "PUBLISHED" } }),
    ),
  );
  await step("list access policies", () => client.call("listAccessPolicies", client.api.GET("/access_policies")));
  await step("delete access policy", () => client.call("deleteAccessPolicy", client.api.DELETE("/access_policies/{access_policy_id}", policyPath)));
  await step("delete pre-approval rule", () => client.call("deletePreApprovalRule", client.api.DELETE("/appstore/pre_approval_rules/{pre_approval_rule_id}", rulePath)));
  await step("delete permission", () => client.call("deleteRequestablePermission", client.api.DELETE("/appstore/requestable_permissions/{permission_id}", permissionPath)));
  await step("remove from AppStore", () => client.call("removeAppFromAppStore", client.api.DELETE("/appstore/apps/{app_id}", path)));
  await step("delete app", () => client.call("disconnectApp", client.api.DELETE("/apps/{app_id}", path)));
  return steps;
}
