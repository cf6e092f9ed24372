// How the action's inputs, context and outputs travel on a GitHub runner: environment
// variables set by action.yml, the event file, and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
import { appendFileSync, readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import type { ActionCommand, ActionContext, ActionInputs } from "./action.ts";

type Env = Record<string, string | undefined>;

const COMMANDS: readonly ActionCommand[] = ["plan", "apply", "drift"];

/** Thrown for an input the workflow got wrong; main prints it as an error annotation. */
export class ActionInputError extends Error {}

function input(env: Env, name: string): string | undefined {
  const value = env[`INPUT_${name.replace(/[ -]/g, "_").toUpperCase()}`]?.trim();
  return value === "" ? undefined : value;
}

export function inputsFromEnv(env: Env): ActionInputs {
  const command = input(env, "command");
  if (!command || !(COMMANDS as readonly string[]).includes(command)) {
    throw new ActionInputError(`input command must be one of ${COMMANDS.join(", ")}${command ? `, not "${command}"` : ""}`);
  }
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const requireSaved = input(env, "require-saved-plan") ?? "false";
  if (!["true", "false"].includes(requireSaved)) throw new ActionInputError(`input require-saved-plan must be true or false, not "${requireSaved}"`);
  const environment = input(env, "environment");
  return {
    command: command as ActionCommand,
    config: input(env, "config") ?? "lumos.config.yaml",
    ...(environment === undefined ? {} : { environment }),
    workingDirectory: resolve(workspace, input(env, "working-directory") ?? "."),
    planArtifact: input(env, "plan-artifact") ?? "lumos-plan",
    planDir: resolve(env.RUNNER_TEMP ?? workspace, "lumos-iac"),
    requireSavedPlan: requireSaved === "true",
    driftLabel: input(env, "drift-label") ?? "lumos-drift",
  };
}

export function contextFromEnv(env: Env): ActionContext {
  let event: { pull_request?: { number?: number; head?: { sha?: string } } } = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as typeof event;
    } catch {
      event = {};
    }
  }
  const pr = event.pull_request;
  const runUrl = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    sha: env.GITHUB_SHA ?? "",
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    ...(pr?.number !== undefined && pr.head?.sha ? { pullRequest: { number: pr.number, headSha: pr.head.sha } } : {}),
    ...(runUrl ? { runUrl } : {}),
  };
}

/** Appends step outputs in GITHUB_OUTPUT's name<<DELIMITER form, which takes any value. */
export function writeOutputs(file: string, outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = `EOF_${randomUUID()}`;
    appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
  }
}
