import { CONFIG_KEYS, KINDS, withDependencies, type ConfigKey } from "../kinds/registry.ts";
import { isRecord, REF_FIELDS } from "../kinds/common.ts";
import type { DesiredState, LiveObject, LiveState, Lookup, RefKind } from "../model/types.ts";
import { appAnswersLookup } from "../model/lookups.ts";
import { isMissingOperation, notFoundAsUndefined } from "./adapters.ts";
import type { LumosClient } from "./client.ts";
import { listEventHooks, oktaOf } from "./okta-adapter.ts";
import { pushTo } from "../util/multimap.ts";

export interface ReadNeeds {
  /** Kinds to read in full (declared, pruned, or referred to). */
  kinds: ReadonlySet<ConfigKey>;
  /** Read the set of API-managed apps (needed to delete apps). */
  managedApps: boolean;
  /** Apps whose AppStore settings to read (declared appstore_apps). */
  settingsFor: ReadonlySet<string>;
  /** The same, by ID: apps pinned with `id:` under a name the tenant does not have yet (a rename). */
  settingsForIds?: ReadonlySet<string>;
  /** Declared appstore_apps whose app is a data-source lookup: every app it may find has its settings read. */
  settingsLookups?: ReadonlySet<Lookup>;
  /** Webhook names whose details to read (declared inline_webhooks). */
  webhookDetails: ReadonlySet<string>;
  /** Integrations that may need connecting: their connection schemas are read if not live. */
  integrations: ReadonlySet<string>;
  /** Integrations whose credentials are rotated: their connection schemas are read even when live. */
  rotating?: ReadonlySet<string>;
  /** Read every AppStore app's settings and every webhook's target (for import). */
  everything?: boolean;
  /** Read the directory: users and groups are only listed when the config names some. */
  users: boolean;
  groups: boolean;
  /** Integrations declared with an instance_id: a further instance may need connecting. */
  instances?: ReadonlySet<string>;
  /** Read Lumos's app categories: only when a declared app sets a category. */
  categories?: boolean;
}

/** What a desired state needs read: only the kinds it declares, prunes or refers to. */
export function needsFor(desired: DesiredState): ReadNeeds {
  // Declared kinds and everything they refer to; pruned kinds themselves; apps always.
  const pruned = (key: string) => Boolean(desired.prune[key]);
  const declaredKinds = new Set(desired.objects.map((o) => o.kind));
  const kinds = new Set<ConfigKey>(["apps"]);
  for (const key of CONFIG_KEYS) {
    if (declaredKinds.has(KINDS[key].kind)) for (const dep of withDependencies(key)) kinds.add(dep);
    else if (pruned(key)) kinds.add(key);
  }
  // One pass over the declared objects; the walk for user and group references stops once it has found both.
  const settingsFor = new Set<string>();
  const webhookDetails = new Set<string>();
  const integrations = new Set<string>();
  const instances = new Set<string>();
  const named = new Set<RefKind>();
  let categories = false;
  const pinned = new Map(desired.objects.flatMap((o) => (o.kind === "app" && o.id ? [[String(o.spec.name ?? ""), o.id] as const] : [])));
  const settingsForIds = new Set<string>();
  for (const o of desired.objects) {
    if (o.kind === "appstore_app") {
      settingsFor.add(String(o.spec.app ?? ""));
      const id = pinned.get(String(o.spec.app ?? ""));
      if (id) settingsForIds.add(id);
    }
    else if (o.kind === "inline_webhook") webhookDetails.add(String(o.spec.name ?? ""));
    else if (o.kind === "app") {
      if (typeof o.spec.category === "string") categories = true;
      if (o.spec.app_class_id) {
        integrations.add(String(o.spec.app_class_id));
        if (o.spec.instance_id) instances.add(String(o.spec.app_class_id));
      }
    }
    if (!(named.has("user") && named.has("group"))) addReferencedKinds(o.spec, named);
  }
  return {
    kinds,
    users: named.has("user"),
    groups: named.has("group"),
    managedApps: pruned("apps"),
    categories,
    settingsFor,
    ...(settingsForIds.size > 0 ? { settingsForIds } : {}),
    ...settingsLookups(desired),
    webhookDetails,
    integrations,
    instances,
  };
}

/** The lookups behind declared appstore_apps' app (Terraform sources), when there are any. */
function settingsLookups(desired: DesiredState): { settingsLookups: Set<Lookup> } | undefined {
  const lookups = desired.objects.flatMap((o) => {
    const lookup = o.kind === "appstore_app" ? desired.lookups?.at(o.address, ["app"]) : undefined;
    return lookup?.kind === "app" ? [lookup] : [];
  });
  return lookups.length > 0 ? { settingsLookups: new Set(lookups) } : undefined;
}

/** Adds the kinds of reference (user, group, …) a spec contains to `found`. */
function addReferencedKinds(spec: unknown, found: Set<RefKind>): void {
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isRecord(value)) {
      for (const key of Object.keys(value)) {
        const kind = REF_FIELDS[key];
        if (kind) found.add(kind);
        walk(value[key]);
      }
    }
  };
  walk(spec);
}

/**
 * Reads the live tenant with the fewest requests: bulk lists at size 100 with the remaining
 * pages in parallel; one request per object only where Lumos has no list (AppStore settings,
 * webhook targets), and only for declared objects.
 */
export function readLive(client: LumosClient, needs: ReadNeeds, progress?: (what: string) => void): Promise<LiveState> {
  return readLiveInStages(client, needs, progress).all;
}

/** The live state read in stages (readLiveInStages). */
export interface LiveStages {
  /** Every read but the AppStore apps' settings is in (the AppStore apps are there, without their settings). */
  lists: Promise<LiveState>;
  /** The settings of every AppStore app are filled in too, on the same objects. */
  all: Promise<LiveState>;
  /**
   * Once `lists` is in: the read of one AppStore app's settings (by its live ID) while it is
   * under way, undefined once they are in or when they are not read.
   */
  settingsOf: (id: string) => Promise<void> | undefined;
}

/**
 * readLive in stages: the lists, then the AppStore apps' settings, one read per app, in the
 * order the apps are declared. A plan of the other kinds can be made meanwhile, and each
 * AppStore app's once its settings are in.
 */
export function readLiveInStages(client: LumosClient, needs: ReadNeeds, progress?: (what: string) => void): LiveStages {
  const live: LiveState = { kinds: {}, users: [], groups: [], unsupported: {}, connectionSchemas: {} };
  /** Reads of AppStore settings, begun once the AppStore list is in. */
  const settingsReads: Promise<void>[] = [];
  const pending = new Map<string, Promise<void>>();
  const lists = readLists(client, needs, live, settingsReads, pending, progress);
  const all = lists.then(() => Promise.all(settingsReads)).then(() => live);
  // Whoever awaits only `lists` still hears of a failure through `all`; it is not unhandled meanwhile.
  all.catch(() => undefined);
  return { lists, all, settingsOf: (id) => pending.get(id) };
}

async function readLists(
  client: LumosClient,
  needs: ReadNeeds,
  live: LiveState,
  settingsReads: Promise<void>[],
  pending: Map<string, Promise<void>>,
  progress?: (what: string) => void,
): Promise<LiveState> {
  const step = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    const result = await work();
    progress?.(what);
    return result;
  };

  // Only AppStore settings and connection schemas need the apps first; every other list is
  // read alongside them, so the first round trips already fill the places in flight.
  const appsRead = Promise.all([
    step("apps", () => client.paginate((page, size) => client.call("listApps", client.api.GET("/apps", { params: { query: { page, size } } })))),
    needs.managedApps
      ? step("API-managed apps", () =>
          client.paginate((page, size) =>
            client.call("listApps", client.api.GET("/apps", { params: { query: { page, size, connection_source: "API", disconnected: false } } })),
          ),
        )
      : Promise.resolve(undefined),
    needs.everything || needs.users
      ? step("users", () => client.paginate((page, size) => client.call("listUsers", client.api.GET("/users", { params: { query: { page, size } } }))))
      : Promise.resolve([]),
    needs.everything || needs.groups
      ? step("groups", () => client.paginate((page, size) => client.call("listGroups", client.api.GET("/groups", { params: { query: { page, size } } }))))
      : Promise.resolve([]),
  ]).then(([apps, managed, users, groups]) => {
    live.kinds.apps = apps.map((app) => ({ kind: "app", id: app.id, data: app as Record<string, unknown> }));
    if (managed) live.managedAppIds = managed.map((app) => app.id);
    live.users = users.map((u) => ({ id: u.id, email: u.email ?? null, given_name: u.given_name ?? null, family_name: u.family_name ?? null, status: u.status ?? null }));
    live.groups = groups.flatMap((g) => (g.id ? [{ id: g.id, name: g.name ?? null, app_id: g.app_id ?? null }] : []));
    const appIdsByName = new Map<string, string[]>();
    for (const app of apps) pushTo(appIdsByName, app.user_friendly_label, app.id);
    // The config may name an integration by its app_class_id (`app: okta.com`).
    for (const app of apps) if (!app.disconnected && !appIdsByName.has(app.app_class_id)) pushTo(appIdsByName, `class:${app.app_class_id}`, app.id);
    const idsOfApp = (name: string) => appIdsByName.get(name) ?? appIdsByName.get(`class:${name}`) ?? [];
    // Connected integrations have nothing to connect, unless the config declares a further instance.
    const connected = new Set(apps.filter((a) => !a.disconnected && !needs.instances?.has(a.app_class_id)).map((a) => a.app_class_id));
    return { idsOfApp, connected, apps };
  });

  const tasks: Promise<void>[] = [appsRead.then(() => undefined)];
  if (needs.categories) {
    tasks.push(
      step("app categories", async () => {
        live.categories = await client.call("getAppCategories", client.api.GET("/apps/categories"));
      }),
    );
  }
  const want = (key: ConfigKey) => needs.kinds.has(key);
  /** Runs a read of extension operations; a server without them marks the kind unsupported. */
  const extension = async <T>(key: ConfigKey, reason: string, work: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (!isMissingOperation(error)) throw error;
      live.unsupported[key] = reason;
      return fallback;
    }
  };
  const set = (key: ConfigKey, objects: LiveObject[]) => {
    live.kinds[key] = objects;
  };

  if (needs.integrations.size > 0) {
    tasks.push(
      appsRead.then(({ connected }) =>
        Promise.all(
          [...needs.integrations]
            .filter((appClassId) => !connected.has(appClassId) || needs.rotating?.has(appClassId))
            .map((appClassId) =>
              step(`connection schema of ${appClassId}`, async () => {
                const schema = await client
                  .call("getIntegrationConnectionSchema", client.api.GET("/integrations/{app_class_id}/connection-schema", { params: { path: { app_class_id: appClassId } } }))
                  .catch(notFoundAsUndefined);
                if (schema) live.connectionSchemas[appClassId] = { auth_schema: schema.auth_schema, settings_schema: schema.settings_schema };
              }),
            ),
        ).then(() => undefined),
      ),
    );
  }

  if (want("appstore_apps")) {
    tasks.push(
      step("AppStore apps", async () => {
        const listed = await client.paginate((page, size) =>
          client.call("listAppStoreApps", client.api.GET("/appstore/apps", { params: { query: { page, size, all_visibilities: true } } })),
        );
        const { idsOfApp, apps } = await appsRead;
        const declaredIds = new Set([...[...needs.settingsFor].flatMap(idsOfApp), ...(needs.settingsForIds ?? [])]);
        // A lookup finds its app only once planning filters by connection source: read them all.
        for (const lookup of needs.settingsLookups ?? []) for (const app of apps) if (appAnswersLookup(app, lookup)) declaredIds.add(app.id);
        const objects = listed.map((app): LiveObject => ({ kind: "appstore_app", id: app.id, data: { app_id: app.id } }));
        set("appstore_apps", objects);
        // Every listed app declared, in the order the apps are declared: the order they are planned in.
        const position = new Map([...declaredIds].map((id, index) => [id, index]));
        const read = needs.everything ? objects : objects.filter((object) => position.has(object.id)).sort((a, b) => position.get(a.id)! - position.get(b.id)!);
        const reading = step("AppStore settings", async () => {
          await Promise.all(
            read.map((object) => {
              const one = client
                .soon(() => client.call("getAppStoreAppSettings", client.api.GET("/appstore/apps/{app_id}/settings", { params: { path: { app_id: object.id } } })))
                .then((settings) => {
                  Object.assign(object.data, settings);
                  // A second listed copy of the app may still be reading: its entry stays.
                  if (pending.get(object.id) === one) pending.delete(object.id);
                });
              // Whoever waits for one app's settings hears of a failure; it is not unhandled meanwhile.
              one.catch(() => undefined);
              pending.set(object.id, one);
              return one;
            }),
          );
        });
        // Awaited once the lists are in; a failure before then is not unhandled.
        reading.catch(() => undefined);
        settingsReads.push(reading);
      }),
    );
  }
  if (want("requestable_permissions")) {
    tasks.push(
      step("requestable permissions", async () => {
        const permissions = await client.paginate((page, size) =>
          client.call(
            "listRequestablePermissions",
            client.api.GET("/appstore/requestable_permissions", { params: { query: { page, size, include_inherited_configs: false } } }),
          ),
        );
        set(
          "requestable_permissions",
          permissions.flatMap((p) => (p.id ? [{ kind: "requestable_permission", id: p.id, data: p as Record<string, unknown> }] : [])),
        );
      }),
    );
  }
  if (want("pre_approval_rules")) {
    tasks.push(
      step("pre-approval rules", async () => {
        const rules = await client.paginate((page, size) =>
          client.call("listPreApprovalRules", client.api.GET("/appstore/pre_approval_rules", { params: { query: { page, size } } })),
        );
        set("pre_approval_rules", rules.flatMap((r) => (r.id ? [{ kind: "pre_approval_rule", id: r.id, data: r as Record<string, unknown> }] : [])));
      }),
    );
  }
  if (want("access_policies")) {
    tasks.push(
      step("access policies", async () => {
        const policies = await client.paginate((page, size) =>
          client.call("listAccessPolicies", client.api.GET("/access_policies", { params: { query: { page, size } } })),
        );
        set("access_policies", policies.map((p) => ({ kind: "access_policy", id: p.id, data: p as Record<string, unknown> })));
      }),
    );
  }
  if (want("inline_webhooks")) {
    tasks.push(
      step("inline webhooks", async () => {
        const webhooks = await client.call("listInlineWebhooks", client.api.GET("/inline_webhooks"));
        const objects = await Promise.all(
          webhooks.map(async (w): Promise<LiveObject> => {
            if ((!needs.everything && !needs.webhookDetails.has(w.name)) || live.unsupported.inline_webhooks) {
              return { kind: "inline_webhook", id: w.id, data: w as Record<string, unknown> };
            }
            const detail = await extension(
              "inline_webhooks",
              "this server cannot create, read or change inline webhooks (no extension operations)",
              () => client.call("getInlineWebhook", client.api.GET("/inline_webhooks/{inline_webhook_id}", { params: { path: { inline_webhook_id: w.id } } })),
              w,
            );
            return { kind: "inline_webhook", id: w.id, data: detail as Record<string, unknown> };
          }),
        );
        // Declared webhooks that do not exist yet would be created through the extension
        // operations, which come as one set: a server that lacks one lacks them all.
        const detailed = webhooks.some((w) => needs.everything || needs.webhookDetails.has(w.name));
        if (needs.webhookDetails.size > 0 && !detailed && !live.unsupported.inline_webhooks) {
          await extension(
            "inline_webhooks",
            "this server cannot create, read or change inline webhooks (no extension operations)",
            () => client.call("listSyncSchedules", client.api.GET("/sync_schedules")),
            undefined,
          );
        }
        set("inline_webhooks", objects);
      }),
    );
  }
  if (want("user_sources")) {
    tasks.push(
      step("user sources", async () => {
        const sources = await extension(
          "user_sources",
          "this server has no user-source operations (the public Lumos API lacks them)",
          () => client.call("listUserSources", client.api.GET("/user_sources")),
          undefined,
        );
        if (sources) set("user_sources", [{ kind: "user_sources", id: "user_sources", data: sources as Record<string, unknown> }]);
      }),
    );
  }
  if (want("sync_schedules")) {
    tasks.push(
      step("sync schedules", async () => {
        const schedules = await extension(
          "sync_schedules",
          "this server has no sync-schedule operations (the public Lumos API lacks them)",
          () => client.call("listSyncSchedules", client.api.GET("/sync_schedules")),
          undefined,
        );
        if (schedules) set("sync_schedules", schedules.map((s) => ({ kind: "sync_schedule", id: s.app_id, data: s as Record<string, unknown> })));
      }),
    );
  }
  // Read from the environment's Okta org: an error saying how to configure one when it has none,
  // except for a read of everything (import), which reads what the environment has.
  if (want("okta_event_hooks") && (client.okta || !needs.everything)) {
    const okta = oktaOf(client);
    tasks.push(
      step("Okta event hooks", async () => {
        const hooks = await listEventHooks(okta);
        set("okta_event_hooks", hooks.map((h) => ({ kind: "okta_event_hook", id: String(h.id), data: h as Record<string, unknown> })));
      }),
    );
  }
  await Promise.all(tasks);
  return live;
}
