import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const FIXTURE = fileURLToPath(new URL("../../fixtures/cdktf-all/main.ts", import.meta.url));
const EXAMPLE = fileURLToPath(new URL("../../../examples/cdktf/main.ts", import.meta.url));
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noEmit: true,
  // The declarations are checked when the package compiles; here only their use.
  skipLibCheck: true,
  types: ["node"],
};

let previous: ts.Program | undefined;

/** Type errors of a program (the fixture, or a variant of its text) against the bindings' declarations. */
function typeErrors(text?: string, root: string = FIXTURE): string[] {
  const host = ts.createCompilerHost(OPTIONS);
  if (text !== undefined) {
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (name, language, onError, create) =>
      name === FIXTURE ? ts.createSourceFile(name, text, language) : read(name, language, onError, create);
  }
  const program = ts.createProgram({ rootNames: [root], options: OPTIONS, host, ...(previous ? { oldProgram: previous } : {}) });
  previous = program;
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === root || d.file?.fileName.includes("provider-lumos-generated"))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("the CDKTF bindings typecheck a CDKTF app", () => {
  const source = readFileSync(FIXTURE, "utf8");

  it("that uses every resource and data source type (test/fixtures/cdktf-all)", { timeout: 60_000 }, () => {
    for (const name of ["LumosProvider", "App", "AppStoreApp", "RequestablePermission", "PreApprovalRule", "AccessPolicy", "InlineWebhook", "UserSource", "SyncSchedule"]) {
      expect(source).toContain(`.${name}(this`);
    }
    expect(source.match(/new dataLumos\w+\.DataLumos\w+\(this/g)).toHaveLength(14);
    expect(typeErrors()).toEqual([]);
  });

  it("as the example app is written (examples/cdktf)", { timeout: 60_000 }, () => {
    expect(typeErrors(undefined, EXAMPLE)).toEqual([]);
  });

  it("and reject an attribute the provider does not have, and a single ID where the provider takes a list", { timeout: 60_000 }, () => {
    const wrong = source
      .replace('label: "Payroll Admin",', 'label: "Payroll Admin", labelx: "typo",')
      .replace("appIds: [okta.id]", "appIds: okta.id");
    const errors = typeErrors(wrong);
    expect(errors.some((e) => e.includes("labelx"))).toBe(true);
    expect(errors.some((e) => e.includes("appIds") || e.includes("string[]"))).toBe(true);
  });
});
