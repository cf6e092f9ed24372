/**
 * Puts Stoplight Prism, loaded with the published Lumos OpenAPI document, in front of the
 * simulator as a validating proxy and drives the tool itself through it: plan, apply, drift,
 * import, prune and credential rotation of examples/basic (the demo tenant) and of a second
 * tenant with UI-connected apps and SYNCED permissions (src/simulator/seeds/globex.yaml), plus
 * requests that Lumos answers 404, 409 and 429. It fails on any violation Prism reports (the
 * `sl-violations` header and its log) and on any public operation the tool's source calls that
 * the run did not exercise.
 *
 * Extension operations (x-lumos-extension) are not in the published document: they go straight
 * to the simulator, not through Prism.
 *
 *   npm run check:prism                       (fetches @stoplight/prism-cli@5.14.2 with npx)
 *   PRISM_BIN=/path/to/prism npm run check:prism
 *   LUMOS_OPENAPI=/path/to/original-openapi.json npm run check:prism
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { main as cli } from "../src/cli/main.ts";
import type { Output } from "../src/cli/output.ts";
import { LumosClient } from "../src/remote/client.ts";
import { Simulator } from "../src/simulator/server.ts";
import {
  contractOperations,
  coverage,
  key,
  operationsInSource,
  parseViolations,
  routeOf,
  violationsInLog,
  acceptedUndeclared,
  logViolationsBeyond,
  type ContractOperation,
  type Violation,
} from "./prism-check-lib.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SPEC = process.env.LUMOS_OPENAPI ?? fileURLToPath(new URL("../../shared/lumos-openapi/original-openapi.json", import.meta.url));
const SECOND_SEED = join(ROOT, "src/simulator/seeds/globex.yaml");
const TOKEN = "prism-check-token";

const operations: ContractOperation[] = contractOperations(parse(readFileSync(join(ROOT, "schema/lumos-openapi.yaml"), "utf8")));

/** What went through the harness: every request by operation and status, and Prism's reports. */
class Recorder {
  readonly exercised = new Map<string, Map<number, number>>();
  readonly violations: Violation[] = [];
  /** Warnings that an answer's status is not declared, for the statuses provoked on purpose. */
  readonly undeclared: Violation[] = [];
  readonly unmatched = new Set<string>();

  record(operation: string, status: number): void {
    const statuses = this.exercised.get(operation) ?? new Map<number, number>();
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    this.exercised.set(operation, statuses);
  }

  statusSeen(status: number): string[] {
    return [...this.exercised].filter(([op, statuses]) => statuses.has(status) && !isExtension(op)).map(([op]) => op);
  }
}

function isExtension(operation: string): boolean {
  return operations.some((op) => op.extension && key(op) === operation);
}

/** One tenant behind one Prism: the simulator on a port, Prism in front of it. */
interface Stage {
  sim: Simulator;
  upstream: string;
  proxy: string;
  prism: ChildProcess;
  log: () => string;
  /** Undeclared-status warnings accepted in this stage (see acceptedUndeclared). */
  accepted: number;
  /** The fetch the CLI and clients use: public operations via Prism, extensions direct. */
  fetch: (request: Request) => Promise<Response>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function openStage(recorder: Recorder, seed: string | undefined): Promise<Stage> {
  const sim = new Simulator({ token: TOKEN, syncDurationMs: 0, ...(seed ? { seed } : {}) });
  const upstream = await sim.listen(0);
  const port = await freePort();
  const [command, ...prefix] = process.env.PRISM_BIN ? [process.env.PRISM_BIN] : ["npx", "--yes", "@stoplight/prism-cli@5.14.2"];
  const prism = spawn(command!, [...prefix, "proxy", SPEC, upstream, "--port", String(port), "--host", "127.0.0.1"], {
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so that stopping it also stops what npx started.
    detached: true,
  });
  let log = "";
  prism.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  prism.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const proxy = `http://127.0.0.1:${port}`;
  await waitFor(proxy, prism, () => log);
  const fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const op = routeOf(operations, request.method, url.pathname);
    const operation = op ? key(op) : `${request.method} ${url.pathname}`;
    if (!op) recorder.unmatched.add(operation);
    // Extension operations are not in Lumos's document: straight to the simulator.
    const target = op?.extension ? new URL(url.pathname + url.search, upstream) : url;
    // Buffered: Prism does not read a streamed (chunked) request body.
    const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
    const response = await globalThis.fetch(target, { method: request.method, headers: request.headers, body, signal: request.signal });
    recorder.record(operation, response.status);
    if (!op?.extension) {
      for (const violation of parseViolations(response.headers.get("sl-violations"), operation, response.status)) {
        if (acceptedUndeclared(violation)) {
          recorder.undeclared.push(violation);
          stage.accepted++;
        } else recorder.violations.push(violation);
      }
    }
    return response;
  };
  const stage: Stage = { sim, upstream, proxy, prism, log: () => log, accepted: 0, fetch };
  return stage;
}

/** Stops Prism and the simulator; Prism's log may name violations the headers did not carry. */
async function closeStage(stage: Stage, recorder: Recorder): Promise<void> {
  const exited = new Promise((resolve) => stage.prism.once("exit", resolve));
  if (stage.prism.exitCode === null && stage.prism.pid !== undefined) {
    try {
      process.kill(-stage.prism.pid, "SIGTERM");
    } catch {
      stage.prism.kill("SIGTERM");
    }
    await exited;
  }
  await stage.sim.close();
  for (const line of logViolationsBeyond(violationsInLog(stage.log()), stage.accepted)) {
    recorder.violations.push({ operation: "Prism log", status: 0, location: "", severity: "log", message: line });
  }
}

async function waitFor(url: string, prism: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (prism.exitCode !== null) break;
    try {
      await fetch(`${url}/info`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`Prism did not start:\n${log()}`);
}

interface StepResult {
  name: string;
  ok: boolean;
  detail: string;
}

/** Runs the CLI in-process against the stage's Prism URL; `expect` is the exit code wanted. */
async function run(stage: Stage, results: StepResult[], name: string, args: string[], expect: number, check?: (stdout: string) => string | undefined): Promise<string> {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { out: (l) => out.push(l), err: (l) => err.push(l), stdoutIsTTY: false, stderrIsTTY: false };
  const code = await cli(["node", "lumos-iac", ...args, "--url", stage.proxy], output, {
    target: { fetch: stage.fetch, client: { retry: { maxElapsedMs: 20_000 } } },
  });
  const stdout = out.join("\n");
  const problem = code !== expect ? `exit ${code}, wanted ${expect}\n${stdout}\n${err.join("\n")}` : check?.(stdout);
  results.push({ name, ok: problem === undefined, detail: problem ?? `exit ${code}` });
  process.stderr.write(`${problem === undefined ? "✓" : "✗"} ${name}${problem === undefined ? "" : `: ${problem}`}\n`);
  return stdout;
}

/** examples/basic against the demo tenant. */
async function basicTenant(recorder: Recorder, results: StepResult[]): Promise<void> {
  const stage = await openStage(recorder, undefined);
  const dir = mkdtempSync(join(tmpdir(), "lumos-prism-basic-"));
  try {
    cpSync(join(ROOT, "examples/basic"), join(dir, "examples/basic"), { recursive: true });
    cpSync(join(ROOT, "lumos.config.yaml"), join(dir, "lumos.config.yaml"));
    const config = ["--config", join(dir, "lumos.config.yaml")];
    await run(stage, results, "basic: plan shows the changes", ["plan", ...config, "--detailed-exitcode"], 2);
    await run(stage, results, "basic: plan --out saves a plan", ["plan", ...config, "--out", join(dir, "plan.json")], 0);
    await run(stage, results, "basic: apply the saved plan", ["apply", ...config, join(dir, "plan.json")], 0);
    await run(stage, results, "basic: re-plan is empty", ["plan", ...config, "--detailed-exitcode"], 0);
    await run(stage, results, "basic: rotate credentials", ["apply", ...config, "--auto-approve", "--rotate-credentials"], 0);
    await run(stage, results, "basic: drift finds none", ["drift", ...config], 0);

    // Drift: someone edits an app in the Lumos UI.
    const payroll = stage.sim.tenant.apps.all().find((app) => app.name === "Payroll")!;
    stage.sim.tenant.apps.put(payroll.id, { ...payroll, description: "Edited in the UI" });
    // ...and gives Payroll Admin to another approver: the report reads the identity events of the people it names.
    const admin = stage.sim.tenant.permissions.all().find((p) => p.label === "Payroll Admin")!;
    const alice = stage.sim.tenant.users.all().find((u) => u.email === "alice@acme.example")!;
    const approval = admin.request_config.request_approval_config;
    stage.sim.tenant.permissions.put(admin.id, {
      ...admin,
      request_config: { ...admin.request_config, request_approval_config: { ...approval, approvers: { users: [alice.id], groups: [] } } },
    });
    await run(stage, results, "basic: drift reports the edit", ["drift", ...config], 2);
    await run(stage, results, "basic: apply reverts it", ["apply", ...config, "--auto-approve"], 0);

    await run(stage, results, "basic: import writes the tenant", ["import", "--config", join(dir, "lumos.config.yaml"), "--out", join(dir, "imported")], 0);

    // Updates of every kind the tool can update.
    edit(join(dir, "examples/basic/apps.yaml"), [["Internal payroll system", "Internal payroll system, run by Finance"]]);
    edit(join(dir, "examples/basic/appstore.yaml"), [["Payroll access is reviewed every quarter.", "Payroll access is reviewed every month."]]);
    edit(join(dir, "examples/basic/rules.yaml"), [
      ['    preapproved_permissions: [Expense Submitter]\n    time_based_access: ["Unlimited"]', '    preapproved_permissions: [Expense Submitter]\n    time_based_access: ["30 days"]'],
      ["Every engineer needs video meetings from day one.", "Every engineer needs video meetings from the first day."],
    ]);
    await run(stage, results, "basic: apply updates", ["apply", ...config, "--auto-approve"], 0, (stdout) =>
      /4 to update/.test(stdout) ? undefined : `wanted 4 updates:\n${stdout}`,
    );
    await run(stage, results, "basic: re-plan after updates is empty", ["plan", ...config, "--detailed-exitcode"], 0);

    // 429: Lumos rate-limits; the tool waits for Retry-After and carries on.
    stage.sim.faults.enqueue(
      { fault: "rate_limit", route: "GET /apps", retryAfter: 1 },
      { fault: "rate_limit", route: "GET /appstore/requestable_permissions", retryAfter: 1 },
    );
    await run(stage, results, "basic: plan waits out two 429s", ["plan", ...config, "--detailed-exitcode"], 0, () =>
      stage.sim.faults.pending.length > 0 ? `faults not reached: ${JSON.stringify(stage.sim.faults.pending)}` : undefined,
    );

    // Creates whose answer is lost (applied, then 503): the tool finds what landed.
    writeFileSync(join(dir, "examples/basic/extra.yaml"), EXTRA);
    stage.sim.faults.enqueue(
      { fault: "ambiguous", route: "POST /apps", status: 503 },
      { fault: "ambiguous", route: "POST /appstore/apps", status: 503 },
      { fault: "ambiguous", route: "POST /appstore/requestable_permissions", status: 503 },
    );
    await run(stage, results, "basic: apply recovers three lost answers", ["apply", ...config, "--auto-approve"], 0, () => {
      if (stage.sim.faults.pending.length > 0) return `faults not reached: ${JSON.stringify(stage.sim.faults.pending)}`;
      const wikis = stage.sim.tenant.apps.all().filter((app) => app.name === "Ambiguous Wiki").length;
      return wikis === 1 ? undefined : `${wikis} apps named Ambiguous Wiki`;
    });
    await run(stage, results, "basic: re-plan after the losses is empty", ["plan", ...config, "--detailed-exitcode"], 0);

    // Prune: one app with its AppStore entry and permission, a permission, a rule and an access policy.
    rmSync(join(dir, "examples/basic/extra.yaml"));
    edit(join(dir, "examples/basic/permissions.yaml"), [[/ {2}- app: Payroll\n {4}label: Payroll Approver\n(?: {4,}.*\n)+\n/, ""]]);
    edit(join(dir, "examples/basic/rules.yaml"), [
      [/ {2}- app: Zoom\n {4}justification: Sales hosts webinars\n(?: {4,}.*\n)+/, ""],
      [/access_policies:\n(?:.+\n)+?\n/, "access_policies: []\n\n"],
    ]);
    const kinds = ["apps", "appstore_apps", "requestable_permissions", "pre_approval_rules", "access_policies", "sync_schedules"];
    edit(join(dir, "lumos.config.yaml"), [[/prune:\n(?: {2}.*\n)+/, `prune:\n${kinds.map((k) => `  ${k}: true\n`).join("")}`]]);
    await run(stage, results, "basic: prune plans 6 deletes", ["plan", ...config, "--detailed-exitcode"], 2, (stdout) =>
      /6 to delete/.test(stdout) ? undefined : `wanted 6 deletes:\n${stdout}`,
    );
    await run(stage, results, "basic: prune applies", ["apply", ...config, "--auto-approve", "--allow-deletes"], 0);
    await run(stage, results, "basic: re-plan after prune is empty", ["plan", ...config, "--detailed-exitcode"], 0);

    await direct(stage, results);
  } finally {
    await closeStage(stage, recorder);
    rmSync(dir, { recursive: true, force: true });
  }
}

const EXTRA = `apps:
  - name: Ambiguous Wiki
    category: Other
    description: Created while the answers are lost
appstore_apps:
  - app: Ambiguous Wiki
    request_flow: { discoverability: FULL }
requestable_permissions:
  - app: Ambiguous Wiki
    label: Wiki Editor
    request_config: { appstore_visibility: VISIBLE }
`;

/** Replaces text in a file; each pattern must match, so a changed example cannot skip a step. */
function edit(file: string, changes: [string | RegExp, string][]): void {
  let text = readFileSync(file, "utf8");
  for (const [from, to] of changes) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`${file}: ${String(from)} not found`);
    text = next;
  }
  writeFileSync(file, text);
}

/** 404 and 409 answers, through Prism, with the tool's client. */
async function direct(stage: Stage, results: StepResult[]): Promise<void> {
  const client = new LumosClient({ baseUrl: stage.proxy, token: TOKEN, fetch: stage.fetch, retry: { maxElapsedMs: 0 } });
  const expectStatus = async (name: string, status: number, work: () => Promise<unknown>): Promise<void> => {
    try {
      await work();
      results.push({ name, ok: false, detail: `succeeded, wanted HTTP ${status}` });
    } catch (error) {
      const got = (error as { meta?: { status?: number } }).meta?.status;
      results.push({ name, ok: got === status, detail: `HTTP ${got}` });
    }
  };
  const missing = "00000000-0000-4000-a000-000000000000";
  await expectStatus("404: an app that does not exist", 404, () => client.call("getApp", client.api.GET("/apps/{app_id}", { params: { path: { app_id: missing } } })));
  await expectStatus("404: a permission that does not exist", 404, () =>
    client.call("getRequestablePermission", client.api.GET("/appstore/requestable_permissions/{permission_id}", { params: { path: { permission_id: missing } } })),
  );
  const okta = stage.sim.tenant.apps.all().find((app) => app.name === "Okta")!;
  await expectStatus("409: reconnect a UI-connected app with credentials", 409, () =>
    client.call("reconnectApp", client.api.PUT("/apps/{app_id}", { params: { path: { app_id: okta.id } }, body: { app_class_id: "okta.com", auth: { api_token: "x" } } })),
  );
  const inStore = stage.sim.tenant.appstore.all()[0]!;
  await expectStatus("409: add an app that is already in the AppStore", 409, () =>
    client.call("addAppToAppStore", client.api.POST("/appstore/apps", { body: { app_id: inStore.app_id } })),
  );
}

/** The second tenant: UI-connected apps whose metadata, AppStore settings and SYNCED permissions are managed. */
async function secondTenant(recorder: Recorder, results: StepResult[]): Promise<void> {
  const stage = await openStage(recorder, SECOND_SEED);
  const dir = mkdtempSync(join(tmpdir(), "lumos-prism-globex-"));
  try {
    cpSync(join(ROOT, "scripts/prism-globex"), dir, { recursive: true });
    const config = ["--config", join(dir, "lumos.config.yaml")];
    await run(stage, results, "globex: import the tenant", ["import", ...config, "--out", join(dir, "imported")], 0);
    await run(stage, results, "globex: plan adopts UI-connected apps and SYNCED permissions", ["plan", ...config, "--detailed-exitcode"], 2);
    await run(stage, results, "globex: apply", ["apply", ...config, "--auto-approve"], 0);
    await run(stage, results, "globex: re-plan is empty", ["plan", ...config, "--detailed-exitcode"], 0);
    await run(stage, results, "globex: drift finds none", ["drift", ...config], 0);
    await run(stage, results, "globex: rotate credentials", ["apply", ...config, "--auto-approve", "--rotate-credentials"], 0);
    await run(stage, results, "globex: re-plan after rotation is empty", ["plan", ...config, "--detailed-exitcode"], 0);

    // Drift on a SYNCED permission: someone hides it in the Lumos UI.
    const reader = stage.sim.tenant.permissions.all().find((p) => p.label === "Repo Reader")!;
    stage.sim.tenant.permissions.put(reader.id, { ...reader, request_config: { ...reader.request_config, appstore_visibility: "HIDDEN" } });
    await run(stage, results, "globex: drift reports the SYNCED permission", ["drift", ...config], 2, (stdout) =>
      /Repo Reader/.test(stdout) ? undefined : `Repo Reader not in the drift report:\n${stdout}`,
    );
    await run(stage, results, "globex: apply reverts it", ["apply", ...config, "--auto-approve"], 0);

    // Prune: the pre-approval rule goes; SYNCED permissions are never deleted.
    edit(join(dir, "defs/globex.yaml"), [[/pre_approval_rules:\n(?:.+\n)+?\n/, "pre_approval_rules: []\n\n"]]);
    await run(stage, results, "globex: prune deletes the rule", ["apply", ...config, "--auto-approve"], 0, (stdout) =>
      /1 to delete/.test(stdout) ? undefined : `wanted 1 delete:\n${stdout}`,
    );
    await run(stage, results, "globex: re-plan after prune is empty", ["plan", ...config, "--detailed-exitcode"], 0, () =>
      stage.sim.tenant.permissions.all().every((p) => p.type === "SYNCED") ? undefined : "a permission that is not SYNCED appeared",
    );
  } finally {
    await closeStage(stage, recorder);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  if (!existsSync(SPEC)) {
    process.stderr.write(`the Lumos OpenAPI document is not at ${SPEC}; set LUMOS_OPENAPI\n`);
    return 1;
  }
  process.env.LUMOS_API_TOKEN = TOKEN;
  process.env.NO_COLOR = "1";
  const recorder = new Recorder();
  const results: StepResult[] = [];
  await basicTenant(recorder, results);
  await secondTenant(recorder, results);

  const report = coverage(operations, operationsInSource(ROOT).keys(), recorder.exercised.keys());
  const write = (line: string) => process.stdout.write(`${line}\n`);
  write(`Through Prism (${SPEC}):`);
  for (const r of results) write(`  ${r.ok ? "✓" : "✗"} ${r.name}${r.ok ? "" : `: ${r.detail}`}`);
  write(`\nPublic operations the tool calls: ${report.covered.length + report.missing.length}; exercised: ${report.covered.length}`);
  for (const op of report.covered) write(`  ✓ ${op}  ${[...recorder.exercised.get(op)!].map(([s, n]) => `${s}×${n}`).join(" ")}`);
  for (const op of report.missing) write(`  ✗ ${op}  not exercised`);
  for (const op of report.unknown) write(`  ✗ ${op}  called by the source, not in the contract`);
  if (report.unused.length) write(`Public operations of the contract the tool does not call: ${report.unused.join(", ")}`);
  const wanted = [404, 409, 429].map((status) => ({ status, ops: recorder.statusSeen(status) }));
  for (const { status, ops } of wanted) write(`  ${ops.length ? "✓" : "✗"} HTTP ${status} answered by ${ops.join(", ") || "nothing"}`);
  for (const op of recorder.unmatched) write(`  ✗ ${op}  matches no operation of the contract`);
  const undeclared = new Map<string, number>();
  for (const v of recorder.undeclared) undeclared.set(`${v.operation} → ${v.status}`, (undeclared.get(`${v.operation} → ${v.status}`) ?? 0) + 1);
  write(`\nAnswers whose status the Lumos document does not declare (provoked on purpose; Prism cannot check their bodies):`);
  for (const [answer, count] of undeclared) write(`  · ${answer} ×${count}`);
  write(`\n${recorder.violations.length} violations`);
  for (const v of recorder.violations) write(`  ✗ ${v.operation} → ${v.status}: [${v.severity}] ${v.location} ${v.message}`);
  const failed =
    results.some((r) => !r.ok) ||
    report.missing.length > 0 ||
    report.unknown.length > 0 ||
    recorder.unmatched.size > 0 ||
    wanted.some((w) => w.ops.length === 0) ||
    recorder.violations.length > 0;
  return failed ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
