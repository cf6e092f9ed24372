import { closest } from "fastest-levenshtein";
import { UsageError } from "../errors.ts";
import { CONFIG_KEYS, KINDS } from "../kinds/registry.ts";
import type { Change, Plan } from "../model/types.ts";
import { renderJson } from "../plan/render-json.ts";
import { renderMarkdown } from "../plan/render-markdown.ts";
import { renderText } from "../plan/render-text.ts";
import type { EngineFlags } from "./engine-flags.ts";
import type { Output } from "./output.ts";

export function renderPlan(plan: Plan, format: EngineFlags["format"], output: Output, title?: string): string {
  if (format === "json") return renderJson(plan);
  if (format === "markdown") return renderMarkdown(plan, title);
  return renderText(plan, { color: output.stdoutIsTTY && !process.env.NO_COLOR && process.env.TERM !== "dumb" });
}

/** Keeps the changes --target/--exclude select, plus what selected creates depend on. */
export function selectChanges(plan: Plan, targets: string[] = [], excludes: string[] = []): Plan {
  if (targets.length === 0 && excludes.length === 0) return plan;
  const matches = (change: Change, patterns: string[]) => patterns.some((p) => addressMatches(change.address, change.kind, p));
  const byAddress = new Map(plan.changes.map((c) => [c.address, c]));
  let keep = new Set(plan.changes.filter((c) => (targets.length === 0 || matches(c, targets)) && !matches(c, excludes)).map((c) => c.address));
  if (targets.length > 0) {
    const queue = [...keep];
    while (queue.length > 0) {
      for (const dep of byAddress.get(queue.pop()!)?.dependsOn ?? []) {
        if (!keep.has(dep) && byAddress.has(dep)) {
          keep.add(dep);
          queue.push(dep);
        }
      }
    }
  }
  const warnings = [...plan.warnings];
  let changed = true;
  while (changed) {
    changed = false;
    for (const address of keep) {
      const missing = byAddress.get(address)?.dependsOn.find((dep) => byAddress.has(dep) && !keep.has(dep));
      if (missing) {
        keep = new Set([...keep].filter((a) => a !== address));
        warnings.push(`${address} left out: it needs ${missing}, which is excluded`);
        changed = true;
      }
    }
  }
  const left = plan.changes.filter((c) => !keep.has(c.address)).length;
  return {
    ...plan,
    changes: plan.changes.filter((c) => keep.has(c.address)),
    unchanged: plan.unchanged,
    warnings: left > 0 ? [...warnings, `${left} change(s) not selected by --target/--exclude`] : warnings,
    ...(left > 0 ? { unselected: left } : {}),
  };
}

/**
 * Refuses a --target/--exclude pattern that matches no declared or live object (a typo would
 * otherwise select nothing and pass), suggesting the closest kind or address.
 */
export function checkSelection(flags: Pick<EngineFlags, "target" | "exclude">, known: Iterable<{ address: string; kind: string }>): void {
  const objects = [...known];
  for (const [flag, patterns] of [["--target", flags.target], ["--exclude", flags.exclude]] as const) {
    for (const pattern of patterns ?? []) {
      if (objects.some((o) => addressMatches(o.address, o.kind, pattern))) continue;
      throw new UsageError(`${flag} ${pattern} matches no declared or live object${suggestion(pattern, objects.map((o) => o.address))}`, { pattern });
    }
  }
}

/** Refuses --rotate-credentials addresses that name no declared object. */
export function checkRotation(rotate: EngineFlags["rotateCredentials"], declared: readonly string[]): void {
  if (!Array.isArray(rotate)) return;
  for (const address of rotate) {
    if (declared.includes(address)) continue;
    // An address, not a kind: the closest declared one (the same letters in another case first).
    const near = declared.find((d) => d.toLowerCase() === address.toLowerCase()) ?? (declared.length > 0 ? closest(address, [...declared]) : undefined);
    const hint = near === undefined ? "; nothing is declared" : `; did you mean ${near}?`;
    throw new UsageError(`--rotate-credentials ${address} names no declared object${hint}`, { address });
  }
}

/** "; did you mean app?": a config key maps to its kind, anything else to the closest kind or address. */
function suggestion(pattern: string, addresses: readonly string[]): string {
  const kinds = CONFIG_KEYS.map((key) => KINDS[key].kind);
  const byKey = CONFIG_KEYS.find((key) => key === pattern.split(".")[0]);
  if (byKey) return `; did you mean ${[KINDS[byKey].kind, ...pattern.split(".").slice(1)].join(".")}?`;
  const candidates = [...new Set([...kinds, ...addresses])].filter((c) => c !== pattern);
  if (candidates.length === 0) return "";
  return `; did you mean ${closest(pattern, candidates)}? (kinds: ${kinds.join(", ")})`;
}

function addressMatches(address: string, kind: string, pattern: string): boolean {
  if (pattern === kind || pattern === address) return true;
  if (!pattern.includes("*")) return address.startsWith(`${pattern}/`);
  const regex = new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return regex.test(address);
}
