import { readFileSync } from "node:fs";
import { UnsafePlanError, UsageError } from "../errors.ts";
import { asString } from "../kinds/common.ts";
import type { LiveState, Plan } from "../model/types.ts";
import type { ReadNeeds } from "../remote/read-live.ts";
import { liveFingerprints } from "./compute-plan.ts";
import { summarise } from "./summary.ts";

/**
 * A plan saved with `plan --out`: the changes (secrets only as their `${…}` references), what
 * was read, and a fingerprint of every live object, so `apply plan.json` can refuse when the
 * tenant moved since.
 */
export interface SavedPlan {
  format_version: "1";
  type: "lumos-iac-plan";
  environment: { name: string; url: string };
  summary: ReturnType<typeof summarise>;
  /** What the plan read, so apply can read it again: ReadNeeds with its sets as arrays. */
  reads: { [K in keyof ReadNeeds]: ReadNeeds[K] extends ReadonlySet<infer T> ? T[] : ReadNeeds[K] };
  plan: Plan;
}

export function savePlan(plan: Plan, reads: ReadNeeds, environment: SavedPlan["environment"]): string {
  if (!plan.fingerprints) throw new Error("a plan is saved only when computed with fingerprints: true");
  const saved: SavedPlan = {
    format_version: "1",
    type: "lumos-iac-plan",
    environment,
    summary: summarise(plan),
    reads: Object.fromEntries(Object.entries(reads).map(([k, v]) => [k, v instanceof Set ? [...v] : v])) as SavedPlan["reads"],
    plan,
  };
  return `${JSON.stringify(saved, null, 2)}\n`;
}

export function readSavedPlan(file: string): { saved: SavedPlan; reads: ReadNeeds } {
  let saved: SavedPlan;
  try {
    saved = JSON.parse(readFileSync(file, "utf8")) as SavedPlan;
  } catch (error) {
    throw new UsageError(`cannot read plan ${file}: ${(error as Error).message}`);
  }
  if (saved?.type !== "lumos-iac-plan" || saved.format_version !== "1") {
    throw new UsageError(`${file} is not a lumos-iac plan (format_version 1); create one with lumos-iac plan --out FILE`);
  }
  const reads = Object.fromEntries(Object.entries(saved.reads).map(([k, v]) => [k, Array.isArray(v) ? new Set(v) : v])) as unknown as ReadNeeds;
  return { saved, reads };
}

/** Refuses a saved plan when any object it read has changed, naming each one. */
export function checkNotStale(saved: SavedPlan, live: LiveState): void {
  const names = new Map((live.kinds.apps ?? []).map((app) => [app.id, asString(app.data.user_friendly_label)]));
  const now = liveFingerprints(live, { appName: (id) => names.get(id) });
  const moved: string[] = [];
  for (const [address, before] of Object.entries(saved.plan.fingerprints ?? {})) {
    const after = now[address] ?? null;
    if (before === after) continue;
    moved.push(before === null ? `${address} (now exists)` : after === null ? `${address} (now gone)` : `${address} (changed)`);
  }
  if (moved.length > 0) {
    throw new UnsafePlanError(
      "STALE_PLAN",
      `the tenant changed since this plan was made; plan again. Changed:\n  ${moved.sort().join("\n  ")}`,
      { changed: moved },
    );
  }
}
