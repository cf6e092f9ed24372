/**
 * Compares our contract with the published Lumos OpenAPI document. Every operation, parameter,
 * request body, response and schema of ours that is not marked `x-lumos-extension` must exist
 * there with the same shape: operationId, success responses, types, enums, formats, limits,
 * defaults, nullability, readOnly/writeOnly, uniqueItems, required flags and properties.
 * Ours may leave out properties, error responses and operations it does not use; it may not
 * leave out a success response. Prose (titles, descriptions, examples) is not compared.
 */
export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, SchemaObject> };
  [key: string]: unknown;
}

export interface ParameterObject {
  name: string;
  in: string;
  required?: boolean;
  schema?: SchemaObject;
  [key: string]: unknown;
}

export interface OperationObject {
  operationId?: string;
  parameters?: ParameterObject[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: SchemaObject }> };
  responses?: Record<string, { content?: Record<string, { schema?: SchemaObject }>; [key: string]: unknown }>;
  [key: string]: unknown;
}

export type SchemaObject = Record<string, unknown>;

const METHODS = new Set(["get", "put", "post", "patch", "delete"]);
/** Keywords whose values must match exactly (schemas among them are compared as schemas). */
const EXACT = [
  "type",
  "format",
  "maxLength",
  "minLength",
  "pattern",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
  "const",
  "additionalProperties",
];
/** Keywords whose values must match exactly; a missing one means its JSON Schema default. */
const FLAGS: Record<string, unknown> = { readOnly: false, writeOnly: false, uniqueItems: false, nullable: false, deprecated: false };

/** Compares `ours` with `theirs` (the published document); returns one line per difference. */
export function compareContracts(ours: OpenApiDocument, theirs: OpenApiDocument): string[] {
  const problems: string[] = [];
  const compared = new Set<string>();
  const ctx = { ours, theirs, problems, compared };

  for (const [path, item] of Object.entries(ours.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const other = theirs.paths[path]?.[method];
      if (op["x-lumos-extension"] === true) {
        // An extension hides an operation from the comparison; Lumos's own must be compared.
        if (other) problems.push(`${where}: marked x-lumos-extension, but the Lumos document has it`);
        continue;
      }
      if (!other) {
        problems.push(`${where}: not in the Lumos document`);
        continue;
      }
      if (op.operationId !== other.operationId) {
        problems.push(`${where}: operationId is ${show(op.operationId)}, Lumos says ${show(other.operationId)}`);
      }
      compareParameters(ctx, where, op, other);
      compareBody(ctx, where, op, other);
      compareResponses(ctx, where, op, other);
    }
  }
  for (const [name, schema] of Object.entries(ours.components?.schemas ?? {})) {
    const other = theirs.components?.schemas?.[name];
    if (schema["x-lumos-extension"] === true) {
      if (other) problems.push(`schema ${name}: marked x-lumos-extension, but the Lumos document has a schema of that name`);
      continue;
    }
    if (!other) problems.push(`schema ${name}: not in the Lumos document`);
    else compareSchema(ctx, `schema ${name}`, { $ref: `#/components/schemas/${name}` }, { $ref: `#/components/schemas/${name}` });
  }
  return [...new Set(problems)];
}

interface Ctx {
  ours: OpenApiDocument;
  theirs: OpenApiDocument;
  problems: string[];
  compared: Set<string>;
}

function isSuccess(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

function compareResponses(ctx: Ctx, where: string, op: OperationObject, other: OperationObject): void {
  const mineResponses = op.responses ?? {};
  const theirResponses = other.responses ?? {};
  for (const status of Object.keys(theirResponses)) {
    if (isSuccess(status) && !mineResponses[status]) ctx.problems.push(`${where}: success response ${status} missing`);
  }
  if (!Object.keys(mineResponses).some(isSuccess)) ctx.problems.push(`${where}: no success response`);
  for (const [status, response] of Object.entries(mineResponses)) {
    if (response["x-lumos-extension"] === true) continue;
    const otherResponse = theirResponses[status];
    if (!otherResponse) {
      ctx.problems.push(`${where}: response ${status} not in the Lumos document`);
      continue;
    }
    compareContent(ctx, `${where} response ${status}`, response.content, otherResponse.content);
  }
}

function compareContent(
  ctx: Ctx,
  where: string,
  mine: Record<string, { schema?: SchemaObject }> | undefined,
  theirs: Record<string, { schema?: SchemaObject }> | undefined,
): void {
  for (const [type, media] of Object.entries(mine ?? {})) {
    const other = theirs?.[type];
    if (!other) {
      ctx.problems.push(`${where}: has a ${type} body the Lumos document does not describe`);
      continue;
    }
    if (media.schema && other.schema) compareSchema(ctx, where, media.schema, other.schema);
    else if (media.schema || other.schema) ctx.problems.push(`${where}: ${media.schema ? "has a schema" : "lacks the schema"} for ${type}`);
  }
  for (const type of Object.keys(theirs ?? {})) {
    if (!mine?.[type]) ctx.problems.push(`${where}: ${type} body missing`);
  }
}

function compareParameters(ctx: Ctx, where: string, op: OperationObject, other: OperationObject): void {
  const theirs = new Map((other.parameters ?? []).map((p) => [`${p.in}:${p.name}`, p]));
  const mine = new Set<string>();
  for (const param of op.parameters ?? []) {
    const key = `${param.in}:${param.name}`;
    mine.add(key);
    const match = theirs.get(key);
    if (!match) {
      ctx.problems.push(`${where}: parameter ${param.name} (${param.in}) not in the Lumos document`);
      continue;
    }
    if ((param.required ?? false) !== (match.required ?? false)) {
      ctx.problems.push(`${where}: parameter ${param.name} required=${param.required ?? false}, Lumos says ${match.required ?? false}`);
    }
    for (const [flag, fallback] of Object.entries({ deprecated: false, explode: undefined, style: undefined, allowEmptyValue: false })) {
      if (!same(param[flag] ?? fallback, match[flag] ?? fallback)) {
        ctx.problems.push(`${where}: parameter ${param.name} ${flag} is ${show(param[flag])}, Lumos says ${show(match[flag])}`);
      }
    }
    if (param.schema && match.schema) compareSchema(ctx, `${where} parameter ${param.name}`, param.schema, match.schema);
    else if (param.schema || match.schema) ctx.problems.push(`${where}: parameter ${param.name} schema differs`);
  }
  for (const [key, param] of theirs) {
    if (param.required && !mine.has(key)) ctx.problems.push(`${where}: required parameter ${param.name} missing`);
  }
}

function compareBody(ctx: Ctx, where: string, op: OperationObject, other: OperationObject): void {
  if (!op.requestBody && !other.requestBody) return;
  if (!op.requestBody || !other.requestBody) {
    ctx.problems.push(`${where}: request body ${op.requestBody ? "not in the Lumos document" : "missing"}`);
    return;
  }
  if ((op.requestBody.required ?? false) !== (other.requestBody.required ?? false)) {
    ctx.problems.push(`${where}: request body required=${op.requestBody.required ?? false}, Lumos says ${other.requestBody.required ?? false}`);
  }
  compareContent(ctx, `${where} request body`, op.requestBody.content, other.requestBody.content);
}

function resolve(doc: OpenApiDocument, schema: SchemaObject): { name?: string; schema: SchemaObject } {
  const ref = schema.$ref;
  if (typeof ref !== "string") return { schema };
  const name = ref.split("/").pop() ?? "";
  return { name, schema: doc.components?.schemas?.[name] ?? {} };
}

/** Whether a schema admits null: OpenAPI 3.0 `nullable`, a `type` list with "null", or a null branch. */
export function admitsNull(schema: SchemaObject): boolean {
  if (schema.nullable === true) return true;
  if (schema.type === "null" || (Array.isArray(schema.type) && schema.type.includes("null"))) return true;
  return (["anyOf", "oneOf"] as const).some((key) => Array.isArray(schema[key]) && (schema[key] as SchemaObject[]).some((b) => b.type === "null"));
}

function compareSchema(ctx: Ctx, where: string, mineRaw: SchemaObject, theirsRaw: SchemaObject): void {
  const mine = resolve(ctx.ours, mineRaw);
  const theirs = resolve(ctx.theirs, theirsRaw);
  if (admitsNull(mine.schema) !== admitsNull(theirs.schema)) {
    ctx.problems.push(`${where}: ${admitsNull(mine.schema) ? "nullable" : "not nullable"}, Lumos says ${admitsNull(theirs.schema) ? "nullable" : "not nullable"}`);
  }
  if (mine.name !== undefined && theirs.name !== undefined) {
    if (mine.name !== theirs.name) ctx.problems.push(`${where}: refers to ${mine.name}, Lumos to ${theirs.name}`);
    // Keywords beside a $ref (a default, readOnly, …) belong to this use of the schema.
    compareKeywords(ctx, where, siblings(mineRaw), siblings(theirsRaw));
    if (!ctx.theirs.components?.schemas?.[theirs.name]) return;
    const key = `${mine.name}→${theirs.name}`;
    if (ctx.compared.has(key)) return;
    ctx.compared.add(key);
    where = `schema ${mine.name}`;
  } else if ((mine.name === undefined) !== (theirs.name === undefined)) {
    ctx.problems.push(`${where}: ${mine.name ? `refers to ${mine.name}` : "inline schema"}, Lumos ${theirs.name ? `refers to ${theirs.name}` : "has an inline schema"}`);
    return;
  }
  const a = mine.schema;
  const b = theirs.schema;
  compareKeywords(ctx, where, a, b);
  for (const combinator of ["anyOf", "oneOf", "allOf"] as const) {
    const left = a[combinator] as SchemaObject[] | undefined;
    const right = b[combinator] as SchemaObject[] | undefined;
    if (!left && !right) continue;
    if (!left || !right || left.length !== right.length) {
      ctx.problems.push(`${where}: ${combinator} differs`);
      continue;
    }
    left.forEach((branch, i) => compareSchema(ctx, `${where}.${combinator}[${i}]`, branch, right[i]!));
  }
  if (a.items || b.items) {
    if (!isObject(a.items) || !isObject(b.items)) ctx.problems.push(`${where}: items differ`);
    else compareSchema(ctx, `${where}[]`, a.items, b.items);
  }
  const mineProps = (a.properties ?? {}) as Record<string, SchemaObject>;
  const theirProps = (b.properties ?? {}) as Record<string, SchemaObject>;
  for (const [prop, schema] of Object.entries(mineProps)) {
    const other = theirProps[prop];
    if (!other) ctx.problems.push(`${where}: property ${prop} not in the Lumos document`);
    else compareSchema(ctx, `${where}.${prop}`, schema, other);
  }
  const mineRequired = new Set((a.required ?? []) as string[]);
  const theirRequired = new Set((b.required ?? []) as string[]);
  for (const prop of new Set([...mineRequired, ...theirRequired])) {
    if (mineRequired.has(prop) !== theirRequired.has(prop)) {
      ctx.problems.push(`${where}: ${prop} required=${mineRequired.has(prop)}, Lumos says ${theirRequired.has(prop)}`);
    }
  }
}

/** Types, formats, limits, flags, default and enum: what a schema says about its own value. */
function compareKeywords(ctx: Ctx, where: string, a: SchemaObject, b: SchemaObject): void {
  for (const keyword of EXACT) {
    const left = a[keyword];
    const right = b[keyword];
    if (isObject(left) && isObject(right)) {
      compareSchema(ctx, `${where}.${keyword}`, left, right);
    } else if (!same(left, right)) {
      ctx.problems.push(`${where}: ${keyword} is ${show(left)}, Lumos says ${show(right)}`);
    }
  }
  for (const [flag, fallback] of Object.entries(FLAGS)) {
    if (!same(a[flag] ?? fallback, b[flag] ?? fallback)) ctx.problems.push(`${where}: ${flag} is ${show(a[flag] ?? fallback)}, Lumos says ${show(b[flag] ?? fallback)}`);
  }
  for (const keyword of ["default", "discriminator"]) {
    if (!same(a[keyword], b[keyword])) ctx.problems.push(`${where}: ${keyword} is ${show(a[keyword])}, Lumos says ${show(b[keyword])}`);
  }
  if (!same(sorted(a.enum), sorted(b.enum))) {
    ctx.problems.push(`${where}: enum ${show(a.enum)}, Lumos says ${show(b.enum)}`);
  }
}

function siblings(schema: SchemaObject): SchemaObject {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}

function isObject(value: unknown): value is SchemaObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Deep equality that ignores the order of object keys. */
function same(left: unknown, right: unknown): boolean {
  return canonical(left) === canonical(right);
}

function canonical(value: unknown): string {
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

function show(value: unknown): string {
  return value === undefined ? "absent" : JSON.stringify(value);
}

function sorted(values: unknown): unknown {
  return Array.isArray(values) ? [...values].map(String).sort() : values;
}

