#!/usr/bin/env node
// Runs the bundle that `npm ci` builds into dist/ (through the `prepare` script), which starts
// without compiling TypeScript; while any source file is newer than that bundle, or there is
// none, it runs the TypeScript sources through tsx instead, so an edit never runs stale code.
import { readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

function builtAt() {
  try {
    return statSync(`${root}dist/BUILT`).mtimeMs;
  } catch {
    return undefined;
  }
}

function newestSource() {
  let newest = statSync(`${root}package.json`).mtimeMs;
  for (const entry of readdirSync(`${root}src`, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
  }
  return newest;
}

// A closed pipe (`lumos-iac plan | head`) ends the program quietly, as other CLIs do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const built = builtAt();
let main;
if (built !== undefined && built >= newestSource()) {
  ({ main } = await import("../dist/main.js"));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli/main.ts"));
}
process.exitCode = await main(process.argv);
