import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { BINDINGS_PACKAGE, differingFiles, staleBindings } from "../../../generators/cdktf-provider.ts";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "lumos-bindings-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === "generated" ? [] : sources(path);
    return /\.(ts|js|mjs)$/.test(entry) ? [path] : [];
  });
}

describe("the generated CDKTF bindings (@cdktf/provider-lumos-generated)", () => {
  it(
    "are fresh: regenerating sources and lib/ from the provider schema gives the committed files, offline, without calling terraform",
    { timeout: 120_000 },
    async () => {
      // A terraform on PATH that leaves a mark when anything runs it.
      const bin = join(scratch, "bin");
      const mark = join(scratch, "terraform-was-called");
      mkdirSync(bin);
      writeFileSync(join(bin, "terraform"), `#!/bin/sh\necho called >> "${mark}"\nexit 1\n`);
      chmodSync(join(bin, "terraform"), 0o755);
      const path = process.env.PATH;
      process.env.PATH = `${bin}${delimiter}${path ?? ""}`;
      try {
        expect(await staleBindings()).toEqual([]);
      } finally {
        process.env.PATH = path;
      }
      expect(existsSync(mark)).toBe(false);
    },
  );

  it("has every resource and data source type of the schema as a namespace, and the provider", () => {
    const index = readFileSync(join(BINDINGS_PACKAGE, "lib", "index.d.ts"), "utf8");
    const schema = JSON.parse(readFileSync(join(ROOT, "schema", "terraform-provider-schema.json"), "utf8")) as {
      provider_schemas: Record<string, { resource_schemas: object; data_source_schemas: object }>;
    };
    const lumos = Object.values(schema.provider_schemas)[0]!;
    const camel = (type: string): string => type.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
    const expected = [
      ...Object.keys(lumos.resource_schemas).map((type) => camel(type.replace(/^lumos_/, ""))),
      ...Object.keys(lumos.data_source_schemas).map((type) => camel(`data_${type}`)),
      "provider",
    ];
    // Eight resource types, the official thirteen data sources and lumos_inline_webhooks, the provider.
    expect(expected).toHaveLength(8 + 14 + 1);
    for (const name of expected) expect(index).toContain(`export * as ${name} from`);
  });

  it("notices a stale, a missing and an extra file (the comparison can fail)", () => {
    const expected = join(scratch, "expected");
    const actual = join(scratch, "actual");
    const put = (path: string, text: string): void => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    };
    put(join(expected, "app", "index.ts"), "fresh");
    put(join(actual, "app", "index.ts"), "stale");
    put(join(expected, "index.ts"), "same");
    put(join(actual, "index.ts"), "same");
    put(join(expected, "only-expected.ts"), "");
    put(join(actual, "only-actual.ts"), "");
    expect(differingFiles(expected, actual)).toEqual([join("app", "index.ts"), "only-actual.ts", "only-expected.ts"]);
  });

  it("is never imported by what plan and apply load (src/ has no import of the generator or @cdktf/commons)", () => {
    const offenders = sources(join(ROOT, "src")).filter((file) =>
      /from\s+["'](?:[./]*generators\/|@cdktf\/provider-generator|@cdktf\/commons|codemaker)|import\(\s*["'](?:[./]*generators\/|@cdktf\/provider-generator|@cdktf\/commons)/.test(
        readFileSync(file, "utf8"),
      ),
    );
    expect(offenders.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
