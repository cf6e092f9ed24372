/**
 * Reads Terraform files into blocks and attributes with places: `.tf` and `.tfvars` (native
 * syntax, checked by @cdktf/hcl2json and laid out by tree-sitter's Terraform grammar, both
 * WebAssembly, loaded only when such a file is read) and `.tf.json` / `.tfvars.json` (JSON,
 * whose strings are templates).
 */
import { readFileSync } from "node:fs";
import { parse as parseJsonc, type ParseError } from "jsonc-parser";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Problem, SourceLocation } from "../../model/types.ts";
import { isRecord } from "../../kinds/common.ts";
import { decodeUtf8 } from "../decode.ts";
import { YamlFile } from "../yaml-file.ts";
import { ExprError, locateIn, parseExpression, parseTemplateText, type Expr, type Origin } from "./expr.ts";

export interface TfAttribute {
  name: string;
  expr: Expr;
  nameLoc: SourceLocation;
}

export interface TfBlock {
  type: string;
  labels: string[];
  attributes: Map<string, TfAttribute>;
  blocks: TfBlock[];
  loc: SourceLocation;
  /** CDKTF's construct path (`//.metadata.path`), when the block came from synthesized JSON. */
  construct?: string;
}

export interface TfFile {
  path: string;
  /** Top-level blocks; a `.tfvars` file has one block of type "" with its attributes. */
  blocks: TfBlock[];
  problems: Problem[];
}

/** The text an expression node was parsed from, for every node (JSON strings each have their own). */
const ORIGINS = new WeakMap<Expr, Origin>();

/** Where an expression node was written. */
export function exprLocation(expr: Expr): SourceLocation {
  const origin = ORIGINS.get(expr);
  return origin ? locateIn(origin, expr.at) : { file: "?", line: 1, col: 1 };
}

/** The construct path of the CDKTF output an expression came from, if any. */
export function exprConstruct(expr: Expr): string | undefined {
  return ORIGINS.get(expr)?.construct;
}

function remember(expr: Expr, origin: Origin): Expr {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isRecord(node)) {
      if (typeof node.type === "string" && typeof node.at === "number" && !ORIGINS.has(node as Expr)) ORIGINS.set(node as Expr, origin);
      for (const value of Object.values(node)) if (typeof value === "object" && value !== null) visit(value);
    }
  };
  visit(expr);
  return expr;
}

function parseAt(text: string, origin: Origin, template: boolean, problems: Problem[]): Expr {
  try {
    return remember(template ? parseTemplateText(text) : parseExpression(text), origin);
  } catch (error) {
    if (!(error instanceof ExprError)) throw error;
    problems.push({ loc: locateIn(origin, error.at), message: error.message });
    return remember({ type: "literal", value: null, at: 0 }, origin);
  }
}

// ---- native syntax ---------------------------------------------------------------------------

interface SyntaxNode {
  type: string;
  text: string;
  startPosition: { row: number; column: number };
  namedChildren: (SyntaxNode | null)[];
  hasError?: boolean;
}

interface NativeTools {
  hclParse: (file: string, text: string) => Promise<unknown>;
  treeParse: (text: string) => SyntaxNode;
}

let tools: Promise<NativeTools> | undefined;

/** hcl2json and the tree-sitter grammar, loaded once, when the first `.tf` file is read. */
function nativeTools(): Promise<NativeTools> {
  tools ??= (async () => {
    // CommonJS: its exports are the module itself, or (bundled) its default export.
    const hclModule = (await import("@cdktf/hcl2json")) as { parse?: NativeTools["hclParse"]; default?: { parse: NativeTools["hclParse"] } };
    const hclParse = hclModule.parse ?? hclModule.default!.parse;
    const treeSitter = await import("web-tree-sitter");
    await treeSitter.Parser.init({ locateFile: () => wasmFile("web-tree-sitter/web-tree-sitter.wasm") });
    const language = await treeSitter.Language.load(wasmFile("@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm"));
    const parser = new treeSitter.Parser();
    parser.setLanguage(language);
    return {
      hclParse,
      treeParse: (text: string) => {
        const tree = parser.parse(text);
        if (!tree) throw new Error("tree-sitter did not parse the file");
        return tree.rootNode as unknown as SyntaxNode;
      },
    };
  })();
  return tools;
}

/** A WebAssembly file of a package: from node_modules, or from dist/wasm/ in the packed CLI (the build copies it there). */
function wasmFile(packageFile: string): string {
  try {
    return createRequire(import.meta.url).resolve(packageFile);
  } catch {
    return fileURLToPath(new URL(`../../../dist/wasm/${packageFile.split("/").pop()!}`, import.meta.url));
  }
}

/**
 * The items of hcl2json's error text, `parse config: [file:1,2-3,4: Summary; Detail. file:…]`
 * (`file:1,2-5:` when the range is on one line; no brackets for one item). Items are found by
 * the file's name, which hcl2json was given: details hold commas and full stops of their own.
 */
function syntaxProblems(message: string, shown: string): Problem[] {
  const text = message.replace(/^parse config: /, "").replace(/^\[([\s\S]*)\]$/, "$1");
  const name = shown.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const starts = [...text.matchAll(new RegExp(`(?:^|\\s)${name}:(\\d+),(\\d+)-\\d+(?:,\\d+)?: `, "g"))];
  const problems = starts.map((m, i): Problem => {
    const said = text.slice(m.index + m[0].length, starts[i + 1]?.index ?? text.length).trim();
    const [summary, ...detail] = said.split("; ");
    const why = detail.join("; ").replace(/\.$/, "");
    return { loc: { file: shown, line: Number(m[1]), col: Number(m[2]) }, message: `${summary}${why ? `: ${why}` : ""}` };
  });
  if (problems.length === 0) problems.push({ loc: { file: shown, line: 1, col: 1 }, message: text });
  return problems;
}

const PREPARED = new Map<string, TfFile>();

/** Reads `.tf`/`.tfvars` files ahead (WebAssembly is asynchronous); `readTerraformFile` then finds them. */
export async function prepareNative(path: string, shown: string): Promise<void> {
  if (PREPARED.has(path)) return;
  const problems: Problem[] = [];
  const read = readText(path, shown, problems);
  if (read === undefined) {
    PREPARED.set(path, { path: shown, blocks: [], problems });
    return;
  }
  const { hclParse, treeParse } = await nativeTools();
  // What hcl2json could parse but not convert (blocks of one type with and without labels): the
  // reading below says where, and this is said only if it finds nothing.
  let unconverted: string | undefined;
  try {
    await hclParse(shown, read);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message.startsWith("convert")) unconverted = message.replace(/^(?:convert[^:]*: )+/, "");
    else if (message.startsWith("parse config")) {
      PREPARED.set(path, { path: shown, blocks: [], problems: syntaxProblems(message, shown) });
      return;
    } else throw error;
  }
  const root = treeParse(read);
  const body = root.namedChildren.find((c) => c?.type === "body");
  const blocks: TfBlock[] = [];
  const loose: TfBlock = { type: "", labels: [], attributes: new Map(), blocks: [], loc: { file: shown, line: 1, col: 1 } };
  if (body) readBody(body, shown, loose, problems, true);
  if (unconverted !== undefined && problems.length === 0) problems.push({ loc: { file: shown, line: 1, col: 1 }, message: unconverted });
  blocks.push(...loose.blocks);
  if (loose.attributes.size > 0) blocks.unshift({ ...loose, blocks: [] });
  PREPARED.set(path, { path: shown, blocks, problems });
}

function at(node: SyntaxNode, file: string): SourceLocation {
  return { file, line: node.startPosition.row + 1, col: node.startPosition.column + 1 };
}

function readBody(body: SyntaxNode, file: string, into: TfBlock, problems: Problem[], top = false): void {
  for (const child of body.namedChildren) {
    if (!child) continue;
    if (child.type === "attribute") {
      const [name, value] = child.namedChildren;
      if (!name || !value) continue;
      const origin: Origin = { file, line: value.startPosition.row + 1, col: value.startPosition.column + 1, text: value.text };
      into.attributes.set(name.text, { name: name.text, expr: parseAt(value.text, origin, false, problems), nameLoc: at(name, file) });
    } else if (child.type === "block") {
      const parts = child.namedChildren.filter((c): c is SyntaxNode => c !== null);
      const type = parts[0]?.text ?? "";
      const labels = parts
        .slice(1)
        .filter((c) => c.type === "string_lit" || c.type === "identifier")
        .map((c) => (c.type === "string_lit" ? c.text.slice(1, -1) : c.text));
      const wanted = top ? JSON_LABELS[type] : undefined;
      if (wanted !== undefined && labels.length !== wanted) {
        // hcl2json reads `resource "lumos_app" {` as a resource with no name; Terraform refuses it.
        const what = wanted === 0 ? "no labels" : wanted === 1 ? `1 label, its name (${type} "name" { … })` : `2 labels, its type and name (${type} "lumos_app" "payroll" { … })`;
        problems.push({ loc: at(child, file), message: `a ${type} block takes ${what}; this one has ${labels.length}` });
        continue;
      }
      const block: TfBlock = { type, labels, attributes: new Map(), blocks: [], loc: at(child, file) };
      const inner = parts.find((c) => c.type === "body");
      if (inner) readBody(inner, file, block, problems);
      into.blocks.push(block);
    }
  }
}

function readText(path: string, shown: string, problems: Problem[]): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    problems.push({ loc: { file: shown, line: 1, col: 1 }, message: `cannot read this file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
    return undefined;
  }
  const text = decodeUtf8(bytes);
  if (!text.ok) {
    problems.push({ loc: { file: shown, line: text.line, col: text.col }, message: text.message });
    return undefined;
  }
  return text.text;
}

// ---- JSON syntax -----------------------------------------------------------------------------

/** Block types whose JSON form is `{type: {label: {label: body}}}`, by their number of labels. */
const JSON_LABELS: Record<string, number> = { resource: 2, data: 2, variable: 1, output: 1, provider: 1, module: 1, locals: 0, terraform: 0, import: 0, moved: 0, check: 1, removed: 0 };

export function isNativeFile(path: string): boolean {
  return /\.(tf|tfvars)$/.test(path);
}

/**
 * Where JSON.parse stopped: the position its message gives, or, for messages that only quote
 * the text around it ("Unexpected token ']', …"), the first error jsonc-parser finds when
 * told to allow no comments and no trailing commas (it reads JSON as JSON.parse does).
 */
export function jsonErrorOffset(text: string, message: string): number {
  const given = /position (\d+)/.exec(message);
  if (given) return Number(given[1]);
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors[0]?.offset ?? 0;
}

/** A Terraform file: `.tf`/`.tfvars` must have been prepared; JSON ones are read here. */
export function readTerraformFile(path: string, shown: string): TfFile {
  if (isNativeFile(path)) {
    const prepared = PREPARED.get(path);
    if (prepared) return prepared;
    return { path: shown, blocks: [], problems: [{ loc: { file: shown, line: 1, col: 1 }, message: "a .tf file is read by loadConfigAsync (its parser is asynchronous), not by loadConfig" }] };
  }
  const problems: Problem[] = [];
  const text = readText(path, shown, problems);
  if (text === undefined) return { path: shown, blocks: [], problems };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const loc = locateIn({ file: shown, line: 1, col: 1, text }, jsonErrorOffset(text, message));
    const said = message.replace(/ in JSON at position \d+.*$/, "").replace(/^(Unexpected token '.+?'), .*$/s, "$1");
    return { path: shown, blocks: [], problems: [{ loc, message: `not valid JSON: ${said}` }] };
  }
  // JSON is YAML: the YAML reader says where each value was written.
  const yaml = new YamlFile(shown, text, { fullParse: true });
  const file: Pick<YamlFile, "locate"> = yaml.errors.length === 0 ? yaml : { locate: () => ({ file: shown, line: 1, col: 1 }) };
  if (!isRecord(value)) return { path: shown, blocks: [], problems: [{ loc: { file: shown, line: 1, col: 1 }, message: "a Terraform JSON file holds one object of block types (resource, data, variable, …)" }] };
  const blocks: TfBlock[] = [];
  if (/\.tfvars\.json$/.test(path)) {
    blocks.push(jsonBlock("", [], value, [], file, problems, undefined));
    return { path: shown, blocks, problems };
  }
  for (const [type, content] of Object.entries(value)) {
    if (type === "//") continue;
    const depth = JSON_LABELS[type];
    if (depth === undefined) {
      problems.push({ loc: file.locate([type], { key: true }), message: `unknown block type ${JSON.stringify(type)}` });
      continue;
    }
    const walk = (node: unknown, labels: string[], path: (string | number)[]): void => {
      if (labels.length === depth) {
        const bodies = Array.isArray(node) ? node : [node];
        bodies.forEach((body, i) => {
          const here = Array.isArray(node) ? [...path, i] : path;
          if (!isRecord(body)) {
            problems.push({ loc: file.locate(here), message: `${type} ${labels.join(".")} must be an object` });
            return;
          }
          const meta = isRecord(body["//"]) && isRecord(body["//"].metadata) ? body["//"].metadata : undefined;
          const construct = typeof meta?.path === "string" ? meta.path : undefined;
          blocks.push(jsonBlock(type, labels, body, here, file, problems, construct));
        });
        return;
      }
      if (!isRecord(node)) {
        problems.push({ loc: file.locate(path), message: `${type} must be an object keyed by ${depth === 2 ? "type, then name" : "name"}` });
        return;
      }
      for (const [label, inner] of Object.entries(node)) if (label !== "//") walk(inner, [...labels, label], [...path, label]);
    };
    walk(content, [], [type]);
  }
  return { path: shown, blocks, problems };
}

/** Attributes that hold blocks in JSON (nested blocks are written as objects there). */
const JSON_NESTED_BLOCKS = new Set(["lifecycle", "provisioner", "connection", "dynamic", "validation", "required_providers", "backend", "cloud", "precondition", "postcondition"]);

function jsonBlock(type: string, labels: string[], body: Record<string, unknown>, path: (string | number)[], file: Pick<YamlFile, "locate">, problems: Problem[], construct: string | undefined): TfBlock {
  const block: TfBlock = { type, labels, attributes: new Map(), blocks: [], loc: file.locate(path), ...(construct ? { construct } : {}) };
  for (const [name, value] of Object.entries(body)) {
    if (name === "//") continue;
    if (JSON_NESTED_BLOCKS.has(name) && type !== "") {
      block.blocks.push({ type: name, labels: [], attributes: new Map(), blocks: [], loc: file.locate([...path, name], { key: true }) });
      continue;
    }
    // locals {…} and the required_providers of terraform {…} are attribute maps in JSON as well.
    block.attributes.set(name, { name, expr: jsonExpr(value, [...path, name], file, problems, construct), nameLoc: file.locate([...path, name], { key: true }) });
  }
  return block;
}

function jsonExpr(value: unknown, path: (string | number)[], file: Pick<YamlFile, "locate">, problems: Problem[], construct: string | undefined): Expr {
  const loc = file.locate(path);
  const origin: Origin = { file: loc.file, line: loc.line, col: loc.col + (typeof value === "string" ? 1 : 0), text: typeof value === "string" ? value : "", ...(construct ? { construct } : {}) };
  if (typeof value === "string") return parseAt(value, origin, true, problems);
  if (Array.isArray(value)) return remember({ type: "tuple", items: value.map((v, i) => jsonExpr(v, [...path, i], file, problems, construct)), at: 0 }, origin);
  if (isRecord(value)) {
    const items = Object.entries(value)
      .filter(([k]) => k !== "//")
      .map(([k, v]) => ({ key: remember({ type: "literal", value: k, at: 0 }, origin), bare: k, value: jsonExpr(v, [...path, k], file, problems, construct) }));
    return remember({ type: "object", items, at: 0 }, origin);
  }
  return remember({ type: "literal", value: value as string | number | boolean | null, at: 0 }, origin);
}
