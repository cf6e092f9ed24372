import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, ConfigValidationError } from "../../../src/errors.ts";
import { decodeUtf8 } from "../../../src/load/decode.ts";
import { loadConfig } from "../../../src/load/load-config.ts";
import { project } from "../../helpers/cli.ts";

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems.map((p) => `${p.loc.line}:${p.loc.col}: ${p.message}`);
    throw error;
  }
  throw new Error("expected the configuration to be refused");
}

describe("singleton kinds", () => {
  it("refuses user_sources declared in two files, naming where it was declared first", () => {
    const dir = project({
      "lumos.config.yaml": "version: 1\nsources: [defs/*.yaml]\n",
      "defs/a.yaml": "# first\nuser_sources:\n  - Okta\n",
      "defs/b.yaml": "apps: []\nuser_sources:\n  - Google Workspace\n",
    });
    const problems = problemsOf(() => loadConfig(join(dir, "lumos.config.yaml"), {}));
    expect(problems, problems.join("\n")).toHaveLength(1);
    expect(problems[0]).toMatch(/^2:1: user_sources is already declared at .*defs\/a\.yaml:2:1$/);
  });
});

describe("guardrails", () => {
  it("takes the host names a URL can have in webhook_hosts, and any email in actors, but no URL or bare login", () => {
    const file = (hosts: string, actor: string) =>
      project({ "lumos.config.yaml": `version: 1\nguardrails:\n  actors: { octo: ${actor} }\n  webhook_hosts: ${hosts}\n` });
    const loaded = loadConfig(join(file('[my_hooks.acme.example, "hooks.acme.example.", "[::1]", "*.audit.acme.example"]', "alice@localhost"), "lumos.config.yaml"), {});
    expect(loaded.project.guardrails?.webhookHosts).toEqual(["my_hooks.acme.example", "hooks.acme.example.", "[::1]", "*.audit.acme.example"]);
    expect(problemsOf(() => loadConfig(join(file('["https://hooks.acme.example", "hooks.acme.example:443", "a/b"]', "octocat"), "lumos.config.yaml"), {}))).toEqual([
      "3:19: octo must be an email address, e.g. alice@acme.example.",
      expect.stringMatching(/^4:19: webhook_hosts must be a host name/),
      expect.stringMatching(/^4:49: webhook_hosts must be a host name/),
      expect.stringMatching(/^4:75: webhook_hosts must be a host name/),
    ]);
  });
});

describe("reading files", () => {
  it("accepts a UTF-8 byte order mark", () => {
    const dir = project({ "lumos.config.yaml": "\uFEFFapps:\n  - { name: Payroll, category: Other, description: café }\n" });
    const loaded = loadConfig(join(dir, "lumos.config.yaml"), {});
    expect(loaded.desired.objects.map((o) => o.spec.description)).toEqual(["café"]);
  });

  it("locates the first invalid byte, counting characters before it on its line", () => {
    const decoded = decodeUtf8(Buffer.concat([Buffer.from("a: 1\nb: ☃ "), Buffer.from([0xc3, 0x28])]));
    expect(decoded).toEqual({ ok: false, line: 2, col: 6, message: "invalid UTF-8 (byte 0xC3); save the file as UTF-8" });
  });

  it("says UTF-16 for both byte orders", () => {
    for (const bom of [[0xff, 0xfe], [0xfe, 0xff]]) {
      expect(decodeUtf8(Uint8Array.from([...bom, 0x61, 0]))).toMatchObject({ ok: false, message: "the file is UTF-16; save it as UTF-8" });
    }
  });

  it("refuses an empty project file and a definition file of only comments", () => {
    const dir = project({ "lumos.config.yaml": "", "defs/a.yaml": "# later\n" });
    expect(problemsOf(() => loadConfig(join(dir, "lumos.config.yaml"), {}))).toEqual([
      "1:1: the project file is empty; write at least `version: 1` and your definitions (or sources: [defs/*.yaml])",
    ]);
    const other = project({ "lumos.config.yaml": "sources: [defs/*.yaml]\n", "defs/a.yaml": "# later\n" });
    expect(problemsOf(() => loadConfig(join(other, "lumos.config.yaml"), {}))).toEqual([
      "1:1: the file is empty (or only comments); add definitions to it, or remove it from sources",
    ]);
  });

  it("names a directory passed as --config", () => {
    const dir = project({ "x.txt": "" });
    mkdirSync(join(dir, "proj"));
    expect(() => loadConfig(join(dir, "proj"), {})).toThrow(ConfigError);
    expect(() => loadConfig(join(dir, "proj"), {})).toThrow(/proj is a directory; pass the project file in it \(--config .*proj\/lumos\.config\.yaml\)/);
  });
});

describe("$${ escapes", () => {
  it("mean a literal ${ wherever text is written: a field, a variable's value under vars:, and its default", () => {
    const dir = project({
      "lumos.config.yaml": [
        "version: 1",
        'variables: { team: { type: string, default: "a$${b}" }, other: { type: string } }',
        'environments: { local: { simulator: true, vars: { other: "c$${d}" } } }',
        'apps:\n  - { name: A, category: Other, description: "${var:team} ${var:other} $${env:HOME}" }',
        "",
      ].join("\n"),
    });
    expect(loadConfig(join(dir, "lumos.config.yaml"), {}).desired.objects[0]!.spec.description).toBe("a${b} c${d} ${env:HOME}");
  });
});

describe("a secret written in the file", () => {
  it("is one problem at its place, not the substitution's and the schema's word on it both", () => {
    const dir = project({ "lumos.config.yaml": "environments:\n  production: { url: https://api.lumos.com, token: written_here }\napps: []\n" });
    expect(problemsOf(() => loadConfig(join(dir, "lumos.config.yaml"), {}, { environment: "production" }))).toEqual([
      "2:52: secrets must come from ${env:NAME} or ${file:PATH}, never written in the file",
    ]);
  });
});
