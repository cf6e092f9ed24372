import type { Ref } from "../model/types.ts";
import type { KindDef } from "./types.ts";
import { appRef } from "./common.ts";

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
  // Each app once, however it is named (Okta and okta.com are one app).
  checkLive: (object, ctx) => {
    const problems: [(string | number)[], string][] = [];
    const first = new Map<string, number>();
    ((object.spec.sources as unknown[] | undefined) ?? []).forEach((name, index) => {
      const ref = ctx.resolver.resolve("app", name, { address: object.address, path: [index] });
      if (!ref) return;
      const key = "id" in ref ? ref.id : ref.pending;
      const seen = first.get(key);
      if (seen === undefined) first.set(key, index);
      else problems.push([[index], `${JSON.stringify(name)} is the same app as entry ${seen + 1} of user_sources; list each app once`]);
    });
    return problems;
  },
  label: () => "user sources",
};
