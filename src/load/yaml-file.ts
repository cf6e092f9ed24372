import { LineCounter, parseDocument, isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from "yaml";
import type { SourceLocation } from "../model/types.ts";

const SEP = "\u0000";
const keyOf = (path: readonly (string | number)[]) => path.map(String).join(SEP);

const PARSE_OPTIONS = { uniqueKeys: true, prettyErrors: false } as const;

/**
 * A parsed YAML file that can say where any value in it was written. The document itself is
 * not kept. Locations are indexed only when one is first asked for (a problem to report): the
 * text is parsed again then, and the start of every value (and of every mapping key) is kept
 * by its path. A project without problems pays for one parse and holds just its text.
 */
export class YamlFile {
  readonly value: unknown;
  readonly errors: { loc: SourceLocation; message: string }[] = [];
  private readonly lines = new LineCounter();
  private values: Map<string, number> | undefined;
  private keys: Map<string, number> | undefined;

  constructor(
    readonly path: string,
    private readonly text: string,
  ) {
    const doc = parseDocument(text, { lineCounter: this.lines, ...PARSE_OPTIONS });
    for (const error of [...doc.errors, ...doc.warnings]) {
      const offset = error.pos[0];
      const message = error.code === "DUPLICATE_KEY" ? "duplicate key (each key may appear once in a mapping)" : error.message.split("\n")[0]!;
      this.errors.push({ loc: this.at(offset), message });
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
    if (text.includes("*")) visit(doc, {
      Alias: (_, node) => {
        if (!isAlias(node)) return;
        const offset = node.range?.[0] ?? 0;
        firstAlias ??= offset;
        if (node.resolve(doc) === undefined) {
          const name = node.source;
          this.errors.push({
            loc: this.at(offset),
            message: `*${name} is a YAML alias, and no anchor &${name} is set before it; to write a value that starts with *, quote it: "*${name}"`,
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
      this.index(parseDocument(this.text, PARSE_OPTIONS).contents as Node | null, []);
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
