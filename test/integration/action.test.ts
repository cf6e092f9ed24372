// The GitHub Action's script as a function: the CLI runs in-process against the simulator,
// GitHub is an in-memory fake, and the step's log is a list of lines.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  artifactName,
  commentMarker,
  locateStep,
  runAction,
  splitAnnotations,
  type ActionContext,
  type ActionInputs,
  type ActionIO,
  type ArtifactInfo,
  type GitHubApi,
  type PullRequestOfCommit,
} from "../../src/action/action.ts";
import { ActionInputError, contextFromEnv, inputsFromEnv } from "../../src/action/env.ts";
import { cli, project, writeFiles } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";
import type { Simulator } from "../../src/simulator/server.ts";

const PROJECT = `version: 1
sources: [lumos/*.yaml]
default_environment: staging
environments:
  staging:
    url: http://127.0.0.1:1
    token: \${env:LUMOS_API_TOKEN}
`;

const APPS = `apps:
  - name: Payroll
    category: HR & Learning
    description: Runs payroll
`;

const BAD_APPS = `apps:
  - name: Payroll
    category: Productivity
`;

/** GitHub as far as the action uses it, in memory. */
class FakeGitHub implements GitHubApi {
  comments: { id: number; issue: number; body: string }[] = [];
  issues: { number: number; title: string; body: string; labels: string[]; open: boolean }[] = [];
  pulls: PullRequestOfCommit[] = [];
  artifacts: ArtifactInfo[] = [];
  private next = 100;

  async listIssueComments(issue: number) {
    return this.comments.filter((c) => c.issue === issue).map(({ id, body }) => ({ id, body }));
  }
  async createIssueComment(issue: number, body: string) {
    const id = this.next++;
    this.comments.push({ id, issue, body });
    return id;
  }
  async updateIssueComment(id: number, body: string) {
    const comment = this.comments.find((c) => c.id === id);
    if (!comment) throw new Error(`no comment ${id}`);
    comment.body = body;
  }
  async pullRequestsOfCommit(sha: string) {
    return this.pulls.filter((p) => p.mergeCommitSha === sha);
  }
  async listArtifacts(name: string) {
    return this.artifacts.filter((a) => a.name === name);
  }
  async listOpenIssues(label: string) {
    return this.issues.filter((i) => i.open && i.labels.includes(label)).map(({ number, body }) => ({ number, body }));
  }
  async createIssue(title: string, body: string, labels: string[]) {
    const number = this.next++;
    this.issues.push({ number, title, body, labels, open: true });
    return number;
  }
  async closeIssue(issue: number) {
    const found = this.issues.find((i) => i.number === issue);
    if (!found) throw new Error(`no issue ${issue}`);
    found.open = false;
  }
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setup(files: Record<string, string>, overrides: Partial<ActionInputs> = {}) {
  const { sim } = startSimulator();
  const dir = project({ "lumos.config.yaml": PROJECT, ...files });
  const planDir = mkdtempSync(join(tmpdir(), "lumos-action-"));
  temps.push(planDir);
  const github = new FakeGitHub();
  const log: string[] = [];
  const io: ActionIO = {
    cli: (args) => cli(sim, args, { env: { GITHUB_ACTIONS: "true" } }),
    github,
    log: (line) => log.push(line),
  };
  const inputs = (command: ActionInputs["command"], more: Partial<ActionInputs> = {}): ActionInputs => ({
    command,
    config: join(dir, "lumos.config.yaml"),
    environment: "staging",
    // The in-process CLI prints paths relative to this process's folder, as the real one does to its working directory.
    workingDirectory: process.cwd(),
    planArtifact: "lumos-plan",
    planDir,
    requireSavedPlan: false,
    driftLabel: "lumos-drift",
    ...overrides,
    ...more,
  });
  return { sim, dir, planDir, github, log, io, inputs };
}

const PR: ActionContext = { eventName: "pull_request", sha: "a1b2c3d4e5f6", workspace: "", pullRequest: { number: 7, headSha: "feedbeef0001" }, runUrl: "https://github.example/acme/tenant/actions/runs/41" };

function prContext(dir: string): ActionContext {
  return { ...PR, workspace: dir };
}

/** The plan must now be empty. */
async function replanIsEmpty(sim: Simulator, dir: string): Promise<void> {
  const again = await cli(sim, ["plan", "--config", join(dir, "lumos.config.yaml"), "--detailed-exitcode"]);
  expect(again.code, again.stdout + again.stderr).toBe(0);
}

describe("action: plan on a pull request", () => {
  it("a configuration error: exit 1, annotations on the file, the problem in the comment, no artifact, no write", async () => {
    const t = setup({ "lumos/apps.yaml": BAD_APPS });
    const result = await runAction(t.inputs("plan"), prContext(t.dir), t.io);
    expect(result.exitCode).toBe(1);
    expect(result.outputs["exit-code"]).toBe("1");
    expect(result.outputs["artifact-name"]).toBeUndefined();
    expect(existsSync(join(t.planDir, "lumos-plan.json"))).toBe(false);
    // The annotation names the file relative to the repository, at the line of the mistake.
    const annotations = t.log.filter((l) => l.startsWith("::error "));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(/^::error file=lumos\/apps\.yaml,line=3,col=15::category must be one of/);
    expect(t.github.comments).toHaveLength(1);
    const body = t.github.comments[0]!.body;
    expect(body.startsWith(commentMarker("staging"))).toBe(true);
    expect(body).toContain("### ❌ lumos-iac plan failed for environment `staging`");
    expect(body).toContain("One problem is annotated on the changed files.");
    expect(body).toMatch(/apps\.yaml:3:15: category must be one of .*got "Productivity"/);
    expect(body).not.toContain("::error");
    expect(body).toContain("[Workflow run](https://github.example/acme/tenant/actions/runs/41)");
    expect(t.sim.getStats().writes).toBe(0);
    await replanIsEmpty(t.sim, project({ "lumos.config.yaml": PROJECT, "lumos/apps.yaml": "apps: []\n" }));
  });

  it("changes: the Markdown plan as one sticky comment, updated on the next push; the plan saved for the artifact", async () => {
    const t = setup({ "lumos/apps.yaml": APPS });
    t.github.comments.push({ id: 1, issue: 7, body: "Looks good to me" });
    const first = await runAction(t.inputs("plan"), prContext(t.dir), t.io);
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ "exit-code": "2", "has-changes": "true", "artifact-name": "lumos-plan-staging-pr7", "plan-file": join(t.planDir, "lumos-plan.json") });
    expect(JSON.parse(readFileSync(first.outputs["plan-file"]!, "utf8"))).toHaveProperty("format_version");
    const ours = () => t.github.comments.filter((c) => c.body.includes(commentMarker("staging")));
    expect(ours()).toHaveLength(1);
    const created = ours()[0]!;
    expect(first.outputs["comment-id"]).toBe(String(created.id));
    expect(created.body).toContain("app.Payroll");
    expect(created.body).toContain("Saved as the artifact `lumos-plan-staging-pr7`: merging applies exactly this plan");
    expect(t.log.some((l) => l.startsWith("Posted the plan comment on pull request #7"))).toBe(true);

    // The next push edits the definition: the same comment is updated, the other one kept.
    writeFiles(t.dir, { "lumos/apps.yaml": APPS.replace("Runs payroll", "Pays everyone") });
    const second = await runAction(t.inputs("plan"), { ...prContext(t.dir), sha: "0000ffff1111" }, t.io);
    expect(second.exitCode).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).toBe(created.id);
    expect(ours()[0]!.body).toContain("Pays everyone");
    expect(ours()[0]!.body).not.toContain("Runs payroll");
    expect(t.github.comments).toHaveLength(2);
    expect(t.github.comments[0]!.body).toBe("Looks good to me");
    expect(t.log.some((l) => l.startsWith("Updated the plan comment on pull request #7"))).toBe(true);
    expect(t.sim.getStats().writes).toBe(0);

    // Applied, the next plan has no changes, and says so in the same comment.
    const applied = await runAction(t.inputs("apply"), { eventName: "push", sha: "9999", workspace: t.dir }, t.io, second.outputs["plan-file"]);
    expect(applied.exitCode, applied.summary).toBe(0);
    const third = await runAction(t.inputs("plan"), prContext(t.dir), t.io);
    expect(third.outputs).toMatchObject({ "exit-code": "0", "has-changes": "false" });
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain("Nothing to apply for environment `staging`.");
    await replanIsEmpty(t.sim, t.dir);
  });

  it("two environments keep two comments", async () => {
    const t = setup({ "lumos/apps.yaml": APPS });
    await runAction(t.inputs("plan"), prContext(t.dir), t.io);
    await runAction(t.inputs("plan", { environment: undefined }), prContext(t.dir), t.io);
    expect(t.github.comments.map((c) => c.body.split("\n")[0])).toEqual([commentMarker("staging"), commentMarker(undefined)]);
    await runAction(t.inputs("apply"), { eventName: "push", sha: "1", workspace: t.dir }, t.io);
    await replanIsEmpty(t.sim, t.dir);
  });
});

describe("action: apply on merge", () => {
  it("finds the merged pull request's plan (its last head, unexpired, newest), applies exactly it, and checks the tenant", async () => {
    const t = setup({ "lumos/apps.yaml": APPS });
    const planned = await runAction(t.inputs("plan"), prContext(t.dir), t.io);
    const name = artifactName(t.inputs("plan"), 7);
    t.github.pulls = [{ number: 7, headSha: "feedbeef0001", mergeCommitSha: "merge0007", merged: true }];
    t.github.artifacts = [
      { id: 1, name, runId: 40, headSha: "oldhead00000", createdAt: "2026-01-01T10:00:00Z", expired: false },
      { id: 2, name, runId: 41, headSha: "feedbeef0001", createdAt: "2026-01-01T11:00:00Z", expired: false },
      { id: 3, name, runId: 39, headSha: "feedbeef0001", createdAt: "2026-01-01T09:00:00Z", expired: false },
      { id: 4, name, runId: 42, headSha: "feedbeef0001", createdAt: "2026-01-01T12:00:00Z", expired: true },
    ];
    const push: ActionContext = { eventName: "push", sha: "merge0007", workspace: t.dir };
    const located = await locateStep(t.inputs("apply"), push, t.io);
    expect(located.outputs).toEqual({ found: "true", "run-id": "41", "artifact-name": "lumos-plan-staging-pr7", "pull-request": "7" });

    const applied = await runAction(t.inputs("apply"), push, t.io, planned.outputs["plan-file"]);
    expect(applied.exitCode, applied.summary).toBe(0);
    expect(applied.outputs).toEqual({ applied: "true", "in-sync": "true", "saved-plan": "true" });
    expect(t.log).toContain(`lumos-iac apply ${planned.outputs["plan-file"]} --config ${join(t.dir, "lumos.config.yaml")} --env staging --auto-approve`);
    expect(t.log.some((l) => l.startsWith("::warning"))).toBe(false);
    expect(applied.summary).toContain("✅ The tenant matches the configuration of merge00.");
    await replanIsEmpty(t.sim, t.dir);
  });

  it("refuses the saved plan when the tenant moved since it was made", async () => {
    const t = setup({ "lumos/apps.yaml": APPS });
    const planned = await runAction(t.inputs("plan"), prContext(t.dir), t.io);
    const push: ActionContext = { eventName: "push", sha: "merge0007", workspace: t.dir };
    expect((await runAction(t.inputs("apply"), push, t.io, planned.outputs["plan-file"])).exitCode).toBe(0);
    const writes = t.sim.getStats().writes;
    // The same plan again: Payroll now exists, so what the plan read has moved.
    const again = await runAction(t.inputs("apply"), push, t.io, planned.outputs["plan-file"]);
    expect(again.exitCode).toBe(1);
    expect(again.outputs.applied).toBe("false");
    expect(again.summary).toContain("### ❌ lumos-iac apply failed for environment `staging`");
    expect(again.summary).toMatch(/app\.Payroll/);
    expect(t.sim.getStats().writes).toBe(writes);
    await replanIsEmpty(t.sim, t.dir);
  });

  it("without a saved plan: says so, then plans and applies this commit in one run", async () => {
    const t = setup({ "lumos/apps.yaml": APPS });
    const push: ActionContext = { eventName: "push", sha: "direct00push", workspace: t.dir };
    const located = await locateStep(t.inputs("apply"), push, t.io);
    expect(located.outputs).toEqual({ found: "false", reason: "commit direct0 is not the merge of a pull request" });
    const applied = await runAction(t.inputs("apply"), push, t.io);
    expect(applied.exitCode, applied.summary).toBe(0);
    expect(applied.outputs["saved-plan"]).toBe("false");
    expect(t.log.filter((l) => l.startsWith("::warning::"))).toEqual([
      "::warning::no saved plan of a merged pull request was found for this commit, so this run plans the configuration of direct0 and applies that plan; nobody reviewed it",
    ]);
    expect(applied.summary).toContain("⚠️ no saved plan");
    await replanIsEmpty(t.sim, t.dir);
  });

  it("a pull request whose plan expired, with require-saved-plan: nothing is applied", async () => {
    const t = setup({ "lumos/apps.yaml": APPS }, { requireSavedPlan: true });
    t.github.pulls = [{ number: 8, headSha: "head8", mergeCommitSha: "merge8", merged: true }];
    t.github.artifacts = [{ id: 1, name: artifactName(t.inputs("plan"), 8), runId: 3, headSha: "head8", createdAt: "2026-01-01T00:00:00Z", expired: true }];
    const push: ActionContext = { eventName: "push", sha: "merge8", workspace: t.dir };
    const located = await locateStep(t.inputs("apply"), push, t.io);
    expect(located.outputs.found).toBe("false");
    expect(located.outputs.reason).toBe("pull request #8 has no unexpired artifact lumos-plan-staging-pr8 planned on its last commit head8");
    const refused = await runAction(t.inputs("apply"), push, t.io);
    expect(refused.exitCode).toBe(1);
    expect(t.log.some((l) => l.startsWith("::error::no saved plan of a merged pull request was found for this commit; nothing was applied"))).toBe(true);
    expect(t.sim.getStats().writes).toBe(0);
    await runAction(t.inputs("apply", { requireSavedPlan: false }), push, t.io);
    await replanIsEmpty(t.sim, t.dir);
  });

  it("a saved plan that no longer covers the merged configuration fails the check after apply", async () => {
    const t = setup({ "lumos/apps.yaml": APPS });
    const planned = await runAction(t.inputs("plan"), prContext(t.dir), t.io);
    // The base branch moved before the merge: the merged configuration holds one more change.
    writeFiles(t.dir, { "lumos/apps.yaml": APPS.replace("Runs payroll", "Pays everyone") });
    const push: ActionContext = { eventName: "push", sha: "merge0007", workspace: t.dir };
    const applied = await runAction(t.inputs("apply"), push, t.io, planned.outputs["plan-file"]);
    expect(applied.exitCode).toBe(1);
    expect(applied.outputs).toEqual({ applied: "true", "in-sync": "false" });
    expect(t.log.some((l) => /^::error::the saved plan was applied, but the tenant still differs from the configuration of merge00/.test(l))).toBe(true);
    expect(applied.summary).toContain("Pays everyone");
    await runAction(t.inputs("apply"), { ...push, sha: "next" }, t.io);
    await replanIsEmpty(t.sim, t.dir);
  });
});

describe("action: nightly drift", () => {
  it("opens an issue on drift, comments on it while drift lasts, closes it when the tenant matches", async () => {
    const t = setup({ "lumos/apps.yaml": APPS });
    const ctx: ActionContext = { eventName: "schedule", sha: "main0001", workspace: t.dir };
    const first = await runAction(t.inputs("drift"), ctx, t.io);
    expect(first.exitCode).toBe(0);
    expect(t.github.issues).toHaveLength(1);
    const issue = t.github.issues[0]!;
    expect(first.outputs).toEqual({ drift: "true", issue: String(issue.number) });
    expect(issue.labels).toEqual(["lumos-drift"]);
    expect(issue.title).toBe("Lumos tenant drifted from the configuration (staging)");
    expect(issue.body).toContain("app.Payroll");
    const second = await runAction(t.inputs("drift"), ctx, t.io);
    expect(second.outputs.issue).toBe(String(issue.number));
    expect(t.github.issues).toHaveLength(1);
    expect(t.github.comments.filter((c) => c.issue === issue.number)).toHaveLength(1);

    await runAction(t.inputs("apply"), ctx, t.io);
    const third = await runAction(t.inputs("drift"), ctx, t.io);
    expect(third.outputs).toEqual({ drift: "false", issue: String(issue.number) });
    expect(issue.open).toBe(false);
    expect(t.github.comments.at(-1)!.body).toContain("No drift any more");
    await replanIsEmpty(t.sim, t.dir);
  });

  it("a configuration error fails the job and leaves issues alone", async () => {
    const t = setup({ "lumos/apps.yaml": BAD_APPS });
    const result = await runAction(t.inputs("drift"), { eventName: "schedule", sha: "x", workspace: t.dir }, t.io);
    expect(result.exitCode).toBe(1);
    expect(result.summary).toContain("category must be one of");
    expect(t.github.issues).toEqual([]);
    expect(t.sim.getStats().writes).toBe(0);
    await replanIsEmpty(t.sim, project({ "lumos.config.yaml": PROJECT, "lumos/apps.yaml": "apps: []\n" }));
  });
});

describe("action: inputs and paths", () => {
  it("reads inputs and the pull request from the runner's environment", () => {
    const dir = mkdtempSync(join(tmpdir(), "lumos-event-"));
    temps.push(dir);
    writeFiles(dir, { "event.json": JSON.stringify({ pull_request: { number: 12, head: { sha: "abc" } } }) });
    const env = {
      INPUT_COMMAND: "plan",
      INPUT_ENVIRONMENT: "",
      INPUT_WORKING_DIRECTORY: "infra",
      INPUT_REQUIRE_SAVED_PLAN: "true",
      GITHUB_WORKSPACE: "/repo",
      RUNNER_TEMP: "/tmp/runner",
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_EVENT_PATH: join(dir, "event.json"),
      GITHUB_SHA: "merge",
      GITHUB_SERVER_URL: "https://github.com",
      GITHUB_REPOSITORY: "acme/tenant",
      GITHUB_RUN_ID: "5",
    };
    expect(inputsFromEnv(env)).toEqual({
      command: "plan",
      config: "lumos.config.yaml",
      workingDirectory: "/repo/infra",
      planArtifact: "lumos-plan",
      planDir: "/tmp/runner/lumos-iac",
      requireSavedPlan: true,
      driftLabel: "lumos-drift",
    });
    expect(contextFromEnv(env)).toEqual({ eventName: "pull_request", sha: "merge", workspace: "/repo", pullRequest: { number: 12, headSha: "abc" }, runUrl: "https://github.com/acme/tenant/actions/runs/5" });
    expect(() => inputsFromEnv({ ...env, INPUT_COMMAND: "destroy" })).toThrow(new ActionInputError('input command must be one of plan, apply, drift, not "destroy"'));
    expect(() => inputsFromEnv({ ...env, INPUT_REQUIRE_SAVED_PLAN: "yes" })).toThrow(ActionInputError);
  });

  it("annotation paths are made relative to the repository when lumos-iac runs in a subfolder", () => {
    const split = splitAnnotations("## Plan\n::error file=lumos/apps.yaml,line=3,col=15::bad\n::warning::whole run\nrest", { workingDirectory: "/repo/infra" }, { workspace: "/repo" });
    expect(split.annotations).toEqual(["::error file=infra/lumos/apps.yaml,line=3,col=15::bad", "::warning::whole run"]);
    expect(split.rest).toBe("## Plan\nrest");
  });
});

describe("action.yml and the example workflows", () => {
  const root = new URL("../../", import.meta.url);
  const read = (path: string) => parse(readFileSync(new URL(path, root), "utf8")) as Record<string, unknown>;
  const action = read("action.yml") as { inputs: Record<string, unknown>; outputs: Record<string, { value: string }>; runs: { using: string; steps: { id?: string; env?: Record<string, string> }[] } };

  it("passes every input it declares, and refers only to inputs and step outputs that exist", () => {
    const text = readFileSync(new URL("action.yml", root), "utf8");
    const used = new Set([...text.matchAll(/inputs\.([\w-]+)/g)].map((m) => m[1] ?? ""));
    expect([...used].filter((name) => !(name in action.inputs))).toEqual([]);
    expect(Object.keys(action.inputs).filter((name) => !used.has(name))).toEqual([]);
    // The script reads INPUT_<NAME>, with - and spaces as _.
    for (const step of action.runs.steps) {
      for (const [key, value] of Object.entries(step.env ?? {})) {
        const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)?.[1];
        if (input) expect(key).toBe(`INPUT_${input.replace(/-/g, "_").toUpperCase()}`);
      }
    }
    const ids = new Set(action.runs.steps.map((s) => s.id));
    for (const output of Object.values(action.outputs)) expect(ids.has(/steps\.([\w-]+)\./.exec(output.value)?.[1])).toBe(true);
    expect(action.runs.using).toBe("composite");
  });

  it("the examples run the action with its inputs, one command each, and lock apply per environment", () => {
    const commands: Record<string, string> = { "plan-on-pull-request.yml": "plan", "apply-on-merge.yml": "apply", "nightly-drift.yml": "drift" };
    for (const [file, command] of Object.entries(commands)) {
      const workflow = read(`examples/github-actions/${file}`) as { concurrency: { group: string; "cancel-in-progress": boolean }; jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }> };
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps).filter((s) => s.uses?.includes("lumos-iac"));
      expect(steps, file).toHaveLength(1);
      expect(steps[0]!.with?.command, file).toBe(command);
      expect(Object.keys(steps[0]!.with ?? {}).filter((name) => !(name in action.inputs)), file).toEqual([]);
      if (command === "apply") expect(workflow.concurrency).toEqual({ group: "lumos-iac-apply-production", "cancel-in-progress": false });
    }
  });
});
