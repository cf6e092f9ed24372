/**
 * A parser for the Terraform expression language (HCL native syntax): literals, templates,
 * heredocs, tuples, objects, `for`, conditionals, operators, function calls and traversals.
 * Every node keeps the offset it starts at, so evaluation errors point into the file.
 */
import type { SourceLocation } from "../../model/types.ts";

/** Where a piece of expression text was written: its first character's place in the file. */
export interface Origin {
  file: string;
  line: number;
  col: number;
  text: string;
  /** Construct path of CDKTF output, named in messages. */
  construct?: string;
}

export type Expr =
  | { type: "literal"; value: string | number | boolean | null; at: number }
  | { type: "template"; parts: (string | Expr)[]; at: number }
  | { type: "tuple"; items: Expr[]; at: number }
  | { type: "object"; items: { key: Expr; bare?: string; value: Expr }[]; at: number }
  | { type: "variable"; name: string; at: number }
  | { type: "attr"; target: Expr; name: string; at: number }
  | { type: "index"; target: Expr; index: Expr; at: number }
  | { type: "splat"; target: Expr; at: number }
  | { type: "call"; name: string; args: Expr[]; expand: boolean; at: number }
  | { type: "unary"; op: "!" | "-"; operand: Expr; at: number }
  | { type: "binary"; op: string; left: Expr; right: Expr; at: number }
  | { type: "conditional"; condition: Expr; then: Expr; otherwise: Expr; at: number }
  | {
      type: "for";
      object: boolean;
      keyVar: string | undefined;
      valueVar: string;
      collection: Expr;
      keyExpr: Expr | undefined;
      valueExpr: Expr;
      condition: Expr | undefined;
      group: boolean;
      at: number;
    };

/** A problem in expression text, at an offset into it. */
export class ExprError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

/** The file position of an offset into an origin's text. */
export function locateIn(origin: Origin, at: number): SourceLocation {
  let line = origin.line;
  let col = origin.col;
  const end = Math.min(at, origin.text.length);
  for (let i = 0; i < end; i++) {
    if (origin.text[i] === "\n") {
      line++;
      col = 1;
    } else col++;
  }
  return { file: origin.file, line, col };
}

/** Parses a whole native-syntax expression. */
export function parseExpression(text: string): Expr {
  const parser = new Parser(text);
  const expr = parser.expression();
  parser.skipSpace();
  if (parser.pos < text.length) throw new ExprError(`unexpected ${JSON.stringify(text.slice(parser.pos, parser.pos + 12))} after the expression`, parser.pos);
  return expr;
}

/** Parses the text of a Terraform JSON string: a template (`${…}` interpolations; `$${` is a literal `${`). */
export function parseTemplateText(text: string): Expr {
  const parser = new Parser(text);
  return parser.templateBody(text.length, 0, false);
}

const BINARY_LEVELS: string[][] = [["||"], ["&&"], ["==", "!="], ["<=", ">=", "<", ">"], ["+", "-"], ["*", "/", "%"]];

class Parser {
  pos = 0;
  constructor(readonly text: string) {}

  private error(message: string, at = this.pos): never {
    throw new ExprError(message, at);
  }

  skipSpace(): void {
    const t = this.text;
    for (;;) {
      const c = t[this.pos];
      if (c === " " || c === "\t" || c === "\n" || c === "\r") this.pos++;
      else if (c === "#" || (c === "/" && t[this.pos + 1] === "/")) {
        while (this.pos < t.length && t[this.pos] !== "\n") this.pos++;
      } else if (c === "/" && t[this.pos + 1] === "*") {
        const end = t.indexOf("*/", this.pos + 2);
        if (end < 0) this.error("a /* comment is not closed");
        this.pos = end + 2;
      } else return;
    }
  }

  private peek(s: string): boolean {
    this.skipSpace();
    return this.text.startsWith(s, this.pos);
  }

  private eat(s: string): boolean {
    if (!this.peek(s)) return false;
    this.pos += s.length;
    return true;
  }

  private expect(s: string, what: string): void {
    if (!this.eat(s)) this.error(`expected ${JSON.stringify(s)} ${what}`);
  }

  private identifier(): string | undefined {
    this.skipSpace();
    const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(this.text.slice(this.pos));
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  expression(): Expr {
    const condition = this.binary(0);
    if (this.peek("?")) {
      this.pos++;
      const then = this.expression();
      this.expect(":", "between the two results of a conditional (cond ? a : b)");
      const otherwise = this.expression();
      return { type: "conditional", condition, then, otherwise, at: condition.at };
    }
    return condition;
  }

  private binary(level: number): Expr {
    if (level >= BINARY_LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    for (;;) {
      this.skipSpace();
      const op = BINARY_LEVELS[level]!.find((o) => this.text.startsWith(o, this.pos));
      if (!op || (op === "<" && this.text[this.pos + 1] === "<")) return left;
      this.pos += op.length;
      const right = this.binary(level + 1);
      left = { type: "binary", op, left, right, at: left.at };
    }
  }

  private unary(): Expr {
    this.skipSpace();
    const at = this.pos;
    if (this.text[at] === "!" && this.text[at + 1] !== "=") {
      this.pos++;
      return { type: "unary", op: "!", operand: this.unary(), at };
    }
    if (this.text[at] === "-" && !/[0-9]/.test(this.text[at + 1] ?? "")) {
      this.pos++;
      return { type: "unary", op: "-", operand: this.unary(), at };
    }
    return this.postfix(this.primary());
  }

  private postfix(target: Expr): Expr {
    for (;;) {
      this.skipSpace();
      const at = this.pos;
      if (this.text.startsWith(".*", at)) {
        this.pos += 2;
        target = { type: "splat", target, at: target.at };
      } else if (this.text[at] === "." && !this.text.startsWith("...", at)) {
        this.pos++;
        const m = /^[0-9]+/.exec(this.text.slice(this.pos));
        if (m) {
          this.pos += m[0].length;
          target = { type: "index", target, index: { type: "literal", value: Number(m[0]), at: at + 1 }, at: target.at };
          continue;
        }
        const name = this.identifier();
        if (!name) this.error("expected an attribute name after .");
        target = { type: "attr", target, name, at: target.at };
      } else if (this.text[at] === "[") {
        this.pos++;
        if (this.eat("*")) {
          this.expect("]", "to close [*]");
          target = { type: "splat", target, at: target.at };
          continue;
        }
        const index = this.expression();
        this.expect("]", "to close the index");
        target = { type: "index", target, index, at: target.at };
      } else return target;
    }
  }

  private primary(): Expr {
    this.skipSpace();
    const at = this.pos;
    const t = this.text;
    const c = t[at];
    if (c === undefined) this.error("expected an expression, found the end of the text");
    const num = /^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(t.slice(at));
    if (num) {
      this.pos += num[0].length;
      return { type: "literal", value: Number(num[0]), at };
    }
    if (c === '"') {
      this.pos++;
      return this.quotedTemplate(at);
    }
    if (t.startsWith("<<", at)) return this.heredoc(at);
    if (c === "(") {
      this.pos++;
      const inner = this.expression();
      this.expect(")", "to close the parenthesis");
      return inner;
    }
    if (c === "[") {
      this.pos++;
      if (this.peekKeyword("for")) return this.forExpr(at, false);
      const items: Expr[] = [];
      while (!this.eat("]")) {
        items.push(this.expression());
        if (!this.eat(",") && !this.peek("]")) this.error("expected , or ] in the list");
      }
      return { type: "tuple", items, at };
    }
    if (c === "{") {
      this.pos++;
      if (this.peekKeyword("for")) return this.forExpr(at, true);
      return this.objectBody(at);
    }
    const name = this.identifier();
    if (!name) this.error(`unexpected ${JSON.stringify(t.slice(at, at + 10))}; expected an expression`);
    if (name === "true" || name === "false") return { type: "literal", value: name === "true", at };
    if (name === "null") return { type: "literal", value: null, at };
    this.skipSpace();
    if (t[this.pos] === "(") {
      this.pos++;
      const args: Expr[] = [];
      let expand = false;
      while (!this.eat(")")) {
        args.push(this.expression());
        if (this.eat("...")) expand = true;
        if (!this.eat(",") && !this.peek(")")) this.error(`expected , or ) in the arguments of ${name}()`);
      }
      return { type: "call", name, args, expand, at };
    }
    return { type: "variable", name, at };
  }

  private peekKeyword(word: string): boolean {
    this.skipSpace();
    return this.text.startsWith(word, this.pos) && !/[A-Za-z0-9_-]/.test(this.text[this.pos + word.length] ?? "");
  }

  private objectBody(at: number): Expr {
    const items: { key: Expr; bare?: string; value: Expr }[] = [];
    while (!this.eat("}")) {
      this.skipSpace();
      const keyAt = this.pos;
      let key: Expr;
      let bare: string | undefined;
      const name = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(this.text.slice(this.pos));
      const after = name ? this.text.slice(this.pos + name[0].length).trimStart() : "";
      if (name && (after.startsWith("=") || after.startsWith(":")) && !after.startsWith("==")) {
        this.pos += name[0].length;
        bare = name[0];
        key = { type: "literal", value: name[0], at: keyAt };
      } else key = this.expression();
      if (!this.eat("=") && !this.eat(":")) this.error("expected = after the key in the object");
      const value = this.expression();
      items.push({ key, ...(bare !== undefined ? { bare } : {}), value });
      this.eat(",");
    }
    return { type: "object", items, at };
  }

  private forExpr(at: number, object: boolean): Expr {
    this.pos += 3;
    const first = this.identifier();
    if (!first) this.error("expected a variable name after for");
    let keyVar: string | undefined;
    let valueVar = first;
    if (this.eat(",")) {
      keyVar = first;
      const second = this.identifier();
      if (!second) this.error("expected a second variable name after ,");
      valueVar = second;
    }
    if (!this.peekKeyword("in")) this.error("expected in after the for variables");
    this.pos += 2;
    const collection = this.expression();
    this.expect(":", "after the collection of a for expression");
    let keyExpr: Expr | undefined;
    let valueExpr = this.expression();
    if (object) {
      this.expect("=>", "between key and value of an object for expression");
      keyExpr = valueExpr;
      valueExpr = this.expression();
    }
    const group = this.eat("...");
    let condition: Expr | undefined;
    if (this.peekKeyword("if")) {
      this.pos += 2;
      condition = this.expression();
    }
    this.expect(object ? "}" : "]", "to close the for expression");
    return { type: "for", object, keyVar, valueVar, collection, keyExpr, valueExpr, condition, group, at };
  }

  private quotedTemplate(at: number): Expr {
    // Find the closing quote, skipping escapes and interpolations.
    const parts: (string | Expr)[] = [];
    let literal = "";
    const t = this.text;
    for (;;) {
      const c = t[this.pos];
      if (c === undefined || c === "\n") this.error("a quoted string is not closed on its line", at);
      if (c === '"') {
        this.pos++;
        break;
      }
      if (c === "\\") {
        const e = t[this.pos + 1];
        const map: Record<string, string> = { n: "\n", t: "\t", r: "\r", '"': '"', "\\": "\\" };
        if (e !== undefined && e in map) {
          literal += map[e];
          this.pos += 2;
        } else if (e === "u" || e === "U") {
          const len = e === "u" ? 4 : 8;
          const hex = t.slice(this.pos + 2, this.pos + 2 + len);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) this.error("bad \\u escape");
          literal += String.fromCodePoint(parseInt(hex, 16));
          this.pos += 2 + len;
        } else this.error(`unknown escape \\${e ?? ""} in the string`);
        continue;
      }
      if (this.templateSpecial(parts, literal)) {
        literal = "";
        continue;
      }
      if ((c === "$" || c === "%") && t[this.pos + 1] === c && t[this.pos + 2] === "{") {
        literal += `${c}{`;
        this.pos += 3;
        continue;
      }
      literal += c;
      this.pos++;
    }
    if (literal) parts.push(literal);
    return { type: "template", parts, at };
  }

  /** `${…}` (pushed to parts) or `%{…}` (refused) at the current position. */
  private templateSpecial(parts: (string | Expr)[], literal: string): boolean {
    const t = this.text;
    if (t[this.pos] === "$" && t[this.pos + 1] === "{" && t[this.pos - 1] !== "$") {
      if (literal) parts.push(literal);
      this.pos += 2;
      this.eat("~");
      const inner = this.expression();
      this.eat("~");
      this.expect("}", "to close ${");
      parts.push(inner);
      return true;
    }
    if (t[this.pos] === "%" && t[this.pos + 1] === "{" && t[this.pos - 1] !== "%") {
      this.error("template directives (%{ if }, %{ for }) are not supported; use a conditional or a for expression inside ${…}");
    }
    return false;
  }

  /** A template over text[pos, end): the contents of a heredoc or of a Terraform JSON string. */
  templateBody(end: number, at: number, _heredoc: boolean): Expr {
    const parts: (string | Expr)[] = [];
    let literal = "";
    const t = this.text;
    while (this.pos < end) {
      const c = t[this.pos]!;
      if ((c === "$" || c === "%") && t[this.pos + 1] === c && t[this.pos + 2] === "{") {
        literal += `${c}{`;
        this.pos += 3;
        continue;
      }
      if (this.templateSpecial(parts, literal)) {
        literal = "";
        continue;
      }
      literal += c;
      this.pos++;
    }
    if (literal) parts.push(literal);
    return { type: "template", parts, at };
  }

  private heredoc(at: number): Expr {
    const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)\r?\n/.exec(this.text.slice(at));
    if (!m) this.error("a heredoc starts with <<MARKER (or <<-MARKER) and a new line");
    const indent = m[1] === "-";
    const marker = m[2]!;
    const bodyStart = at + m[0].length;
    const close = new RegExp(`^[ \\t]*${marker}[ \\t]*$`, "m");
    const rest = this.text.slice(bodyStart);
    const found = close.exec(rest);
    if (!found) this.error(`the heredoc is not closed: no line with just ${marker}`, at);
    const bodyEnd = bodyStart + found.index;
    this.pos = bodyStart;
    const body = new Parser(this.text);
    body.pos = bodyStart;
    const template = body.templateBody(bodyEnd, at, true);
    this.pos = bodyStart + found.index + found[0].length;
    if (!indent || template.type !== "template") return template;
    // <<- removes the smallest indentation of the lines from each of them.
    const lines = this.text.slice(bodyStart, bodyEnd).split("\n").filter((l) => l.trim() !== "");
    const strip = Math.min(...lines.map((l) => /^[ \t]*/.exec(l)![0].length));
    const parts = template.parts.map((part, i) => {
      if (typeof part !== "string") return part;
      const startsLine = i === 0 || (typeof template.parts[i - 1] === "string");
      return part
        .split("\n")
        .map((line, j) => (j === 0 && !startsLine ? line : line.slice(Math.min(strip, /^[ \t]*/.exec(line)![0].length))))
        .join("\n");
    });
    return { type: "template", parts, at };
  }
}
