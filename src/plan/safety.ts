import { UnsafePlanError, UsageError } from "../errors.ts";
import type { Plan } from "../model/types.ts";

export interface DeleteLimits {
  /** No limits at all (--allow-deletes). */
  allowAll: boolean;
  maxDeletes: number;
  maxDeletePercent: number;
}

/** Below this many managed objects of a kind, the percentage rule does not apply. */
export const PERCENT_RULE_MINIMUM = 10;

/**
 * What each pruned kind's deletes are counted against (from the plan's `managed`): the objects
 * prune covers, or, when it covers fewer than the percentage rule needs, every object of the
 * kind the tool may delete, so a narrow scope never turns the rule off.
 */
export function deleteBases(managed: Plan["managed"]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [kind, counts] of Object.entries(managed ?? {})) out[kind] = counts.inScope >= PERCENT_RULE_MINIMUM ? counts.inScope : counts.all;
  return out;
}

/**
 * Refuses a plan that deletes more than `maxDeletes` objects, or more than `maxDeletePercent`
 * of a kind's existing objects (for kinds with at least 10), unless deletes are allowed.
 * `existing` counts, per kind, the objects the deletes are a share of (see deleteBases).
 */
export function checkDeletes(plan: Plan, existing: Record<string, number>, limits: DeleteLimits): void {
  if (limits.allowAll) return;
  const deletes = plan.changes.filter((c) => c.action === "delete");
  if (deletes.length === 0) return;
  const reasons: string[] = [];
  /** The --max-deletes values that would let this plan through. */
  const lift: string[] = [];
  if (deletes.length > limits.maxDeletes) {
    reasons.push(`it deletes ${deletes.length} objects (limit ${limits.maxDeletes})`);
    lift.push(`--max-deletes ${deletes.length}`);
  }
  let worst = 0;
  const byKind = new Map<string, number>();
  for (const d of deletes) byKind.set(d.kind, (byKind.get(d.kind) ?? 0) + 1);
  for (const [kind, count] of byKind) {
    const total = existing[kind] ?? 0;
    if (total < PERCENT_RULE_MINIMUM) continue;
    const percent = (count / total) * 100;
    if (percent > limits.maxDeletePercent) {
      reasons.push(`it deletes ${count} of ${total} ${kind} objects it manages (${percent.toFixed(0)}%, limit ${limits.maxDeletePercent}%)`);
      worst = Math.max(worst, Math.ceil(percent));
    }
  }
  if (worst > 0) lift.push(`--max-deletes ${worst}%`);
  if (reasons.length > 0) {
    throw new UnsafePlanError(
      "UNSAFE_DELETES",
      `refusing this plan: ${reasons.join("; ")}. Review the deletes in the plan, then pass --allow-deletes or ${lift.join(" ")} to go ahead.`,
      { deletes: deletes.map((d) => d.address) },
    );
  }
}

/**
 * Parses `--max-deletes 25`, `--max-deletes 10%`, or both (the flag is repeatable: one count
 * and one percentage at most) into limits.
 */
export function parseMaxDeletes(values: string | readonly string[], base: DeleteLimits): DeleteLimits {
  let limits = base;
  const seen = new Map<"count" | "percent", string>();
  for (const value of typeof values === "string" ? [values] : values) {
    const match = /^(\d+(?:\.\d+)?)(%)?$/.exec(value.trim());
    if (!match) throw new UsageError(`--max-deletes takes a number or a percentage, e.g. 25 or 10%; got ${JSON.stringify(value)}`);
    const rule = match[2] ? "percent" : "count";
    const earlier = seen.get(rule);
    if (earlier !== undefined) {
      throw new UsageError(`--max-deletes was given two ${rule === "count" ? "counts" : "percentages"} (${earlier} and ${value}); pass at most one count and one percentage, e.g. --max-deletes 20 --max-deletes 30%`);
    }
    seen.set(rule, value);
    const amount = Number(match[1]);
    if (rule === "percent" && amount > 100) throw new UsageError(`--max-deletes ${value}: a percentage goes from 0% to 100%`);
    limits = rule === "percent" ? { ...limits, maxDeletePercent: amount } : { ...limits, maxDeletes: amount };
  }
  return limits;
}

/** The refusal checkDeletes would throw, or undefined when the plan is within the limits. */
export function deleteRefusal(plan: Plan, existing: Record<string, number>, limits: DeleteLimits): UnsafePlanError | undefined {
  try {
    checkDeletes(plan, existing, limits);
    return undefined;
  } catch (error) {
    if (error instanceof UnsafePlanError) return error;
    throw error;
  }
}
