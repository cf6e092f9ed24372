/**
 * Compares our contract with the published Lumos OpenAPI document. Every operation, parameter,
 * request body, response and schema of ours that is not marked `x-lumos-extension` must exist
 * there with the same shape: types, enums, formats, limits, required flags and properties.
 * Ours may leave out properties and operations it does not use. Prose is not compared.
 */
export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, SchemaObject> };
  [key: string]: unknown;
}

export interface OperationObject {
  parameters?: { name: string; in: string; required?: boolean; schema?: SchemaObject }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: SchemaObject }> };
  responses?: Record<string, { content?: Record<string, { schema?: SchemaObject }>; [key: string]: unknown }>;
  [key: string]: unknown;
}

export type SchemaObject = Record<string, unknown>;

const METHODS = new Set(["get", "put", "post", "patch", "delete"]);
/** Keywords whose values must match exactly. */
const EXACT = ["type", "format", "maxLength", "minLength", "minimum", "maximum", "minItems", "maxItems", "const", "additionalProperties"];

export function compareContracts(ours: OpenApiDocument, theirs: OpenApiDocument): string[] {
  const problems: string[] = [];
  const compared = new Set<string>();
  const ctx = { ours, theirs, problems, compared };

  for (const [path, item] of Object.entries(ours.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method) || op["x-lumos-extension"] === true) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const other = theirs.paths[path]?.[method];
      if (!other) {
        problems.push(`${where}: not in the Lumos document`);
        continue;
      }
      compareParameters(ctx, where, op, other);
      compareBody(ctx, where, op, other);
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (response["x-lumos-extension"] === true) continue;
        const otherResponse = other.responses?.[status];
        if (!otherResponse) {
          problems.push(`${where}: response ${status} not in the Lumos document`);
          continue;
        }
        const mine = response.content?.["application/json"]?.schema;
        const theirsSchema = otherResponse.content?.["application/json"]?.schema;
        if (mine && theirsSchema) compareSchema(ctx, `${where} response ${status}`, mine, theirsSchema);
        else if (mine && !theirsSchema) problems.push(`${where}: response ${status} has a body the Lumos document does not describe`);
      }
    }
  }
  for (const [name, schema] of Object.entries(ours.components?.schemas ?? {})) {
    if (schema["x-lumos-extension"] === true) continue;
    const other = theirs.components?.schemas?.[name];
    if (!other) problems.push(`schema ${name}: not in the Lumos document`);
    else compareSchema(ctx, `schema ${name}`, schema, other);
  }
  return [...new Set(problems)];
}

interface Ctx {
  ours: OpenApiDocument;
  theirs: OpenApiDocument;
  problems: string[];
  compared: Set<string>;
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
    if (param.schema && match.schema) compareSchema(ctx, `${where} parameter ${param.name}`, param.schema, match.schema);
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
    ctx.problems.push(`${where}: request body required flag differs`);
  }
  const mine = op.requestBody.content?.["application/json"]?.schema;
  const theirs = other.requestBody.content?.["application/json"]?.schema;
  if (mine && theirs) compareSchema(ctx, `${where} request body`, mine, theirs);
}

function resolve(doc: OpenApiDocument, schema: SchemaObject): { name?: string; schema: SchemaObject } {
  const ref = schema.$ref;
  if (typeof ref !== "string") return { schema };
  const name = ref.split("/").pop() ?? "";
  return { name, schema: doc.components?.schemas?.[name] ?? {} };
}

function compareSchema(ctx: Ctx, where: string, mineRaw: SchemaObject, theirsRaw: SchemaObject): void {
  const mine = resolve(ctx.ours, mineRaw);
  const theirs = resolve(ctx.theirs, theirsRaw);
  if (mine.name !== undefined && theirs.name !== undefined) {
    if (mine.name !== theirs.name) ctx.problems.push(`${where}: refers to ${mine.name}, Lumos to ${theirs.name}`);
    const key = `${mine.name}`;
    if (ctx.compared.has(key)) return;
    ctx.compared.add(key);
    where = `schema ${mine.name}`;
  } else if ((mine.name === undefined) !== (theirs.name === undefined)) {
    ctx.problems.push(`${where}: ${mine.name ? `refers to ${mine.name}` : "inline schema"}, Lumos ${theirs.name ? `refers to ${theirs.name}` : "has an inline schema"}`);
    return;
  }
  const a = mine.schema;
  const b = theirs.schema;
  for (const keyword of EXACT) {
    const left = a[keyword];
    const right = b[keyword];
    if (typeof left === "object" && left !== null && typeof right === "object" && right !== null) {
      compareSchema(ctx, `${where}.${keyword}`, left as SchemaObject, right as SchemaObject);
    } else if (JSON.stringify(left) !== JSON.stringify(right)) {
      ctx.problems.push(`${where}: ${keyword} is ${JSON.stringify(left)}, Lumos says ${JSON.stringify(right)}`);
    }
  }
  if (JSON.stringify(sorted(a.enum)) !== JSON.stringify(sorted(b.enum))) {
    ctx.problems.push(`${where}: enum ${JSON.stringify(a.enum)}, Lumos says ${JSON.stringify(b.enum)}`);
  }
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
    if (!a.items || !b.items) ctx.problems.push(`${where}: items differ`);
    else compareSchema(ctx, `${where}[]`, a.items as SchemaObject, b.items as SchemaObject);
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

function sorted(values: unknown): unknown {
  return Array.isArray(values) ? [...values].map(String).sort() : values;
}
