/**
 * npm run bench — one run, side by side:
 * 1. a no-change plan of a large tenant (N and 3N apps, each with 10 requestable permissions,
 *    2 pre-approval rules and AppStore settings) at 20 ms per request, against the
 *    per-resource refresh Terraform providers do (one GET per object, 10 in flight), with the
 *    latency floor (requests × latency / requests in flight); the plan's figures are the
 *    median of 5 runs (their range beside it);
 * 2. applies under a rate limit: 3N creates at --rate-limit 50 and N creates at 15;
 * 3. --parallelism 1…64 under a rate limit;
 * 4. cold start of `lumos-iac --help` and `validate`.
 * The simulator runs in its own process (`lumos-iac simulator`), like a remote tenant.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { stringify } from "yaml";
import { applyPlan } from "../src/apply/apply-plan.ts";
import { loadConfig } from "../src/load/load-config.ts";
import { LumosClient } from "../src/remote/client.ts";
import { needsFor } from "../src/remote/read-live.ts";
import { planAgainst, secretReader } from "../src/session.ts";
import { Simulator } from "../src/simulator/server.ts";
import { LARGE, writeTenantConfig } from "./tenant.ts";

const HELP = `usage: npm run bench -- [options]

  --apps N          apps of the smaller plan tenant (default 1000; the larger has 3×N);
                    the applies create 3×N and N apps, the --parallelism runs N/10 each
  --plan-apps LIST  tenant sizes of the plans instead, e.g. 1000 or 500,1500
  --latency-ms N    latency per request for the plans (default 20)
  --only LIST       some of: plan,apply,parallelism,cold (default all)
  --json            print only the JSON report
  --help            this text

Prints a table per part and, last, one JSON line with every figure.`;

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}
const option = (name: string, fallback: number) => {
  const index = args.indexOf(name);
  const value = index >= 0 ? Number(args[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const apps = option("--apps", LARGE.apps);
const latencyMs = option("--latency-ms", 20);
const onlyIndex = args.indexOf("--only");
const parts = new Set(onlyIndex >= 0 ? args[onlyIndex + 1]!.split(",") : ["plan", "apply", "parallelism", "cold"]);
const jsonOnly = args.includes("--json");
const log = (line: string) => {
  if (!jsonOnly) process.stderr.write(`${line}\n`);
};
const out = (text: string) => {
  if (!jsonOnly) process.stdout.write(`${text}\n`);
};

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin/lumos-iac.js");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const STRATEGY = join(ROOT, "bench/strategy.ts");
const MEASURE_CLI = join(ROOT, "bench/measure-cli.mjs");
const TOKEN = "bench-token";
const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), "lumos-bench-"));
const report: Record<string, unknown> = { machine: { node: process.version } };

/** `lumos-iac simulator` in its own process. */
async function simulatorProcess(dataFile: string, flags: string[] = []) {
  const child: ChildProcess = spawn(process.execPath, [BIN, "simulator", "--port", "0", "--data", dataFile, "--token", TOKEN, ...flags], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let text = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      const match = /listening on (\S+)/.exec(text);
      if (match) resolve(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`the simulator exited ${code}`)));
  });
  const control = async (path: string, body?: unknown) => {
    const response = await fetch(`${url}/_simulator/${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return (await response.json()) as { total: number; writes: number; by_route: Record<string, number>; rejected: number; rejected_by_route: Record<string, number> };
  };
  return {
    url,
    stats: () => control("stats"),
    resetStats: () => control("stats/reset", {}),
    faults: (settings: Record<string, unknown>) => control("faults", settings),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** A command of the CLI as a user runs it: wall time, CPU and peak RSS of that process. */
async function cliRun(cliArgs: string[], env: Record<string, string> = {}) {
  const started = performance.now();
  const child = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const proc = spawn(process.execPath, [BIN, ...cliArgs], { env: { ...process.env, NO_COLOR: "1", LUMOS_API_TOKEN: TOKEN, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    proc.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    proc.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    proc.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
  return { ...child, wallMs: Math.round(performance.now() - started) };
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/**
 * The plan's figures are the median run of PLAN_RUNS, after one run not counted (the
 * simulator's code then runs warm, as a tenant's long-running server does). Before each timed
 * strategy the machine rests: on these shared 2-core machines a process started straight after
 * the in-process tenant build (tens of seconds at full load) was measured taking up to half as
 * much CPU again for the same work, and 15 s of rest brought that back.
 */
const PLAN_RUNS = 5;
const REST_MS = 15_000;
const rest = async (what: string) => {
  log(`${what}: resting ${REST_MS / 1000} s before timing…`);
  await new Promise((resolve) => setTimeout(resolve, REST_MS));
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const spread = (ms: number[]) => `${(Math.min(...ms) / 1000).toFixed(2)}–${(Math.max(...ms) / 1000).toFixed(2)}`;
const pct = (value: number) => `${Math.round(value * 100)}%`;

/** A project of `count` apps named `prefix NNNN`. */
function appsProject(dir: string, prefix: string, count: number): string {
  mkdirSync(dir, { recursive: true });
  const list = Array.from({ length: count }, (_, i) => ({ name: `${prefix} ${String(i).padStart(4, "0")}`, category: "Other", description: `App ${i}` }));
  const file = join(dir, "lumos.config.yaml");
  writeFileSync(file, stringify({ version: 1, apps: list }));
  return file;
}

/**
 * The tenant an apply of the configuration produces, built the way apply builds it (planAgainst,
 * then applyPlan through the client into the simulator's handlers), only faster: in memory, then
 * saved to the data file once, and in several independent parts at a time, each with its own
 * client (one client's pacing queue handles a few hundred requests a second at most). A part is
 * a set of changes linked by dependencies, so every change still waits for the ones it needs.
 */
async function buildTenant(loaded: ReturnType<typeof loadConfig>): Promise<Simulator> {
  const simulator = new Simulator({ token: TOKEN, syncDurationMs: 0 });
  const client = () => new LumosClient({ baseUrl: "http://localhost", token: TOKEN, fetch: simulator.fetch, concurrency: 16 });
  const built = await planAgainst(loaded, { environment: "bench", description: "bench", url: "", client: client(), close: async () => {} });
  const changes = built.plan.changes;
  const root = new Map(changes.map((change) => [change.address, change.address]));
  const find = (address: string): string => {
    let top = address;
    while (root.get(top) !== top) top = root.get(top)!;
    root.set(address, top);
    return top;
  };
  for (const change of changes) {
    for (const dependency of change.dependsOn) if (root.has(dependency)) root.set(find(dependency), find(change.address));
  }
  const PARTS = 8;
  const parts = Array.from({ length: PARTS }, () => [] as typeof changes);
  const partOf = new Map<string, number>();
  for (const change of changes) {
    const top = find(change.address);
    if (!partOf.has(top)) partOf.set(top, partOf.size % PARTS);
    parts[partOf.get(top)!]!.push(change);
  }
  const results = await Promise.all(parts.map((part) => applyPlan({ ...built.plan, changes: part }, client(), { secret: secretReader() })));
  const failed = results.flatMap((result) => result.results).find((r) => r.outcome !== "applied");
  if (failed) throw new Error(`building the tenant failed: ${JSON.stringify(failed)}`);
  return simulator;
}

async function planPart(size: number) {
  const dir = join(work, `plan-${size}`);
  const dataFile = join(dir, "tenant.db");
  mkdirSync(dir, { recursive: true });
  writeTenantConfig(join(dir, "config"), { ...LARGE, apps: size });
  const configFile = join(dir, "config/lumos.config.yaml");
  const loaded = loadConfig(configFile);
  log(`plan ${size} apps: building the tenant (${loaded.desired.objects.length} objects) in-process…`);
  const buildStarted = performance.now();
  const simulator = await buildTenant(loaded);
  log(`plan ${size} apps: tenant built in ${((performance.now() - buildStarted) / 1000).toFixed(1)} s`);
  const ids = {
    apps: simulator.tenant.apps.all().filter((a) => a.name.startsWith("Bench App")).map((a) => a.id),
    permissions: simulator.tenant.permissions.all().filter((p) => p.type === "NATIVE").map((p) => p.id),
    rules: simulator.tenant.rules.all().map((r) => r.id),
  };
  writeFileSync(join(dir, "ids.json"), JSON.stringify(ids));
  const reads = needsFor(loaded.desired);
  const pages = (n: number) => Math.max(1, Math.ceil(n / 100));
  const listed = [
    simulator.tenant.apps.size,
    ...(reads.users ? [simulator.tenant.users.size] : []),
    ...(reads.groups ? [simulator.tenant.groups.size] : []),
    simulator.tenant.appstore.size,
    simulator.tenant.permissions.size,
    simulator.tenant.rules.size,
  ];
  const requestFloor = listed.reduce((sum, n) => sum + pages(n), 0) + (reads.kinds.has("inline_webhooks") ? 1 : 0) + reads.settingsFor.size;
  const objects = loaded.desired.objects.length;
  simulator.saveTo(dataFile);
  await simulator.close();

  const sim = await simulatorProcess(dataFile, ["--latency-ms", String(latencyMs)]);
  // The CLI's simulator adds up to 10% jitter; the floor uses the mean.
  const meanLatency = latencyMs * 1.05;
  try {
    const measure = async (strategy: string, input: string) => {
      log(`plan ${size} apps: ${strategy} at ${latencyMs} ms per request…`);
      await sim.resetStats();
      const { stdout } = await run(TSX, [STRATEGY, strategy, sim.url, input], { encoding: "utf8", maxBuffer: 1 << 20 });
      const measured = JSON.parse(stdout.trim().split("\n").pop()!) as { wallMs: number; cpuMs: number; peakRssMb: number; changes: number };
      return { ...measured, requests: (await sim.stats()).total };
    };
    const planOnce = async () => {
      await sim.resetStats();
      const { stdout: planned } = await run(process.execPath, [MEASURE_CLI, "plan", "--config", configFile, "--url", sim.url, "--detailed-exitcode"], {
        encoding: "utf8",
        maxBuffer: 1 << 24,
        env: { ...process.env, LUMOS_API_TOKEN: TOKEN, NO_COLOR: "1" },
      });
      const measured = JSON.parse(planned.trim().split("\n").pop()!) as { code: number; wallMs: number; cpuMs: number; peakRssMb: number };
      if (measured.code !== 0) throw new Error(`the no-change plan exited ${measured.code} (2 = it found changes)`);
      return { ...measured, requests: (await sim.stats()).total };
    };
    await rest(`plan ${size} apps`);
    log(`plan ${size} apps: lumos-iac plan (the bundled CLI) at ${latencyMs} ms per request, ${PLAN_RUNS} runs after one not counted…`);
    await planOnce();
    const runs = [];
    for (let i = 0; i < PLAN_RUNS; i++) runs.push(await planOnce());
    const bulk = [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(runs.length / 2)]!;
    await rest(`plan ${size} apps`);
    const perResource = await measure("per-resource", join(dir, "ids.json"));
    const floorMs = (bulk.requests * meanLatency) / 10;
    const result = {
      apps: size,
      objects,
      request_floor: requestFloor,
      latency_ms: latencyMs,
      "lumos-iac": { requests: bulk.requests, wall_ms: bulk.wallMs, cpu_ms: bulk.cpuMs, peak_rss_mb: bulk.peakRssMb, runs_wall_ms: runs.map((r) => r.wallMs) },
      "per-resource": { requests: perResource.requests, wall_ms: perResource.wallMs, cpu_ms: perResource.cpuMs, peak_rss_mb: perResource.peakRssMb },
      latency_floor_ms: Math.round(floorMs),
      wall_vs_floor: Number((bulk.wallMs / floorMs).toFixed(2)),
      requests_vs_floor: Number((bulk.requests / requestFloor).toFixed(3)),
      less_time_than_per_resource: Number((perResource.wallMs / bulk.wallMs).toFixed(1)),
      fewer_requests_than_per_resource: Number((perResource.requests / bulk.requests).toFixed(1)),
    };
    log(`plan ${size} apps: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await sim.stop();
  }
}

async function applyPart(creates: number, rate: number, parallelism = 10, latency = 0, label = `apply-${creates}-at-${rate}`) {
  const dir = join(work, label);
  const configFile = appsProject(dir, "Rated", creates);
  const sim = await simulatorProcess(join(dir, "tenant.db"), ["--rate-limit", String(rate), "--latency-ms", String(latency)]);
  try {
    await sim.resetStats();
    log(`${label}: ${creates} creates at --rate-limit ${rate}, --parallelism ${parallelism}…`);
    const applied = await cliRun(["apply", "--auto-approve", "--config", configFile, "--url", sim.url, "--parallelism", String(parallelism)]);
    const stats = await sim.stats();
    const failedLine = /(\d+) failed/.exec(applied.stdout + applied.stderr);
    const failed = applied.code === 0 ? 0 : Number(failedLine?.[1] ?? creates);
    // Every request the simulator answered 429, reads included, as it counts them.
    const rejected = stats.rejected;
    const accepted = stats.total - rejected;
    return {
      creates,
      rate_limit: rate,
      parallelism,
      exit_code: applied.code,
      failed,
      wall_ms: applied.wallMs,
      requests: stats.total,
      rejected_requests: rejected,
      rejected_per_write: Number((rejected / creates).toFixed(3)),
      throughput_per_s: Number(((accepted * 1000) / applied.wallMs).toFixed(1)),
      share_of_limit: Number(((accepted * 1000) / applied.wallMs / rate).toFixed(3)),
    };
  } finally {
    await sim.stop();
  }
}

async function coldStart() {
  const runs = 9;
  const measure = async (cliArgs: string[]) => {
    const times: number[] = [];
    await cliRun(cliArgs); // warm the file cache
    for (let i = 0; i < runs; i++) times.push((await cliRun(cliArgs)).wallMs);
    return { median_ms: median(times), min_ms: Math.min(...times), max_ms: Math.max(...times) };
  };
  log("cold start…");
  const nodeAlone = await (async () => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await run(process.execPath, ["-e", "0"]);
      times.push(Math.round(performance.now() - started));
    }
    return { median_ms: median(times), min_ms: Math.min(...times), max_ms: Math.max(...times) };
  })();
  return {
    help: await measure(["--help"]),
    validate: await measure(["validate", "--config", join(ROOT, "lumos.config.yaml")]),
    node_alone: nodeAlone,
  };
}

try {
  // What `npm ci` builds; commands run from it as a user's do.
  await run(process.execPath, [join(ROOT, "scripts/build.mjs")]);
  if (parts.has("plan")) {
    const sizesIndex = args.indexOf("--plan-apps");
    const sizes = sizesIndex >= 0 ? args[sizesIndex + 1]!.split(",").map(Number) : [apps, apps * 3];
    const plans = [];
    for (const size of sizes) plans.push(await planPart(size));
    report.plan = plans;
    out(`\nNo-change plan at ${latencyMs} ms per request (10 requests in flight; lumos-iac: median of ${PLAN_RUNS} runs, their range in brackets)\n`);
    out(
      table(
        ["apps / objects", "strategy", "requests", "wall", "CPU", "peak RSS", "floor", "wall ÷ floor", "per-resource ÷ lumos-iac"],
        plans.flatMap((p) => [
          [`${p.apps} / ${p.objects}`, "lumos-iac", String(p["lumos-iac"].requests), `${(p["lumos-iac"].wall_ms / 1000).toFixed(2)} s (${spread(p["lumos-iac"].runs_wall_ms)})`, `${(p["lumos-iac"].cpu_ms / 1000).toFixed(2)} s`, `${p["lumos-iac"].peak_rss_mb} MB`, `${(p.latency_floor_ms / 1000).toFixed(2)} s`, `${p.wall_vs_floor}×`, `${p.less_time_than_per_resource}× time, ${p.fewer_requests_than_per_resource}× requests`],
          ["", "per-resource", String(p["per-resource"].requests), `${(p["per-resource"].wall_ms / 1000).toFixed(2)} s`, `${(p["per-resource"].cpu_ms / 1000).toFixed(2)} s`, `${p["per-resource"].peak_rss_mb} MB`, "", "", ""],
        ]),
      ),
    );
  }
  if (parts.has("apply")) {
    const applies = [await applyPart(apps * 3, 50), await applyPart(apps, 15)];
    report.apply = applies;
    out(`\nApply under a rate limit (simulator answers 429 beyond the limit)\n`);
    out(
      table(
        ["creates", "rate limit", "failed", "wall", "throughput", "share of limit", "rejected / write"],
        applies.map((a) => [String(a.creates), `${a.rate_limit}/s`, String(a.failed), `${(a.wall_ms / 1000).toFixed(1)} s`, `${a.throughput_per_s}/s`, pct(a.share_of_limit), String(a.rejected_per_write)]),
      ),
    );
  }
  if (parts.has("parallelism")) {
    const creates = Math.max(20, Math.round(apps / 10));
    const sweep = [];
    for (const parallelism of [1, 2, 4, 8, 16, 32, 64]) sweep.push(await applyPart(creates, 50, parallelism, 100, `parallelism-${parallelism}`));
    report.parallelism = sweep;
    out(`\n--parallelism under --rate-limit 50 at 100 ms per request (${creates} creates each)\n`);
    out(
      table(
        ["parallelism", "failed", "wall", "throughput", "share of limit", "rejected / write"],
        sweep.map((a) => [String(a.parallelism), String(a.failed), `${(a.wall_ms / 1000).toFixed(1)} s`, `${a.throughput_per_s}/s`, pct(a.share_of_limit), String(a.rejected_per_write)]),
      ),
    );
  }
  if (parts.has("cold")) {
    const cold = await coldStart();
    report.cold_start = cold;
    out(`\nCold start (median of 9, wall)\n`);
    out(
      table(
        ["command", "median", "min", "max"],
        [
          ["lumos-iac --help", `${cold.help.median_ms} ms`, `${cold.help.min_ms} ms`, `${cold.help.max_ms} ms`],
          ["lumos-iac validate", `${cold.validate.median_ms} ms`, `${cold.validate.min_ms} ms`, `${cold.validate.max_ms} ms`],
          ["node -e 0", `${cold.node_alone.median_ms} ms`, `${cold.node_alone.min_ms} ms`, `${cold.node_alone.max_ms} ms`],
        ],
      ),
    );
  }
  out("");
  process.stdout.write(`${JSON.stringify(report)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
