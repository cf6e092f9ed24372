import { ConfigValidationError, UnsafePlanError } from "./errors.ts";
import { isRecord } from "./kinds/common.ts";
import type { LoadedConfig } from "./load/load-config.ts";
import type { PlanAccess } from "./model/access.ts";
import { NO_GUARDRAIL_CONFIG } from "./model/guardrail-config.ts";
import type { Plan, Problem } from "./model/types.ts";
import { checkGuardrails, guardrailNeeds, type Actor } from "./plan/guardrails.ts";
import { accessOverLimits, changeFacets, computeImpact, impactNeeds, isAccessRelevant, needsNothing, type ImpactDirectory } from "./plan/impact.ts";
import type { LumosClient } from "./remote/client.ts";
import { readImpactDirectory } from "./remote/read-impact.ts";
import type { PlanRun } from "./session.ts";

export interface AccessOptions {
  /** The change's author (--actor); else GITHUB_ACTOR through guardrails.actors. */
  actor?: string;
  /** --allow-access-impact: the people thresholds do not refuse the plan. */
  allowAccessImpact?: boolean;
  env?: Record<string, string | undefined>;
  progress?: (what: string) => void;
}

export interface AccessOutcome {
  access: PlanAccess;
  /** Guardrail errors: the plan is refused, with each finding at its file:line:col. */
  error?: ConfigValidationError;
  /** Over a people threshold without --allow-access-impact. */
  refusal?: UnsafePlanError;
}

/**
 * Works out what the plan does to people and which guardrails it trips. Reads only what that
 * needs (members of the groups the changes touch, requests and accounts a delete or approver
 * change affects); a plan without access-relevant changes reads nothing more.
 */
export async function assessAccess(run: PlanRun, loaded: LoadedConfig, client: LumosClient, options: AccessOptions = {}): Promise<AccessOutcome> {
  const plan = run.plan;
  const config = loaded.project.guardrails ?? NO_GUARDRAIL_CONFIG;
  const env = options.env ?? process.env;
  const warnings: string[] = [];
  let actorEmail = options.actor;
  if (!actorEmail && env.GITHUB_ACTOR) {
    actorEmail = config.actors[env.GITHUB_ACTOR];
    if (!actorEmail && Object.keys(config.actors).length > 0) {
      warnings.push(`the GitHub actor ${env.GITHUB_ACTOR} has no email under guardrails.actors, so the self-grant guardrail was not checked`);
    }
  }
  // A plan without changes gives nobody access and trips no guardrail: nothing to read or work out.
  if (plan.changes.length === 0) {
    plan.warnings.push(...warnings);
    return { access: { impact: computeImpact([], { members: {}, accounts: {}, people: {} }, {}), guardrails: [] } };
  }
  const facets = changeFacets(plan, run.live);
  const relevant = facets.some(isAccessRelevant);
  const actor: Actor | undefined = actorEmail ? { email: actorEmail } : undefined;
  if (actor && relevant && config.levels.self_grant !== "off") {
    const known = run.live.users.find((u) => u.email?.toLowerCase() === actor.email.toLowerCase());
    const id = known?.id ?? (await findUser(client, actor.email));
    if (id) actor.id = id;
    else warnings.push(`--actor ${actor.email} is no user of this tenant, so the self-grant guardrail was not checked`);
  }
  const extra = guardrailNeeds({ plan, facets, live: run.live, config, ...(actor ? { actor } : {}) });
  const needs = impactNeeds(facets, extra.groups);
  if (extra.requests) needs.requests = true;
  // The plan listed every user already when the configuration names users.
  const listed = run.reads.users || run.reads.everything ? run.live.users.map((u) => ({ id: u.id, email: u.email, status: u.status ?? null })) : undefined;
  const directory: ImpactDirectory = needsNothing(needs) ? { members: {}, accounts: {}, people: {} } : await readImpactDirectory(client, needs, options.progress, listed);
  const labels = labelsOf(plan, run);
  const impact = computeImpact(facets, directory, labels);
  const findings = checkGuardrails({ plan: { ...plan, labels }, facets, live: run.live, desired: loaded.desired, directory, config, secrets: loaded.secrets, ...(actor ? { actor } : {}) });
  const access: PlanAccess = { impact, guardrails: findings, ...(actor ? { actor: actor.email } : {}) };

  plan.warnings.push(...warnings);
  for (const f of findings) {
    if (f.level === "warning") plan.warnings.push(`${f.loc ? `${f.loc.file}:${f.loc.line}:${f.loc.col}: ` : ""}[${f.code}] ${f.message}`);
  }
  const errors: Problem[] = findings
    .filter((f) => f.level === "error")
    .map((f) => ({ loc: f.loc ?? { file: loaded.configFile, line: 1, col: 1 }, message: `[${f.code}] ${f.message}`, code: f.code }));
  const outcome: AccessOutcome = { access };
  if (errors.length > 0) {
    outcome.error = new ConfigValidationError(errors, "GUARDRAIL_VIOLATION", (n) => `the plan trips ${n} guardrail${n === 1 ? "" : "s"} (guardrails: in the project file); nothing was changed`);
  }
  const reasons = accessOverLimits(impact, loaded.project.safety);
  if (reasons.length > 0 && !options.allowAccessImpact) {
    outcome.refusal = new UnsafePlanError(
      "UNSAFE_ACCESS_IMPACT",
      `refusing this plan: ${reasons.join("; ")}. Review who is affected in the plan, then pass --allow-access-impact to go ahead.`,
      { totals: impact.totals },
    );
  }
  return outcome;
}

async function findUser(client: LumosClient, email: string): Promise<string | undefined> {
  const page = await client.call("listUsers", client.api.GET("/users", { params: { query: { search_term: email, exact_match: true } } }));
  return page.items.find((u) => u.email?.toLowerCase() === email.toLowerCase())?.id;
}

/** The plan's labels, plus names of the groups and users its live objects show expanded. */
function labelsOf(plan: Plan, run: PlanRun): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const g of run.live.groups) if (g.name) labels[g.id] = g.name;
  for (const u of run.live.users) if (u.email) labels[u.id] = u.email;
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isRecord(value)) {
      if (typeof value.id === "string") {
        const name = typeof value.email === "string" ? value.email : typeof value.name === "string" ? value.name : undefined;
        if (name && !(value.id in labels)) labels[value.id] = name;
      }
      Object.values(value).forEach(walk);
    }
  };
  const ids = new Set(plan.changes.flatMap((c) => (c.id ? [c.id] : [])));
  for (const objects of Object.values(run.live.kinds)) for (const o of objects) if (ids.has(o.id)) walk(o.data);
  for (const key of ["requestable_permissions", "apps"]) {
    for (const o of run.live.kinds[key] ?? []) {
      const label = typeof o.data.label === "string" ? o.data.label : typeof o.data.user_friendly_label === "string" ? o.data.user_friendly_label : undefined;
      if (label && !(o.id in labels)) labels[o.id] = label;
    }
  }
  for (const c of plan.changes) if (c.kind === "requestable_permission" && c.action === "create") labels[`pending:${c.address}`] = c.address.slice(c.address.indexOf(".") + 1);
  return { ...labels, ...plan.labels };
}
