import { LineCounter, parseDocument, isAlias, isMap, isPair, isScalar, visit, type Document, type Node } from "yaml";
import type { SourceLocation } from "../model/types.ts";

/** A parsed YAML file that can say where any value in it was written. */
export class YamlFile {
  readonly value: unknown;
  readonly errors: { loc: SourceLocation; message: string }[] = [];
  private readonly doc: Document;
  private readonly lines = new LineCounter();

  constructor(
    readonly path: string,
    text: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false });
    for (const error of [...this.doc.errors, ...this.doc.warnings]) {
      const offset = error.pos[0];
      const message = error.code === "DUPLICATE_KEY" ? "duplicate key (each key may appear once in a mapping)" : error.message.split("\n")[0]!;
      this.errors.push({ loc: this.at(offset), message });
    }
    this.value = this.doc.errors.length > 0 ? undefined : this.toJS();
  }

  /** The plain value; alias problems (undefined, or expanding without bound) become located errors. */
  private toJS(): unknown {
    let firstAlias: number | undefined;
    const before = this.errors.length;
    visit(this.doc, {
      Alias: (_, node) => {
        if (!isAlias(node)) return;
        const offset = node.range?.[0] ?? 0;
        firstAlias ??= offset;
        if (node.resolve(this.doc) === undefined) {
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
      return this.doc.toJS({ maxAliasCount: 100 });
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
      const parentPath = path.slice(0, Math.max(0, depth - 1));
      const last = path[depth - 1];
      if (options.key && depth === path.length && last !== undefined) {
        const parent = depth === 1 ? this.doc.contents : this.doc.getIn(parentPath, true);
        if (isMap(parent)) {
          const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === last);
          const keyNode = pair?.key as Node | undefined;
          if (keyNode?.range) return this.at(keyNode.range[0]);
        }
      }
      const node = (depth === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, depth), true)) as Node | null | undefined;
      if (node && typeof node === "object" && "range" in node && node.range) return this.at(node.range[0]);
    }
    return { file: this.path, line: 1, col: 1 };
  }

  private at(offset: number): SourceLocation {
    const pos = this.lines.linePos(offset);
    return { file: this.path, line: pos.line, col: pos.col };
  }
}
