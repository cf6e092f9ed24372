import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigValidationError } from "../../../src/errors.ts";
import { loadConfig } from "../../../src/load/load-config.ts";
import { YamlFile } from "../../../src/load/yaml-file.ts";
import { project } from "../../helpers/cli.ts";

const TEXT = "apps:\n  - name: A\n    category: Other\n  - name: B\n    description: x\n";

describe("locations indexed on demand", () => {
  afterEach(() => vi.restoreAllMocks());

  it("parses a file once and indexes its locations only when one is asked for", () => {
    const file = new YamlFile("defs.yaml", TEXT);
    expect(file.indexed).toBe(false);
    expect(file.value).toEqual({ apps: [{ name: "A", category: "Other" }, { name: "B", description: "x" }] });
    expect(file.locate(["apps", 1, "description"])).toEqual({ file: "defs.yaml", line: 5, col: 18 });
    expect(file.indexed).toBe(true);
    expect(file.locate(["apps", 1, "description"], { key: true })).toEqual({ file: "defs.yaml", line: 5, col: 5 });
    expect(file.locate(["apps", 0, "missing"])).toEqual({ file: "defs.yaml", line: 2, col: 5 });
  });

  it("locates parse errors without indexing the file", () => {
    const file = new YamlFile("d.yaml", "a: 1\nb: [1,\n");
    expect(file.errors[0]?.loc.line).toBeGreaterThan(1);
    expect(file.indexed).toBe(false);
  });

  it("loads a project without problems without locating anything, and locates its objects when asked", () => {
    const locate = vi.spyOn(YamlFile.prototype, "locate");
    const dir = project({ "lumos.config.yaml": "version: 1\nsources: [defs/*.yaml]\n", "defs/apps.yaml": TEXT });
    const loaded = loadConfig(join(dir, "lumos.config.yaml"), {});
    expect(loaded.desired.objects).toHaveLength(2);
    expect(locate).not.toHaveBeenCalled();
    expect(loaded.desired.objects.map((o) => [o.loc.line, o.loc.col])).toEqual([
      [2, 5],
      [4, 5],
    ]);
    expect(locate).toHaveBeenCalledTimes(2);
  });

  it("gives an object's problem the same place as its first declaration would", () => {
    const dir = project({ "lumos.config.yaml": "version: 1\nsources: [defs/*.yaml]\n", "defs/apps.yaml": `${TEXT}  - name: A\n    category: Other\n` });
    let problems: string[] = [];
    try {
      loadConfig(join(dir, "lumos.config.yaml"), {});
    } catch (error) {
      if (!(error instanceof ConfigValidationError)) throw error;
      problems = error.problems.map((p) => `${p.loc.file}:${p.loc.line}:${p.loc.col}: ${p.message}`);
    }
    expect(problems).toEqual([expect.stringMatching(/apps\.yaml:6:5: app\.A is declared twice \(first at .*apps\.yaml:2:5\)$/)]);
  });
});
