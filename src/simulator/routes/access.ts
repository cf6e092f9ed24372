import { found } from "../http-error.ts";
import type { AccessRequestRecord, AccountRecord, Schemas, UserRecord } from "../records.ts";
import type { Collection } from "../store.ts";
import type { Tenant } from "../tenant.ts";
import { paginate, type Routes } from "./types.ts";

/** Where the tenant keeps accounts and access requests. */
export function accessCollections(tenant: Tenant): { accounts: Collection<AccountRecord>; requests: Collection<AccessRequestRecord> } {
  return { accounts: tenant.store.collection("account"), requests: tenant.store.collection("access_request") };
}

/** A user with their TEXT custom attributes, as `expand=custom_attributes` shows them. */
export function renderUserWithAttributes(tenant: Tenant, user: UserRecord, expand: unknown): Schemas["UserWithCustomAttributes"] {
  const wanted = Array.isArray(expand) && expand.includes("custom_attributes");
  const attributes: Record<string, Schemas["CustomAttribute"]> = {};
  if (wanted) for (const [name, value] of Object.entries(user.custom_attributes ?? {})) attributes[name] = { type: "TEXT", value };
  return { ...tenant.renderUser(user), custom_attributes: attributes };
}

const list = (value: unknown): string[] | undefined => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : undefined);

/** GET /accounts, GET /users/{id}/accounts and GET /appstore/access_requests: read-only, paged. */
export function accessRoutes(tenant: Tenant): Routes {
  const { accounts, requests } = accessCollections(tenant);

  const renderAccount = (account: AccountRecord, expand: unknown): Schemas["Account"] => {
    const app = Array.isArray(expand) && expand.includes("app") ? tenant.apps.peek(account.app_id) : undefined;
    return {
      id: account.id,
      app_id: account.app_id,
      account_type: account.account_type,
      status: account.status,
      unique_identifier: account.unique_identifier,
      email: account.email,
      user_id: account.user_id,
      discovered_at: account.discovered_at,
      last_login: null,
      last_activity: null,
      sources: account.sources,
      ...(app ? { app: tenant.renderApp(app) } : {}),
    } as Schemas["Account"];
  };

  const renderUserById = (id: string): Schemas["User"] => {
    const user = tenant.users.peek(id);
    return user ? tenant.renderUser(user) : { id, email: null, given_name: null, family_name: null, status: null };
  };

  const renderRequest = (request: AccessRequestRecord): Schemas["AccessRequest"] => ({
    id: request.id,
    app_id: request.app_id,
    app_name: tenant.apps.peek(request.app_id)?.name ?? "",
    requester_user: renderUserById(request.requester_user_id),
    target_user: renderUserById(request.target_user_id),
    supporter_user: null,
    status: request.status,
    notes: {},
    expires_at: null,
    expiration_in_seconds: request.expiration_in_seconds,
    requestable_permissions: request.permission_ids.flatMap((id) => {
      const permission = tenant.permissions.peek(id);
      return permission ? [tenant.renderPermission(permission, false)] : [];
    }),
    requested_at: request.requested_at,
  });

  return {
    getAccounts: ({ query }) => {
      const statuses = list(query.status);
      const sources = list(query.sources);
      const before = typeof query.discovered_before === "string" ? Date.parse(query.discovered_before) : Infinity;
      const after = typeof query.discovered_after === "string" ? Date.parse(query.discovered_after) : -Infinity;
      const items = accounts.all().filter((account) => {
        if (typeof query.app_id === "string" && account.app_id !== query.app_id) return false;
        if (statuses?.length && (account.status === null || !statuses.includes(account.status))) return false;
        if (sources?.length && !account.sources.some((s) => sources.includes(s))) return false;
        if (before !== Infinity || after !== -Infinity) {
          const at = account.discovered_at === null ? NaN : Date.parse(account.discovered_at);
          if (!(at < before && at > after)) return false;
        }
        return true;
      });
      return paginate(items, query, (account) => renderAccount(account, query.expand));
    },

    getUserAccounts: ({ path, query }) => {
      const user = found(tenant.users.peek(path.user_id ?? ""), "User", path.user_id ?? "");
      return paginate(
        accounts.all().filter((account) => account.user_id === user.id),
        query,
        (account) => renderAccount(account, query.expand),
      );
    },

    getAccessRequests: ({ query }) => {
      const statuses = list(query.statuses);
      const items = requests.all().filter((request) => {
        if (typeof query.target_user_id === "string" && request.target_user_id !== query.target_user_id) return false;
        if (typeof query.requester_user_id === "string" && request.requester_user_id !== query.requester_user_id) return false;
        if (typeof query.user_id === "string" && request.target_user_id !== query.user_id && request.requester_user_id !== query.user_id) return false;
        if (statuses?.length && !statuses.includes(request.status)) return false;
        return true;
      });
      const at = (r: AccessRequestRecord) => (r.requested_at ? Date.parse(r.requested_at) : 0);
      items.sort((a, b) => at(a) - at(b) || a.id.localeCompare(b.id));
      if (query.sort === "DESC") items.reverse();
      return paginate(items, query, renderRequest);
    },
  };
}
