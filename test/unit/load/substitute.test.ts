import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { substitute } from "../../../src/load/substitute.ts";
import { YamlFile } from "../../../src/load/yaml-file.ts";

describe("substitute", () => {
  const dir = mkdtempSync(join(tmpdir(), "lumos-sub-"));
  writeFileSync(join(dir, "token"), "s3cret\n");

  it("expands env and file references, and keeps file paths absolute in the template", () => {
    expect(substitute("Bearer ${env:T}", { env: { T: "abc" }, baseDir: dir })).toEqual({ ok: true, value: "Bearer abc", template: "Bearer ${env:T}" });
    expect(substitute("${file:token}", { env: {}, baseDir: dir })).toEqual({ ok: true, value: "s3cret", template: `\${file:${join(dir, "token")}}` });
  });

  it("fails on an undefined variable or a missing file instead of substituting nothing", () => {
    expect(substitute("${env:NOPE}", { env: {}, baseDir: dir })).toEqual({ ok: false, message: "environment variable NOPE is not set" });
    const missing = substitute("${file:missing}", { env: {}, baseDir: dir });
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.message).toContain("ENOENT");
    expect(substitute("${env:}", { env: {}, baseDir: dir }).ok).toBe(false);
  });
});

describe("YamlFile", () => {
  it("locates values and keys by path, falling back to the nearest parent", () => {
    const file = new YamlFile("x.yaml", "apps:\n  - name: A\n    category: B\n");
    expect(file.locate(["apps", 0, "category"])).toEqual({ file: "x.yaml", line: 3, col: 15 });
    expect(file.locate(["apps", 0, "category"], { key: true })).toEqual({ file: "x.yaml", line: 3, col: 5 });
    expect(file.locate(["apps", 0, "missing"])).toEqual({ file: "x.yaml", line: 2, col: 5 });
  });

  it("reports duplicate keys and syntax errors with positions", () => {
    const dup = new YamlFile("d.yaml", "a: 1\na: 2\n");
    expect(dup.errors).toEqual([{ loc: { file: "d.yaml", line: 2, col: 1 }, message: "duplicate key (each key may appear once in a mapping)" }]);
    expect(dup.value).toBeUndefined();
    expect(new YamlFile("s.yaml", "a: [1,\n").errors[0]?.loc.line).toBeGreaterThan(0);
  });
});
