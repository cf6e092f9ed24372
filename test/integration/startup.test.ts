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
  const graph = (entry: string) => [...staticGraph(resolve(ROOT, entry))].map((file) => file.slice(ROOT.length));
  const actions = ["apply", "drift", "export", "import", "init", "plan", "sync", "validate"].map((name) => `src/cli/actions/${name}.ts`);

  it("loads no simulator code outside `simulator` and the embedded environment", () => {
    expect(graph("src/cli/actions/plan.ts")).toContain("src/load/load-config.ts");
    for (const entry of ["src/cli/main.ts", ...actions]) expect(graph(entry).filter((file) => file.startsWith("src/simulator/")), entry).toEqual([]);
  });

  it("loads only the commands' flags and help before a command runs: no loader, client or planner for --help", () => {
    const loaded = graph("src/cli/main.ts");
    expect(loaded).toContain("src/cli/commands/plan.ts");
    // The export formats are named in export's --help: their list is all it loads of src/terraform.
    const heavy = loaded.filter((file) => /^src\/(load|remote|plan|kinds|terraform|apply|sync)\//.test(file) || file.startsWith("src/cli/actions/"));
    expect(heavy).toEqual(["src/terraform/formats.ts"]);
  });

  it("uses a config validator compiled at build time that matches the kinds (run `npm run generate` after changing a kind)", () => {
    expect(readFileSync(CONFIG_VALIDATOR_PATH, "utf8") === renderConfigValidator(), "src/load/generated/config-validator.js is stale").toBe(true);
    expect(graph("src/cli/actions/validate.ts")).toContain("src/load/generated/config-validator.js");
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
