import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { escapeTemplates, hasReference, strayOpening, substitute, unescapeTemplates, type Environment } from "../../../src/load/substitute.ts";
import { YamlFile } from "../../../src/load/yaml-file.ts";

describe("substitute", () => {
  const root = mkdtempSync(join(tmpdir(), "lumos-sub-"));
  const dir = join(root, "project");
  mkdirSync(join(dir, "defs", "texts"), { recursive: true });
  writeFileSync(join(dir, "token"), "s3cret\n");
  writeFileSync(join(dir, "defs", "texts", "a.md"), "A text");
  writeFileSync(join(root, "outside.txt"), "not yours");
  symlinkSync(join(root, "outside.txt"), join(dir, "link.txt"));
  const at = (baseDir: string, env: Record<string, string> = {}): Environment => ({ env, baseDir, projectDir: dir });

  it("expands env and file references; templates keep file paths relative to the project directory", () => {
    expect(substitute("Bearer ${env:T}", at(dir, { T: "abc" }))).toEqual({ ok: true, value: "Bearer abc", template: "Bearer ${env:T}", references: ["env:T"], files: [] });
    expect(substitute("${file:token}", at(dir))).toMatchObject({ ok: true, value: "s3cret", template: "${file:token}", references: ["file:token"] });
    // Relative to the file that names it, stored relative to the project.
    expect(substitute("${file:texts/a.md}", at(join(dir, "defs")))).toMatchObject({ ok: true, value: "A text", template: "${file:defs/texts/a.md}" });
    expect(substitute(`\${file:${join(dir, "token")}}`, at(dir))).toMatchObject({ ok: true, template: "${file:token}" });
  });

  it("reads $${ as a literal ${, which is no reference; escapeTemplates writes text back that way", () => {
    expect(substitute("cost $${env:T} and ${env:T}", at(dir, { T: "abc" }))).toEqual({
      ok: true,
      value: "cost ${env:T} and abc",
      template: "cost $${env:T} and ${env:T}",
      references: ["env:T"],
      files: [],
    });
    expect(hasReference("$${env:T}")).toBe(false);
    expect(hasReference("$${env:T} ${var:x}")).toBe(true);
    expect(unescapeTemplates("$${file:x} $$${y}")).toBe("${file:x} $${y}");
    const text = { a: ["${env:T}", "$${kept}"], b: 1 };
    expect(escapeTemplates(text)).toEqual({ a: ["$${env:T}", "$$${kept}"], b: 1 });
    expect(unescapeTemplates("$$${kept}")).toBe("$${kept}");
  });

  it("fails on an undefined variable or a missing file instead of substituting nothing", () => {
    expect(substitute("${env:NOPE}", at(dir))).toMatchObject({ ok: false, message: "environment variable NOPE is not set; set it, or write the value another way" });
    expect(substitute("${file:missing}", at(dir))).toMatchObject({ ok: false, message: "${file:missing}: no such file; create it, or fix the path (relative to this file)" });
    expect(substitute("${env:}", at(dir)).ok).toBe(false);
    // Every failing reference of one string, each once.
    expect(substitute("${env:NOPE} ${file:missing} ${env:NOPE}", at(dir))).toMatchObject({
      ok: false,
      messages: ["environment variable NOPE is not set; set it, or write the value another way", "${file:missing}: no such file; create it, or fix the path (relative to this file)"],
    });
  });

  it("reads no file outside the project directory, symlinks resolved", () => {
    for (const reference of ["${file:../outside.txt}", `\${file:${join(root, "outside.txt")}}`, "${file:link.txt}", "${file:/etc/passwd}", "${file:../nothing-here}"]) {
      const result = substitute(reference, at(dir));
      expect(result, reference).toMatchObject({ ok: false, message: expect.stringContaining("is outside the project directory") });
    }
  });

  it("names a directory plainly", () => {
    expect(substitute("${file:defs}", at(dir))).toMatchObject({ ok: false, message: "${file:defs} is a directory; name a file in it" });
  });
});

describe("strayOpening", () => {
  it("names a ${ that starts no reference, with the reference it was likely meant as", () => {
    expect(strayOpening("${env:HOOK_SECRET")).toBe("${env:HOOK_SECRET has no closing }; write ${env:HOOK_SECRET}, or write $${ for a literal ${");
    expect(strayOpening("Bearer ${ENV:TOKEN}")).toBe("${ENV:TOKEN} is not a reference: write ${env:TOKEN} (lower case, then a colon), or write $${ for a literal ${");
    expect(strayOpening("${env.TOKEN}")).toContain("write ${env:TOKEN}");
    expect(strayOpening("${File : a.md}")).toContain("write ${file:a.md}");
    expect(strayOpening("${vault:kv/hook}")).toBe("${vault:kv/hook} is not a reference lumos-iac reads; write ${env:NAME}, ${file:PATH} or ${var:NAME}, or write $${ for a literal ${");
    // A reference follows a stray one: the stray one is still reported.
    expect(strayOpening("${env:A} and ${env:B")).toContain("${env:B has no closing }");
  });

  it("quotes back only what looks like a reference, never other text after the ${", () => {
    const message = strayOpening("pa55 ${hunter2 and more words!}")!;
    expect(message).toBe("this ${ is not a reference lumos-iac reads; write ${env:NAME}, ${file:PATH} or ${var:NAME}, or write $${ for a literal ${");
    expect(message).not.toContain("hunter2");
    // In a secret's field, not even reference-shaped text after an unknown source.
    expect(strayOpening("${pw:s3cr3t}", { secret: true })).not.toContain("s3cr3t");
    expect(strayOpening("${ENV:TOKEN}", { secret: true })).toContain("write ${env:TOKEN}");
  });

  it("accepts references and the $${ escape", () => {
    for (const text of ["${env:A}", "${file:a.md} ${var:team}", "$${env:X}", "$${ENV:X}", "cost: $5", "plain"]) expect(strayOpening(text), text).toBeUndefined();
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

  it("never repeats the text a YAML error stopped at (a source may hold a secret)", () => {
    for (const text of ["a: !S3cret x\n", "%S3cret 1\n---\na: 1\n", "a: |S3cret\n  x\n", "a: *S3cret\n", "[prod]\nS3cret=1\n", 'a: "S3cret\n']) {
      const errors = new YamlFile("s.yaml", text).errors;
      expect(errors.length, text).toBeGreaterThan(0);
      for (const error of errors) expect(error.message, text).not.toContain("S3cret");
    }
  });

  it("turns alias errors into located problems", () => {
    expect(new YamlFile("g.yaml", "sources: [*.yaml]\n").errors).toEqual([
      { loc: { file: "g.yaml", line: 1, col: 11 }, message: "this is a YAML alias (a value starting with *), and no anchor (&name) is set before it; to write a value that starts with *, quote it" },
    ]);
  });
});
