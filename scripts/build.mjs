#!/usr/bin/env node
// `npm run build` (also run by `npm ci` through `prepare`): bundles the CLI into dist/ with
// esbuild, so a command starts without compiling TypeScript. bin/lumos-iac.js runs the bundle
// only while it is newer than every source file, and the TypeScript sources otherwise.
import { build } from "esbuild";
import { readFile } from "node:fs/promises";
import { rmSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = `${root}dist`;
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { main: "src/cli/main.ts" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  // Loads its .wasm beside itself; the simulator chunk is only loaded by `simulator`.
  external: ["node-sqlite3-wasm"],
  // Bundled CommonJS dependencies call require().
  banner: { js: 'import { createRequire as __lumosRequire } from "node:module"; const require = __lumosRequire(import.meta.url);' },
  logLevel: "warning",
  plugins: [
    {
      // Sources find files beside them (the contract, the demo seed) through import.meta.url:
      // in the bundle it must still name the source file's place, not the chunk's.
      name: "source-import-meta-url",
      setup(build) {
        build.onLoad({ filter: /\/src\/.*\.ts$/ }, async (args) => {
          const text = await readFile(args.path, "utf8");
          if (!text.includes("import.meta.url")) return undefined;
          const place = `new URL(${JSON.stringify(relative(outdir, args.path))}, import.meta.url).href`;
          return { contents: text.replaceAll("import.meta.url", place), loader: "ts" };
        });
      },
    },
  ],
});
writeFileSync(`${outdir}/BUILT`, `${new Date().toISOString()}\n`);
