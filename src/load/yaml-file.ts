import { LineCounter, parseDocument, isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from "yaml";
import type { SourceLocation } from "../model/types.ts";

const SEP = "\u0000";
const keyOf = (path: readonly (string | number)[]) => path.map(String).join(SEP);

/**
 * A parsed YAML file that can say where any value in it was written. The document itself is
 * not kept: while parsing, the start of every value (and of every mapping key) is indexed by
 * its path, so a large project holds a few numbers per value instead of whole syntax trees.
 */
export class YamlFile {
  readonly value: unknown;
  readonly errors: { loc: SourceLocation; message: string }[] = [];
  private readonly lines = new LineCounter();
  private readonly values = new Map<string, number>();
  private readonly keys = new Map<string, number>();

  constructor(
    readonly path: string,
    text: string,
  ) {
    const doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false });
    for (const error of [...doc.errors, ...doc.warnings]) {
      const offset = error.pos[0];
      const message = error.code === "DUPLICATE_KEY" ? "duplicate key (each key may appear once in a mapping)" : error.message.split("\n")[0]!;
      this.errors.push({ loc: this.at(offset), message });
    }
    this.value = doc.errors.length > 0 ? undefined : this.toJS(doc);
    this.index(doc.contents as Node | null, []);
  }

  /** The plain value; alias problems (undefined, or expanding without bound) become located errors. */
  private toJS(doc: Document): unknown {
    let firstAlias: number | undefined;
    const before = this.errors.length;
    visit(doc, {
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
    this.values.set(key, node.range[0]);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const name = pair.key.value as string | number;
        const child = [...path, name];
        if (pair.key.range) this.keys.set(keyOf(child), pair.key.range[0]);
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
