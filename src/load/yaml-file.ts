import jsYaml from "js-yaml";
import { LineCounter, parseDocument, isAlias, isMap, isPair, isScalar, isSeq, Schema, visit, type Document, type Node, type ParseOptions, type ScalarTag } from "yaml";
import type { SourceLocation } from "../model/types.ts";

const SEP = "\u0000";
const keyOf = (path: readonly (string | number)[]) => path.map(String).join(SEP);

const PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: false } as const;

/**
 * The plain scalars of YAML 1.2's core schema as `yaml` resolves them (null, booleans, ints,
 * floats), in its order, with its own tests and resolvers: js-yaml reads them the same way.
 */
const CORE_SCALARS = new Schema({ schema: "core" }).tags.filter((tag): tag is ScalarTag => tag.default === true && "test" in tag && tag.test !== undefined);
const INT_OPTIONS: ParseOptions = { intAsBigInt: false };
/** Every core-schema scalar is empty or starts with one of these; most plain scalars (names) do not. */
const CORE_SCALAR_START = /^(?:$|[~NnTtFf0-9+\-.])/;
const coreScalar = (text: string) => (CORE_SCALAR_START.test(text) ? CORE_SCALARS.find((tag) => tag.test!.test(text)) : undefined);
const FAST_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsYaml.Type("tag:lumos-iac,2026:core-scalar", {
      kind: "scalar",
      resolve: (text: string) => coreScalar(text) !== undefined,
      construct: (text: string) => {
        const resolved: unknown = coreScalar(text)!.resolve!(text, (message) => {
          throw new Error(message);
        }, INT_OPTIONS);
        return isScalar(resolved) ? resolved.value : resolved;
      },
    }),
  ],
});

/**
 * YAML that js-yaml reads exactly as `yaml` does: no anchors, aliases or tags (an `&`, `*` or
 * `!` where a node can start: at a line's start, after `- `, `: `, `[`, `{` or `,`; inside
 * text such as "HR & Learning" or a glob they are plain characters), content on a `---` line,
 * block scalars with an indentation indicator or a blank first line of spaces, a `- ` with no
 * value (where the two readers nest empty entries differently), directives, tabs,
 * explicit or collection keys, merge keys, flow collections or quoted text over several
 * lines, a `#` right after a quote or bracket, or very long lines. Anything else (and any
 * text js-yaml refuses) takes the full parser, which also reports every problem.
 */
export const NEEDS_FULL_PARSE = /\t|(?:^[ ]*(?:-[ ]+)*|:[ ]+|[[{,][ ]*)[&*!]|^---[ ]+\S|[|>][+-]?[1-9]|[|>][+-]?[ ]*(?:#.*)?\n[ ]+\n|-[ ]+(?:#.*)?$|^\s*%|<<|^[\s-]*\?(\s|$)|[\]}]\s*:|["'\]}]#|[[{][^\]}\n]*$|(^|[\s[{,:-])("(?:[^"\\\n]|\\.)*|'[^'\n]*)$/m;
/**
 * What NEEDS_FULL_PARSE cannot match without: one of its characters, a line that starts with
 * `---`, or a `- ` that ends a line. Scanning for these takes a fifth of the time of the whole
 * pattern, which then runs only on text that has one (most generated files have none).
 */
const FULL_PARSE_CHARACTERS = /[\t&*!|>%<?[\]{}"'#]/;
const DOCUMENT_START = /^---/m;
const DASH_AT_LINE_END = /-[ ]+$/m;

export function mayNeedFullParse(text: string): boolean {
  return FULL_PARSE_CHARACTERS.test(text) || DOCUMENT_START.test(text) || DASH_AT_LINE_END.test(text);
}

/** Longer lines take the full parser too (found by a scan: a pattern for them tries every position). */
const LONG_LINE = 1000;

function hasLongLine(text: string): boolean {
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    if (stop - start >= LONG_LINE) return true;
    start = stop + 1;
  }
  return false;
}

/** The value of `text` by the fast reader, or undefined when the full parser must read it. */
function fastValue(text: string): { value: unknown } | undefined {
  if ((mayNeedFullParse(text) && NEEDS_FULL_PARSE.test(text)) || hasLongLine(text)) return undefined;
  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: FAST_SCHEMA });
  } catch {
    return undefined;
  }
  // `yaml` names a null key "" where js-yaml says "null"; such files take the full parser.
  return plainKeys(value) ? { value: value === undefined ? null : value } : undefined;
}

/** Parser errors whose own words repeat the text they stopped at, said without it. */
const OWN_WORDS: Partial<Record<string, string>> = {
  DUPLICATE_KEY: "duplicate key (each key may appear once in a mapping)",
  BAD_DIRECTIVE: "unknown YAML directive (a line starting with %); remove it, or quote the text",
  TAG_RESOLVE_FAILED: "unknown YAML tag (a value starting with !); quote the value if it is text",
  MULTIPLE_DOCS:
    "a second YAML document starts here (a line ---); lumos-iac reads one document per file: remove this ---, or move what follows it into a file of its own",
};

const TOO_DEEP = "lists or mappings are nested too deeply here to read (no field nests more than a few levels); check that every [ and { is closed where it should be";

/** What to do about the YAML errors people make most, after the parser's own words. */
const YAML_HINTS: Partial<Record<string, string>> = {
  BAD_INDENT: "; line this up with the entries above it (spaces only, the same column for each key or - of a list)",
  TAB_AS_INDENT: "; indent with spaces, not tabs",
  UNEXPECTED_TOKEN: "; check this line's indentation and that it reads key: value or - item",
  MULTILINE_IMPLICIT_KEY: "; a key and its colon go on one line, and text over several lines is quoted or written after key: |",
  BLOCK_AS_IMPLICIT_KEY: "; a key and its colon go on one line, and text over several lines is quoted or written after key: |",
};

/** The quote that opens the value left open at `end`: the last one where a value can start (after `: `, `- `, `[`, `{`, `,` or indentation). */
function openingQuote(text: string, quote: string, end: number): number {
  let at = end;
  for (const match of text.slice(0, end).matchAll(/(?:^|[[{,]|:[ \t]|-[ \t])[ \t]*(["'])/gm)) {
    if (match[1] === quote) at = match.index + match[0].length - 1;
  }
  return at;
}

/** Flow nesting deeper than this is reported where it reaches this depth. */
const DEEPEST = 64;

/** Where `[`/`{` nesting (outside quoted text and comments) first goes deeper than DEEPEST. */
export function tooDeep(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > DEEPEST) return i;
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--;
    } else if (c === 0x22 || c === 0x27) {
      // Quoted text: skipped to its closing quote (a backslash escapes in double quotes).
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== c) j += c === 0x22 && text.charCodeAt(j) === 0x5c ? 2 : 1;
      i = j;
    } else if (c === 0x23 && (i === 0 || text.charCodeAt(i - 1) <= 0x20)) {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    }
  }
  return undefined;
}

/** The offset of the file's last character, not past its final line break (an error at the end is on its last line). */
function lastCharacter(text: string): number {
  return Math.max(0, text.endsWith("\n") ? text.length - 1 : text.length);
}

/** Whether every key is plain and nothing nests deeper than DEEPEST (the full parser reports where). */
function plainKeys(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== "object") return true;
  if (depth >= DEEPEST) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!plainKeys(item, depth + 1)) return false;
    return true;
  }
  // Keys, not entries: no pair is made for each of the tens of thousands of values of a large project.
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key === "null" || key === "__proto__" || !plainKeys(record[key], depth + 1)) return false;
  }
  return true;
}

/**
 * A parsed YAML file that can say where any value in it was written. The document itself is
 * not kept. Locations are indexed only when one is first asked for (a problem to report): the
 * text is parsed again then, and the start of every value (and of every mapping key) is kept
 * by its path. A project without problems pays for one parse and holds just its text.
 */
export class YamlFile {
  readonly value: unknown;
  readonly errors: { loc: SourceLocation; message: string }[] = [];
  /** Whether the fast reader read it (the full parser reads the rest, and every file's locations). */
  readonly readFast: boolean;
  private readonly lines = new LineCounter();
  private values: Map<string, number> | undefined;
  private keys: Map<string, number> | undefined;

  constructor(
    readonly path: string,
    private readonly text: string,
    options: { fullParse?: boolean } = {},
  ) {
    const fast = options.fullParse ? undefined : fastValue(text);
    this.readFast = fast !== undefined;
    if (fast) {
      this.value = fast.value;
      return;
    }
    // Nesting no field needs, which could exhaust the parser's stack (where it ran out is no place
    // to report). The fast reader leaves such text to this one; a scan costs little beside a parse.
    const deep = tooDeep(text);
    if (deep !== undefined) {
      this.value = undefined;
      this.lines.addNewLine(0);
      for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) this.lines.addNewLine(at + 1);
      this.errors.push({ loc: this.at(deep), message: TOO_DEEP });
      return;
    }
    const doc = parseDocument(text, { lineCounter: this.lines, ...PARSE_OPTIONS });
    let exhausted = false;
    for (const error of [...doc.errors, ...doc.warnings]) {
      if (error.code === "RESOURCE_EXHAUSTION") {
        // Block nesting too deep: the parser gives up once per level it unwinds; one report.
        if (exhausted) continue;
        exhausted = true;
        this.errors.push({ loc: this.at(error.pos[0]), message: TOO_DEEP });
        continue;
      }
      const unclosed = /^Missing closing (["'])quote/.exec(error.message)?.[1];
      if (unclosed) {
        // Reported where the file ends; the quote that opens it is what to fix.
        this.errors.push({ loc: this.at(openingQuote(text, unclosed, error.pos[0])), message: `this quoted value is never closed; add the closing ${unclosed} where the value ends` });
        continue;
      }
      // The parser quotes the text it stopped at (after a colon, or in its own words below); the
      // location points there, and that text may be anything, a secret too: it is never repeated.
      const message = OWN_WORDS[error.code] ?? `${error.message.split("\n")[0]!.replace(/:\s.*$/s, "")}${YAML_HINTS[error.code] ?? ""}`;
      this.errors.push({ loc: this.at(Math.min(error.pos[0], lastCharacter(text))), message });
    }
    this.value = doc.errors.length > 0 ? undefined : this.toJS(doc, text);
  }

  /** Whether locations have been indexed (they are on the first `locate`). */
  get indexed(): boolean {
    return this.values !== undefined;
  }

  /** The plain value; alias problems (undefined, or expanding without bound) become located errors. */
  private toJS(doc: Document, text: string): unknown {
    // Without a `*` anywhere in the text there is no alias to check.
    let firstAlias: number | undefined;
    const before = this.errors.length;
    // A list or mapping as a key (`? [a, b]`, `[a]: 1`) has no plain-object form: refused, not stringified.
    if (/[?\]}]/.test(text)) visit(doc, {
      Pair: (_, pair) => {
        if (isMap(pair.key) || isSeq(pair.key)) {
          this.errors.push({ loc: this.at(pair.key.range?.[0] ?? 0), message: "a key here is a list or mapping; keys must be plain text, such as name:" });
        }
      },
    });
    if (this.errors.length > before) return undefined;
    if (text.includes("*")) visit(doc, {
      Alias: (_, node) => {
        if (!isAlias(node)) return;
        const offset = node.range?.[0] ?? 0;
        firstAlias ??= offset;
        if (node.resolve(doc) === undefined) {
          this.errors.push({
            loc: this.at(offset),
            message: "this is a YAML alias (a value starting with *), and no anchor (&name) is set before it; to write a value that starts with *, quote it",
          });
        }
      },
    });
    if (this.errors.length > before) return undefined;
    try {
      return doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      const message = /alias/i.test((error as Error).message)
        ? "YAML aliases here expand to too many copies (more than 100); write the values out instead of nesting aliases"
        : `cannot read this YAML: ${(error as Error).message}`;
      this.errors.push({ loc: this.at(firstAlias ?? 0), message });
      return undefined;
    }
  }

  /** Where the value at `path` starts; the nearest existing parent when it does not exist. */
  locate(path: readonly (string | number)[], options: { key?: boolean } = {}): SourceLocation {
    if (!this.values || !this.keys) {
      // The same text with the same options gives the same syntax tree as the first parse.
      this.values = new Map();
      this.keys = new Map();
      const counted = this.lines.lineStarts.length > 0;
      this.index(parseDocument(this.text, counted ? PARSE_OPTIONS : { lineCounter: this.lines, ...PARSE_OPTIONS }).contents as Node | null, []);
    }
    for (let depth = path.length; depth >= 0; depth--) {
      const key = keyOf(path.slice(0, depth));
      if (options.key && depth === path.length && depth > 0) {
        const offset = this.keys.get(key);
        if (offset !== undefined) return this.at(offset);
      }
      const offset = this.values.get(key);
      if (offset !== undefined) return this.at(offset);
    }
    return { file: this.path, line: 1, col: 1 };
  }

  private index(node: Node | null | undefined, path: (string | number)[]): void {
    if (!node || typeof node !== "object" || !("range" in node) || !node.range) return;
    const key = keyOf(path);
    this.values!.set(key, node.range[0]);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const name = pair.key.value as string | number;
        const child = [...path, name];
        if (pair.key.range) this.keys!.set(keyOf(child), pair.key.range[0]);
        this.index(pair.value as Node | null, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => this.index(item as Node | null, [...path, i]));
    }
  }

  private at(offset: number): SourceLocation {
    const pos = this.lines.linePos(offset);
    return { file: this.path, line: pos.line, col: pos.col };
  }
}
