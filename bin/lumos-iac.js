#!/usr/bin/env node
// Runs the bundle in dist/, which starts without compiling TypeScript. The installed package
// ships only the bundle. In a clone, `npm ci` builds it (through the `prepare` script); while any
// source file is newer than that bundle, or there is none, the TypeScript sources run through
// tsx (a dev dependency) instead, so an edit never runs stale code.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** True in a clone (sources beside the bundle); the installed package has the bundle only. */
function hasSources() {
  return existsSync(`${root}src/cli/main.ts`);
}

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
let main;
if (!hasSources() || (builtAt() ?? -Infinity) >= newestSource()) {
  ({ main } = await import("../dist/main.js"));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli/main.ts"));
}
process.exitCode = await main(process.argv);
