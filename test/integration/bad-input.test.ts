/**
 * Bad-input fixtures under test/fixtures/bad/, each a project the tool must refuse:
 *
 * - `<name>.yaml` is a whole project in one file (it becomes lumos.config.yaml). A line
 *   `# error: <text>` holds the expected message; a line `# offline` says `validate` can
 *   detect it too (without a tenant).
 * - `<name>/` is a multi-file project: its files are copied byte for byte (so they may hold
 *   invalid UTF-8, a BOM, …) and it must hold lumos.config.yaml (`tf-*` ones name Terraform
 *   sources, whose problems are located in the `.tf`/`.tf.json` files). Its `expected.txt` (not
 *   copied) has the expected message on the first line and, optionally, a line `offline`.
 *
 * plan and apply (and validate, for offline ones) must exit 1 with that message, a
 * `file:line:col: `, no stack trace, and no write reaching the server. FIXTURE_* variables
 * below are set for every run; FIXTURE_CANARY's value must never be printed.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { against, cli, project, SIM_URL } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";

const BAD = fileURLToPath(new URL("../fixtures/bad", import.meta.url));
const CANARY = "fixture-canary-7f3a9c1e5d";
const FIXTURE_ENV = { FIXTURE_GITHUB_TOKEN: "ghp_fixture", FIXTURE_CANARY: CANARY, FIXTURE_EMPTY: "" };

interface Fixture {
  name: string;
  expected: string;
  offline: boolean;
  /** A project folder holding lumos.config.yaml. */
  dir: () => string;
}

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fixtures(): Fixture[] {
  return readdirSync(BAD)
    .sort()
    .flatMap((name): Fixture[] => {
      const path = join(BAD, name);
      if (statSync(path).isDirectory()) {
        const lines = readFileSync(join(path, "expected.txt"), "utf8").split(/\r?\n/);
        return [
          {
            name: `${name}/`,
            expected: lines[0]!.trim(),
            offline: lines.slice(1).some((l) => l.trim() === "offline"),
            dir: () => {
              const dir = mkdtempSync(join(tmpdir(), "lumos-bad-"));
              copies.push(dir);
              cpSync(path, dir, { recursive: true, filter: (src) => src !== join(path, "expected.txt") });
              return dir;
            },
          },
        ];
      }
      if (!name.endsWith(".yaml")) return [];
      const text = readFileSync(path, "utf8");
      const expected = /^# error: (.*)$/m.exec(text);
      if (!expected) throw new Error(`${name} has no "# error: <text>" line`);
      return [{ name, expected: expected[1]!.trim(), offline: /^# offline\s*$/m.test(text), dir: () => project({ "lumos.config.yaml": text }) }];
    });
}

describe.each(fixtures())("bad input $name", (fixture) => {
  it("fails with file:line:col, exit 1, no stack trace and no write", async () => {
    const { sim } = startSimulator();
    const dir = fixture.dir();
    const commands = [["plan"], ["apply", "--auto-approve"], ["plan", "--format", "json"]];
    for (const command of [...(fixture.offline ? [["validate"]] : []), ...commands]) {
      const args = command[0] === "validate" ? [...command, "--config", join(dir, "lumos.config.yaml")] : [...command, ...against(dir)];
      const result = await cli(sim, args, { env: FIXTURE_ENV });
      const context = `lumos-iac ${command.join(" ")}\n${result.stderr}`;
      expect(result.code, context).toBe(1);
      expect(result.stderr, context).toContain(fixture.expected);
      expect(result.stderr, context).toMatch(/^.*\.(yaml|tf|tf\.json):\d+:\d+: /m);
      expect(result.stderr, context).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
      expect(result.stderr, context).toContain("error [CONFIG_INVALID]");
      expect(`${result.stdout}\n${result.stderr}`, context).not.toContain(CANARY);
      if (command.includes("json")) expect(JSON.parse(result.stdout).error.code, context).toBe("CONFIG_INVALID");
    }
    expect(sim.getStats().writes).toBe(0);
  });
});

describe("validation reports every problem, not just the first", () => {
  it("lists all of them in file order, and as GitHub annotations in Actions", async () => {
    const { sim } = startSimulator();
    const dir = project({
      "lumos.config.yaml": "sources: [defs/*.yaml]\n",
      "defs/a.yaml": "apps:\n  - website_url: https://a.example\n    category: Other\n    descripton: typo\n",
      "defs/b.yaml": "requestable_permissions:\n  - app: A\n    label: X\n    request_config: { appstore_visibility: SHOWN }\n  - app: A\n",
    });
    const result = await cli(sim, ["validate", "--config", join(dir, "lumos.config.yaml")], { env: { GITHUB_ACTIONS: "true" } });
    expect(result.code).toBe(1);
    const lines = result.stderr.split("\n").filter((l) => /yaml:\d+:\d+: /.test(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/defs\/a\.yaml:2:5: a custom app needs name \(or set app_class_id for an integration\)/);
    expect(lines[1]).toMatch(/defs\/a\.yaml:4:5: unknown field "descripton"; did you mean "description"\?/);
    expect(lines[2]).toMatch(/defs\/b\.yaml:4:44: appstore_visibility must be one of/);
    expect(lines[3]).toMatch(/defs\/b\.yaml:5:5: missing required field "label"/);
    expect(result.stdout).toMatch(/^::error file=.*defs\/a\.yaml,line=4,col=5::unknown field/m);
    expect(result.stderr).toContain("error [CONFIG_INVALID]: 4 problems in the configuration");
  });

  it("reports schema problems and reference problems of the other objects in one run, without writing", async () => {
    const { sim } = startSimulator();
    const dir = project({
      "lumos.config.yaml": [
        "apps:",
        "  - { name: Payroll, category: Other, descripton: typo }",
        "  - { name: Expenses, category: Other, description: Expense reports }",
        "appstore_apps:",
        "  - app: Okta",
        "    request_flow: { approvers: { users: [alise@acme.example] } }",
        "requestable_permissions:",
        "  - { app: Payroll, label: Admin }",
        "  - { app: Expenses, label: Admin, request_config: { allowed_groups: { type: SPECIFIED_GROUPS, groups: [Engineerin] } } }",
        "",
      ].join("\n"),
    });
    for (const command of [["plan"], ["apply", "--auto-approve"]]) {
      const result = await cli(sim, [...command, ...against(dir)]);
      expect(result.code).toBe(1);
      const lines = result.stderr.split("\n").filter((l) => /yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*lumos\.config\.yaml:/, ""));
      expect(lines).toEqual([
        '2:39: unknown field "descripton"; did you mean "description"?',
        expect.stringMatching(/^6:42: unknown user "alise@acme\.example"/),
        expect.stringMatching(/^9:105: unknown group "Engineerin"/),
      ]);
    }
    expect(sim.getStats().writes).toBe(0);
    const offline = await cli(sim, ["validate", "--config", join(dir, "lumos.config.yaml")]);
    expect(offline.stderr).toContain("1 problem in the configuration");
  });

  it("gives machines the problems as JSON with --format json", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": "apps:\n  - { name: A, category: Other, descripton: d }\n" });
    const result = await cli(sim, ["plan", ...against(dir), "--format", "json"]);
    expect(result.code).toBe(1);
    const { error } = JSON.parse(result.stdout);
    expect(error.code).toBe("CONFIG_INVALID");
    expect(error.meta.problems).toEqual([
      { file: expect.stringMatching(/lumos\.config\.yaml$/), line: 2, col: 33, message: 'unknown field "descripton"; did you mean "description"?' },
    ]);
  });

  it("reads no source outside the project directory, and quotes no file's text in a YAML error", async () => {
    const { sim } = startSimulator();
    const secret = "db_password=S3cretDbPassw0rd";
    const dir = project({ "project/lumos.config.yaml": "version: 1\nsources: [\"../outside/*.ini\", \"defs/*.yaml\"]\n", "outside/app.ini": `[prod]\n${secret}\n`, "project/defs/bad.yaml": `apps: []\n[prod]\n${secret}\n` });
    const config = join(dir, "project", "lumos.config.yaml");
    for (const command of [["validate", "--config", config], ["plan", "--config", config, "--url", SIM_URL], ["validate", "--config", config, "--format", "json"]]) {
      const result = await cli(sim, command, { env: { GITHUB_ACTIONS: "true" } });
      expect(result.code, result.stdout + result.stderr).toBe(1);
      const shown = result.stdout + result.stderr;
      expect(shown).toMatch(/lumos\.config\.yaml:2:\d+: "\.\.\/outside\/\*\.ini" matches \S*outside\/app\.ini, outside the project directory; sources are read only inside the folder of lumos\.config\.yaml/);
      expect(shown).toMatch(/bad\.yaml:\d+:\d+: /);
      expect(shown).not.toContain("S3cret");
    }
    expect(sim.getStats().total).toBe(0);
  });

  it("refuses --var and --var-file for a project without Terraform sources, as Terraform refuses undeclared variables", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": "apps:\n  - { name: A, category: Other, description: d }\n" });
    for (const flags of [["--var-file", "/nonexistent.tfvars"], ["--var", "novalue"], ["--var", "a=1", "--var-file", "x.tfvars"]]) {
      const result = await cli(sim, ["plan", ...against(dir), ...flags]);
      expect(result.code, flags.join(" ")).toBe(1);
      expect(result.stderr).toMatch(/^error \[USAGE\]: --var(-file)?( and --var-file)? sets? Terraform variables, and this project has no Terraform sources/);
    }
    expect(sim.getStats().total).toBe(0);
  });

  it("names a missing configuration file plainly", async () => {
    const { sim } = startSimulator();
    const result = await cli(sim, ["plan", "--config", "/nonexistent/lumos.config.yaml", "--url", "http://127.0.0.1:1"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("error [CONFIG_NOT_FOUND]: no configuration at /nonexistent/lumos.config.yaml (pass --config FILE, or run from the project folder)");
  });

  it("accepts a valid configuration offline", async () => {
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": "apps:\n  - { name: A, category: Other, description: d }\n" });
    const result = await cli(sim, ["validate", "--config", join(dir, "lumos.config.yaml")]);
    expect(result).toMatchObject({ code: 0, stdout: "✓ 1 object in 1 file: the configuration is valid." });
    expect(sim.getStats().total).toBe(0);
  });
});
