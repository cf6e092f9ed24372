/**
 * npm run bench — a no-change plan of a large tenant (1,000 apps, 10,000 requestable
 * permissions, 2,000 pre-approval rules, AppStore settings for 1,000 apps) against the
 * simulator with 20 ms latency per request, side by side with the per-resource refresh that
 * Terraform providers do (one GET per declared object, 10 in flight).
 *
 * Options: --apps N (default 1000), --latency-ms N (default 20), --json (JSON only).
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { applyPlan } from "../src/apply/apply-plan.ts";
import { loadConfig } from "../src/load/load-config.ts";
import { LumosClient } from "../src/remote/client.ts";
import { needsFor } from "../src/remote/read-live.ts";
import { planAgainst, secretReader } from "../src/session.ts";
import { Simulator } from "../src/simulator/server.ts";
import { LARGE, writeTenantConfig } from "./tenant.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(name);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const size = { ...LARGE, apps: option("--apps", LARGE.apps) };
const latencyMs = option("--latency-ms", 20);
const jsonOnly = args.includes("--json");
const log = (line: string) => {
  if (!jsonOnly) process.stderr.write(`${line}\n`);
};

const dir = mkdtempSync(join(tmpdir(), "lumos-bench-"));
const TOKEN = "bench-token";
const simulator = new Simulator({ token: TOKEN, dataFile: join(dir, "tenant.db"), syncDurationMs: 0 });
try {
  writeTenantConfig(join(dir, "config"), size);
  const configFile = join(dir, "config/lumos.config.yaml");
  const loaded = loadConfig(configFile);

  log(`building the tenant: ${loaded.desired.objects.length} objects, applied through lumos-iac in-process…`);
  const builder = new LumosClient({ baseUrl: "http://localhost", token: TOKEN, fetch: simulator.fetch, concurrency: 32 });
  const built = await planAgainst(loaded, { environment: "bench", description: "bench", url: "", client: builder, close: async () => {} });
  const result = await applyPlan(built.plan, builder, { secret: secretReader() });
  if (!result.ok) throw new Error(`building the tenant failed: ${JSON.stringify(result.results.find((r) => r.outcome !== "applied"))}`);

  const ids = {
    apps: simulator.tenant.apps.all().filter((a) => a.name.startsWith("Bench App")).map((a) => a.id),
    permissions: simulator.tenant.permissions.all().filter((p) => p.type === "NATIVE").map((p) => p.id),
    rules: simulator.tenant.rules.all().map((r) => r.id),
  };
  writeFileSync(join(dir, "ids.json"), JSON.stringify(ids));

  // The floor: one request per 100 objects of every listed kind, plus one settings read per declared app
  // (and the category list, when declared apps set categories).
  const reads = needsFor(loaded.desired);
  const pages = (n: number) => Math.max(1, Math.ceil(n / 100));
  const listed: Record<string, number> = {
    apps: simulator.tenant.apps.size,
    ...(reads.users ? { users: simulator.tenant.users.size } : {}),
    ...(reads.groups ? { groups: simulator.tenant.groups.size } : {}),
    appstore_apps: simulator.tenant.appstore.size,
    requestable_permissions: simulator.tenant.permissions.size,
    pre_approval_rules: simulator.tenant.rules.size,
  };
  const floor =
    Object.values(listed).reduce((sum, n) => sum + pages(n), 0) + (reads.kinds.has("inline_webhooks") ? 1 : 0) + (reads.categories ? 1 : 0) + reads.settingsFor.size;

  simulator.faults.update({ latencyMs, latencyJitterMs: 0 });
  const url = await simulator.listen(0);
  const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
  const script = fileURLToPath(new URL("./strategy.ts", import.meta.url));
  // The simulator serves from this process, so the measured run must not block it.
  const run = promisify(execFile);
  const measure = async (strategy: string, input: string) => {
    log(`measuring ${strategy} at ${latencyMs} ms per request…`);
    simulator.resetStats();
    const { stdout: line } = await run(tsx, [script, strategy, url, input], { encoding: "utf8", maxBuffer: 1 << 20 });
    const measured = JSON.parse(line.trim().split("\n").pop()!) as { requests: number; wallMs: number; peakRssMb: number; changes: number };
    return { ...measured, serverRequests: simulator.getStats().total };
  };
  const bulk = await measure("bulk", configFile);
  const perResource = await measure("per-resource", join(dir, "ids.json"));
  if (bulk.changes !== 0) throw new Error(`the no-change plan found ${bulk.changes} changes`);

  const report = {
    tenant: {
      apps: ids.apps.length,
      requestable_permissions: ids.permissions.length,
      pre_approval_rules: ids.rules.length,
      appstore_settings: simulator.tenant.appstore.size,
      latency_ms: latencyMs,
    },
    request_floor: floor,
    strategies: {
      "lumos-iac (bulk lists + settings per app)": { requests: bulk.serverRequests, wall_ms: bulk.wallMs, peak_rss_mb: bulk.peakRssMb },
      "per-resource refresh (GET per object, 10 in flight)": {
        requests: perResource.serverRequests,
        wall_ms: perResource.wallMs,
        peak_rss_mb: perResource.peakRssMb,
      },
    },
    bulk_vs_floor: Number((bulk.serverRequests / floor).toFixed(3)),
    fewer_requests_than_per_resource: Number((perResource.serverRequests / bulk.serverRequests).toFixed(1)),
    faster_than_per_resource: Number((perResource.wallMs / bulk.wallMs).toFixed(1)),
  };
  if (!jsonOnly) {
    const rows = Object.entries(report.strategies).map(([name, r]) => [name, String(r.requests), `${(r.wall_ms / 1000).toFixed(1)} s`, `${r.peak_rss_mb} MB`]);
    const header = ["strategy", "requests", "wall time", "peak RSS"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
    process.stdout.write(
      [
        `No-change plan: ${report.tenant.apps} apps, ${report.tenant.requestable_permissions} permissions, ${report.tenant.pre_approval_rules} rules, ${report.tenant.appstore_settings} AppStore settings, ${latencyMs} ms per request`,
        "",
        line(header),
        line(widths.map((w) => "-".repeat(w))),
        ...rows.map(line),
        "",
        `request floor ${floor}; lumos-iac used ${report.bulk_vs_floor}× the floor, ${report.fewer_requests_than_per_resource}× fewer requests and ${report.faster_than_per_resource}× less time than per-resource refresh`,
        "",
      ].join("\n"),
    );
  }
  process.stdout.write(`${JSON.stringify(report)}\n`);
} finally {
  await simulator.close();
  rmSync(dir, { recursive: true, force: true });
}
