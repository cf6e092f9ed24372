import type { Action, Plan } from "../model/types.ts";
import { isRecord } from "../kinds/common.ts";
import type { ActivityEntry, IdentityChange, TokenUser } from "../model/activity.ts";
import { escape, inlineCode } from "./render-markdown.ts";
import { printable } from "./summary.ts";

/** Who touched a drifted object, from one activity-log entry. */
export interface Attribution {
  /** The person's email, or their ID when Lumos gives no email. */
  actor: string;
  at: string;
  /** Lumos's readable name of the event ("requestable permission updated"). */
  event: string;
  event_type: string;
}

export interface DriftedObject {
  address: string;
  kind: string;
  /** What apply would do to undo the drift. */
  action: Action;
  id: string | null;
  /** In the tenant, within a kind the configuration prunes, but not declared. */
  created_outside_configuration: boolean;
  /** Deleted in the tenant (declared, but no longer there): the log cannot name it by ID. */
  deleted_outside_configuration: boolean;
  /** Activity on the object after the token's own last write to it (or since the window opened). */
  since: string;
  activity: Attribution[];
  /** People the drifted fields name whose attributes changed in the window (identity events). */
  people_changes: PersonChange[];
}

export interface PersonChange {
  user: string;
  at: string;
  field: string;
  before: string | null;
  after: string | null;
}

export interface DriftReport {
  /** The token's user: its writes are the tool's applies. */
  applied_by: string | null;
  /** The newest write by the token's user in the window: the last apply. */
  last_apply: string | null;
  /** How far back the activity log was read. */
  window_start: string;
  objects: DriftedObject[];
}

/**
 * Joins every drifted object to the activity-log entries that touched it since the tool last
 * wrote it. The tool's writes are those of the token's user; what came after, by anyone else
 * (a person in the Lumos web app, another integration), is the drift's likely cause. Pure.
 */
export function attributeDrift(
  plan: Pick<Plan, "changes"> & Partial<Pick<Plan, "labels">>,
  activity: readonly ActivityEntry[],
  tokenUser: TokenUser | undefined,
  windowStart: string,
  identityChanges: readonly IdentityChange[] = [],
): DriftReport {
  const ours = (entry: ActivityEntry) => tokenUser !== undefined && entry.actor.id === tokenUser.id;
  const lastApply = activity.filter(ours).at(-1)?.at ?? null;
  const objects = plan.changes.map((change): DriftedObject => {
    const touching = change.id ? activity.filter((entry) => entry.targets.includes(change.id!)) : [];
    const people = new Set(change.diff.flatMap((d) => [...usersIn(d.before), ...usersIn(d.after)]));
    // By position, not time: a person's edit in the same millisecond as the apply still counts.
    const lastOwn = touching.findLastIndex(ours);
    const since = lastOwn >= 0 ? touching[lastOwn]!.at : windowStart;
    const after = touching.slice(lastOwn + 1).filter((entry) => !ours(entry));
    return {
      address: change.address,
      kind: change.kind,
      action: change.action,
      id: change.id ?? null,
      created_outside_configuration: change.action === "delete",
      deleted_outside_configuration: change.action === "create",
      since,
      activity: after.map((entry) => ({ actor: entry.actor.email ?? entry.actor.id ?? "unknown", at: entry.at, event: entry.event, event_type: entry.eventType })),
      people_changes: identityChanges
        .filter((c) => people.has(c.userId))
        .map((c) => ({ user: plan.labels?.[c.userId] ?? c.userId, at: c.at, field: c.field, before: c.before, after: c.after })),
    };
  });
  return { applied_by: tokenUser ? (tokenUser.email ?? tokenUser.id) : null, last_apply: lastApply, window_start: windowStart, objects };
}

/** The users a drifted value names (references `{$ref: "user", id}`). */
export function usersIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(usersIn);
  if (!isRecord(value)) return [];
  if (value.$ref === "user" && typeof value.id === "string") return [value.id];
  return Object.values(value).flatMap(usersIn);
}

/** Every user the drifted objects name. */
export function usersNamed(plan: Pick<Plan, "changes">): string[] {
  return [...new Set(plan.changes.flatMap((c) => c.diff.flatMap((d) => [...usersIn(d.before), ...usersIn(d.after)])))];
}

/** One line per drifted object, and one per entry that touched it. */
export function driftText(report: DriftReport): string {
  const lines = [
    `Who changed it (activity log since ${report.window_start}; last apply ${report.last_apply ? `${report.last_apply} by ${report.applied_by}` : `by ${report.applied_by ?? "this token"}: none in that window`}):`,
    "",
  ];
  for (const object of report.objects) {
    // Names, actors and events come from the tenant: shown on their own line, control characters escaped.
    lines.push(`  ${printable(headline(object))}`);
    if (object.activity.length === 0) lines.push(`      ${printable(unattributed(object))}`);
    for (const entry of object.activity) lines.push(`      ${printable(`${entry.at}  ${entry.actor}  ${entry.event} (${entry.event_type})`)}`);
    for (const change of object.people_changes) lines.push(`      ${printable(`${change.at}  ${personChange(change)}`)}`);
  }
  return lines.join("\n");
}

/**
 * A table fit for an issue or a chat message: object, what happened, who, when. Rows beyond
 * `budget` characters are counted, not shown.
 */
export function driftMarkdown(report: DriftReport, budget = Infinity): string {
  const lines = [
    `**Who changed it** (activity log since ${report.window_start}; last apply ${report.last_apply ? `${report.last_apply} by ${cell(report.applied_by ?? "")}` : "not in that window"}):`,
    "",
    "| Object | Drift | Who | When | Event |",
    "|---|---|---|---|---|",
  ];
  const rows: string[] = [];
  for (const object of report.objects) {
    const what = object.created_outside_configuration ? "created outside the configuration" : object.deleted_outside_configuration ? "deleted outside the configuration" : "changed";
    const address = codeCell(object.address);
    if (object.activity.length === 0) rows.push(`| ${address} | ${what} | – | – | ${cell(unattributed(object))} |`);
    for (const entry of object.activity) rows.push(`| ${address} | ${what} | ${cell(entry.actor)} | ${cell(entry.at)} | ${cell(entry.event)} |`);
    for (const change of object.people_changes) rows.push(`| ${address} | names a person who changed | – | ${cell(change.at)} | ${cell(personChange(change))} |`);
  }
  let used = lines.join("\n").length;
  let shown = 0;
  for (const row of rows) {
    if (used + row.length + 1 > budget) break;
    lines.push(row);
    used += row.length + 1;
    shown++;
  }
  if (shown < rows.length) lines.push("", `_${rows.length - shown} more row(s) left out to stay under the message limit; run \`lumos-iac drift --format json\` for all._`);
  return `${lines.join("\n")}\n`;
}

function headline(object: DriftedObject): string {
  if (object.created_outside_configuration) return `${object.address}: created outside the configuration (apply would delete it)`;
  if (object.deleted_outside_configuration) return `${object.address}: deleted outside the configuration (apply would create it)`;
  return `${object.address}: changed`;
}

function unattributed(object: DriftedObject): string {
  if (object.deleted_outside_configuration) return "no attribution: the object is gone, and the log names objects by ID";
  return "no activity-log entry in the window (a sync, or a change older than the window)";
}

function personChange(change: PersonChange): string {
  return `${change.user}: ${change.field} ${change.before ?? "(none)"} → ${change.after ?? "(none)"} (identity event)`;
}

/**
 * Text for a Markdown table cell, as the tenant wrote it: one line, and no cell break, HTML,
 * link, emphasis or @-mention (actors and events come from the tenant, and the table goes into
 * pull-request comments).
 */
function cell(text: string): string {
  return escape(printable(text));
}

/** An address as inline code in a table cell: backticks in it kept (a longer fence), a pipe escaped as tables need even in code. */
function codeCell(text: string): string {
  return inlineCode(printable(text)).replace(/\|/g, "\\|");
}
