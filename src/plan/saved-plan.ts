import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { UnsafePlanError, UsageError } from "../errors.ts";
import { asString, isRecord, isSecret } from "../kinds/common.ts";
import { LUMOS_EVENTS_URL } from "../kinds/okta-event-hook.ts";
import { configKeyOf, KINDS } from "../kinds/registry.ts";
import type { DesiredState, LiveState, Plan } from "../model/types.ts";
import type { ReadNeeds } from "../remote/read-live.ts";
import { stableStringify } from "./canonical.ts";
import { liveFingerprints } from "./compute-plan.ts";
import { summarise } from "./summary.ts";

/**
 * A plan saved with `plan --out`: the changes (secrets only as their `${…}` references), what
 * was read, and a fingerprint of every live object, so `apply plan.json` can refuse when the
 * tenant moved since. A checksum of the content makes a hand-edited plan refused, and the
 * environment (name, kind of target, URL or simulator data file) must be the one applied to.
 */
export interface SavedPlan {
  format_version: "1";
  type: "lumos-iac-plan";
  environment: PlanTarget;
  summary: ReturnType<typeof summarise>;
  /** What the plan read, so apply can read it again: ReadNeeds with its sets as arrays. */
  reads: { [K in keyof ReadNeeds]: ReadNeeds[K] extends ReadonlySet<infer T> ? T[] : ReadNeeds[K] };
  plan: Plan;
  /** sha256 of everything above (keys sorted): what was reviewed is what is applied. */
  checksum: string;
}

/** What a plan was made against. `url` is the API base URL, or `simulator:FILE` for the embedded simulator. */
export interface PlanTarget {
  name: string;
  target: "api" | "embedded simulator";
  url: string;
}

export function targetIdentity(target: { environment: string; url: string }): PlanTarget {
  return { name: target.environment, target: target.url.startsWith("simulator:") ? "embedded simulator" : "api", url: target.url };
}

function checksumOf(saved: Omit<SavedPlan, "checksum">): string {
  return `sha256:${createHash("sha256").update(stableStringify(saved)).digest("hex")}`;
}

export function savePlan(plan: Plan, reads: ReadNeeds, environment: SavedPlan["environment"]): string {
  if (!plan.fingerprints) throw new Error("a plan is saved only when computed with fingerprints: true");
  const saved: Omit<SavedPlan, "checksum"> = {
    format_version: "1",
    type: "lumos-iac-plan",
    environment,
    summary: summarise(plan),
    reads: Object.fromEntries(Object.entries(reads).map(([k, v]) => [k, v instanceof Set ? [...v] : v])) as SavedPlan["reads"],
    plan,
  };
  return `${JSON.stringify({ ...saved, checksum: checksumOf(saved) }, null, 2)}\n`;
}

export function readSavedPlan(file: string): { saved: SavedPlan; reads: ReadNeeds } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (code ?? (error as Error).message);
    throw new UsageError(`cannot read plan ${file}: ${why}; pass a file saved by lumos-iac plan --out FILE`);
  }
  let saved: SavedPlan;
  try {
    saved = JSON.parse(text) as SavedPlan;
  } catch {
    throw new UsageError(`${file} is not a plan saved by lumos-iac plan --out (it is not JSON); to plan and apply the configuration, run lumos-iac apply without a file`);
  }
  if (saved?.type !== "lumos-iac-plan" || saved.format_version !== "1") {
    throw new UsageError(`${file} is not a lumos-iac plan (format_version 1); create one with lumos-iac plan --out FILE`);
  }
  const { checksum, ...content } = saved;
  if (typeof checksum !== "string" || checksum !== checksumOf(content)) {
    throw new UnsafePlanError(
      "PLAN_MODIFIED",
      `${file} was changed after it was saved: its content no longer matches its checksum. Apply only a plan as lumos-iac saved it; plan again with lumos-iac plan --out ${file}`,
    );
  }
  const reads = Object.fromEntries(Object.entries(saved.reads).map(([k, v]) => [k, Array.isArray(v) ? new Set(v) : v])) as unknown as ReadNeeds;
  return { saved, reads };
}

/** Refuses a saved plan made for another environment or target, naming both. */
export function checkSameTarget(file: string, saved: SavedPlan, now: PlanTarget): void {
  const then = saved.environment;
  if (then.name === now.name && then.url === now.url && (then.target ?? now.target) === now.target) return;
  const how = then.url.startsWith("simulator:") ? `--env ${then.name}, without --url` : then.name === now.name && then.url !== now.url ? `--url ${then.url}` : `--env ${then.name}`;
  throw new UsageError(`${file} was planned against ${describeTarget(then)}, not ${describeTarget(now)}; apply it to the environment it was made for (${how}), or plan again`, {
    planned: then,
    now,
  });
}

function describeTarget(target: PlanTarget): string {
  const where = target.url.startsWith("simulator:") ? `the embedded simulator at ${target.url.slice("simulator:".length)}` : target.url;
  return `environment ${JSON.stringify(target.name)} (${where})`;
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

/**
 * The deletes of a saved plan, checked again on apply against the project's `prune` and the
 * live tenant: each must be of a kind (and, where prune names apps, of an app) that prune
 * covers, exist, and be one lumos-iac may delete. The checksum only shows a plan was not edited
 * without recomputing it; this keeps a plan that was from deleting outside what the project
 * allows.
 */
export function checkSavedDeletes(plan: Plan, prune: DesiredState["prune"] | undefined, live: LiveState): void {
  const apps = new Map((live.kinds.apps ?? []).map((app) => [app.id, app.data]));
  const managedAppIds = live.managedAppIds ? new Set(live.managedAppIds) : undefined;
  const refused: string[] = [];
  for (const change of plan.changes) {
    // A replace deletes too: of a declared object, so prune does not apply, but ownership does.
    if (change.action !== "delete" && change.action !== "replace") continue;
    const key = configKeyOf(change.kind);
    const def = KINDS[key];
    const policy = prune?.[key];
    const object = change.id === undefined ? undefined : live.kinds[key]?.find((o) => o.id === change.id);
    let why: string | undefined;
    if (change.action === "replace") why = object ? undefined : "it is not in the tenant as read for this plan";
    else if (!prune) why = "no project file to check it against; run from the project folder or pass --config";
    else if (!policy || def.singleton) why = `prune does not cover ${key}`;
    else if (!object) why = "it is not in the tenant as read for this plan";
    else if (typeof policy === "object") {
      const app = apps.get(def.appOf?.(object) ?? "");
      const named = [asString(app?.user_friendly_label), asString(app?.app_class_id)];
      if (!policy.apps.some((name) => named.includes(name))) why = `prune covers ${key} of ${policy.apps.join(", ")} only`;
    }
    if (!why && object) {
      const deletable = def.deletable(object, { managedAppIds });
      if (!deletable.ok) why = deletable.reason;
    }
    if (why) refused.push(`${change.address} (${why})`);
  }
  if (refused.length > 0) {
    throw new UnsafePlanError(
      "SAVED_PLAN_OUT_OF_SCOPE",
      `this saved plan deletes what the project does not let lumos-iac delete; nothing was changed. Plan again with lumos-iac plan --out. Refused:\n  ${refused.join("\n  ")}`,
      { refused },
    );
  }
}

/**
 * Every `${…}` value a saved plan sends, read before anything is written: one that cannot be
 * read stops the apply up front, and none may hold the API token (a plan edited to send
 * `${env:LUMOS_API_TOKEN}` into a description), except an Okta event hook's token to Lumos's
 * own endpoint, which is what that token is for.
 */
export function checkSavedSecrets(plan: Plan, live: LiveState, read: (template: string) => string, holdsToken: (value: string) => boolean): void {
  const templates = new Set<string>();
  const walk = (value: unknown): void => {
    if (isSecret(value)) templates.add(value.$secret);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (isRecord(value)) Object.values(value).forEach(walk);
  };
  for (const change of plan.changes) {
    // An Okta event hook to Lumos's own endpoint carries a Lumos token: that is what it is for.
    // The url the hook will have: the change's, else the live hook's (an update leaves it out), else the default.
    const hook = change.kind === "okta_event_hook" ? live.kinds.okta_event_hooks?.find((o) => o.id === change.id) : undefined;
    const channel = isRecord(hook?.data.channel) && isRecord(hook.data.channel.config) ? hook.data.channel.config : {};
    const url = change.payload?.url ?? (hook ? channel.uri : change.action === "create" ? LUMOS_EVENTS_URL : undefined);
    const toLumos = change.kind === "okta_event_hook" && url === LUMOS_EVENTS_URL;
    for (const [field, value] of Object.entries(change.payload ?? {})) if (!(toLumos && field === "token")) walk(value);
    walk(change.reconnect);
  }
  const token = [...templates].filter((template) => holdsToken(read(template)));
  if (token.length > 0) {
    throw new UnsafePlanError(
      "SAVED_PLAN_SENDS_TOKEN",
      `this saved plan would send the API token as data (${token.join(", ")}); nothing was changed. Plan again with lumos-iac plan --out, and keep saved plans where only CI can write them`,
      { references: token },
    );
  }
}
