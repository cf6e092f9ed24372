import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { isDocument, isNode } from "yaml";
import { CONFIG_VALIDATOR_PATH, renderConfigValidator } from "../../generators/config-schema.ts";
import { YamlFile } from "../../src/load/yaml-file.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Every source file a module loads before it runs (static imports only, followed transitively). */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+"(\.[^"]+)"/gms)) {
      visit(resolve(dirname(file), match[1]!));
    }
  };
  visit(entry);
  return seen;
}

describe("start-up", () => {
  it("loads no simulator code outside `simulator` and the embedded environment", () => {
    const loaded = [...staticGraph(resolve(ROOT, "src/cli/main.ts"))].map((file) => file.slice(ROOT.length));
    expect(loaded).toContain("src/load/load-config.ts");
    expect(loaded.filter((file) => file.startsWith("src/simulator/"))).toEqual([]);
  });

  it("uses a config validator compiled at build time that matches the kinds (run `npm run generate` after changing a kind)", () => {
    expect(readFileSync(CONFIG_VALIDATOR_PATH, "utf8") === renderConfigValidator(), "src/load/generated/config-validator.js is stale").toBe(true);
    const loaded = [...staticGraph(resolve(ROOT, "src/cli/main.ts"))].map((file) => file.slice(ROOT.length));
    expect(loaded).toContain("src/load/generated/config-validator.js");
  });
});

describe("footprint", () => {
  it("keeps locations of a parsed file, not its YAML document", () => {
    const text = "apps:\n  - name: A\n    category: Other\n  - name: B\n    description: x\n";
    const file = new YamlFile("defs.yaml", text);
    expect(file.locate(["apps", 1, "description"])).toEqual({ file: "defs.yaml", line: 5, col: 18 });
    expect(file.locate(["apps", 1, "description"], { key: true })).toEqual({ file: "defs.yaml", line: 5, col: 5 });
    expect(file.locate(["apps", 0, "missing", "deeper"])).toEqual({ file: "defs.yaml", line: 2, col: 5 });
    const held = Object.values(file).filter((value) => isDocument(value) || isNode(value));
    expect(held).toEqual([]);
  });
});
