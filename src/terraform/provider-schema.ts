/**
 * The Lumos Terraform provider's schema in `terraform providers schema -json` form, derived
 * from the kinds registry and the Terraform descriptors (src/terraform/descriptors.ts).
 * Descriptions of mapped attributes come from the kinds' config schema, so the bindings
 * document the same fields as the YAML schema. Pure: no I/O, no generator imports.
 * `generators/cdktf-provider.ts` writes it to schema/terraform-provider-schema.json.
 */
import { KINDS } from "../kinds/registry.ts";
import type { JsonSchema } from "../kinds/types.ts";
import {
  configFieldOf,
  TERRAFORM_DATA_SOURCES,
  TERRAFORM_PROVIDER,
  TERRAFORM_PROVIDER_CONFIG,
  TERRAFORM_RESOURCES,
  type TfAttribute,
  type TfAttributes,
  type TfNesting,
} from "./descriptors.ts";

/** One attribute as `terraform providers schema -json` prints it. */
export interface SchemaAttribute {
  type?: string | readonly unknown[];
  nested_type?: { attributes: Record<string, SchemaAttribute>; nesting_mode: TfNesting };
  description?: string;
  description_kind?: "plain";
  required?: true;
  optional?: true;
  computed?: true;
  sensitive?: true;
}

export interface SchemaBlock {
  version: number;
  block: { attributes: Record<string, SchemaAttribute>; description?: string; description_kind?: "plain" };
}

export interface ProviderSchemaDocument {
  format_version: "1.0";
  provider_schemas: Record<
    string,
    { provider: SchemaBlock; resource_schemas: Record<string, SchemaBlock>; data_source_schemas: Record<string, SchemaBlock> }
  >;
  provider_versions: Record<string, string>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The config schema of `field` inside `schema` (an object schema), if there is one. */
function fieldSchema(schema: JsonSchema | undefined, field: string | undefined): JsonSchema | undefined {
  if (!schema || field === undefined) return undefined;
  const properties = schema.properties;
  const out = isRecord(properties) ? properties[field] : undefined;
  return isRecord(out) ? out : undefined;
}

/** The schema of one element of an array schema. */
function itemsOf(schema: JsonSchema | undefined): JsonSchema | undefined {
  return schema && isRecord(schema.items) ? schema.items : undefined;
}

function describe(attribute: TfAttribute, config: JsonSchema | undefined): string | undefined {
  const own = attribute.description ?? (typeof config?.description === "string" ? config.description : undefined);
  const element = attribute.ref ? itemsOf(config) : undefined;
  const text = own ?? (typeof element?.description === "string" ? element.description : undefined);
  const notes = [
    attribute.oneOf ? `One of ${attribute.oneOf.map((v) => JSON.stringify(v)).join(", ")}.` : undefined,
    attribute.default !== undefined ? `Default ${JSON.stringify(attribute.default)}.` : undefined,
    attribute.json ? "JSON text (jsonencode)." : undefined,
    attribute.replace ? "Changing it replaces the object." : undefined,
    attribute.ours ? "A lumos-iac addition." : undefined,
  ].filter((note): note is string => note !== undefined);
  const all = [text, ...notes].filter(Boolean).join(" ");
  return all === "" ? undefined : all;
}

function renderAttributes(attributes: TfAttributes, config: JsonSchema | undefined): Record<string, SchemaAttribute> {
  const out: Record<string, SchemaAttribute> = {};
  for (const name of Object.keys(attributes).sort()) {
    const attribute = attributes[name]!;
    const field = configFieldOf(name, attribute);
    const own = fieldSchema(config, field);
    const rendered: SchemaAttribute = {};
    if (attribute.nested) {
      // A reference object's config is a name, not an object: its attributes describe themselves.
      const inner = attribute.ref
        ? undefined
        : attribute.nested.mode === "list" || attribute.nested.mode === "set"
          ? itemsOf(own)
          : own;
      rendered.nested_type = { attributes: renderAttributes(attribute.nested.attributes, inner), nesting_mode: attribute.nested.mode };
    } else {
      rendered.type = attribute.type;
    }
    const description = describe(attribute, own);
    if (description) {
      rendered.description = description;
      rendered.description_kind = "plain";
    }
    if (attribute.flags.includes("R")) rendered.required = true;
    if (attribute.flags.includes("O")) rendered.optional = true;
    if (attribute.flags.includes("C")) rendered.computed = true;
    if (attribute.flags.includes("S")) rendered.sensitive = true;
    out[name] = rendered;
  }
  return out;
}

const block = (attributes: Record<string, SchemaAttribute>, description: string): SchemaBlock => ({
  version: 0,
  block: { attributes, description, description_kind: "plain" },
});

/** The provider schema document: every kind's resource type and the data sources. */
export function buildProviderSchema(): ProviderSchemaDocument {
  const resources: Record<string, SchemaBlock> = {};
  for (const resource of Object.values(TERRAFORM_RESOURCES)) {
    const kind = KINDS[resource.configKey];
    // user_sources is one list: its single attribute maps to the whole config value.
    const config: JsonSchema = kind.singleton ? { type: "object", properties: { sources: kind.itemSchema } } : kind.itemSchema;
    resources[resource.type] = block(renderAttributes(resource.attributes, config), resource.description);
  }
  const dataSources: Record<string, SchemaBlock> = {};
  for (const source of TERRAFORM_DATA_SOURCES) dataSources[source.type] = block(renderAttributes(source.attributes, undefined), source.description);
  return {
    format_version: "1.0",
    provider_schemas: {
      [TERRAFORM_PROVIDER.source]: {
        provider: block(renderAttributes(TERRAFORM_PROVIDER_CONFIG, undefined), "Lumos: apps, AppStore settings, permissions, rules and policies, managed by lumos-iac."),
        resource_schemas: sortKeys(resources),
        data_source_schemas: sortKeys(dataSources),
      },
    },
    provider_versions: { [TERRAFORM_PROVIDER.source]: TERRAFORM_PROVIDER.version },
  };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]!]));
}

/** The committed file's text (stable: sorted keys, two-space indent, final newline). */
export function renderProviderSchema(): string {
  return `${JSON.stringify(buildProviderSchema(), null, 2)}\n`;
}

type SchemaAttributes = Record<string, SchemaAttribute>;
interface ProviderSchemas {
  provider_schemas: Record<string, { provider?: SchemaBlock; resource_schemas?: Record<string, SchemaBlock>; data_source_schemas?: Record<string, SchemaBlock> }>;
}

const FLAGS = ["required", "optional", "computed", "sensitive"] as const;

function shapeOf(attribute: SchemaAttribute): string {
  return attribute.nested_type ? `nested ${attribute.nested_type.nesting_mode}` : JSON.stringify(attribute.type);
}

function compareAttributes(where: string, ours: SchemaAttributes, official: SchemaAttributes, path: string[], out: string[]): void {
  for (const name of Object.keys(official).sort()) {
    const at = `${where} ${[...path, name].join(".")}`;
    const theirs = official[name]!;
    const mine = ours[name];
    if (!mine) {
      out.push(`${at}: missing`);
      continue;
    }
    if (shapeOf(mine) !== shapeOf(theirs)) out.push(`${at}: ${shapeOf(mine)}, official ${shapeOf(theirs)}`);
    const flags = (attribute: SchemaAttribute): string => FLAGS.filter((flag) => attribute[flag]).join("+") || "none";
    if (flags(mine) !== flags(theirs)) out.push(`${at}: ${flags(mine)}, official ${flags(theirs)}`);
    if (mine.nested_type && theirs.nested_type) {
      compareAttributes(where, mine.nested_type.attributes, theirs.nested_type.attributes, [...path, name], out);
    }
  }
}

/**
 * Where our provider schema differs from the official one: every official resource, data
 * source and attribute path must exist in ours with the same type (or nesting mode) and the
 * same required/optional/computed/sensitive flags. Additions of ours are not differences.
 */
export function compareProviderSchemas(ours: ProviderSchemas, official: ProviderSchemas, source: string = TERRAFORM_PROVIDER.source): string[] {
  const out: string[] = [];
  const mine = ours.provider_schemas[source];
  const theirs = official.provider_schemas[source];
  if (!theirs) return [`official document has no provider ${source}`];
  if (!mine) return [`our document has no provider ${source}`];
  compareAttributes("provider", mine.provider?.block.attributes ?? {}, theirs.provider?.block.attributes ?? {}, [], out);
  for (const [group, label] of [
    ["resource_schemas", "resource"],
    ["data_source_schemas", "data"],
  ] as const) {
    for (const [type, schema] of Object.entries(theirs[group] ?? {})) {
      const own = mine[group]?.[type];
      if (!own) {
        out.push(`${label} ${type}: missing`);
        continue;
      }
      compareAttributes(`${label} ${type}`, own.block.attributes, schema.block.attributes, [], out);
    }
  }
  return out;
}
