// The action's entry point as the runner starts it: a child process with the runner's
// environment, the CLI as a child of it, a simulator over HTTP, and GitHub's REST API faked
// by a local HTTP server.
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { Simulator } from "../../src/simulator/server.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/lumos-iac.js");
const GH_TOKEN = "ghs_action-test-token-42";
const dir = mkdtempSync(join(tmpdir(), "lumos-action-e2e-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Request {
  method: string;
  url: string;
  auth: string | undefined;
  body: unknown;
}

/** GitHub's comment endpoints, in memory, over HTTP. */
async function fakeGitHub(): Promise<{ server: Server; url: string; requests: Request[]; comments: { id: number; body: string }[] }> {
  const requests: Request[] = [];
  const comments: { id: number; body: string }[] = [];
  const server = createServer((req, res) => {
    let text = "";
    req.on("data", (c: Buffer) => (text += c.toString()));
    req.on("end", () => {
      const body = text === "" ? undefined : (JSON.parse(text) as { body: string });
      requests.push({ method: req.method ?? "", url: req.url ?? "", auth: req.headers.authorization, body });
      const send = (status: number, value: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(value));
      };
      if (req.method === "GET" && req.url?.startsWith("/repos/acme/tenant/issues/7/comments")) return send(200, comments);
      if (req.method === "POST" && req.url === "/repos/acme/tenant/issues/7/comments" && body) {
        comments.push({ id: 500 + comments.length, body: body.body });
        return send(201, comments.at(-1));
      }
      const edit = /^\/repos\/acme\/tenant\/issues\/comments\/(\d+)$/.exec(req.url ?? "");
      const comment = comments.find((c) => String(c.id) === edit?.[1]);
      if (req.method === "PATCH" && comment && body) {
        comment.body = body.body;
        return send(200, comment);
      }
      send(404, { message: "Not Found" });
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return { server, url: `http://127.0.0.1:${address.port}`, requests, comments };
}

function action(phase: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/action/main.ts", phase], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

function outputs(file: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of readFileSync(file, "utf8").matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) found[m[1]!] = m[3]!;
  return found;
}

describe("the action's entry point, as the runner starts it", () => {
  it("plans a pull request (annotation, then a comment updated in place), and applies the saved plan", async () => {
    const sim = new Simulator({ token: "T", syncDurationMs: 0 });
    const simUrl = await sim.listen(0);
    const github = await fakeGitHub();
    try {
      const workspace = join(dir, "repo");
      const project = join(workspace, "infra");
      mkdirSync(join(project, "lumos"), { recursive: true });
      writeFileSync(join(project, "lumos.config.yaml"), `version: 1\nsources: [lumos/*.yaml]\ndefault_environment: prod\nenvironments:\n  prod: { url: "${simUrl}", token: "\${env:LUMOS_API_TOKEN}" }\n`);
      writeFileSync(join(project, "lumos/apps.yaml"), "apps:\n  - name: Wiki\n    category: Wikis\n");
      const temp = join(dir, "runner");
      mkdirSync(temp, { recursive: true });
      writeFileSync(join(temp, "event.json"), JSON.stringify({ pull_request: { number: 7, head: { sha: "head0007" } } }));
      const runner = (step: string) => {
        const out = join(temp, `${step}.out`);
        writeFileSync(out, "");
        return {
          out,
          env: {
            INPUT_COMMAND: "plan",
            INPUT_ENVIRONMENT: "prod",
            INPUT_WORKING_DIRECTORY: "infra",
            INPUT_GITHUB_TOKEN: GH_TOKEN,
            LUMOS_API_TOKEN: "T",
            GITHUB_WORKSPACE: workspace,
            RUNNER_TEMP: temp,
            GITHUB_OUTPUT: out,
            GITHUB_STEP_SUMMARY: join(temp, "summary.md"),
            GITHUB_EVENT_NAME: "pull_request",
            GITHUB_EVENT_PATH: join(temp, "event.json"),
            GITHUB_SHA: "merge0007",
            GITHUB_REPOSITORY: "acme/tenant",
            GITHUB_API_URL: github.url,
          },
        };
      };

      const bad = runner("bad");
      const failed = await action("run", bad.env);
      expect(failed.code, failed.stdout + failed.stderr).toBe(1);
      expect(failed.stdout).toMatch(/^::error file=infra\/lumos\/apps\.yaml,line=3,col=15::category must be one of/m);
      expect(github.comments).toHaveLength(1);
      expect(github.comments[0]!.body).toContain("### ❌ lumos-iac plan failed for environment `prod`");
      expect(outputs(bad.out)).toEqual({ "exit-code": "1", "has-changes": "false", "comment-id": "500" });
      expect(sim.getStats().writes).toBe(0);

      writeFileSync(join(project, "lumos/apps.yaml"), "apps:\n  - name: Wiki\n    category: Collaboration\n    description: Docs\n");
      const good = runner("good");
      const planned = await action("run", good.env);
      expect(planned.code, planned.stdout + planned.stderr).toBe(0);
      expect(planned.stdout).toContain("Updated the plan comment on pull request #7.");
      expect(github.comments).toHaveLength(1);
      expect(github.comments[0]!.body).toContain("+ app.Wiki");
      const planOutputs = outputs(good.out);
      expect(planOutputs).toMatchObject({ "exit-code": "2", "has-changes": "true", "artifact-name": "lumos-plan-prod-pr7", "plan-file": join(temp, "lumos-iac", "lumos-plan.json") });
      expect(github.requests.every((r) => r.auth === `Bearer ${GH_TOKEN}`)).toBe(true);
      expect(readFileSync(join(temp, "summary.md"), "utf8")).toContain("+ app.Wiki");

      const applyStep = runner("apply");
      const applied = await action("run", { ...applyStep.env, INPUT_COMMAND: "apply", GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: "", LUMOS_SAVED_PLAN: planOutputs["plan-file"]! });
      expect(applied.code, applied.stdout + applied.stderr).toBe(0);
      expect(outputs(applyStep.out)).toEqual({ applied: "true", "in-sync": "true", "saved-plan": "true" });
      for (const run of [failed, planned, applied]) expect(run.stdout + run.stderr).not.toContain(GH_TOKEN);

      const again = await new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, "plan", "--config", join(project, "lumos.config.yaml"), "--detailed-exitcode"], { env: { ...process.env, LUMOS_API_TOKEN: "T" }, stdio: "ignore" });
        child.on("exit", resolve);
      });
      expect(again, "re-plan is empty").toBe(0);
    } finally {
      github.server.close();
      await sim.close();
    }
  }, 120_000);
});
