import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { ConfigError } from "../errors.ts";

/** One sync this tool triggered (or found running) for a schedule's due slot. */
export interface SyncRunRecord {
  environment: string;
  app_id: string;
  app: string;
  /** The due time it served (ISO). */
  slot: string;
  triggered_at: string;
  /** triggered = 202; already_running = 409 (a sync was under way). */
  trigger: "triggered" | "already_running";
  outcome: "SUCCESS" | "FAILED" | "timeout" | null;
}

interface StateFile {
  version: 1;
  runs: Record<string, SyncRunRecord>;
}

/** Records older than this are dropped: no schedule looks further back than its latest slot. */
const KEEP_MS = 40 * 24 * 3600 * 1000;

/**
 * What `sync run` triggered, in `.lumos/sync-runs.json` beside the project file, keyed by
 * environment, app and due slot, so a second run within the same window triggers nothing.
 */
export class SyncRunState {
  private readonly runs: Record<string, SyncRunRecord>;

  constructor(readonly file: string) {
    this.runs = existsSync(file) ? readState(file).runs : {};
  }

  static beside(configDir: string): SyncRunState {
    return new SyncRunState(join(configDir, ".lumos", "sync-runs.json"));
  }

  static key(environment: string, appId: string, slot: string): string {
    return `${environment}|${appId}|${slot}`;
  }

  get(environment: string, appId: string, slot: string): SyncRunRecord | undefined {
    return this.runs[SyncRunState.key(environment, appId, slot)];
  }

  /** The latest record of an app in an environment, for `sync status`. */
  latest(environment: string, appId: string): SyncRunRecord | undefined {
    let best: SyncRunRecord | undefined;
    for (const run of Object.values(this.runs)) {
      if (run.environment !== environment || run.app_id !== appId) continue;
      if (!best || run.triggered_at > best.triggered_at) best = run;
    }
    return best;
  }

  /** Records and writes at once, so an interrupted run never triggers the same slot again. */
  put(record: SyncRunRecord, now: number): void {
    this.runs[SyncRunState.key(record.environment, record.app_id, record.slot)] = record;
    for (const [key, run] of Object.entries(this.runs)) if (Date.parse(run.slot) < now - KEEP_MS) delete this.runs[key];
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ version: 1, runs: this.runs } satisfies StateFile, null, 2)}\n`);
    renameSync(temporary, this.file);
  }
}

function readState(file: string): StateFile {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as unknown;
    if (typeof parsed === "object" && parsed !== null && (parsed as StateFile).version === 1 && typeof (parsed as StateFile).runs === "object") {
      return parsed as StateFile;
    }
    throw new Error("not a sync-runs file (version 1)");
  } catch (error) {
    throw new ConfigError("SYNC_STATE_INVALID", `cannot read ${file}: ${(error as Error).message}; delete it to start over (the next run then triggers every due schedule once)`);
  }
}
