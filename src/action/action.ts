// The GitHub Action (action.yml) as a function: what it runs, comments, annotates and outputs.
// Everything GitHub-specific — running the CLI, the REST API, the step's log — comes in
// through ActionIO, so the whole flow runs in tests without GitHub.
import { isAbsolute, join, relative, resolve } from "node:path";

export type ActionCommand = "plan" | "apply" | "drift";

export interface ActionInputs {
  command: ActionCommand;
  /** The project file, relative to the working directory. */
  config: string;
  /** The environment of the project file; its default_environment when absent. */
  environment?: string;
  /** Absolute: where the CLI runs. */
  workingDirectory: string;
  /** The plan artifact's name; the environment and the pull request number are appended. */
  planArtifact: string;
  /** Absolute: a folder for the plan file (the runner's temporary folder). */
  planDir: string;
  /** apply: fail, rather than plan and apply in one run, when no saved plan is found. */
  requireSavedPlan: boolean;
  /** drift: the label of the drift issue. */
  driftLabel: string;
}

export interface ActionContext {
  eventName: string;
  /** The commit the workflow runs on. */
  sha: string;
  /** GITHUB_WORKSPACE: annotation paths are relative to it. */
  workspace: string;
  pullRequest?: { number: number; headSha: string };
  /** A link to this workflow run, for comments and issues. */
  runUrl?: string;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface PullRequestOfCommit {
  number: number;
  headSha: string;
  mergeCommitSha: string | null;
  merged: boolean;
}

export interface ArtifactInfo {
  id: number;
  name: string;
  runId: number;
  headSha: string;
  createdAt: string;
  expired: boolean;
}

/** The few GitHub REST calls the action makes. */
export interface GitHubApi {
  listIssueComments(issue: number): Promise<{ id: number; body: string }[]>;
  createIssueComment(issue: number, body: string): Promise<number>;
  updateIssueComment(id: number, body: string): Promise<void>;
  pullRequestsOfCommit(sha: string): Promise<PullRequestOfCommit[]>;
  listArtifacts(name: string): Promise<ArtifactInfo[]>;
  listOpenIssues(label: string): Promise<{ number: number; body: string }[]>;
  createIssue(title: string, body: string, labels: string[]): Promise<number>;
  closeIssue(issue: number): Promise<void>;
}

export interface ActionIO {
  /** Runs `lumos-iac ARGS` in the working directory with GITHUB_ACTIONS=true. */
  cli(args: string[]): Promise<CliRun>;
  github: GitHubApi;
  /** A line of the step's log; workflow commands (`::error …::`) in it become annotations. */
  log(line: string): void;
}

export interface ActionResult {
  /** The step's exit code: 1 on any failure, 0 otherwise (changes and drift are not failures). */
  exitCode: number;
  /** Step outputs (action.yml passes them on, and uses them to upload and download the plan). */
  outputs: Record<string, string>;
  /** Markdown for the job summary. */
  summary: string;
}

/** GitHub refuses comment and issue bodies over 65,536 characters. */
const MAX_BODY = 65_000;

export function commentMarker(environment: string | undefined): string {
  return `<!-- lumos-iac:plan:${environment ?? "default"} -->`;
}

export function driftMarker(environment: string | undefined): string {
  return `<!-- lumos-iac:drift:${environment ?? "default"} -->`;
}

/** The artifact holding the plan of pull request NUMBER for this environment. */
export function artifactName(inputs: Pick<ActionInputs, "planArtifact" | "environment">, pullRequest?: number): string {
  const env = (inputs.environment ?? "default").replace(/[^A-Za-z0-9._-]+/g, "_");
  return `${inputs.planArtifact}-${env}${pullRequest === undefined ? "" : `-pr${pullRequest}`}`;
}

/** The file name of the plan inside its artifact. */
export const PLAN_FILE = "lumos-plan.json";

function projectArgs(inputs: ActionInputs): string[] {
  return ["--config", inputs.config, ...(inputs.environment === undefined ? [] : ["--env", inputs.environment])];
}

function envLabel(inputs: ActionInputs): string {
  return inputs.environment === undefined ? "the default environment" : `environment \`${inputs.environment}\``;
}

/**
 * Splits the CLI's stdout into workflow commands and the rest. Annotation paths are the CLI's,
 * relative to the working directory; GitHub wants them relative to the repository.
 */
export function splitAnnotations(stdout: string, inputs: Pick<ActionInputs, "workingDirectory">, context: Pick<ActionContext, "workspace">): { annotations: string[]; rest: string } {
  const annotations: string[] = [];
  const rest: string[] = [];
  for (const line of stdout.split("\n")) {
    if (/^::(error|warning|notice)( |::)/.test(line)) {
      annotations.push(
        line.replace(/^(::\w+ (?:[^:]*,)?file=)([^,:]+)/, (_all, head: string, file: string) => {
          const absolute = isAbsolute(file) ? file : resolve(inputs.workingDirectory, file);
          return head + relative(context.workspace, absolute).split("\\").join("/");
        }),
      );
    } else rest.push(line);
  }
  return { annotations, rest: rest.join("\n").trim() };
}

/** A workflow-command message: one line, with %, CR and LF escaped as GitHub expects. */
function commandMessage(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function fence(text: string): string {
  const body = text.trim() === "" ? "(no output)" : text.trim();
  return "```text\n" + body.replace(/```/g, "``\u200b`") + "\n```";
}

function clip(body: string): string {
  if (body.length <= MAX_BODY) return body;
  return body.slice(0, MAX_BODY - 200) + "\n\n_(cut: longer than a comment may be; the job log has all of it)_\n";
}

/** Runs the CLI and passes its messages and annotations to the step's log. */
async function runCli(args: string[], inputs: ActionInputs, context: ActionContext, io: ActionIO): Promise<CliRun & { annotations: string[]; rest: string }> {
  io.log(`lumos-iac ${args.join(" ")}`);
  const result = await io.cli(args);
  const split = splitAnnotations(result.stdout, inputs, context);
  for (const line of split.annotations) io.log(line);
  for (const line of result.stderr.split("\n")) if (line.trim() !== "") io.log(line);
  return { ...result, ...split };
}

export async function runAction(inputs: ActionInputs, context: ActionContext, io: ActionIO, savedPlan?: string): Promise<ActionResult> {
  if (inputs.command === "plan") return planStep(inputs, context, io);
  if (inputs.command === "apply") return applyStep(inputs, context, io, savedPlan);
  return driftStep(inputs, context, io);
}

// ── plan ─────────────────────────────────────────────────────────────────────────────────────

/** The sticky comment's body for a plan run. */
export function planComment(inputs: ActionInputs, context: ActionContext, run: CliRun & { annotations: string[]; rest: string }, artifact?: string): string {
  const lines = [commentMarker(inputs.environment)];
  if (run.code === 1) {
    lines.push(`### ❌ lumos-iac plan failed for ${envLabel(inputs)}`, "");
    if (run.annotations.length > 0) lines.push(`${run.annotations.length === 1 ? "One problem is" : `${run.annotations.length} problems are`} annotated on the changed files.`, "");
    lines.push(fence(run.stderr));
    // A plan refused by the delete threshold is shown before the refusal.
    if (run.rest !== "") lines.push("", run.rest);
  } else {
    lines.push(run.rest);
    if (artifact) {
      lines.push(
        "",
        run.code === 0
          ? `Nothing to apply for ${envLabel(inputs)}.`
          : context.pullRequest
            ? `Saved as the artifact \`${artifact}\`: merging applies exactly this plan, and is refused if the tenant changes first.`
            : `Saved as the artifact \`${artifact}\`.`,
      );
    }
  }
  if (context.runUrl) lines.push("", `<sub>[Workflow run](${context.runUrl}) · commit ${context.sha.slice(0, 7)}</sub>`);
  return clip(lines.join("\n"));
}

/** Updates the pull request's comment that carries MARKER, or creates it. */
export async function stickyComment(github: GitHubApi, issue: number, marker: string, body: string): Promise<{ id: number; created: boolean }> {
  const existing = (await github.listIssueComments(issue)).find((c) => c.body.includes(marker));
  if (existing) {
    await github.updateIssueComment(existing.id, body);
    return { id: existing.id, created: false };
  }
  return { id: await github.createIssueComment(issue, body), created: true };
}

async function planStep(inputs: ActionInputs, context: ActionContext, io: ActionIO): Promise<ActionResult> {
  const planFile = join(inputs.planDir, PLAN_FILE);
  const run = await runCli(["plan", ...projectArgs(inputs), "--format", "markdown", "--detailed-exitcode", "--out", planFile], inputs, context, io);
  const outputs: Record<string, string> = { "exit-code": String(run.code), "has-changes": String(run.code === 2) };
  const artifact = run.code === 1 ? undefined : artifactName(inputs, context.pullRequest?.number);
  if (artifact) Object.assign(outputs, { "plan-file": planFile, "artifact-name": artifact });
  const body = planComment(inputs, context, run, artifact);
  if (context.pullRequest) {
    const comment = await stickyComment(io.github, context.pullRequest.number, commentMarker(inputs.environment), body);
    outputs["comment-id"] = String(comment.id);
    io.log(`${comment.created ? "Posted" : "Updated"} the plan comment on pull request #${context.pullRequest.number}.`);
  }
  return { exitCode: run.code === 1 ? 1 : 0, outputs, summary: body };
}

// ── apply ────────────────────────────────────────────────────────────────────────────────────

export type Located = { found: true; runId: number; artifact: string; pullRequest: number } | { found: false; reason: string };

/**
 * Finds the saved plan of the pull request merged as this commit: the newest unexpired artifact
 * named for that pull request and environment whose run planned the pull request's last head.
 */
export async function locateSavedPlan(inputs: ActionInputs, context: ActionContext, github: GitHubApi): Promise<Located> {
  const pulls = (await github.pullRequestsOfCommit(context.sha)).filter((p) => p.merged);
  const pull = pulls.find((p) => p.mergeCommitSha === context.sha) ?? pulls[0];
  if (!pull) return { found: false, reason: `commit ${context.sha.slice(0, 7)} is not the merge of a pull request` };
  const name = artifactName(inputs, pull.number);
  const candidates = (await github.listArtifacts(name))
    .filter((a) => a.name === name && !a.expired && a.headSha === pull.headSha)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const newest = candidates[0];
  if (!newest) {
    return { found: false, reason: `pull request #${pull.number} has no unexpired artifact ${name} planned on its last commit ${pull.headSha.slice(0, 7)}` };
  }
  return { found: true, runId: newest.runId, artifact: name, pullRequest: pull.number };
}

/** The `locate` phase of apply: outputs that tell the download step which run holds the plan. */
export async function locateStep(inputs: ActionInputs, context: ActionContext, io: ActionIO): Promise<ActionResult> {
  const located = await locateSavedPlan(inputs, context, io.github);
  if (located.found) {
    io.log(`Saved plan: artifact ${located.artifact} of run ${located.runId} (pull request #${located.pullRequest}).`);
    return { exitCode: 0, outputs: { found: "true", "run-id": String(located.runId), "artifact-name": located.artifact, "pull-request": String(located.pullRequest) }, summary: "" };
  }
  io.log(`No saved plan: ${located.reason}.`);
  return { exitCode: 0, outputs: { found: "false", reason: located.reason }, summary: "" };
}

async function applyStep(inputs: ActionInputs, context: ActionContext, io: ActionIO, savedPlan: string | undefined): Promise<ActionResult> {
  const notes: string[] = [];
  let planFile = savedPlan;
  if (planFile === undefined) {
    const reason = "no saved plan of a merged pull request was found for this commit";
    if (inputs.requireSavedPlan) {
      io.log(`::error::${commandMessage(`${reason}; nothing was applied (require-saved-plan is set). Plan the change in a pull request, or run apply with require-saved-plan: false`)}`);
      return { exitCode: 1, outputs: { applied: "false" }, summary: `### ❌ lumos-iac apply: ${reason}; nothing was applied.` };
    }
    const note = `${reason}, so this run plans the configuration of ${context.sha.slice(0, 7)} and applies that plan; nobody reviewed it`;
    io.log(`::warning::${commandMessage(note)}`);
    notes.push(`⚠️ ${note}.`);
    planFile = join(inputs.planDir, PLAN_FILE);
    const plan = await runCli(["plan", ...projectArgs(inputs), "--out", planFile], inputs, context, io);
    if (plan.code !== 0) return applyFailed(inputs, notes, plan, "plan");
    notes.push(fence(plan.rest));
  }
  const apply = await runCli(["apply", planFile, ...projectArgs(inputs), "--auto-approve"], inputs, context, io);
  if (apply.code !== 0) return applyFailed(inputs, notes, apply, "apply");
  notes.push(fence(apply.rest));
  // What was merged must now be what the tenant holds; the saved plan may predate a change of the base branch.
  const check = await runCli(["plan", ...projectArgs(inputs), "--detailed-exitcode"], inputs, context, io);
  if (check.code !== 0) {
    const message =
      check.code === 2
        ? `the saved plan was applied, but the tenant still differs from the configuration of ${context.sha.slice(0, 7)} (it changed after the plan was made, e.g. through another merge): review and apply a new plan`
        : "the saved plan was applied, but the check that follows it failed";
    io.log(`::error::${commandMessage(message)}`);
    notes.push(`❌ ${message}.`, fence(check.code === 2 ? check.rest : check.stderr));
    return { exitCode: 1, outputs: { applied: "true", "in-sync": "false" }, summary: [`### lumos-iac apply to ${envLabel(inputs)}`, ...notes].join("\n\n") };
  }
  notes.push(`✅ The tenant matches the configuration of ${context.sha.slice(0, 7)}.`);
  return { exitCode: 0, outputs: { applied: "true", "in-sync": "true", "saved-plan": String(savedPlan !== undefined) }, summary: [`### lumos-iac apply to ${envLabel(inputs)}`, ...notes].join("\n\n") };
}

function applyFailed(inputs: ActionInputs, notes: string[], run: CliRun & { rest: string }, step: string): ActionResult {
  const lines = [`### ❌ lumos-iac ${step} failed for ${envLabel(inputs)}`, ...notes, fence(run.stderr)];
  if (run.rest !== "") lines.push(fence(run.rest));
  return { exitCode: 1, outputs: { applied: "false" }, summary: lines.join("\n\n") };
}

// ── drift ────────────────────────────────────────────────────────────────────────────────────

async function driftStep(inputs: ActionInputs, context: ActionContext, io: ActionIO): Promise<ActionResult> {
  const run = await runCli(["drift", ...projectArgs(inputs), "--format", "markdown"], inputs, context, io);
  if (run.code === 1) {
    const summary = [`### ❌ lumos-iac drift failed for ${envLabel(inputs)}`, fence(run.stderr)].join("\n\n");
    return { exitCode: 1, outputs: { drift: "unknown" }, summary };
  }
  const marker = driftMarker(inputs.environment);
  const open = (await io.github.listOpenIssues(inputs.driftLabel)).find((issue) => issue.body.includes(marker));
  const link = context.runUrl ? `\n\n<sub>[Workflow run](${context.runUrl})</sub>` : "";
  if (run.code === 0) {
    if (open) {
      await io.github.createIssueComment(open.number, `No drift any more: the tenant matches the configuration of ${context.sha.slice(0, 7)}.${link}`);
      await io.github.closeIssue(open.number);
      io.log(`No drift; closed issue #${open.number}.`);
    } else io.log("No drift.");
    return { exitCode: 0, outputs: { drift: "false", ...(open ? { issue: String(open.number) } : {}) }, summary: run.rest };
  }
  const body = clip(`${marker}\n${run.rest}${link}`);
  let issue: number;
  if (open) {
    issue = open.number;
    await io.github.createIssueComment(issue, body);
    io.log(`Drift; commented on issue #${issue}.`);
  } else {
    issue = await io.github.createIssue(`Lumos tenant drifted from the configuration (${inputs.environment ?? "default environment"})`, body, [inputs.driftLabel]);
    io.log(`Drift; opened issue #${issue}.`);
  }
  return { exitCode: 0, outputs: { drift: "true", issue: String(issue) }, summary: run.rest };
}
