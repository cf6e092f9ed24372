import { RemoteError } from "../errors.ts";
import { isRecord } from "../kinds/common.ts";
import { GRANTED_REQUEST_STATUSES, PENDING_REQUEST_STATUSES, type DirectoryUser, type ImpactDirectory, type ImpactNeeds } from "../model/access.ts";
import type { LumosClient, Page } from "./client.ts";
import type { components } from "./generated/lumos-api.ts";

type User = components["schemas"]["User"];
type Account = components["schemas"]["Account"];

/**
 * Reads what a plan's access impact needs and nothing more: one member list per group named in
 * `needs`, the user list once (with attributes only when asked), pending and granted access
 * requests once, and the accounts of each app a delete removes.
 */
export async function readImpactDirectory(
  client: LumosClient,
  needs: ImpactNeeds,
  progress?: (what: string) => void,
  /** Every user, when the plan already listed them: not listed again unless attributes are needed. */
  knownUsers?: readonly DirectoryUser[],
): Promise<ImpactDirectory> {
  const directory: ImpactDirectory = { members: {}, accounts: {}, people: {} };
  if (knownUsers && needs.users && !needs.attributes) {
    directory.users = knownUsers.map((u) => ({ ...u }));
    for (const u of directory.users) directory.people[u.id] = u;
    needs = { ...needs, users: false };
  }
  const person = (user: { id: string; email?: string | null }): DirectoryUser => {
    const known = directory.people[user.id];
    if (known) return known;
    const entry: DirectoryUser = { id: user.id, email: user.email ?? null };
    directory.people[user.id] = entry;
    return entry;
  };
  const step = async (what: string, work: () => Promise<void>) => {
    await work();
    progress?.(what);
  };

  const tasks: Promise<void>[] = needs.groups.map((groupId) =>
    step(`members of group ${groupId}`, async () => {
      const members = await client.paginate((page, size) =>
        client.call("getGroupMembership", client.api.GET("/groups/{group_id}/users", { params: { path: { group_id: groupId }, query: { page, size } } })),
      );
      directory.members[groupId] = members.map((u: User) => person(u).id);
    }),
  );
  if (needs.users) {
    tasks.push(
      step("users", async () => {
        const users = await client.paginate((page, size) =>
          client.call(
            "listUsers",
            client.api.GET("/users", { params: { query: { page, size, ...(needs.attributes ? { expand: ["custom_attributes"] } : {}) } } }),
          ),
        );
        directory.users = users.map((u) => {
          const entry = person(u);
          const attributes: Record<string, string> = {};
          for (const [name, attribute] of Object.entries(u.custom_attributes ?? {})) {
            if (typeof attribute.value === "string" || typeof attribute.value === "number") attributes[name] = String(attribute.value);
          }
          entry.status = u.status ?? null;
          if (needs.attributes) entry.attributes = attributes;
          return entry;
        });
      }),
    );
  }
  if (needs.requests) {
    tasks.push(
      step("access requests", async () => {
        const requests = await client.paginate((page, size) =>
          client.call(
            "getAccessRequests",
            client.api.GET("/appstore/access_requests", {
              params: { query: { page, size, statuses: [...PENDING_REQUEST_STATUSES, ...GRANTED_REQUEST_STATUSES] } },
            }),
          ),
        );
        directory.requests = requests.map((r) => ({
          id: r.id,
          app_id: r.app_id,
          permission_ids: (r.requestable_permissions ?? []).flatMap((p) => (p.id ? [p.id] : [])),
          target: person(r.target_user),
          status: r.status,
        }));
      }),
    );
  }
  for (const appId of needs.accountsOf) {
    tasks.push(
      step(`accounts of app ${appId}`, async () => {
        const accounts = await client.paginate((page, size) =>
          client.call("getAccounts", client.api.GET("/accounts", { params: { query: { app_id: appId, page, size } } })).then(accountPage),
        );
        directory.accounts[appId] = accounts.flatMap((a) => (a.user_id ? [person({ id: a.user_id, email: a.email ?? null })] : []));
      }),
    );
  }
  await Promise.all(tasks);
  return directory;
}

/** GET /accounts has no documented response schema: its page is checked before use. */
function accountPage(body: unknown): Page<Account> {
  const ok = isRecord(body) && Array.isArray(body.items) && body.items.every((a) => isRecord(a) && typeof a.id === "string" && typeof a.app_id === "string");
  if (!ok) {
    throw new RemoteError("REMOTE_UNEXPECTED_RESPONSE", "GET /accounts answered with something other than a page of accounts", { operation: "getAccounts" });
  }
  return body as unknown as Page<Account>;
}
