/**
 * The small Terraform expression evaluator behind `.tf`, `.tf.json` and CDKTF input. Values are
 * plain JSON, plus references: `lumos_app.x.id` and `data.lumos_users.y.items[0].id` become
 * {@link RefValue}s that name the object (the loader writes them as names, like YAML does).
 */
import { isRecord } from "../../kinds/common.ts";
import type { Lookup, RefKind } from "../../model/types.ts";
import type { Expr } from "./expr.ts";

/** A reference to a Lumos object by what identifies it in a definition file. */
export class RefValue {
  constructor(
    readonly kind: RefKind,
    /** A name (app name, email, label, webhook name) or `{name, app}` for a group. */
    readonly name: string | { name: string; app: string },
    /** The expression as written, for messages. */
    readonly text: string,
    /** For permissions: the app they belong to. */
    readonly app?: string,
    /** For a data source's `items[0].id`: how the provider finds the object. */
    readonly lookup?: Lookup,
  ) {}
}

/** A value the evaluator itself understands (a resource instance, a data source, a namespace). */
export abstract class Special {
  abstract describe(): string;
  attr(name: string, at: Expr): Value {
    throw new EvalError(`${this.describe()} has no attribute ${name}`, at);
  }
  index(key: Value, at: Expr): Value {
    throw new EvalError(`${this.describe()} cannot be indexed with ${JSON.stringify(key)}`, at);
  }
  /** Key/value pairs when a for expression may iterate over it. */
  entries(): [Value, Value][] | undefined {
    return undefined;
  }
}

export type Value = string | number | boolean | null | Value[] | { [key: string]: Value } | RefValue | Special;

export class EvalError extends Error {
  constructor(
    message: string,
    readonly expr: Expr,
  ) {
    super(message);
  }
}

export interface Scope {
  lookup(name: string, at: Expr): Value;
}

export type Functions = Record<string, (args: Value[], call: Expr & { type: "call" }) => Value>;

export function isObject(value: Value): value is { [key: string]: Value } {
  return isRecord(value) && !(value instanceof RefValue) && !(value instanceof Special);
}

export function typeName(value: Value): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (value instanceof RefValue) return `a reference (${value.text})`;
  if (value instanceof Special) return value.describe();
  if (typeof value === "object") return "an object";
  return `a ${typeof value === "boolean" ? "bool" : typeof value}`;
}

/** Text of an expression, short, for messages. */
export function describeExpr(expr: Expr): string {
  switch (expr.type) {
    case "variable":
      return expr.name;
    case "attr":
      return `${describeExpr(expr.target)}.${expr.name}`;
    case "index":
      return `${describeExpr(expr.target)}[${expr.index.type === "literal" ? JSON.stringify(expr.index.value) : "…"}]`;
    case "call":
      return `${expr.name}(…)`;
    case "literal":
      return JSON.stringify(expr.value);
    default:
      return "the expression";
  }
}

export class Evaluator {
  constructor(private readonly functions: Functions) {}

  evaluate(expr: Expr, scope: Scope): Value {
    switch (expr.type) {
      case "literal":
        return expr.value;
      case "template":
        return this.template(expr, scope);
      case "tuple":
        return expr.items.map((item) => this.evaluate(item, scope));
      case "object": {
        const out: Record<string, Value> = {};
        for (const item of expr.items) {
          const key = item.bare ?? this.evaluate(item.key, scope);
          if (typeof key !== "string" && typeof key !== "number") throw new EvalError(`an object key must be text; got ${typeName(key)}`, item.key);
          out[String(key)] = this.evaluate(item.value, scope);
        }
        return out;
      }
      case "variable":
        return scope.lookup(expr.name, expr);
      case "attr": {
        const target = this.evaluate(expr.target, scope);
        if (target instanceof Special) return target.attr(expr.name, expr);
        if (isObject(target)) {
          if (!(expr.name in target)) throw new EvalError(`${describeExpr(expr.target)} has no attribute ${JSON.stringify(expr.name)}`, expr);
          return target[expr.name]!;
        }
        throw new EvalError(`${describeExpr(expr.target)} is ${typeName(target)}; it has no attribute ${expr.name}`, expr);
      }
      case "index": {
        const target = this.evaluate(expr.target, scope);
        const key = this.evaluate(expr.index, scope);
        if (target instanceof Special) return target.index(key, expr);
        if (Array.isArray(target)) {
          if (typeof key !== "number" || !Number.isInteger(key)) throw new EvalError(`a list is indexed by a whole number; got ${typeName(key)}`, expr.index);
          if (key < 0 || key >= target.length) throw new EvalError(`index ${key} is out of range (the list has ${target.length} items)`, expr.index);
          return target[key]!;
        }
        if (isObject(target)) {
          if (typeof key !== "string") throw new EvalError(`an object is indexed by a key; got ${typeName(key)}`, expr.index);
          if (!(key in target)) throw new EvalError(`${describeExpr(expr.target)} has no key ${JSON.stringify(key)}`, expr.index);
          return target[key]!;
        }
        throw new EvalError(`${describeExpr(expr.target)} is ${typeName(target)} and cannot be indexed`, expr);
      }
      case "splat":
        throw new EvalError("splat expressions ([*], .*) are not supported; use a for expression", expr);
      case "call": {
        if (expr.expand) throw new EvalError("argument expansion (...) is not supported; pass the arguments one by one", expr);
        const fn = Object.hasOwn(this.functions, expr.name) ? this.functions[expr.name] : undefined;
        if (!fn) {
          throw new EvalError(
            `function ${expr.name}() is not supported; lumos-iac evaluates ${Object.keys(this.functions).sort().join(", ")}`,
            expr,
          );
        }
        return fn(
          expr.args.map((arg) => this.evaluate(arg, scope)),
          expr,
        );
      }
      case "unary": {
        const value = this.evaluate(expr.operand, scope);
        if (expr.op === "!") {
          if (typeof value !== "boolean") throw new EvalError(`! needs a bool; got ${typeName(value)}`, expr);
          return !value;
        }
        if (typeof value !== "number") throw new EvalError(`- needs a number; got ${typeName(value)}`, expr);
        return -value;
      }
      case "binary":
        return this.binary(expr, scope);
      case "conditional": {
        const condition = this.evaluate(expr.condition, scope);
        if (typeof condition !== "boolean") throw new EvalError(`a condition must be a bool; got ${typeName(condition)}`, expr.condition);
        return this.evaluate(condition ? expr.then : expr.otherwise, scope);
      }
      case "for":
        return this.forExpr(expr, scope);
    }
  }

  private template(expr: Expr & { type: "template" }, scope: Scope): Value {
    // A template that is just one interpolation has that value, of whatever type.
    if (expr.parts.length === 1 && typeof expr.parts[0] !== "string") return this.evaluate(expr.parts[0]!, scope);
    let out = "";
    for (const part of expr.parts) {
      if (typeof part === "string") {
        out += part;
        continue;
      }
      const value = this.evaluate(part, scope);
      out += toText(value, part);
    }
    return out;
  }

  private binary(expr: Expr & { type: "binary" }, scope: Scope): Value {
    const left = this.evaluate(expr.left, scope);
    if (expr.op === "&&" || expr.op === "||") {
      if (typeof left !== "boolean") throw new EvalError(`${expr.op} needs bools; got ${typeName(left)}`, expr.left);
      if (expr.op === "&&" && !left) return false;
      if (expr.op === "||" && left) return true;
      const right = this.evaluate(expr.right, scope);
      if (typeof right !== "boolean") throw new EvalError(`${expr.op} needs bools; got ${typeName(right)}`, expr.right);
      return right;
    }
    const right = this.evaluate(expr.right, scope);
    if (expr.op === "==") return sameValue(left, right);
    if (expr.op === "!=") return !sameValue(left, right);
    const number = (value: Value, at: Expr): number => {
      if (typeof value === "number") return value;
      if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
      throw new EvalError(`${expr.op} needs numbers; got ${typeName(value)}`, at);
    };
    const a = number(left, expr.left);
    const b = number(right, expr.right);
    switch (expr.op) {
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return a * b;
      case "/":
        return a / b;
      case "%":
        return a % b;
      case "<":
        return a < b;
      case ">":
        return a > b;
      case "<=":
        return a <= b;
      default:
        return a >= b;
    }
  }

  private forExpr(expr: Expr & { type: "for" }, scope: Scope): Value {
    const collection = this.evaluate(expr.collection, scope);
    let entries: [Value, Value][];
    if (Array.isArray(collection)) entries = collection.map((v, i) => [i, v]);
    else if (isObject(collection)) entries = Object.keys(collection).sort().map((k) => [k, collection[k]!]);
    else if (collection instanceof Special && collection.entries()) entries = collection.entries()!;
    else throw new EvalError(`for needs a list, set or map; got ${typeName(collection)}`, expr.collection);
    const tuple: Value[] = [];
    const object: Record<string, Value> = {};
    for (const [key, value] of entries) {
      const inner: Scope = {
        lookup: (name, at) => (name === expr.valueVar ? value : expr.keyVar !== undefined && name === expr.keyVar ? key : scope.lookup(name, at)),
      };
      if (expr.condition) {
        const keep = this.evaluate(expr.condition, inner);
        if (typeof keep !== "boolean") throw new EvalError(`the if of a for expression must be a bool; got ${typeName(keep)}`, expr.condition);
        if (!keep) continue;
      }
      const result = this.evaluate(expr.valueExpr, inner);
      if (!expr.object) {
        tuple.push(result);
        continue;
      }
      const k = this.evaluate(expr.keyExpr!, inner);
      if (typeof k !== "string" && typeof k !== "number") throw new EvalError(`a key must be text; got ${typeName(k)}`, expr.keyExpr!);
      if (expr.group) ((object[String(k)] ??= []) as Value[]).push(result);
      else {
        if (String(k) in object) throw new EvalError(`two items have the key ${JSON.stringify(String(k))}; add ... after the value to group them`, expr.keyExpr!);
        object[String(k)] = result;
      }
    }
    return expr.object ? object : tuple;
  }
}

export function toText(value: Value, at: Expr): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof RefValue) {
    throw new EvalError(`${value.text} is a reference to another object; it can be a whole value (x = ${value.text}), not part of a text`, at);
  }
  throw new EvalError(`${typeName(value)} cannot be part of a text`, at);
}

export function sameValue(a: Value, b: Value): boolean {
  return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
}

function plain(value: Value): unknown {
  if (value instanceof RefValue) return { $ref: value.kind, name: value.name };
  if (value instanceof Special) return value.describe();
  if (Array.isArray(value)) return value.map(plain);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/** The functions users write in Terraform definitions for this provider. */
export function standardFunctions(readFile: (path: string, call: Expr) => Value): Functions {
  const arity = (name: string, args: Value[], call: Expr, min: number, max = min): void => {
    if (args.length < min || args.length > max) {
      throw new EvalError(`${name}() takes ${min === max ? min : `${min} to ${max}`} argument${max === 1 ? "" : "s"}; got ${args.length}`, call);
    }
  };
  const text = (name: string, value: Value, call: Expr): string => {
    if (typeof value === "string") return value;
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    throw new EvalError(`${name}() needs text; got ${typeName(value)}`, call);
  };
  const list = (name: string, value: Value, call: Expr): Value[] => {
    if (Array.isArray(value)) return value;
    throw new EvalError(`${name}() needs a list; got ${typeName(value)}`, call);
  };
  const map = (name: string, value: Value, call: Expr): Record<string, Value> => {
    if (isObject(value)) return value;
    throw new EvalError(`${name}() needs a map or object; got ${typeName(value)}`, call);
  };
  const json = (value: Value, call: Expr): unknown => {
    if (value instanceof RefValue || value instanceof Special) {
      throw new EvalError(`jsonencode() cannot hold ${typeName(value)}; lumos-iac maps references only where an attribute takes an object's id`, call);
    }
    if (Array.isArray(value)) return value.map((v) => json(v, call));
    if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, json(v, call)]));
    return value;
  };
  const fromJson = (value: unknown): Value => (value === undefined ? null : (value as Value));
  const distinct = (values: Value[]): Value[] => {
    const seen = new Set<string>();
    return values.filter((v) => {
      const key = JSON.stringify(plain(v));
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  return {
    jsonencode: (args, call) => {
      arity("jsonencode", args, call, 1);
      return JSON.stringify(json(args[0]!, call));
    },
    jsondecode: (args, call) => {
      arity("jsondecode", args, call, 1);
      try {
        return fromJson(JSON.parse(text("jsondecode", args[0]!, call)));
      } catch (error) {
        if (error instanceof EvalError) throw error;
        throw new EvalError(`jsondecode(): not valid JSON (${(error as Error).message})`, call);
      }
    },
    toset: (args, call) => {
      arity("toset", args, call, 1);
      return distinct(list("toset", args[0]!, call));
    },
    tolist: (args, call) => {
      arity("tolist", args, call, 1);
      return list("tolist", args[0]!, call);
    },
    tomap: (args, call) => {
      arity("tomap", args, call, 1);
      return map("tomap", args[0]!, call);
    },
    tostring: (args, call) => {
      arity("tostring", args, call, 1);
      return args[0] === null ? null : text("tostring", args[0]!, call);
    },
    tonumber: (args, call) => {
      arity("tonumber", args, call, 1);
      const value = args[0]!;
      if (typeof value === "number" || value === null) return value;
      const n = Number(text("tonumber", value, call));
      if (!Number.isFinite(n)) throw new EvalError(`tonumber(): ${JSON.stringify(value)} is not a number`, call);
      return n;
    },
    tobool: (args, call) => {
      arity("tobool", args, call, 1);
      const value = args[0]!;
      if (typeof value === "boolean" || value === null) return value;
      if (value === "true" || value === "false") return value === "true";
      throw new EvalError(`tobool(): ${JSON.stringify(value)} is not a bool`, call);
    },
    lower: (args, call) => {
      arity("lower", args, call, 1);
      return text("lower", args[0]!, call).toLowerCase();
    },
    upper: (args, call) => {
      arity("upper", args, call, 1);
      return text("upper", args[0]!, call).toUpperCase();
    },
    trimspace: (args, call) => {
      arity("trimspace", args, call, 1);
      return text("trimspace", args[0]!, call).trim();
    },
    format: (args, call) => {
      if (args.length < 1) arity("format", args, call, 1, Infinity);
      const spec = text("format", args[0]!, call);
      let next = 1;
      return spec.replace(/%(%|[-+ 0#]*\d*(?:\.\d+)?[sdvqtf])/g, (whole, verb: string) => {
        if (verb === "%") return "%";
        if (next >= args.length) throw new EvalError(`format(): not enough arguments for ${JSON.stringify(spec)}`, call);
        const value = args[next++]!;
        const kind = verb.slice(-1);
        if (kind === "q") return JSON.stringify(text("format", value, call));
        if (kind === "d") {
          if (typeof value !== "number") throw new EvalError(`format(): ${whole} needs a number; got ${typeName(value)}`, call);
          return String(Math.trunc(value));
        }
        if (kind === "v" && (Array.isArray(value) || isObject(value))) return JSON.stringify(json(value, call));
        return text("format", value, call);
      });
    },
    join: (args, call) => {
      arity("join", args, call, 2, Infinity);
      const separator = text("join", args[0]!, call);
      return args
        .slice(1)
        .flatMap((a) => list("join", a, call))
        .map((v) => text("join", v, call))
        .join(separator);
    },
    split: (args, call) => {
      arity("split", args, call, 2);
      return text("split", args[1]!, call).split(text("split", args[0]!, call));
    },
    replace: (args, call) => {
      arity("replace", args, call, 3);
      return text("replace", args[0]!, call).split(text("replace", args[1]!, call)).join(text("replace", args[2]!, call));
    },
    concat: (args, call) => args.flatMap((a) => list("concat", a, call)),
    merge: (args, call) => Object.assign({}, ...args.filter((a) => a !== null).map((a) => map("merge", a, call))) as Record<string, Value>,
    lookup: (args, call) => {
      arity("lookup", args, call, 2, 3);
      const target = map("lookup", args[0]!, call);
      const key = text("lookup", args[1]!, call);
      if (Object.hasOwn(target, key)) return target[key]!;
      if (args.length === 3) return args[2]!;
      throw new EvalError(`lookup(): no key ${JSON.stringify(key)}, and no default given`, call);
    },
    coalesce: (args, call) => {
      const found = args.find((a) => a !== null && a !== "");
      if (found === undefined) throw new EvalError("coalesce(): every argument is null or empty", call);
      return found;
    },
    length: (args, call) => {
      arity("length", args, call, 1);
      const value = args[0]!;
      if (typeof value === "string") return [...value].length;
      if (Array.isArray(value)) return value.length;
      if (isObject(value)) return Object.keys(value).length;
      throw new EvalError(`length() needs a text, list or map; got ${typeName(value)}`, call);
    },
    keys: (args, call) => {
      arity("keys", args, call, 1);
      return Object.keys(map("keys", args[0]!, call)).sort();
    },
    values: (args, call) => {
      arity("values", args, call, 1);
      const target = map("values", args[0]!, call);
      return Object.keys(target)
        .sort()
        .map((k) => target[k]!);
    },
    contains: (args, call) => {
      arity("contains", args, call, 2);
      return list("contains", args[0]!, call).some((v) => sameValue(v, args[1]!));
    },
    distinct: (args, call) => {
      arity("distinct", args, call, 1);
      return distinct(list("distinct", args[0]!, call));
    },
    flatten: (args, call) => {
      arity("flatten", args, call, 1);
      const flat = (values: Value[]): Value[] => values.flatMap((v) => (Array.isArray(v) ? flat(v) : [v]));
      return flat(list("flatten", args[0]!, call));
    },
    sensitive: (args, call) => {
      arity("sensitive", args, call, 1);
      return args[0]!;
    },
    file: (args, call) => {
      arity("file", args, call, 1);
      return readFile(text("file", args[0]!, call), call);
    },
  };
}
