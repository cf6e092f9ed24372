import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CONFIG_SCHEMA_PATH, renderConfigSchema } from "../../../generators/config-schema.ts";
import { ENUMS } from "../../../src/kinds/common.ts";
import { APPLY_ORDER, CONFIG_KEYS, KINDS } from "../../../src/kinds/registry.ts";

const contract = parse(readFileSync(fileURLToPath(new URL("../../../schema/lumos-openapi.yaml", import.meta.url)), "utf8")) as {
  components: { schemas: Record<string, { enum?: string[] }> };
};

describe("the kinds registry", () => {
  it("orders kinds after everything they refer to", () => {
    for (const key of CONFIG_KEYS) {
      for (const dep of KINDS[key].dependsOn) {
        expect(APPLY_ORDER.indexOf(dep as (typeof CONFIG_KEYS)[number]), `${key} after ${dep}`).toBeLessThan(APPLY_ORDER.indexOf(key));
      }
    }
    expect(APPLY_ORDER[0]).toBe("apps");
  });

  it("uses the contract's enum values in the config schema", () => {
    for (const [name, values] of Object.entries(ENUMS)) {
      expect([...values].sort(), name).toEqual([...(contract.components.schemas[name]?.enum ?? [])].sort());
    }
  });

  it("matches the committed JSON Schema (run `npm run generate` after changing a kind)", () => {
    expect(readFileSync(CONFIG_SCHEMA_PATH, "utf8") === renderConfigSchema(), "schema/lumos-config.schema.json is stale").toBe(true);
  });
});
