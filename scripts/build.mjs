#!/usr/bin/env node
// `npm run build` (also run by `npm ci` through `prepare`): bundles the CLI into dist/ with
// esbuild, so a command starts without compiling TypeScript (dist/main.js for the CLI,
// dist/index.js for the library; the published package ships these). bin/lumos-iac.js runs the bundle
// only while it is newer than every source file, and the TypeScript sources otherwise.
import { build } from "esbuild";
import { readFile } from "node:fs/promises";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = `${root}dist`;
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  metafile: true,
  entryPoints: { main: "src/cli/main.ts", index: "src/index.ts" },
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
      // jsonc-parser's main file is a UMD wrapper whose require() calls esbuild cannot follow;
      // its ES module build is the same code.
      name: "jsonc-parser-esm",
      setup(build) {
        build.onResolve({ filter: /^jsonc-parser$/ }, () => ({ path: join(root, "node_modules/jsonc-parser/lib/esm/main.js") }));
      },
    },
    {
      // The generated config validator calls require() through createRequire (ajv's standalone
      // code needs a few runtime helpers): dropped here, the calls reach esbuild, which bundles
      // those helpers instead of leaving them for an install that does not have ajv.
      name: "bundle-created-require",
      setup(build) {
        build.onLoad({ filter: /\/src\/load\/generated\/.*\.js$/ }, async (args) => {
          const text = await readFile(args.path, "utf8");
          const contents = text
            .replace('import { createRequire } from "node:module";', "")
            .replace("const require = createRequire(import.meta.url);", "");
          return { contents, loader: "js" };
        });
      },
    },
    {
      // The Terraform parsers (loaded only when a .tf file is read) find their WebAssembly in
      // dist/wasm/ (copied below): hcl2json reads it beside its own CommonJS file otherwise.
      name: "terraform-wasm",
      setup(build) {
        build.onLoad({ filter: /@cdktf\/hcl2json\/lib\/bridge\.js$/ }, async (args) => {
          const text = await readFile(args.path, "utf8");
          const wasm = '(0, path_1.join)(__dirname, "..", "main.wasm.gz")';
          if (!text.includes(wasm)) throw new Error("@cdktf/hcl2json changed: its WebAssembly path is not where the build expects it");
          // `require` is the bundle's own (the banner's), made from the chunk's URL: dist/wasm/ is beside it.
          return { contents: text.replace(wasm, 'require.resolve("./wasm/main.wasm.gz")'), loader: "js" };
        });
        build.onLoad({ filter: /@cdktf\/hcl2json\/wasm\/bridge_wasm_exec\.js$/ }, async (args) => {
          const text = await readFile(args.path, "utf8");
          return { contents: text.replace('require("performance")', 'require("node:perf_hooks").performance'), loader: "js" };
        });
      },
    },
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
const resolveFrom = createRequire(`${root}package.json`);
mkdirSync(`${outdir}/wasm`);
for (const file of ["@cdktf/hcl2json/main.wasm.gz", "web-tree-sitter/web-tree-sitter.wasm", "@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm"]) {
  copyFileSync(resolveFrom.resolve(file), `${outdir}/wasm/${file.split("/").pop()}`);
}
writeFileSync(`${outdir}/THIRD-PARTY-LICENSES.txt`, thirdPartyLicenses(Object.keys(result.metafile.inputs)));
writeFileSync(`${outdir}/BUILT`, `${new Date().toISOString()}\n`);

/** The bundle carries code of these packages: their licence texts travel with it. */
function thirdPartyLicenses(inputs) {
  const packages = new Set();
  for (const input of inputs) {
    // The innermost node_modules/<name>/ names the package (nested copies included).
    const at = input.lastIndexOf("node_modules/");
    const match = at < 0 ? null : /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input.slice(at));
    if (match) packages.add(input.slice(0, at) + "node_modules/" + match[1]);
  }
  const parts = [];
  for (const name of [...packages].sort()) {
    const dir = join(root, name);
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const file = existsSync(dir) ? readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f)) : undefined;
    const text = file ? readFileSync(join(dir, file), "utf8").trim() : `License: ${manifest.license ?? "see the package"}`;
    parts.push(`${manifest.name}@${manifest.version}\n\n${text}`);
  }
  return `The lumos-iac bundle in this folder includes code from these packages.\n\n${parts.join(`\n\n${"-".repeat(72)}\n\n`)}\n`;
}
