import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { KINDS, CONFIG_KEYS } from "../../../src/kinds/registry.ts";
import type { JsonSchema } from "../../../src/kinds/types.ts";
import { referenceDocument } from "../../helpers/reference-document.ts";
import {
  configFieldOf,
  TERRAFORM_DATA_SOURCES,
  TERRAFORM_RESOURCES,
  type LumosProviderKey,
  type TfAttributes,
} from "../../../src/terraform/descriptors.ts";
import { buildProviderSchema, compareProviderSchemas, renderProviderSchema, type ProviderSchemaDocument } from "../../../src/terraform/provider-schema.ts";

const COMMITTED = fileURLToPath(new URL("../../../schema/terraform-provider-schema.json", import.meta.url));
const OFFICIAL =
  process.env.LUMOS_TF_PROVIDER_SCHEMA ?? fileURLToPath(new URL("../../../../shared/terraform-provider-lumos/provider-schema.json", import.meta.url));
const SOURCE = "registry.terraform.io/teamlumos/lumos";

describe("our provider schema agrees with the official teamlumos/lumos provider", () => {
  const text = referenceDocument(OFFICIAL, "the official provider schema", "LUMOS_TF_PROVIDER_SCHEMA");
  if (text === undefined) return;
  const official = JSON.parse(text) as ProviderSchemaDocument;
  const ours = buildProviderSchema();

  it("has every official resource, data source and attribute path with the same type, nesting and flags", () => {
    expect(compareProviderSchemas(ours, official)).toEqual([]);
  });

  it("covers the five official resources and the thirteen official data sources", () => {
    const theirs = official.provider_schemas[SOURCE]!;
    expect(Object.keys(theirs.resource_schemas)).toHaveLength(5);
    expect(Object.keys(theirs.data_source_schemas)).toHaveLength(13);
    for (const type of Object.keys(theirs.resource_schemas)) expect(ours.provider_schemas[SOURCE]!.resource_schemas).toHaveProperty(type);
    for (const type of Object.keys(theirs.data_source_schemas)) expect(ours.provider_schemas[SOURCE]!.data_source_schemas).toHaveProperty(type);
  });
});

describe("the schema comparison itself", () => {
  const ours = buildProviderSchema();
  const tampered = (edit: (doc: ProviderSchemaDocument) => void): ProviderSchemaDocument => {
    const doc = structuredClone(ours);
    edit(doc);
    return doc;
  };
  const attrs = (doc: ProviderSchemaDocument, type: string) => doc.provider_schemas[SOURCE]!.resource_schemas[type]!.block.attributes;

  it("reports a missing resource, a wrong nesting mode, a wrong flag and a missing nested path", () => {
    const official = tampered((doc) => {
      doc.provider_schemas[SOURCE]!.resource_schemas.lumos_extra = { version: 0, block: { attributes: {} } };
      attrs(doc, "lumos_pre_approval_rule").preapproved_groups!.nested_type!.nesting_mode = "list";
      attrs(doc, "lumos_access_policy").name = { type: "string", optional: true };
      attrs(doc, "lumos_app_store_app").request_flow!.nested_type!.attributes.extra = { type: "bool", computed: true };
    });
    expect(compareProviderSchemas(ours, official)).toEqual([
      "resource lumos_access_policy name: required, official optional",
      "resource lumos_app_store_app request_flow.extra: missing",
      'resource lumos_pre_approval_rule preapproved_groups: nested set, official nested list',
      "resource lumos_extra: missing",
    ]);
  });

  it("does not count our additions as differences", () => {
    const official = tampered((doc) => {
      delete doc.provider_schemas[SOURCE]!.resource_schemas.lumos_inline_webhook;
      delete attrs(doc, "lumos_app_store_app").redirect_url;
    });
    expect(compareProviderSchemas(ours, official)).toEqual([]);
  });
});

/** The kinds the Lumos provider describes (Okta event hooks belong to the Okta provider). */
const LUMOS_KEYS = CONFIG_KEYS.filter((key): key is LumosProviderKey => key in TERRAFORM_RESOURCES);

describe("the provider schema and the kinds registry", () => {
  it("has one resource type per kind, with the names the official provider and lumos-iac use", () => {
    expect(CONFIG_KEYS.filter((key) => !(key in TERRAFORM_RESOURCES))).toEqual(["okta_event_hooks"]);
    expect(LUMOS_KEYS.map((key) => TERRAFORM_RESOURCES[key].type)).toEqual([
      "lumos_app",
      "lumos_app_store_app",
      "lumos_requestable_permission",
      "lumos_pre_approval_rule",
      "lumos_access_policy",
      "lumos_inline_webhook",
      "lumos_user_source",
      "lumos_sync_schedule",
    ]);
  });

  /** Mapped config paths of one resource's attributes, checked against the kind's config schema. */
  function unknownFields(attributes: TfAttributes, schema: JsonSchema | undefined, path: string[]): string[] {
    const out: string[] = [];
    for (const [name, attribute] of Object.entries(attributes)) {
      const field = configFieldOf(name, attribute);
      if (field === undefined) continue;
      const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
      const own = properties[field];
      if (!own) {
        out.push([...path, name].join("."));
        continue;
      }
      if (attribute.nested && !attribute.ref) {
        const inner = attribute.nested.mode === "single" ? own : (own.items as JsonSchema | undefined);
        out.push(...unknownFields(attribute.nested.attributes, inner, [...path, name]));
      }
    }
    return out;
  }

  it("maps every settable attribute to a field of the kind's config schema (or marks it Terraform-only)", () => {
    for (const key of LUMOS_KEYS) {
      const kind = KINDS[key];
      const schema: JsonSchema = kind.singleton ? { properties: { sources: kind.itemSchema } } : kind.itemSchema;
      expect({ key, unknown: unknownFields(TERRAFORM_RESOURCES[key].attributes, schema, []) }).toEqual({ key, unknown: [] });
    }
  });

  it("gives every config field of a kind an attribute, or says how it is written instead", () => {
    for (const key of LUMOS_KEYS) {
      const kind = KINDS[key];
      if (kind.singleton) continue;
      const resource = TERRAFORM_RESOURCES[key];
      const mapped = new Set(
        Object.entries(resource.attributes)
          .map(([name, attribute]) => configFieldOf(name, attribute))
          .filter((field): field is string => field !== undefined),
      );
      const unmapped = "unmapped" in resource ? Object.keys(resource.unmapped) : [];
      const fields = Object.keys((kind.itemSchema.properties ?? {}) as object).filter((field) => field !== "id");
      expect({ key, missing: fields.filter((field) => !mapped.has(field) && !unmapped.includes(field)) }).toEqual({ key, missing: [] });
    }
  });

  it("describes mapped attributes with the config schema's words, and marks our additions", () => {
    const schemas = buildProviderSchema().provider_schemas[SOURCE]!.resource_schemas;
    expect(schemas.lumos_sync_schedule!.block.attributes.cron!.description).toContain("Five-field cron expression");
    expect(schemas.lumos_app_store_app!.block.attributes.redirect_url!.description).toContain("A lumos-iac addition.");
    expect(schemas.lumos_app!.block.attributes.auth!.sensitive).toBe(true);
  });

  it("lists the name lookups of the data sources users write", () => {
    const finds = Object.fromEntries(TERRAFORM_DATA_SOURCES.filter((source) => source.finds).map((source) => [source.type, source.finds]));
    expect(finds).toEqual({
      lumos_apps: { ref: "app", by: "name_search" },
      lumos_groups: { ref: "group", by: "name", within: "app_id" },
      lumos_inline_webhooks: { ref: "webhook", by: "name" },
      lumos_requestable_permissions: { ref: "permission", by: "search_term", within: "app_id" },
      lumos_users: { ref: "user", by: "search_term" },
    });
  });

  it("is committed as generated (npm run generate rewrites schema/terraform-provider-schema.json)", () => {
    expect(readFileSync(COMMITTED, "utf8")).toBe(renderProviderSchema());
  });
});
