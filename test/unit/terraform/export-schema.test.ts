import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/load/load-config.ts";
import type { LiveState } from "../../../src/model/types.ts";
import { isExpr, isJsonText, isTemplate, printHcl, toTerraformJson, identifierOf, type TfValue } from "../../../src/terraform/hcl-printer.ts";
import { toTerraform } from "../../../src/terraform/to-terraform.ts";
import { parse } from "@cdktf/hcl2json";

/** The provider schema lumos-iac publishes (derived from the kinds registry). */
interface SchemaAttribute {
  type?: unknown;
  nested_type?: { attributes: Record<string, SchemaAttribute>; nesting_mode: string };
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
}
const schema = JSON.parse(readFileSync(new URL("../../../schema/terraform-provider-schema.json", import.meta.url), "utf8")) as {
  provider_schemas: Record<string, { resource_schemas: Record<string, { block: { attributes: Record<string, SchemaAttribute> } }>; data_source_schemas: Record<string, { block: { attributes: Record<string, SchemaAttribute> } }> }>;
};
const provider = Object.values(schema.provider_schemas)[0]!;

const EMPTY_LIVE: LiveState = { kinds: {}, users: [], groups: [], unsupported: {}, connectionSchemas: {} };

/** Every attribute path a body sets, checked against the schema: it exists, takes arguments, nests as written. */
function problems(body: Record<string, TfValue>, attributes: Record<string, SchemaAttribute>, path: string): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(body)) {
    const attribute = attributes[name];
    const at = `${path}.${name}`;
    if (!attribute) {
      out.push(`${at}: no such attribute`);
      continue;
    }
    if (!attribute.required && !attribute.optional) out.push(`${at}: computed only, cannot be set`);
    const nested = attribute.nested_type;
    if (!nested || value === null) continue;
    const items = nested.nesting_mode === "single" ? [value] : Array.isArray(value) ? value : [];
    if (nested.nesting_mode !== "single" && !Array.isArray(value)) out.push(`${at}: a ${nested.nesting_mode} of objects, written as one`);
    for (const item of items) {
      if (item === null || typeof item !== "object" || Array.isArray(item) || isExpr(item) || isTemplate(item) || isJsonText(item)) {
        out.push(`${at}: nested objects expected`);
        continue;
      }
      out.push(...problems(item as Record<string, TfValue>, nested.attributes, at));
    }
  }
  return out;
}

describe("export writes only what the provider schema has", () => {
  it("for every resource and data source of the basic example (every kind)", () => {
    const loaded = loadConfig(new URL("../../../lumos.config.yaml", import.meta.url).pathname, { ...process.env });
    const { document } = toTerraform({ objects: loaded.desired.objects, ids: new Map(), live: EMPTY_LIVE });
    const found: string[] = [];
    for (const [type, byName] of Object.entries(document.resources)) {
      const resource = provider.resource_schemas[type];
      expect(resource, `resource ${type}`).toBeDefined();
      for (const [name, body] of Object.entries(byName)) found.push(...problems(body, resource!.block.attributes, `${type}.${name}`));
    }
    for (const [type, byName] of Object.entries(document.data)) {
      const source = provider.data_source_schemas[type];
      expect(source, `data source ${type}`).toBeDefined();
      for (const [name, body] of Object.entries(byName)) found.push(...problems(body, source!.block.attributes, `data.${type}.${name}`));
    }
    expect(found).toEqual([]);
    expect(Object.keys(document.resources)).toHaveLength(8);
  });
});

describe("the HCL printer", () => {
  it("escapes template sequences, quotes what needs it and reads back as the JSON spelling", async () => {
    const doc = {
      requiredProviders: { lumos: { source: "teamlumos/lumos", version: "~> 0.10" } },
      providers: {},
      variables: { secret: { type: "string", sensitive: true } },
      data: {},
      resources: {
        lumos_app: {
          a: {
            name: 'Odd ${not} %{ref} "quoted" \\ back\nslash\ttab',
            auth: { $json: { "api-token": { $expr: "var.secret" }, plain: "x ${y}" } },
            settings: { $json: { url: "https://x.example/${path}", list: [1, true, null] } },
            description: { $template: ["Run by ", { $expr: "var.secret" }, " %{x}"] },
          },
        },
      },
      imports: [{ to: "lumos_app.a", id: "id-1" }],
    };
    const hcl = printHcl(doc);
    expect(hcl).toContain('name = "Odd $${not} %%{ref} \\"quoted\\" \\\\ back\\nslash\\ttab"');
    expect(hcl).toContain('auth = jsonencode({ "api-token" = var.secret, plain = "x $${y}" })');
    const parsed = (await parse("main.tf", hcl)) as { resource: { lumos_app: { a: [Record<string, unknown>] } } };
    const json = toTerraformJson(doc) as { resource: { lumos_app: { a: Record<string, unknown> } } };
    expect(parsed.resource.lumos_app.a[0]).toEqual(json.resource.lumos_app.a);
    expect(JSON.parse(String(json.resource.lumos_app.a.settings).replace(/\$\$\{/g, "${"))).toEqual({ url: "https://x.example/${path}", list: [1, true, null] });
  });

  it("makes valid, stable identifiers from any name", () => {
    expect(identifierOf("Payroll Admin")).toBe("payroll_admin");
    expect(identifierOf("7 days")).toBe("_7_days");
    expect(identifierOf("Café — Zürich!")).toBe("cafe_zurich");
    expect(identifierOf("***")).toBe("unnamed");
    expect(identifierOf("x".repeat(100))).toHaveLength(60);
  });
});
