import { defaultRequestConfig, type AppRecord, type Schemas } from "./records.ts";
import type { Tenant } from "./tenant.ts";

/** An account as an integration holds it: what a sync brings into Lumos. */
export interface SourceAccount {
  email: string;
  given_name?: string;
  family_name?: string;
  status?: Schemas["UserLifecycleStatus"];
}

const ACCOUNTS_PREFIX = "accounts:";

/** The accounts the third party behind an app holds (seeded per app, else the catalogue's). */
export function accountsOf(tenant: Tenant, app: AppRecord): SourceAccount[] {
  const own = tenant.settings.get(`${ACCOUNTS_PREFIX}${app.id}`) as SourceAccount[] | undefined;
  return own ?? tenant.integrations.get(app.app_class_id)?.accounts ?? [];
}

export function setAccounts(tenant: Tenant, appId: string, accounts: SourceAccount[]): void {
  tenant.settings.put(`${ACCOUNTS_PREFIX}${appId}`, accounts);
}

/** App lists (one per change of the apps) in which no sync is under way or waiting to take effect. */
const quietLists = new WeakSet<readonly unknown[]>();

/**
 * Whether some sync finished and has not taken effect yet (cheap: no copies). Asked before
 * every request: apps that have not changed since a look found no sync at all are not gone
 * over again.
 */
export function hasUnsettledSyncs(tenant: Tenant): boolean {
  const apps = tenant.apps.list();
  if (quietLists.has(apps)) return false;
  let underWay = false;
  for (const app of apps) {
    if (!app.sync || app.sync.settled) continue;
    if (tenant.syncStatus(app) !== "SYNCING") return true;
    underWay = true;
  }
  if (!underWay) quietLists.add(apps);
  return false;
}

/**
 * Syncs whose time is up take effect once: a successful sync brings in the integration's
 * permissions (as SYNCED) and, when the app is a user source, rebuilds Lumos users from the
 * ordered sources.
 */
export function settleSyncs(tenant: Tenant): void {
  const finished: AppRecord[] = [];
  for (const app of tenant.apps.values()) {
    if (!app.sync || app.sync.settled) continue;
    if (tenant.syncStatus(app) === "SYNCING") continue;
    finished.push({ ...app, sync: { ...app.sync, settled: true } });
  }
  if (finished.length === 0) return;
  let sourcesSynced = false;
  const sources = userSourceIds(tenant);
  for (const app of finished) {
    tenant.apps.put(app.id, app);
    if (app.sync?.outcome !== "SUCCESS" || app.disconnected) continue;
    addSyncedPermissions(tenant, app);
    if (sources.includes(app.id)) sourcesSynced = true;
  }
  if (sourcesSynced) rebuildUsers(tenant);
}

function userSourceIds(tenant: Tenant): string[] {
  return (tenant.settings.get("user_sources") as string[] | undefined) ?? [];
}

/** The integration's entitlements become SYNCED permissions of the app (once each, by label). */
function addSyncedPermissions(tenant: Tenant, app: AppRecord): void {
  const labels = app.custom ? [] : (tenant.integrations.get(app.app_class_id)?.permissions ?? []);
  if (labels.length === 0) return;
  const have = new Set<string>();
  for (const permission of tenant.permissions.values()) if (permission.app_id === app.id) have.add(permission.label);
  for (const label of labels) {
    if (have.has(label)) continue;
    const id = tenant.newId();
    tenant.permissions.put(id, { id, app_id: app.id, label, type: "SYNCED", request_config: defaultRequestConfig() });
  }
}

/**
 * Users from the ordered sources: an account present in several takes name, email and status
 * from the first source listed. Accounts are matched by email, ignoring case. Users are never
 * deleted, whatever the sources say.
 */
export function rebuildUsers(tenant: Tenant): void {
  const winners = new Map<string, SourceAccount>();
  for (const appId of userSourceIds(tenant)) {
    const app = tenant.apps.get(appId);
    if (!app || app.disconnected || app.custom) continue;
    for (const account of accountsOf(tenant, app)) {
      const key = account.email.toLowerCase();
      if (!winners.has(key)) winners.set(key, account);
    }
  }
  const byEmail = new Map<string, string>();
  for (const user of tenant.users.values()) if (user.email) byEmail.set(user.email.toLowerCase(), user.id);
  for (const [key, account] of winners) {
    const id = byEmail.get(key) ?? tenant.newId();
    const before = tenant.users.get(id);
    const user = {
      id,
      email: account.email,
      given_name: account.given_name ?? null,
      family_name: account.family_name ?? null,
      status: account.status ?? "ACTIVE",
    };
    if (before && JSON.stringify({ ...before }) === JSON.stringify(user)) continue;
    tenant.users.put(id, user);
  }
}
