import { UsageError } from "../../errors.ts";
import { loadConfig } from "../../load/load-config.ts";
import { openTarget } from "../../session.ts";
import { evaluateSyncs, readSyncView, type SyncEntry, type SyncReport } from "../../sync/runner.ts";
import { SyncRunState } from "../../sync/state.ts";
import type { SyncFlags } from "../commands/sync.ts";
import type { Output } from "../output.ts";
import { progressReporter } from "../progress.ts";
import type { Runner } from "../runner.ts";

export async function syncCommand(flags: SyncFlags, runner: Runner, trigger: boolean): Promise<number> {
  const timeoutMs = trigger ? parseDuration(flags.timeout) : 0;
  const loaded = loadConfig(flags.config, process.env, flags.env === undefined ? {} : { environment: flags.env });
  const target = await openTarget(loaded, { env: flags.env, url: flags.url, ...runner.target });
  try {
    const view = await readSyncView(target.client, loaded.desired.objects);
    const progress = progressReporter(runner.output);
    const sleep = runner.target?.client?.sleep;
    const report = await evaluateSyncs(target.client, view, {
      environment: target.environment,
      state: SyncRunState.beside(loaded.configDir),
      trigger,
      timeoutMs,
      ...(flags.app ? { only: flags.app } : {}),
      ...(flags.dryRun ? { dryRun: true } : {}),
      ...(sleep ? { sleep } : {}),
      progress: (text) => progress.step(text),
    });
    progress.done();
    if (flags.format === "json") runner.output.out(JSON.stringify(report, null, 2));
    else printReport(report, view.unknown, runner.output, trigger);
    return report.ok ? 0 : 1;
  } finally {
    await target.close();
  }
}

/** 90s, 30m, 2h, or plain seconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(s|m|h)?$/.exec(text.trim());
  if (!match) throw new UsageError(`--timeout ${JSON.stringify(text)} is not a duration; write e.g. 90s, 30m or 2h`);
  const unit = { s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? "s") as "s" | "m" | "h"];
  return Number(match[1]) * unit;
}

const ACTION_TEXT: Record<SyncEntry["action"], string> = {
  due: "due now",
  would_trigger: "would trigger (dry run)",
  triggered: "triggered",
  already_running: "already running (in progress)",
  done: "already triggered for this slot",
  ran_by_server: "run by the server's scheduler",
  disabled: "disabled",
};

function printReport(report: SyncReport, unknown: { app: string }[], output: Output, trigger: boolean): void {
  output.out(`Sync schedules in ${report.environment} at ${report.now}${report.server_schedules ? "" : " (this server stores no schedules: the configuration's are enforced here)"}`);
  if (report.syncs.length === 0 && unknown.length === 0) output.out("No sync schedules.");
  for (const entry of report.syncs) {
    const last = entry.last_sync.at ? `${entry.last_sync.at}${entry.last_sync.by === "server" ? " (by the server)" : ""}` : "none known to lumos-iac";
    output.out(`  ${entry.app}  ${entry.cron} ${entry.timezone}  [${entry.source}]`);
    output.out(`    last sync: ${last}, state ${entry.last_sync.state ?? "none"}; due ${entry.due_at}; next ${entry.next_due_at}`);
    output.out(`    ${ACTION_TEXT[entry.action]}${entry.outcome ? `: ${entry.outcome}` : ""}${entry.error ? ` (${entry.error})` : ""}`);
  }
  for (const { app } of unknown) output.out(`  ${app}: no connected app of that name in the tenant; its schedule cannot run`);
  const s = report.summary;
  if (trigger) {
    output.out(
      `${report.dry_run ? "Dry run: " : ""}${s.due} due, ${s.triggered} triggered, ${s.already_running} already running, ${s.succeeded} succeeded, ${s.failed} failed, ${s.not_due} not due.`,
    );
  } else {
    output.out(`${s.due} due, ${s.not_due} not due${unknown.length ? `, ${unknown.length} without an app` : ""}.`);
  }
}
