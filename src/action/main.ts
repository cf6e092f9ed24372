// The action's entry point (see action.yml): `node --import tsx src/action/main.ts locate|run`.
import { spawn } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { locateStep, runAction, type ActionIO, type CliRun } from "./action.ts";
import { ActionInputError, contextFromEnv, inputsFromEnv, writeOutputs } from "./env.ts";
import { GitHubRest } from "./github.ts";

/** The project's own lumos-iac when it has one installed, the action's otherwise. */
function cliPath(workingDirectory: string): string {
  const installed = join(workingDirectory, "node_modules", "lumos-iac", "bin", "lumos-iac.js");
  return existsSync(installed) ? installed : fileURLToPath(new URL("../../bin/lumos-iac.js", import.meta.url));
}

function runCli(path: string, args: string[], cwd: string): Promise<CliRun> {
  return new Promise((done, fail) => {
    // The CLI needs the job's environment (LUMOS_API_TOKEN, ${env:} values), not the GitHub token.
    const { INPUT_GITHUB_TOKEN: _token, ...env } = process.env;
    const child = spawn(process.execPath, [path, ...args], { cwd, env: { ...env, GITHUB_ACTIONS: "true", NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", fail);
    child.on("close", (code) => done({ code: code ?? 1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
  });
}

async function main(phase: string | undefined): Promise<number> {
  const env = process.env;
  const inputs = inputsFromEnv(env);
  const context = contextFromEnv(env);
  mkdirSync(inputs.planDir, { recursive: true });
  const token = env.INPUT_GITHUB_TOKEN?.trim() ?? "";
  if (token === "") throw new ActionInputError("input github-token is empty; the default is the job's github.token");
  const cli = cliPath(inputs.workingDirectory);
  const io: ActionIO = {
    cli: (args) => runCli(cli, args, inputs.workingDirectory),
    github: new GitHubRest({ token, repository: env.GITHUB_REPOSITORY ?? "", ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}) }),
    log: (line) => process.stdout.write(`${line}\n`),
  };
  if (phase !== "locate" && phase !== "run") throw new ActionInputError(`unknown phase "${phase ?? ""}": locate or run`);
  const saved = env.LUMOS_SAVED_PLAN && existsSync(env.LUMOS_SAVED_PLAN) ? env.LUMOS_SAVED_PLAN : undefined;
  const result = phase === "locate" ? await locateStep(inputs, context, io) : await runAction(inputs, context, io, saved);
  if (env.GITHUB_OUTPUT) writeOutputs(env.GITHUB_OUTPUT, result.outputs);
  if (env.GITHUB_STEP_SUMMARY && result.summary !== "") appendFileSync(env.GITHUB_STEP_SUMMARY, `${result.summary}\n`);
  return result.exitCode;
}

try {
  process.exitCode = await main(process.argv[2]);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stdout.write(`::error::lumos-iac action: ${message.replace(/%/g, "%25").replace(/\r?\n/g, "%0A")}\n`);
  process.exitCode = 1;
}
