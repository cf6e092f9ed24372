import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";
import { main } from "../../src/cli/main.ts";
import type { Output } from "../../src/cli/output.ts";
import type { LumosClientOptions } from "../../src/remote/client.ts";
import type { Simulator } from "../../src/simulator/server.ts";
import { TOKEN } from "./simulator.ts";

export const SIM_URL = "http://127.0.0.1:1";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process against an in-process simulator, as a user would from a shell. */
export async function cli(
  sim: Simulator,
  args: string[],
  options: { env?: Record<string, string>; client?: Partial<LumosClientOptions> } = {},
): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { out: (l) => out.push(l), err: (l) => err.push(l), stdoutIsTTY: false, stderrIsTTY: false };
  const saved = { ...process.env };
  Object.assign(process.env, { LUMOS_API_TOKEN: TOKEN, NO_COLOR: "1", ...options.env });
  try {
    const code = await main(["node", "lumos-iac", ...args], output, {
      target: { fetch: sim.fetch, client: { sleep: async () => {}, retry: { maxElapsedMs: 2_000 }, ...options.client } },
    });
    return { code, stdout: out.join("\n"), stderr: err.join("\n") };
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary project folder with these files. */
export function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "lumos-project-"));
  dirs.push(dir);
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** plan/apply flags that point the CLI at the in-process simulator. */
export function against(configDir: string, ...rest: string[]): string[] {
  return ["--config", join(configDir, "lumos.config.yaml"), "--url", SIM_URL, ...rest];
}
