import { closest } from "fastest-levenshtein";
import { appAnswersLookup, lookupMatches } from "../model/lookups.ts";
import { asString, isRecord, webhookSlotOf, webhookSlotProblem } from "../kinds/common.ts";
import type { Resolver } from "../kinds/types.ts";
import type { DesiredObject, LiveObject, LiveState, Lookup, Lookups, Problem, Ref, RefKind } from "../model/types.ts";
import { pushTo } from "../util/multimap.ts";

/** Where each declared object stands: matched to a live ID, or to be created. */
export interface Standing {
  /** The live object it matched, if any. */
  matched: Map<string, LiveObject>;
  /** Addresses that will be deleted and created again (their ID changes). */
  replaced: Set<string>;
}

/**
 * Resolves names written in the config to Refs: against declared objects first (a declared
 * object that does not exist yet resolves to a pending Ref), then against the live tenant.
 * Unknown or ambiguous names become problems located in the config, with a suggestion.
 *
 * A reference that came from a Terraform data source (`data.lumos_apps.x.items[0].id`) is
 * resolved the way the provider finds it: its search argument, exact_match (a substring search
 * when left out), connection_source for apps ("API" when left out) and app_id for groups. When
 * the provider would find nothing, or several objects of which `items[0]` is any, that is a
 * problem at the data source.
 */
export class NameResolver implements Resolver {
  readonly problems: Problem[] = [];
  private readonly desiredApps = new Map<string, DesiredObject>();
  private readonly liveAppsByName = new Map<string, string[]>();
  private readonly liveAppsByClass = new Map<string, string[]>();
  private readonly usersByEmail = new Map<string, string>();
  private readonly groupsByName = new Map<string, { id: string; app_id: string | null }[]>();
  private readonly liveWebhooks = new Map<string, { id: string; hookType: unknown }>();
  private readonly desiredWebhooks = new Map<string, DesiredObject>();
  private desiredPermissions: Map<string, DesiredObject> | undefined;
  private readonly livePermissions = new Map<string, string>();
  private readonly liveApps: LiveObject[];
  private readonly liveUsers: LiveState["users"];
  private readonly liveGroups: LiveState["groups"];
  private readonly managedAppIds: ReadonlySet<string> | undefined;
  private readonly reported = new Set<string>();

  constructor(
    private readonly objects: DesiredObject[],
    live: LiveState,
    private readonly standing: Standing,
    private readonly locate: (address: string, path: (string | number)[]) => Problem["loc"],
    private readonly appName: (id: string) => string | undefined,
    private readonly lookups?: Lookups,
  ) {
    this.liveApps = live.kinds.apps ?? [];
    this.liveUsers = live.users;
    this.liveGroups = live.groups;
    this.managedAppIds = live.managedAppIds ? new Set(live.managedAppIds) : undefined;
    for (const object of objects) {
      if (object.kind === "app") {
        if (typeof object.spec.name === "string") this.desiredApps.set(object.spec.name, object);
        if (typeof object.spec.app_class_id === "string" && !this.desiredApps.has(object.spec.app_class_id)) {
          this.desiredApps.set(object.spec.app_class_id, object);
        }
      }
      if (object.kind === "inline_webhook") this.desiredWebhooks.set(asString(object.spec.name), object);
    }
    for (const app of live.kinds.apps ?? []) {
      if (app.data.disconnected === true) continue;
      pushTo(this.liveAppsByName, asString(app.data.user_friendly_label), app.id);
      pushTo(this.liveAppsByClass, asString(app.data.app_class_id), app.id);
    }
    for (const user of live.users) if (user.email) this.usersByEmail.set(user.email.toLowerCase(), user.id);
    for (const group of live.groups) pushTo(this.groupsByName, group.name ?? "", { id: group.id, app_id: group.app_id });
    for (const webhook of live.kinds.inline_webhooks ?? []) {
      this.liveWebhooks.set(asString(webhook.data.name), { id: webhook.id, hookType: webhook.data.hook_type });
    }
    for (const permission of live.kinds.requestable_permissions ?? []) {
      this.livePermissions.set(`${asString(permission.data.app_id)}/${asString(permission.data.label)}`, permission.id);
    }
  }

  /** A declared object as a Ref: its live ID, or pending when it will be (re)created. */
  refFor(object: DesiredObject, kind: RefKind): Ref {
    const match = this.standing.matched.get(object.address);
    if (!match || this.standing.replaced.has(object.address)) return { $ref: kind, pending: object.address };
    return { $ref: kind, id: match.id };
  }

  resolve(kind: RefKind, name: unknown, at: { address: string; path: (string | number)[] }, app?: Ref): Ref | undefined {
    switch (kind) {
      case "app":
        return this.resolveApp(asString(name), at);
      case "user":
        return this.resolveUser(asString(name), at);
      case "group":
        return this.resolveGroup(name, at);
      case "permission":
        return this.resolvePermission(asString(name), app, at);
      case "webhook":
        return this.resolveWebhook(asString(name), at);
    }
  }

  private resolveApp(name: string, at: { address: string; path: (string | number)[] }): Ref | undefined {
    const lookup = this.lookupAt("app", at);
    if (lookup) return this.findApp(lookup);
    const declared = this.desiredApps.get(name);
    if (declared) return this.refFor(declared, "app");
    const byName = this.liveAppsByName.get(name) ?? [];
    if (byName.length === 1) return { $ref: "app", id: byName[0]! };
    if (byName.length > 1) return this.fail(at, `${byName.length} apps are named ${JSON.stringify(name)}; declare the one you mean with id:`);
    const byClass = this.liveAppsByClass.get(name) ?? [];
    if (byClass.length === 1) return { $ref: "app", id: byClass[0]! };
    if (byClass.length > 1) return this.fail(at, `${name} is connected ${byClass.length} times; refer to the instance by its name`);
    return this.unknown(at, "app", name, [...this.liveAppsByName.keys(), ...this.desiredApps.keys()]);
  }

  private resolveUser(email: string, at: { address: string; path: (string | number)[] }): Ref | undefined {
    const lookup = this.lookupAt("user", at);
    if (lookup) return this.findUser(lookup);
    const id = this.usersByEmail.get(email.toLowerCase());
    if (id) return { $ref: "user", id };
    return this.unknown(at, "user", email, [...this.usersByEmail.keys()]);
  }

  private resolveGroup(ref: unknown, at: { address: string; path: (string | number)[] }): Ref | undefined {
    const name = isRecord(ref) ? asString(ref.name) : asString(ref);
    const source = isRecord(ref) ? asString(ref.app) : undefined;
    const lookup = this.lookupAt("group", at);
    if (lookup) return this.findGroup(lookup, source, at);
    const candidates = this.groupsByName.get(name) ?? [];
    if (candidates.length === 0) return this.unknown(at, "group", name, [...this.groupsByName.keys()]);
    const sourceOf = (g: { app_id: string | null }) => (g.app_id ? (this.appName(g.app_id) ?? g.app_id) : "?");
    if (source !== undefined) {
      const match = candidates.filter((g) => sourceOf(g) === source || g.app_id === source);
      if (match.length === 1) return { $ref: "group", id: match[0]!.id };
      return this.fail(at, `no group ${JSON.stringify(name)} from ${source}; it exists in ${candidates.map(sourceOf).join(", ")}`);
    }
    if (candidates.length > 1) {
      const sources = candidates.map(sourceOf);
      return this.fail(at, `group ${JSON.stringify(name)} exists in ${sources.join(" and ")}; write {name: ${name}, app: ${sources[0]}}`);
    }
    return { $ref: "group", id: candidates[0]!.id };
  }

  private resolvePermission(label: string, app: Ref | undefined, at: { address: string; path: (string | number)[] }): Ref | undefined {
    if (!app) return undefined;
    const appKey = "id" in app ? app.id : app.pending;
    const declared = this.permissionIndex().get(`${appKey}/${label}`);
    if (declared) return this.refFor(declared, "permission");
    if ("id" in app) {
      const id = this.livePermissions.get(`${app.id}/${label}`);
      if (id) return { $ref: "permission", id };
    }
    const labels = [...this.livePermissions.keys()].filter((k) => k.startsWith(`${appKey}/`)).map((k) => k.slice(appKey.length + 1));
    const owners = [...new Set([...this.livePermissions.keys()].filter((k) => k.endsWith(`/${label}`)).map((k) => k.slice(0, -label.length - 1)))];
    if (owners.length > 0 && "id" in app) {
      const names = owners.map((id) => this.appName(id) ?? id).join(", ");
      const here = this.appName(app.id) ?? app.id;
      return this.fail(at, `requestable permission ${JSON.stringify(label)} belongs to ${names}, not to ${here}; name one of ${here}'s permissions, or move it under ${names}`);
    }
    return this.unknown(at, "requestable permission", label, labels);
  }

  /** A webhook by name; in a slot (provisioning_webhook, …) it must be of that slot's hook type. */
  private resolveWebhook(name: string, at: { address: string; path: (string | number)[] }): Ref | undefined {
    const slot = webhookSlotOf(at.path);
    const declared = this.desiredWebhooks.get(name);
    const live = this.liveWebhooks.get(name);
    if (!declared && !live) {
      const candidates = [...this.liveWebhooks.entries()]
        .filter(([, w]) => !slot || !webhookSlotProblem(slot, "", w.hookType))
        .map(([n]) => n);
      return this.unknown(at, "inline webhook", name, [...candidates, ...[...this.desiredWebhooks.keys()].filter((n) => !candidates.includes(n))]);
    }
    const problem = slot ? webhookSlotProblem(slot, name, declared ? declared.spec.hook_type : live!.hookType) : undefined;
    if (problem) return this.fail(at, problem);
    return declared ? this.refFor(declared, "webhook") : { $ref: "webhook", id: live!.id };
  }

  /** Declared permissions by resolved app + label, built once apps are matched. */
  private permissionIndex(): Map<string, DesiredObject> {
    if (!this.desiredPermissions) {
      this.desiredPermissions = new Map();
      for (const object of this.objects) {
        if (object.kind !== "requestable_permission") continue;
        const app = this.resolveApp(asString(object.spec.app), { address: object.address, path: ["app"] });
        if (!app) continue;
        this.desiredPermissions.set(`${"id" in app ? app.id : app.pending}/${asString(object.spec.label)}`, object);
      }
    }
    return this.desiredPermissions;
  }

  // ---- data-source lookups, as the provider makes them --------------------------------------

  private lookupAt(kind: RefKind, at: { address: string; path: (string | number)[] }): Lookup | undefined {
    const lookup = this.lookups?.at(at.address, at.path);
    return lookup?.kind === kind ? lookup : undefined;
  }

  /** How an app is connected, when the API-managed set was read. */
  private connectionOf(app: LiveObject): "API" | "UI" | undefined {
    if (!this.managedAppIds) return undefined;
    return this.managedAppIds.has(app.id) ? "API" : "UI";
  }

  /** `data.lumos_apps`: name_search against the name, instance ID and app class ID; connected apps only. */
  private findApp(lookup: Lookup): Ref | undefined {
    const searched = this.liveApps.filter((app) => appAnswersLookup(app.data, lookup));
    const connected = searched.filter((app) => app.data.disconnected !== true);
    const fits = connected.filter((app) => {
      const source = this.connectionOf(app);
      return source === undefined || source === lookup.connectionSource;
    });
    const label = (app: LiveObject) => asString(app.data.user_friendly_label);
    if (fits.length === 1) {
      const app = fits[0]!;
      // A declared app that stands for it (and may be replaced) is referred to as declared.
      const declared = [...this.desiredApps.values()].find((o) => this.standing.matched.get(o.address)?.id === app.id);
      return declared ? this.refFor(declared, "app") : { $ref: "app", id: app.id };
    }
    if (fits.length > 1) {
      return this.failLookup(
        lookup,
        `${describeSearch(lookup)} finds ${fits.length} apps (${listed(fits.map(label))}), and the provider's items[0] would be any of them; ${
          lookup.exact ? "give them distinct names, or refer to the one you mean by its resource" : "set exact_match = true, or search for a name only one of them has"
        }`,
      );
    }
    // Not live yet: an app this configuration declares (created through the API) is the one meant.
    const declared = this.desiredApps.get(lookup.search);
    if (declared && !this.standing.matched.has(declared.address) && lookup.connectionSource === "API") return this.refFor(declared, "app");
    const other = connected[0];
    if (other) {
      const how = this.connectionOf(other) === "UI" ? "in the Lumos UI" : "through the API";
      const fix = this.connectionOf(other) === "UI" ? "UI" : "API";
      const because = lookup.connectionSourceDefaulted
        ? "the provider finds only apps connected through the API when connection_source is left out"
        : `connection_source = "${lookup.connectionSource}" leaves it out`;
      return this.failLookup(lookup, `${describeSearch(lookup)} finds no app: ${JSON.stringify(label(other))} is connected ${how}, and ${because}; ${lookup.connectionSourceDefaulted ? "add" : "set"} connection_source = "${fix}" to ${lookup.source}`);
    }
    if (searched.length > 0) {
      return this.failLookup(lookup, `${describeSearch(lookup)} finds no app: ${JSON.stringify(label(searched[0]!))} is disconnected; connect it again, or stop referring to it`);
    }
    const candidates = this.liveApps.filter((app) => app.data.disconnected !== true).map(label);
    return this.failLookup(lookup, `${describeSearch(lookup)} finds no app${suggest(lookup.search, candidates)}`);
  }

  /** `data.lumos_users`: search_term against the email, given name, family name and full name. */
  private findUser(lookup: Lookup): Ref | undefined {
    const fits = this.liveUsers.filter((user) =>
      [user.email, user.given_name, user.family_name, [user.given_name, user.family_name].filter(Boolean).join(" ")].some((v) => lookupMatches(v, lookup)),
    );
    const who = (user: LiveState["users"][number]) => user.email ?? user.id;
    if (fits.length === 1) return { $ref: "user", id: fits[0]!.id };
    if (fits.length > 1) {
      return this.failLookup(
        lookup,
        `${describeSearch(lookup)} finds ${fits.length} users (${listed(fits.map(who))}), and the provider's items[0] would be any of them; ${
          lookup.exact ? "search by email" : "set exact_match = true and search by email"
        }`,
      );
    }
    return this.failLookup(lookup, `${describeSearch(lookup)} finds no user${suggest(lookup.search, this.liveUsers.flatMap((u) => (u.email ? [u.email] : [])))}`);
  }

  /** `data.lumos_groups`: name, and app_id (an app's lookup, or a declared app by name). */
  private findGroup(lookup: Lookup, source: string | undefined, at: { address: string; path: (string | number)[] }): Ref | undefined {
    let appId: string | undefined;
    if (lookup.app || source !== undefined) {
      const app = lookup.app ? this.findApp(lookup.app) : this.resolveApp(source!, at);
      if (!app) return undefined;
      if (!("id" in app)) return this.failLookup(lookup, `${describeSearch(lookup)} finds no group: its app_id is an app this plan creates, which has no groups yet`);
      appId = app.id;
    }
    const named = this.liveGroups.filter((group) => lookupMatches(group.name, lookup));
    const fits = appId === undefined ? named : named.filter((group) => group.app_id === appId);
    const label = (group: LiveState["groups"][number]) => `${group.name ?? "?"} (from ${group.app_id ? (this.appName(group.app_id) ?? group.app_id) : "?"})`;
    if (fits.length === 1) return { $ref: "group", id: fits[0]!.id };
    if (fits.length > 1) {
      const fix = [!lookup.exact ? "set exact_match = true" : undefined, appId === undefined ? "give app_id (the groups' source app)" : undefined].filter(Boolean).join(" and ");
      return this.failLookup(lookup, `${describeSearch(lookup)} finds ${fits.length} groups (${listed(fits.map(label))}), and the provider's items[0] would be any of them; ${fix || "rename one of them"}`);
    }
    if (named.length > 0 && appId !== undefined) {
      return this.failLookup(lookup, `${describeSearch(lookup)} finds no group in ${this.appName(appId) ?? appId}; it finds ${listed(named.map(label))}: change app_id, or remove it`);
    }
    return this.failLookup(lookup, `${describeSearch(lookup)} finds no group${suggest(lookup.search, [...this.groupsByName.keys()])}`);
  }

  /** A lookup's problem is the data source's: reported once, where its search argument is written. */
  private failLookup(lookup: Lookup, message: string): undefined {
    const key = `${lookup.loc.file}:${lookup.loc.line}:${lookup.loc.col} ${message}`;
    if (this.reported.has(key)) return undefined;
    this.reported.add(key);
    this.problems.push({ loc: lookup.loc, message });
    return undefined;
  }

  private unknown(at: { address: string; path: (string | number)[] }, what: string, name: string, candidates: string[]): undefined {
    const suggestion = candidates.length > 0 ? closest(name, candidates) : undefined;
    return this.fail(at, `unknown ${what} ${JSON.stringify(name)}${suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : ""}`);
  }

  private fail(at: { address: string; path: (string | number)[] }, message: string): undefined {
    this.problems.push({ loc: this.locate(at.address, at.path), message });
    return undefined;
  }
}

function describeSearch(lookup: Lookup): string {
  return `${lookup.source}: ${lookup.argument} = ${JSON.stringify(lookup.search)}${lookup.exact ? " (exact_match)" : ""}`;
}

function listed(names: string[]): string {
  const shown = names.slice(0, 5).map((n) => JSON.stringify(n));
  return names.length > 5 ? `${shown.join(", ")}, and ${names.length - 5} more` : shown.join(", ");
}

function suggest(name: string, candidates: string[]): string {
  return candidates.length > 0 ? `; did you mean ${JSON.stringify(closest(name, candidates))}?` : "";
}
