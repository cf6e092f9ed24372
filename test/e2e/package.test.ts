import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** The environment of a shell outside npm: no npm_* settings inherited from `npm test`, no registry. */
function shellEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key) && key !== "LUMOS_API_TOKEN") env[key] = value;
  return { ...env, npm_config_offline: "true", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false", NO_COLOR: "1" };
}

function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, env: shellEnv(), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    throw new Error(`${command} ${args.join(" ")} exited ${failed.status}\n${failed.stdout}\n${failed.stderr}`);
  }
}

/**
 * Packs a copy of the repository (so the build `npm pack` runs does not replace the dist/ other
 * tests run), the way a release would be packed: `npm pack` runs `prepare`, which bundles.
 */
function packTarball(): string {
  const staging = tempDir("lumos-pack-");
  for (const entry of ["package.json", "package-lock.json", "README.md", "LICENSE", "bin", "scripts", "src", "schema"]) {
    cpSync(join(ROOT, entry), join(staging, entry), { recursive: true });
  }
  symlinkSync(realpathSync(join(ROOT, "node_modules")), join(staging, "node_modules"));
  const out = tempDir("lumos-tarball-");
  run("npm", ["pack", "--silent", "--pack-destination", out], staging);
  const [tarball] = readdirSync(out);
  expect(tarball).toBe(`lumos-iac-${VERSION}.tgz`);
  return join(out, tarball!);
}

describe("the packed package", () => {
  it("installs offline into a new project with nothing else; init → validate → plan → apply → re-plan empty; the library imports", { timeout: 180_000 }, () => {
    const tarball = packTarball();
    const files = run("tar", ["tzf", tarball], tmpdir()).trim().split("\n").sort();
    expect(files).toContain("package/dist/main.js");
    expect(files).toContain("package/LICENSE");
    expect(files).toContain("package/schema/lumos-config.schema.json");
    expect(files).toContain("package/node_modules/node-sqlite3-wasm/dist/node-sqlite3-wasm.wasm");
    for (const wasm of ["main.wasm.gz", "web-tree-sitter.wasm", "tree-sitter-terraform.wasm"]) expect(files).toContain(`package/dist/wasm/${wasm}`);
    const sources = (file: string) => (file.endsWith(".ts") && !file.endsWith(".d.ts")) || file.endsWith(".map") || file.startsWith("package/test/");
    expect(files.filter(sources)).toEqual([]);

    const consumer = tempDir("lumos-consumer-");
    writeFileSync(join(consumer, "package.json"), `${JSON.stringify({ name: "acme-lumos", private: true }, null, 2)}\n`);
    run("npm", ["install", "--save-dev", "--offline", tarball], consumer);
    // Only lumos-iac itself: its one dependency is inside it, and nothing of its dev tooling.
    expect(readdirSync(join(consumer, "node_modules")).filter((name) => !name.startsWith("."))).toEqual(["lumos-iac"]);
    const manifest = JSON.parse(readFileSync(join(consumer, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
    expect(Object.keys(manifest.devDependencies)).toEqual(["lumos-iac"]);

    // npx as a user types it (about a second more each); the installed bin for the other steps.
    const npx = (...args: string[]) => run("npx", ["--offline", "lumos-iac", ...args], consumer);
    const bin = (...args: string[]) => run(join(consumer, "node_modules", ".bin", "lumos-iac"), args, consumer);
    expect(bin("--version").trim()).toBe(VERSION);
    expect(npx("init")).toContain("lumos/apps.yaml");
    expect(readFileSync(join(consumer, "lumos", "apps.yaml"), "utf8")).toContain("$schema=../node_modules/lumos-iac/schema/lumos-config.schema.json");
    expect(bin("validate")).toContain("2 objects");
    expect(npx("plan")).toContain("Plan: 2 to create");
    expect(bin("apply", "--auto-approve")).toContain("Apply complete: 2 changes applied.");
    expect(bin("plan", "--detailed-exitcode")).toContain("No changes");
    // Terraform sources, read by the WebAssembly parsers the bundle carries in dist/wasm/.
    mkdirSync(join(consumer, "tf"));
    writeFileSync(join(consumer, "tf", "lumos.config.yaml"), "version: 1\nsources: ['*.tf']\n");
    writeFileSync(join(consumer, "tf", "main.tf"), 'resource "lumos_app" "wiki" {\n  name     = "Wiki"\n  category = lower("OTHER") == "other" ? "Other" : "Internal"\n}\n');
    expect(bin("validate", "--config", join("tf", "lumos.config.yaml"))).toContain("1 object in 2 files");
    // The library, from the bundle too.
    const library = run(process.execPath, ["--input-type=module", "-e", 'const m = await import("lumos-iac"); console.log(typeof m.loadConfig, typeof m.computePlan)'], consumer);
    expect(library.trim()).toBe("function function");
  });
});
