/**
 * One measured run, in its own process so its peak RSS is its own:
 *   tsx bench/strategy.ts bulk <url> <config>         lumos-iac's no-change plan in-process (bench.ts measures the bundled CLI instead)
 *   tsx bench/strategy.ts per-resource <url> <ids.json> one GET per declared object, 10 in flight
 * Prints one JSON line: {strategy, requests, wallMs, cpuMs, peakRssMb, changes}.
 */
import { readFileSync } from "node:fs";
import pLimit from "p-limit";
import { loadConfig } from "../src/load/load-config.ts";
import { LumosClient } from "../src/remote/client.ts";
import { openTarget, planAgainst } from "../src/session.ts";

const [strategy, url, input] = process.argv.slice(2) as [string, string, string];
const TOKEN = "bench-token";
const started = performance.now();
let requests = 0;
let changes = 0;

if (strategy === "bulk") {
  const loaded = loadConfig(input);
  const target = await openTarget(loaded, { url }, { LUMOS_API_TOKEN: TOKEN });
  const run = await planAgainst(loaded, target);
  changes = run.plan.changes.length;
  requests = target.client.metrics.total;
} else {
  // How Terraform providers refresh: every resource in state is read by its ID.
  const ids = JSON.parse(readFileSync(input, "utf8")) as { apps: string[]; permissions: string[]; rules: string[] };
  const client = new LumosClient({ baseUrl: url, token: TOKEN, concurrency: 10 });
  // Ten reads at a time, as Terraform's default parallelism. The client also caps requests in
  // flight, but only this limit keeps the other reads from being built (and held) up front.
  const limit = pLimit(10);
  const reads: Promise<unknown>[] = [];
  for (const id of ids.apps) {
    reads.push(limit(() => client.call("getApp", client.api.GET("/apps/{app_id}", { params: { path: { app_id: id } } }))));
    reads.push(limit(() => client.call("getSettings", client.api.GET("/appstore/apps/{app_id}/settings", { params: { path: { app_id: id } } }))));
  }
  for (const id of ids.permissions) {
    reads.push(limit(() => client.call("getPermission", client.api.GET("/appstore/requestable_permissions/{permission_id}", { params: { path: { permission_id: id }, query: { include_inherited_configs: false } } }))));
  }
  for (const id of ids.rules) {
    reads.push(limit(() => client.call("getRule", client.api.GET("/appstore/pre_approval_rules/{pre_approval_rule_id}", { params: { path: { pre_approval_rule_id: id } } }))));
  }
  await Promise.all(reads);
  requests = client.metrics.total;
}

process.stdout.write(
  `${JSON.stringify({
    strategy,
    requests,
    wallMs: Math.round(performance.now() - started),
    cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    changes,
  })}\n`,
);
