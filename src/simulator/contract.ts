import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";

/**
 * Our OpenAPI contract, compiled once into request and response validators. The simulator
 * answers every request that does not match with 422 HTTPValidationError, as Lumos does.
 */
export const CONTRACT_FILE = fileURLToPath(new URL("../../schema/lumos-openapi.yaml", import.meta.url));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
  type: string;
}

interface ParameterSpec {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  types: Set<string>;
  validate: ValidateFunction;
}

export interface Operation {
  method: string;
  /** As in the contract: `/apps/{app_id}`. */
  path: string;
  operationId: string;
  extension: boolean;
  secured: boolean;
  parameters: ParameterSpec[];
  body: { required: boolean; validate: ValidateFunction } | undefined;
  responses: Map<string, ValidateFunction | undefined>;
}

export interface ParsedRequest {
  path: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export class Contract {
  readonly operations: Operation[] = [];
  private readonly ajv: Ajv2020;
  private readonly document: JsonObject;

  constructor(file = CONTRACT_FILE) {
    this.document = parse(readFileSync(file, "utf8")) as JsonObject;
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: "contract", components: this.document.components ?? {} });
    const paths = (this.document.paths ?? {}) as Record<string, Record<string, JsonObject>>;
    const defaultSecurity = Array.isArray(this.document.security) && this.document.security.length > 0;
    for (const [path, item] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(item)) {
        this.operations.push(this.compileOperation(method.toUpperCase(), path, op, defaultSecurity));
      }
    }
  }

  /** A validator for any component schema, e.g. to check seed data. */
  schemaValidator(name: string): ValidateFunction {
    return this.ajv.compile({ $ref: `contract#/components/schemas/${name}` });
  }

  /** Validator for an arbitrary JSON Schema (e.g. an integration's connection schema). */
  compileSchema(schema: object): ValidateFunction {
    return this.ajv.compile(schema);
  }

  /** Checks path, query and body; returns the typed values or every issue found. */
  parseRequest(
    op: Operation,
    pathParams: Record<string, string>,
    query: URLSearchParams,
    rawBody: string | undefined,
  ): { ok: true; value: ParsedRequest } | { ok: false; issues: ValidationIssue[] } {
    const issues: ValidationIssue[] = [];
    const parsedQuery: Record<string, unknown> = {};
    const parsedPath: Record<string, string> = {};
    for (const param of op.parameters) {
      if (param.in !== "query" && param.in !== "path") continue;
      const raw = param.in === "path" ? pathParams[param.name] : undefined;
      let value: unknown;
      if (param.in === "path") value = raw;
      else if (query.has(param.name)) {
        const all = query.getAll(param.name);
        value = param.types.has("array") ? all.flatMap((v) => v.split(",")) : all[0];
      }
      if (value === undefined) {
        if (param.required) issues.push({ loc: [param.in, param.name], msg: "Field required", type: "missing" });
        continue;
      }
      const coerced = coerce(value, param.types);
      if (!param.validate(coerced)) {
        issues.push(...toIssues(param.validate.errors, [param.in, param.name], coerced));
        continue;
      }
      if (param.in === "path") parsedPath[param.name] = String(coerced);
      else parsedQuery[param.name] = coerced;
    }
    let body: unknown;
    if (op.body) {
      if (rawBody === undefined || rawBody.trim() === "") {
        if (op.body.required) issues.push({ loc: ["body"], msg: "Field required", type: "missing" });
      } else {
        try {
          body = JSON.parse(rawBody);
        } catch (error) {
          // FastAPI names the character where decoding failed.
          const at = /position (\d+)/.exec((error as Error).message);
          issues.push({ loc: ["body", at ? Number(at[1]) : 0], msg: "JSON decode error", type: "json_invalid" });
        }
        if (body !== undefined && !op.body.validate(body)) issues.push(...toIssues(op.body.validate.errors, ["body"], body));
      }
    }
    if (issues.length > 0) return { ok: false, issues };
    return { ok: true, value: { path: parsedPath, query: parsedQuery, body } };
  }

  /** Problems with a response body against the contract ([] when it conforms). */
  checkResponse(op: Operation, status: number, body: unknown): string[] {
    const key = String(status);
    if (!op.responses.has(key)) return [`${op.method} ${op.path}: status ${status} is not in the contract`];
    const validate = op.responses.get(key);
    if (!validate || validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${op.method} ${op.path} ${status}: ${e.instancePath || "/"} ${e.message ?? ""}`);
  }

  private compileOperation(method: string, path: string, op: JsonObject, defaultSecurity: boolean): Operation {
    const parameters: ParameterSpec[] = [];
    for (const raw of (op.parameters ?? []) as JsonObject[]) {
      const schema = rebase((raw.schema ?? {}) as Json) as JsonObject;
      parameters.push({
        name: String(raw.name),
        in: raw.in as ParameterSpec["in"],
        required: raw.required === true,
        types: this.primitiveTypes(schema),
        validate: this.ajv.compile(schema),
      });
    }
    const requestBody = op.requestBody as JsonObject | undefined;
    const bodySchema = requestBody ? jsonSchemaOf(requestBody) : undefined;
    const responses = new Map<string, ValidateFunction | undefined>();
    for (const [code, response] of Object.entries((op.responses ?? {}) as Record<string, JsonObject>)) {
      const schema = jsonSchemaOf(response);
      responses.set(code, schema ? this.ajv.compile(rebase(schema) as JsonObject) : undefined);
    }
    const security = op.security;
    return {
      method,
      path,
      operationId: String(op.operationId),
      extension: op["x-lumos-extension"] === true,
      secured: Array.isArray(security) ? security.length > 0 : defaultSecurity,
      parameters,
      body: bodySchema
        ? { required: requestBody?.required === true, validate: this.ajv.compile(rebase(bodySchema) as JsonObject) }
        : undefined,
      responses,
    };
  }

  /** The JSON types a parameter may take, following $ref and anyOf. */
  private primitiveTypes(schema: Json, seen = new Set<string>()): Set<string> {
    const out = new Set<string>();
    if (!isObject(schema)) return out;
    if (typeof schema.type === "string") out.add(schema.type);
    if (Array.isArray(schema.type)) for (const t of schema.type) out.add(String(t));
    if (typeof schema.$ref === "string") {
      const name = schema.$ref.split("/").pop() ?? "";
      if (!seen.has(name)) {
        seen.add(name);
        const components = (this.document.components as JsonObject | undefined)?.schemas as JsonObject | undefined;
        for (const t of this.primitiveTypes(components?.[name] ?? null, seen)) out.add(t);
      }
    }
    for (const branch of (Array.isArray(schema.anyOf) ? schema.anyOf : []) as Json[]) {
      for (const t of this.primitiveTypes(branch, seen)) out.add(t);
    }
    return out;
  }
}

function jsonSchemaOf(holder: JsonObject): Json | undefined {
  const content = holder.content as JsonObject | undefined;
  const json = content?.["application/json"] as JsonObject | undefined;
  return json?.schema;
}

/** Points `#/components/...` refs of an inline schema at the registered contract. */
function rebase(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (!isObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] = key === "$ref" && typeof value === "string" && value.startsWith("#/") ? `contract${value}` : rebase(value);
  }
  return out;
}

function coerce(value: unknown, types: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => coerce(v, types));
  if (typeof value !== "string") return value;
  if (types.has("boolean") && (value === "true" || value === "false")) return value === "true";
  if (types.has("integer") && /^-?\d+$/.test(value)) return Number(value);
  if (types.has("number") && value.trim() !== "" && !Number.isNaN(Number(value))) return Number(value);
  if (types.has("null") && value === "null" && !types.has("string")) return null;
  return value;
}

/**
 * Ajv's errors in the words FastAPI (pydantic 2) uses: `loc` from the request part down,
 * `type` such as `missing`, `string_type`, `string_too_long`, `enum`, and `msg` such as
 * "Field required". `data` is the checked value, to tell an unparsable query string from a
 * JSON value of the wrong type. The input itself is never echoed: it may be a secret.
 */
function toIssues(errors: ErrorObject[] | null | undefined, prefix: (string | number)[], data: unknown): ValidationIssue[] {
  const all = errors ?? [];
  // An optional field is `anyOf: [X, null]`: pydantic reports only what X expected.
  const nullBranches = all
    .filter((e) => e.keyword === "type" && (e.params as { type: unknown }).type === "null" && /\/anyOf\/\d+\/type$/.test(e.schemaPath))
    .map((e) => e.schemaPath.replace(/\/type$/, "/"));
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const error of all) {
    if (error.keyword === "anyOf" || error.keyword === "if") continue;
    if (nullBranches.some((branch) => `${error.schemaPath}/`.startsWith(branch))) continue;
    const segments = error.instancePath.split("/").filter(Boolean).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
    const path = segments.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const value = valueAt(data, segments);
    const { loc, msg, type } = describe(error, [...prefix, ...path], value, prefix[0] === "query" || prefix[0] === "path");
    // One answer per place, as pydantic gives (the first branch of a union that failed).
    const key = loc.join("\u0000");
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ loc, msg, type });
  }
  return issues;
}

function describe(error: ErrorObject, loc: (string | number)[], value: unknown, fromString: boolean): ValidationIssue {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return { loc: [...loc, String(params.missingProperty)], msg: "Field required", type: "missing" };
    case "additionalProperties":
      return { loc: [...loc, String(params.additionalProperty)], msg: "Extra inputs are not permitted", type: "extra_forbidden" };
    case "type":
      return { loc, ...typeError(String(Array.isArray(params.type) ? params.type[0] : params.type), value, fromString) };
    case "enum":
      return { loc, msg: `Input should be ${alternatives((params.allowedValues as unknown[]) ?? [])}`, type: "enum" };
    case "const":
      return { loc, msg: `Input should be ${alternatives([params.allowedValue])}`, type: "literal_error" };
    case "maxLength":
      return { loc, msg: `String should have at most ${count(params.limit, "character")}`, type: "string_too_long" };
    case "minLength":
      return { loc, msg: `String should have at least ${count(params.limit, "character")}`, type: "string_too_short" };
    case "pattern":
      return { loc, msg: `String should match pattern '${String(params.pattern)}'`, type: "string_pattern_mismatch" };
    case "maximum":
      return { loc, msg: `Input should be less than or equal to ${String(params.limit)}`, type: "less_than_equal" };
    case "minimum":
      return { loc, msg: `Input should be greater than or equal to ${String(params.limit)}`, type: "greater_than_equal" };
    case "exclusiveMaximum":
      return { loc, msg: `Input should be less than ${String(params.limit)}`, type: "less_than" };
    case "exclusiveMinimum":
      return { loc, msg: `Input should be greater than ${String(params.limit)}`, type: "greater_than" };
    case "minItems": {
      const actual = Array.isArray(value) ? value.length : 0;
      return { loc, msg: `List should have at least ${count(params.limit, "item")} after validation, not ${actual}`, type: "too_short" };
    }
    case "maxItems": {
      const actual = Array.isArray(value) ? value.length : 0;
      return { loc, msg: `List should have at most ${count(params.limit, "item")} after validation, not ${actual}`, type: "too_long" };
    }
    case "uniqueItems":
      return { loc, msg: "Value error, list items must be unique", type: "value_error" };
    case "format":
      if (params.format === "date-time") return { loc, msg: "Input should be a valid datetime", type: "datetime_parsing" };
      if (params.format === "uri") return { loc, msg: "Input should be a valid URL", type: "url_parsing" };
      return { loc, msg: `Value error, not a valid ${String(params.format)}`, type: "value_error" };
    default:
      return { loc, msg: `Value error, ${error.message ?? "invalid value"}`, type: "value_error" };
  }
}

function typeError(expected: string, value: unknown, fromString: boolean): { msg: string; type: string } {
  const parsing = fromString && typeof value === "string";
  switch (expected) {
    case "string":
      return { msg: "Input should be a valid string", type: "string_type" };
    case "integer":
      return parsing
        ? { msg: "Input should be a valid integer, unable to parse string as an integer", type: "int_parsing" }
        : { msg: "Input should be a valid integer", type: "int_type" };
    case "number":
      return parsing
        ? { msg: "Input should be a valid number, unable to parse string as a number", type: "float_parsing" }
        : { msg: "Input should be a valid number", type: "float_type" };
    case "boolean":
      return parsing
        ? { msg: "Input should be a valid boolean, unable to interpret input", type: "bool_parsing" }
        : { msg: "Input should be a valid boolean", type: "bool_type" };
    case "array":
      return { msg: "Input should be a valid list", type: "list_type" };
    case "object":
      return { msg: "Input should be a valid dictionary or object to extract fields from", type: "model_attributes_type" };
    default:
      return { msg: `Input should be ${expected}`, type: `${expected}_type` };
  }
}

function alternatives(values: unknown[]): string {
  const quoted = values.map((v) => `'${String(v)}'`);
  return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
}

function count(limit: unknown, noun: string): string {
  return `${String(limit)} ${noun}${limit === 1 ? "" : "s"}`;
}

function valueAt(data: unknown, segments: string[]): unknown {
  let here = data;
  for (const segment of segments) {
    if (Array.isArray(here)) here = here[Number(segment)];
    else if (isObject(here)) here = here[segment];
    else return undefined;
  }
  return here;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
