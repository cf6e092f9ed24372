/**
 * How the attributes of each resource type of the official provider (`teamlumos/lumos`), and
 * of lumos-iac's own resources in the same style, become the fields of a definition file: read
 * from the Terraform descriptors (src/terraform/descriptors.ts), the tables the provider schema
 * is made from. Objects are referred to by ID in the provider (`app_id`, `{ id = … }`); here
 * those become the names a definition file uses.
 */
import type { ConfigKey } from "../../kinds/registry.ts";
import type { RefKind } from "../../model/types.ts";
import { RESOURCE_BY_TYPE, TERRAFORM_DATA_SOURCES, type TfAttribute, type TfAttributes } from "../../terraform/descriptors.ts";

export type Field =
  /** Copied as it is (text, number, bool, list of text); `to` renames it. */
  | { as: "value"; to?: string }
  /** A JSON string (jsonencode) that is an object in a definition file. */
  | { as: "json"; to?: string }
  /** An ID attribute (`app_id`, or a list of IDs): a reference, written as a name. */
  | { as: "ref"; ref: RefKind; to?: string }
  /** `{ id = … }`: a reference, written as a name. */
  | { as: "idObject"; ref: RefKind; to?: string }
  /** A list or set of `{ id = … }`: names. */
  | { as: "idObjects"; ref: RefKind; to?: string }
  /** A nested attribute (`request_config = { … }`). */
  | { as: "object"; fields: Fields; to?: string }
  /** A list of nested objects. */
  | { as: "objects"; fields: Fields; to?: string }
  /** Accepted and not used (a Terraform-only argument). */
  | { as: "ignored" }
  /** Filled in by Lumos: writing it is a mistake. */
  | { as: "computed" };

export type Fields = Record<string, Field>;

export interface ResourceMapping {
  configKey: ConfigKey;
  fields: Fields;
  /** Only one may be declared (user sources). */
  singleton?: boolean;
  /** What `.id` of this resource refers to, from its evaluated definition. */
  identity?: (spec: Record<string, unknown>) => { kind: RefKind; name: string; app?: string } | undefined;
  /** Our own resource, not the official provider's. */
  own?: boolean;
}

function fieldOf(name: string, attribute: TfAttribute): Field {
  if (attribute.flags === "C") return { as: "computed" };
  if (attribute.field === false) return { as: "ignored" };
  const to = attribute.field !== undefined && attribute.field !== name ? { to: attribute.field } : {};
  if (attribute.nested) {
    const single = attribute.nested.mode === "single";
    if (attribute.ref) return { as: single ? "idObject" : "idObjects", ref: attribute.ref, ...to };
    return { as: single ? "object" : "objects", fields: fieldsOf(attribute.nested.attributes), ...to };
  }
  if (attribute.ref) return { as: "ref", ref: attribute.ref, ...to };
  if (attribute.json) return { as: "json", ...to };
  return { as: "value", ...to };
}

function fieldsOf(attributes: TfAttributes): Fields {
  return Object.fromEntries(Object.entries(attributes).map(([name, attribute]) => [name, fieldOf(name, attribute)]));
}

/** What `.id` of a resource names, by type; resources without one are not referred to by ID. */
const IDENTITIES: Record<string, ResourceMapping["identity"]> = {
  lumos_app: (spec) => {
    const name = typeof spec.name === "string" ? spec.name : typeof spec.app_class_id === "string" ? spec.app_class_id : undefined;
    return name === undefined ? undefined : { kind: "app", name };
  },
  // The AppStore entry of an app has the app's ID.
  lumos_app_store_app: (spec) => (typeof spec.app === "string" ? { kind: "app", name: spec.app } : undefined),
  lumos_requestable_permission: (spec) =>
    typeof spec.label === "string" ? { kind: "permission", name: spec.label, ...(typeof spec.app === "string" ? { app: spec.app } : {}) } : undefined,
  lumos_inline_webhook: (spec) => (typeof spec.name === "string" ? { kind: "webhook", name: spec.name } : undefined),
};

export const RESOURCES: Record<string, ResourceMapping> = Object.fromEntries(
  [...RESOURCE_BY_TYPE.values()].map((resource) => [
    resource.type,
    {
      configKey: resource.configKey,
      fields: fieldsOf(resource.attributes),
      ...(resource.importId === "singleton" ? { singleton: true } : {}),
      ...(IDENTITIES[resource.type] ? { identity: IDENTITIES[resource.type] } : {}),
      ...(resource.ours ? { own: true } : {}),
    } satisfies ResourceMapping,
  ]),
);

/** Data sources that become name lookups: the arguments each takes, and the one that names the object. */
export const DATA_SOURCES: Record<string, { arguments: readonly string[]; key: string }> = Object.fromEntries(
  TERRAFORM_DATA_SOURCES.filter((source) => source.finds).map((source) => [
    source.type,
    { arguments: Object.entries(source.attributes).filter(([, a]) => a.flags !== "C").map(([name]) => name), key: source.finds!.by },
  ]),
);
