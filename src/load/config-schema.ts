import { CONFIG_KEYS, KINDS } from "../kinds/registry.ts";
import type { JsonSchema } from "../kinds/types.ts";
import { DEFAULT_LEVELS, GUARDRAILS } from "../model/guardrail-config.ts";

export const CONFIG_SCHEMA_ID = "urn:lumos-iac:lumos-config";

const secretRef: JsonSchema = {
  type: "string",
  description: "A secret, written as ${env:NAME} or ${file:PATH} so it never sits in the file.",
  pattern: "\\$\\{(env|file):[^}]+\\}",
};

/** Settings that only the project file (lumos.config.yaml) may hold. */
export const PROJECT_PROPERTIES: Record<string, JsonSchema> = {
  version: { const: 1, description: "Config format version." },
  sources: {
    type: "array",
    description: "Globs of definition files, relative to this file; merged with this file's own definitions.",
    items: { type: "string", minLength: 1 },
  },
  non_sensitive: {
    type: "array",
    description:
      "References whose values may be shown in plans and messages: env:NAME, or file:GLOB relative to this file. Every other ${env:}/${file:} value is sensitive.",
    items: { type: "string", pattern: "^(env:[^\\s]+|file:.+)$", description: "A reference without ${…}: env:NAME, or file:GLOB." },
    uniqueItems: true,
  },
  variables: {
    type: "object",
    description:
      "Variables for ${var:NAME} in any field: declared once here with a type, set per environment under environments.<name>.vars.",
    additionalProperties: {
      type: "object",
      additionalProperties: false,
      required: ["type"],
      properties: {
        type: { enum: ["string", "number", "integer", "boolean"], description: "What the value must be." },
        default: { type: ["string", "number", "boolean"], description: "Value for environments that do not set it (written literally)." },
        sensitive: { type: "boolean", description: "Hide the value as ${env:} values are: plans show (sensitive: var:NAME), saved plans keep only the reference. String variables only." },
        description: { type: "string", description: "What the variable is for." },
      },
    },
  },
  default_environment: { type: "string", description: "Environment used without --env (default: local)." },
  environments: {
    type: "object",
    description: "Named Lumos tenants. `local` is the embedded simulator unless defined otherwise.",
    additionalProperties: {
      type: "object",
      additionalProperties: false,
      properties: {
        url: { type: "string", description: "API base URL, e.g. https://api.lumos.com." },
        token: secretRef,
        simulator: { type: "boolean", description: "Use the embedded simulator, persisted under .lumos/." },
        seed: { type: "string", description: "Seed file for the embedded simulator (default: the built-in demo)." },
        data: { type: "string", description: "Database file of the embedded simulator (default: .lumos/simulator.db beside this file)." },
        okta: {
          type: "object",
          additionalProperties: false,
          required: ["org_url", "token"],
          description:
            "The Okta org whose event hooks (okta_event_hooks) this environment manages. The embedded simulator has its own Okta side and needs none.",
          properties: {
            org_url: { type: "string", format: "uri", description: "The org's URL, e.g. https://acme.okta.com." },
            token: { ...secretRef, description: "An Okta API token allowed to manage event hooks (sent as `SSWS <token>`): ${env:OKTA_API_TOKEN} or ${file:PATH}." },
          },
        },
        vars: {
          type: "object",
          description: "Values of the variables declared under variables:, for this environment (may use ${env:}/${file:}).",
          additionalProperties: { type: ["string", "number", "boolean"] },
        },
      },
    },
  },
  safety: {
    type: "object",
    additionalProperties: false,
    description: "Guards on deletes (--allow-deletes or --max-deletes override them) and on what a plan changes for people (--allow-access-impact overrides those).",
    properties: {
      max_people_gaining_preapproval: {
        type: "integer",
        minimum: 0,
        description: "Refuse a plan that makes more people than this newly pre-approved (default: no limit).",
      },
      max_people_losing_access: {
        type: "integer",
        minimum: 0,
        description: "Refuse a plan that removes accounts or grants from more people than this (default: no limit).",
      },
      max_deletes: { type: "integer", minimum: 0, description: "Refuse a plan deleting more objects than this (default 10)." },
      max_delete_percent: {
        type: "number",
        minimum: 0,
        maximum: 100,
        description: "Refuse a plan deleting more than this share of a kind's managed objects (default 25).",
      },
    },
  },
  guardrails: {
    type: "object",
    additionalProperties: false,
    description: "Identity guardrails checked at plan time: each finding is an error (the plan is refused) or a warning, with a stable code.",
    properties: {
      actors: {
        type: "object",
        description: "GitHub logins mapped to emails: in CI, GITHUB_ACTOR names the change's author for the self-grant guardrail (--actor EMAIL overrides).",
        additionalProperties: { type: "string", pattern: "^[^@\\s]+@[^@\\s]+$", description: "An email address, e.g. alice@acme.example." },
      },
      levels: {
        type: "object",
        additionalProperties: false,
        description: "How each guardrail reports: error (refuses the plan), warning, or off.",
        properties: Object.fromEntries(
          GUARDRAILS.map((name) => [name, { enum: ["error", "warning", "off"], description: `Default ${DEFAULT_LEVELS[name]}.` }]),
        ),
      },
      separation_of_duties: {
        type: "array",
        description: "Sets of permissions nobody should hold together: no group may be pre-approved for two of them.",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["permissions"],
          properties: {
            permissions: {
              type: "array",
              minItems: 2,
              uniqueItems: true,
              description: "Permissions as App/Label.",
              items: { type: "string", pattern: "^[^/]+/.+$" },
            },
            message: { type: "string", description: "Why, shown with every finding." },
          },
        },
      },
      webhook_hosts: {
        type: "array",
        description: "Hosts inline webhooks may send to: exact (hooks.acme.example) or every subdomain (*.acme.example). Unset: any host.",
        items: {
          type: "string",
          pattern: "^(\\*\\.)?[^\\s/:@*\\[\\]]+$|^\\[[0-9A-Fa-f:.]+\\]$",
          description: "A host name, without scheme, port or path: hooks.acme.example, or *.acme.example for every subdomain.",
        },
      },
    },
  },
  prune: {
    type: "object",
    additionalProperties: false,
    description:
      "Which kinds lumos-iac may delete objects of when they are not declared (default: none). true for every app, or {apps: [...]} for some.",
    properties: Object.fromEntries(
      CONFIG_KEYS.filter((key) => !KINDS[key].singleton).map((key) => [
        key,
        {
          anyOf: [
            { type: "boolean" },
            { type: "object", additionalProperties: false, required: ["apps"], properties: { apps: { type: "array", items: { type: "string" } } } },
          ],
        },
      ]),
    ),
  },
};

/** The JSON Schema (2020-12) of lumos.config.yaml and of definition files, from the kinds registry. */
export function buildConfigSchema(): JsonSchema {
  const kindProperties = Object.fromEntries(
    CONFIG_KEYS.map((key) => {
      const kind = KINDS[key];
      return [key, kind.singleton ? { ...kind.itemSchema, description: kind.description } : { type: "array", description: kind.description, items: kind.itemSchema }];
    }),
  );
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: CONFIG_SCHEMA_ID,
    title: "lumos-iac configuration",
    description:
      "A Lumos tenant as code. Point editors here with `# yaml-language-server: $schema=<path>/schema/lumos-config.schema.json`.",
    type: "object",
    additionalProperties: false,
    properties: { ...PROJECT_PROPERTIES, ...kindProperties },
  };
}
