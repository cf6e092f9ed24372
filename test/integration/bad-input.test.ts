import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { against, cli, project } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";

const BAD = fileURLToPath(new URL("../fixtures/bad", import.meta.url));

describe.each(readdirSync(BAD).filter((f) => f.endsWith(".yaml")))("bad input %s", (name) => {
  it("fails with file:line:col, exit 1, no stack trace and no write", async () => {
    const text = readFileSync(join(BAD, name), "utf8");
    const expected = /^# error: (.*)$/m.exec(text)![1]!.trim();
    const { sim } = startSimulator();
    const dir = project({ "lumos.config.yaml": text });
    for (const command of [["plan"], ["apply", "--auto-approve"]]) {
      const result = await cli(sim, [...command, ...against(dir)], { env: { FIXTURE_GITHUB_TOKEN: "ghp_fixture" } });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(expected);
      expect(result.stderr).toMatch(/^.*lumos\.config\.yaml:\d+:\d+: /m);
      expect(result.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
      expect(result.stderr).toContain("error [CONFIG_INVALID]");
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
