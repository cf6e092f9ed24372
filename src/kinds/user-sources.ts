import type { Ref } from "../model/types.ts";
import { CUSTOM_APP_INSTANCE } from "./app.ts";
import type { KindDef } from "./types.ts";
import { appRef, isRef } from "./common.ts";

const refIds = (value: unknown): string[] => (Array.isArray(value) ? value.flatMap((ref) => (isRef(ref) && "id" in ref ? [ref.id] : [])) : []);

/**
 * The ordered Source-of-Truth list: when a person has accounts in several sources, the first
 * listed wins. One object per tenant; order matters. Changing it never deletes Lumos users.
 */
export const userSourcesKind: KindDef = {
  kind: "user_sources",
  configKey: "user_sources",
  description: "User sources in priority order (first wins).",
  dependsOn: ["apps"],
  singleton: true,
  extension: true,
  itemSchema: { type: "array", items: appRef, uniqueItems: true, description: "App names, highest priority first." },

  desiredKey: () => "",
  liveKeys: () => [""],

  canonicalDesired: (object, ctx) => ({
    sources: ((object.spec.sources as unknown[]) ?? [])
      .map((name, i) => ctx.resolver.resolve("app", name, { address: object.address, path: [i] }))
      .filter((ref): ref is Ref => ref !== undefined),
  }),
  canonicalLive: (live) => ({
    sources: ((live.data.items as { app_id: string }[] | undefined) ?? []).map((s) => ({ $ref: "app", id: s.app_id }) as Ref),
  }),
  setFields: new Set(),
  createOnly: [],
  writeOnly: [],

  createPayload: (canonical) => ({ app_ids: canonical.sources }),
  updatePayload: (_diff, desired) => ({ app_ids: desired.sources }),
  deletable: () => ({ ok: false, reason: "user sources are a setting, not an object" }),
  // Lumos keeps the users a source brought in when the source goes (seed 001).
  updateWarnings: (desired, live, ctx) => {
    const kept = new Set(refIds(desired.sources));
    return refIds(live.sources)
      .filter((id) => !kept.has(id))
      .map((id) => `removing ${JSON.stringify(ctx.appName(id) ?? id)} from user_sources does not delete the Lumos users it brought in; they stay, and their names, emails and statuses come from the remaining sources after the next sync`);
  },
  // Only integrations can be sources; custom apps have no accounts to bring in.
  check: (spec, declared) => {
    const sources = Array.isArray(spec.sources) ? spec.sources : [];
    return sources.flatMap((name, index): [(string | number)[], string][] =>
      typeof name === "string" && declared?.customApps.has(name)
        ? [[[index], `${JSON.stringify(name)} is a custom app; only connected integrations can be user sources`]]
        : [],
    );
  },
  // Each app once, however it is named (Okta and okta.com are one app).
  checkLive: (object, ctx) => {
    const problems: [(string | number)[], string][] = [];
    const first = new Map<string, number>();
    ((object.spec.sources as unknown[] | undefined) ?? []).forEach((name, index) => {
      const ref = ctx.resolver.resolve("app", name, { address: object.address, path: [index] });
      if (!ref) return;
      const key = "id" in ref ? ref.id : ref.pending;
      const live = "id" in ref ? ctx.liveApp(ref.id) : undefined;
      if (live?.data.instance_id === CUSTOM_APP_INSTANCE) {
        problems.push([[index], `${JSON.stringify(name)} is a custom app; only connected integrations can be user sources`]);
      } else if (live?.data.disconnected === true) {
        problems.push([[index], `${JSON.stringify(name)} is disconnected; only connected integrations can be user sources (connect it first, or remove it from user_sources)`]);
      }
      const seen = first.get(key);
      if (seen === undefined) first.set(key, index);
      else problems.push([[index], `${JSON.stringify(name)} is the same app as entry ${seen + 1} of user_sources; list each app once`]);
    });
    return problems;
  },
  label: () => "user sources",
};
