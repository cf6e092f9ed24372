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
        issues.push(...toIssues(param.validate.errors, [param.in, param.name]));
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
          issues.push({ loc: ["body", 0], msg: `JSON decode error: ${(error as Error).message}`, type: "json_invalid" });
        }
        if (body !== undefined && !op.body.validate(body)) issues.push(...toIssues(op.body.validate.errors, ["body"]));
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

function toIssues(errors: ErrorObject[] | null | undefined, prefix: (string | number)[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    // anyOf failures repeat each branch's error; the summary line is enough.
    if (error.keyword === "type" && error.schemaPath.includes("/anyOf/")) continue;
    const path = error.instancePath.split("/").filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    let loc = [...prefix, ...path];
    let msg = error.message ?? "invalid";
    let type = error.keyword;
    if (error.keyword === "required") {
      loc = [...loc, String((error.params as { missingProperty: string }).missingProperty)];
      msg = "Field required";
      type = "missing";
    } else if (error.keyword === "additionalProperties") {
      loc = [...loc, String((error.params as { additionalProperty: string }).additionalProperty)];
      msg = "Extra inputs are not permitted";
      type = "extra_forbidden";
    } else if (error.keyword === "enum") {
      msg = `Input should be ${((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) => `'${String(v)}'`).join(" or ")}`;
    }
    const key = `${loc.join(".")}|${msg}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ loc, msg, type });
  }
  return issues;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
