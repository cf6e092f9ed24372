/**
 * Terraform code as data, and its two spellings: Terraform JSON (`.tf.json`) and HCL (`.tf`).
 * One model, two printers, so the HCL we write parses back (with @cdktf/hcl2json) to exactly
 * the `.tf.json` we write. Nested structures are nested attributes (`x = { … }`), never blocks:
 * the teamlumos/lumos provider declares no blocks.
 */

/** A Terraform expression written as is: a reference (`lumos_app.payroll.id`) or a call. One line. */
export interface TfExpr {
  readonly $expr: string;
}

/** A string built from text and expressions: `"Run by ${var.team}"`. */
export interface TfTemplate {
  readonly $template: readonly (string | TfExpr)[];
}

/** A JSON document held in a string attribute (an app's `settings`, a policy's `access_condition`). */
export interface TfJson {
  readonly $json: unknown;
}

export type TfValue = string | number | boolean | null | TfExpr | TfTemplate | TfJson | TfValue[] | TfObject;
export interface TfObject {
  [key: string]: TfValue;
}

export type TfBody = TfObject;

/** A Terraform configuration: the blocks lumos-iac writes, in the order it writes them. */
export interface TfDocument {
  /** `terraform { required_providers { name = { source, version } } }` */
  requiredProviders: Record<string, { source: string; version: string }>;
  /** `provider "name" { … }` */
  providers: Record<string, TfBody>;
  /** `variable "name" { … }` */
  variables: Record<string, TfBody>;
  /** `data "type" "name" { … }`, by type then name. */
  data: Record<string, Record<string, TfBody>>;
  /** `resource "type" "name" { … }`, by type then name. */
  resources: Record<string, Record<string, TfBody>>;
  /** `import { to = type.name  id = "…" }` */
  imports: { to: string; id: string }[];
  /** Comments above a resource in HCL and CDKTF (`type.name` → lines); JSON has no comments. */
  comments?: Record<string, string[]>;
}

export const expr = (text: string): TfExpr => ({ $expr: text });
export const template = (...parts: (string | TfExpr)[]): TfTemplate => ({ $template: parts });
export const jsonText = (value: unknown): TfJson => ({ $json: value });

export function isExpr(value: unknown): value is TfExpr {
  return typeof value === "object" && value !== null && "$expr" in value;
}
export function isTemplate(value: unknown): value is TfTemplate {
  return typeof value === "object" && value !== null && "$template" in value;
}
export function isJsonText(value: unknown): value is TfJson {
  return typeof value === "object" && value !== null && "$json" in value;
}
function isObject(value: unknown): value is TfObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !isExpr(value) && !isTemplate(value) && !isJsonText(value);
}

/** Whether a value holds an expression anywhere (then a JSON string must be `jsonencode(…)`). */
export function hasExpr(value: unknown): boolean {
  if (isExpr(value) || isTemplate(value)) return true;
  if (Array.isArray(value)) return value.some(hasExpr);
  if (typeof value === "object" && value !== null) return Object.values(value).some(hasExpr);
  return false;
}

// ---- identifiers ------------------------------------------------------------------------------

/** Bare object keys: no dash, which an object constructor would read as subtraction. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A Terraform name from any text: `Payroll Admin` → `payroll_admin`, `7 days` → `_7_days`. */
export function identifierOf(text: string): string {
  const base = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_|_$/g, "")
    .slice(0, 60)
    .replace(/_$/, "");
  if (base === "") return "unnamed";
  return /^[0-9]/.test(base) ? `_${base}` : base;
}

/** Hands out names unique within one scope (a resource type, the variables): `x`, `x_2`, … */
export class NameScope {
  private readonly used = new Set<string>();
  take(text: string): string {
    const base = identifierOf(text);
    let name = base;
    for (let n = 2; this.used.has(name); n++) name = `${base}_${n}`;
    this.used.add(name);
    return name;
  }
}

// ---- strings -----------------------------------------------------------------------------------

/** A literal string as Terraform reads it in both syntaxes: a template, so `${` and `%{` are escaped. */
export function escapeTemplate(text: string): string {
  return text.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

/** A quoted HCL string literal. */
function quote(text: string): string {
  let out = '"';
  for (const ch of escapeTemplate(text)) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

function templateText(value: TfTemplate): string {
  return value.$template.map((part) => (typeof part === "string" ? escapeTemplate(part) : `\${${part.$expr}}`)).join("");
}

function objectKey(key: string): string {
  return IDENTIFIER.test(key) ? key : quote(key);
}

/** A pretty JSON text, one trailing newline (as a heredoc holds it). */
function prettyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

// ---- expressions on one line (inside jsonencode, and in .tf.json) ------------------------------

/** A value as one line of HCL expression syntax. */
export function inlineHcl(value: TfValue): string {
  if (value === null) return "null";
  if (typeof value === "string") return quote(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (isExpr(value)) return value.$expr;
  if (isTemplate(value)) {
    const parts = value.$template;
    // A template of exactly one expression is that expression.
    if (parts.length === 1 && typeof parts[0] !== "string") return parts[0]!.$expr;
    return `"${parts.map((p) => (typeof p === "string" ? quote(p).slice(1, -1) : `\${${p.$expr}}`)).join("")}"`;
  }
  if (isJsonText(value)) return `jsonencode(${inlineHcl(toTfValue(value.$json))})`;
  if (Array.isArray(value)) return `[${value.map(inlineHcl).join(", ")}]`;
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  return `{ ${entries.map(([k, v]) => `${objectKey(k)} = ${inlineHcl(v)}`).join(", ")} }`;
}

/** Plain JSON data (object keys kept as written) as TfValue. */
function toTfValue(value: unknown): TfValue {
  if (value === undefined) return null;
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (isExpr(value) || isTemplate(value) || isJsonText(value)) return value;
  if (Array.isArray(value)) return value.map(toTfValue);
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toTfValue(v)]));
}

// ---- Terraform JSON ----------------------------------------------------------------------------

/** A value as Terraform JSON: expressions as `"${…}"`, literal strings escaped. */
export function jsonValue(value: TfValue): unknown {
  if (value === null || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return escapeTemplate(value);
  if (isExpr(value)) return `\${${value.$expr}}`;
  if (isTemplate(value)) return templateText(value);
  if (isJsonText(value)) return hasExpr(value.$json) ? `\${${inlineHcl(value)}}` : escapeTemplate(prettyJson(value.$json));
  if (Array.isArray(value)) return value.map(jsonValue);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonValue(v)]));
}

/** The document as Terraform JSON (`main.tf.json`). */
export function toTerraformJson(doc: TfDocument): Record<string, unknown> {
  const out: Record<string, unknown> = { terraform: { required_providers: doc.requiredProviders } };
  if (Object.keys(doc.providers).length > 0) out.provider = mapValues(doc.providers, (body) => jsonValue(body));
  if (Object.keys(doc.variables).length > 0) out.variable = mapValues(doc.variables, (body) => jsonValue(body));
  if (Object.keys(doc.data).length > 0) out.data = mapValues(doc.data, (byName) => mapValues(byName, (body) => jsonValue(body)));
  if (Object.keys(doc.resources).length > 0) out.resource = mapValues(doc.resources, (byName) => mapValues(byName, (body) => jsonValue(body)));
  if (doc.imports.length > 0) out.import = doc.imports.map((i) => ({ to: i.to, id: i.id }));
  return out;
}

function mapValues<T, U>(record: Record<string, T>, fn: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v)]));
}

// ---- HCL ---------------------------------------------------------------------------------------

const INDENT = "  ";

/** The document as HCL (`main.tf`), in a stable order, every nested structure an attribute. */
export function printHcl(doc: TfDocument, header: string[] = []): string {
  const blocks: string[] = [];
  const providers = Object.entries(doc.requiredProviders)
    .map(([name, p]) => `${INDENT}${INDENT}${name} = ${inlineHcl({ source: p.source, version: p.version })}`)
    .join("\n");
  blocks.push(`terraform {\n${INDENT}required_providers {\n${providers}\n${INDENT}}\n}`);
  for (const [name, body] of Object.entries(doc.providers)) blocks.push(block(`provider ${quote(name)}`, body));
  for (const [name, body] of Object.entries(doc.variables)) blocks.push(block(`variable ${quote(name)}`, body, ["type"]));
  for (const [type, byName] of Object.entries(doc.data)) {
    for (const [name, body] of Object.entries(byName)) blocks.push(block(`data ${quote(type)} ${quote(name)}`, body));
  }
  for (const [type, byName] of Object.entries(doc.resources)) {
    for (const [name, body] of Object.entries(byName)) {
      const comments = (doc.comments?.[`${type}.${name}`] ?? []).map((line) => `# ${line}\n`).join("");
      blocks.push(comments + block(`resource ${quote(type)} ${quote(name)}`, body));
    }
  }
  for (const i of doc.imports) blocks.push(`import {\n${INDENT}to = ${i.to}\n${INDENT}id = ${quote(i.id)}\n}`);
  return `${header.map((line) => `# ${line}\n`).join("")}${header.length > 0 ? "\n" : ""}${blocks.join("\n\n")}\n`;
}

/** `keyword "label" { attributes }`; attributes named in `bare` are type keywords (`type = string`). */
function block(head: string, body: TfBody, bare: string[] = []): string {
  const lines = Object.entries(body).map(([key, value]) =>
    bare.includes(key) && typeof value === "string" ? `${INDENT}${key} = ${value}` : `${INDENT}${key} = ${multiline(value, INDENT)}`,
  );
  return lines.length > 0 ? `${head} {\n${lines.join("\n")}\n}` : `${head} {}`;
}

/** A value as HCL at this indentation: objects and lists of objects over several lines. */
function multiline(value: TfValue, indent: string): string {
  if (isJsonText(value) && !hasExpr(value.$json)) return heredoc(prettyJson(value.$json), indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    // Short lists of scalars and of flat objects ({ id = … }) stay on one line.
    if (value.every((item) => !Array.isArray(item) && !isJsonText(item) && (!isObject(item) || Object.values(item).every((v) => !isObject(v) && !Array.isArray(v) && !isJsonText(v))))) {
      const inline = inlineHcl(value);
      if (inline.length + indent.length < 100) return inline;
    }
    const inner = indent + INDENT;
    return `[\n${value.map((item) => `${inner}${multiline(item, inner)},`).join("\n")}\n${indent}]`;
  }
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const inner = indent + INDENT;
    return `{\n${entries.map(([k, v]) => `${inner}${objectKey(k)} = ${multiline(v, inner)}`).join("\n")}\n${indent}}`;
  }
  return inlineHcl(value);
}

/** A literal multi-line string as an indented heredoc (`<<-EOT`), escaped as a template. */
function heredoc(text: string, indent: string): string {
  const lines = escapeTemplate(text).replace(/\n$/, "").split("\n");
  let marker = "EOT";
  while (lines.some((line) => line.trim() === marker)) marker += "_";
  const inner = indent + INDENT;
  return `<<-${marker}\n${lines.map((line) => `${inner}${line}`).join("\n")}\n${indent}${marker}`;
}
