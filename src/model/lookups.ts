import type { Lookup } from "./types.ts";

/** Whether a searched field answers a data-source lookup: equal with exact_match, else contains it (any case). */
export function lookupMatches(value: unknown, lookup: Lookup): boolean {
  if (typeof value !== "string") return false;
  return lookup.exact ? value === lookup.search : value.toLowerCase().includes(lookup.search.toLowerCase());
}

/** `data.lumos_apps`: name_search is matched against an app's name, instance ID and app class ID. */
export function appAnswersLookup(app: { user_friendly_label?: unknown; instance_id?: unknown; app_class_id?: unknown }, lookup: Lookup): boolean {
  return [app.user_friendly_label, app.instance_id, app.app_class_id].some((value) => lookupMatches(value, lookup));
}
