/**
 * Synthesizes a CDKTF app in this process: no `cdktf synth`, no terraform binary. The app's
 * entry (`.ts` through tsx, or `.js`) is imported with CDKTF_OUTDIR pointing at a temporary
 * folder; the app's own `app.synth()` writes manifest.json and one cdk.tf.json per stack there,
 * which are read back. The environment and argv are restored afterwards, and the temporary
 * folder removed unless the caller asked for an output folder of its own.
 *
 * What the app throws, and an app that synthesizes no stack, become ConfigErrors located in the
 * app's own source (the first stack frame in the entry's folder).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire, findSourceMap, type SourceMapping } from "node:module";
import { tmpdir } from "node:os";
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ConfigError } from "../../errors.ts";
import type { SourceLocation } from "../../model/types.ts";

/** One synthesized stack: its name, its cdk.tf.json (path and parsed JSON). */
export interface SynthesizedStack {
  name: string;
  file: string;
  json: Record<string, unknown>;
}

export interface CdktfSynthResult {
  /** The app's entry file (absolute). */
  entry: string;
  stacks: SynthesizedStack[];
}

export interface CdktfSynthOptions {
  /** Keep the output here (created if missing) instead of a temporary folder that is removed. */
  outdir?: string;
  /** Where relative paths in messages start (default: the working directory). */
  cwd?: string;
}

/** Entry files a `sources` pattern or `--cdktf` may name as a CDKTF app. */
export const CDKTF_APP_EXTENSIONS: readonly string[] = [".ts", ".mts", ".cts", ".js", ".mjs", ".cjs"];

export function isCdktfAppEntry(path: string): boolean {
  return CDKTF_APP_EXTENSIONS.includes(extname(path)) && !path.endsWith(".d.ts");
}

interface Manifest {
  stacks?: Record<string, { name?: string; synthesizedStackPath?: string }>;
}

/** Environment variables the synth sets; everything else the app changes is put back as well. */
const SYNTH_ENV = { SYNTH_HCL_OUTPUT: "false", CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: undefined, CDKTF_TARGET_STACK_ID: undefined } as const;

/** The app runs with its own CDKTF_OUTDIR; the rest of the process sees none of it afterwards. */
async function withSynthEnvironment<T>(outdir: string, entry: string, run: () => Promise<T>): Promise<T> {
  const env = { ...process.env };
  const argv = [...process.argv];
  process.env.CDKTF_OUTDIR = outdir;
  for (const [name, value] of Object.entries(SYNTH_ENV)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  process.argv = [process.argv[0] ?? process.execPath, entry];
  try {
    return await run();
  } finally {
    for (const name of Object.keys(process.env)) if (!(name in env)) delete process.env[name];
    Object.assign(process.env, env);
    process.argv = argv;
  }
}

/** Whether Node runs the entry as CommonJS: by its extension, else by the nearest package.json's `type`. */
export function isCommonJsEntry(entry: string): boolean {
  if (/\.c[jt]s$/.test(entry)) return true;
  if (/\.m[jt]s$/.test(entry)) return false;
  for (let dir = dirname(entry); ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        return (JSON.parse(readFileSync(manifest, "utf8")) as { type?: unknown }).type !== "module";
      } catch {
        return true;
      }
    }
    if (dirname(dir) === dir) return true;
  }
}

type TsxEsm = { tsImport: (specifier: string, parent: string) => Promise<unknown> };
type TsxCjs = { require: (id: string, from: string) => unknown };

/** tsx's loaders, loaded by a name the bundler leaves alone: the published bundle does not carry tsx. */
async function tsx<T>(api: "tsx/esm/api" | "tsx/cjs/api", entry: string): Promise<T> {
  const specifier: string = api;
  try {
    return (await import(specifier)) as T;
  } catch {
    throw new ConfigError("CDKTF_NO_TSX", `${entry} is TypeScript, and running it needs tsx: npm install --save-dev tsx (or compile the app and name its .js entry)`, {
      at: { file: entry, line: 1, col: 1 },
    });
  }
}

/**
 * Runs the entry: ES modules through tsx's scoped import (or a plain import for JavaScript),
 * CommonJS (what `cdktf init` makes) through tsx's require. Every synth evaluates the app's
 * own files again rather than reusing the module caches.
 */
async function importEntry(entry: string): Promise<void> {
  const typescript = !/\.[cm]?js$/.test(entry);
  if (isCommonJsEntry(entry)) {
    const require = createRequire(import.meta.url);
    const root = dirname(entry) + sep;
    for (const key of Object.keys(require.cache)) if (key.startsWith(root) && !key.includes(`${sep}node_modules${sep}`)) delete require.cache[key];
    if (typescript) (await tsx<TsxCjs>("tsx/cjs/api", entry)).require(entry, import.meta.url);
    else require(entry);
    return;
  }
  const url = pathToFileURL(entry).href;
  if (!typescript) {
    await import(`${url}?synth=${Date.now()}-${Math.random()}`);
    return;
  }
  await (await tsx<TsxEsm>("tsx/esm/api", entry)).tsImport(url, import.meta.url);
}

/**
 * Where in the app's own files an error was thrown: the first frame in the entry's folder,
 * mapped back to the TypeScript source through the loader's source map when there is one (a
 * host that formats stack traces itself leaves positions in the compiled code).
 */
export function locateInApp(error: unknown, entry: string, cwd: string = process.cwd()): SourceLocation {
  const root = dirname(entry);
  const stack = error instanceof Error && typeof error.stack === "string" ? error.stack : "";
  for (const match of stack.matchAll(/(?:\(|at )((?:file:\/\/)?\/[^():\s]+):(\d+):(\d+)\)?/g)) {
    const raw = match[1]!;
    const file = raw.startsWith("file://") ? fileURLToPath(raw.replace(/\?.*$/, "")) : raw;
    if (!file.startsWith(root + sep) || file.includes(`${sep}node_modules${sep}`)) continue;
    let line = Number(match[2]);
    let col = Number(match[3]);
    // tsx maps positions back to the source itself; a frame still naming tsx's module
    // namespace was formatted by a host that did not, and is mapped here.
    const unmapped = /[?&](?:tsx-)?namespace=/.test(raw);
    const mapped: Partial<SourceMapping> = (unmapped ? findSourceMap(raw)?.findEntry(line - 1, col - 1) : undefined) ?? {};
    if (mapped.originalLine !== undefined && mapped.originalColumn !== undefined) {
      line = mapped.originalLine + 1;
      col = mapped.originalColumn + 1;
    }
    return { file: displayPath(file, cwd), line, col };
  }
  return { file: displayPath(entry, cwd), line: 1, col: 1 };
}

function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith("..") || isAbsolute(rel) ? file : rel;
}

/** The error's first line; when that line introduces a list (CDKTF's validation errors), the list too. */
function summary(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  if (lines.length === 0) return "it threw without a message";
  return lines[0]!.endsWith(":") ? [lines[0], ...lines.slice(1, 6)].join(" ") : lines[0]!;
}

/**
 * Synthesizes the CDKTF app whose entry is `entryPath` and returns every stack's cdk.tf.json.
 * Throws a located ConfigError when the app fails or synthesizes no stack.
 */
export async function synthesizeCdktfApp(entryPath: string, options: CdktfSynthOptions = {}): Promise<CdktfSynthResult> {
  const cwd = options.cwd ?? process.cwd();
  const entry = resolve(cwd, entryPath);
  const at = { file: displayPath(entry, cwd), line: 1, col: 1 };
  if (!existsSync(entry) || !statSync(entry).isFile()) {
    throw new ConfigError("CDKTF_APP_NOT_FOUND", `no CDKTF app at ${entryPath}; name the app's entry file (e.g. main.ts)`, { at });
  }
  const temporary = options.outdir === undefined ? mkdtempSync(join(tmpdir(), "lumos-cdktf-")) : undefined;
  // App() creates its outdir without `recursive`: the parent must exist.
  const outdir = options.outdir === undefined ? join(temporary!, "out") : resolve(cwd, options.outdir);
  mkdirSync(dirname(outdir), { recursive: true });
  try {
    // Stack traces through tsx's source maps point at the app's own lines.
    const sourceMaps = process.sourceMapsEnabled;
    process.setSourceMapsEnabled(true);
    try {
      await withSynthEnvironment(outdir, entry, () => importEntry(entry));
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError("CDKTF_SYNTH_FAILED", `the CDKTF app failed: ${summary(error)}`, { at: locateInApp(error, entry, cwd) });
    } finally {
      process.setSourceMapsEnabled(sourceMaps);
    }
    const manifestPath = join(outdir, "manifest.json");
    const manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest) : undefined;
    const entries = Object.entries(manifest?.stacks ?? {});
    if (entries.length === 0) {
      throw new ConfigError(
        "CDKTF_NO_STACKS",
        manifest
          ? "the CDKTF app synthesized no stacks; add a TerraformStack to the App before app.synth()"
          : "the CDKTF app wrote nothing; create an App, add a TerraformStack and call app.synth() at the end of the entry file",
        { at },
      );
    }
    const stacks = entries.map(([name, stack]) => {
      const file = join(outdir, stack.synthesizedStackPath ?? join("stacks", name, "cdk.tf.json"));
      return { name, file, json: JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown> };
    });
    return { entry, stacks };
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}
