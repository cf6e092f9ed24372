import { LumosIacError } from "../errors.ts";
import sqlite from "node-sqlite3-wasm";

/**
 * The simulator's tenant, kept in SQLite (a file with `--data`, memory otherwise) and mirrored
 * in memory for reads. Every write goes to SQLite first, so a restart on the same file finds
 * the tenant as it was.
 */
export class Store {
  private readonly db: sqlite.Database;
  private readonly collections = new Map<string, Map<string, unknown>>();
  private readonly arrays = new Map<string, readonly unknown[]>();
  /** Creation order of every object, so a rewrite keeps its place without asking SQLite. */
  private readonly seqs = new Map<string, number>();
  private sequence = 0;
  private batchDepth = 0;

  constructor(file?: string) {
    try {
      this.db = new sqlite.Database(file ?? ":memory:");
    } catch (error) {
      throw new LumosIacError("DATA_UNREADABLE", `cannot open the simulator's data file ${file}: ${(error as Error).message}; pass a file path (it is created when missing) in an existing folder`);
    }
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS objects (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (kind, id)
      );
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `);
    for (const row of this.db.all("SELECT kind, id, seq, data FROM objects ORDER BY seq")) {
      const kind = String(row.kind);
      this.map(kind).set(String(row.id), JSON.parse(String(row.data)));
      this.seqs.set(seqKey(kind, String(row.id)), Number(row.seq));
      this.sequence = Math.max(this.sequence, Number(row.seq));
    }
  }

  /** True when the database holds no tenant yet (so a seed should be loaded). */
  isEmpty(): boolean {
    return this.db.get("SELECT value FROM meta WHERE key = 'seeded'") === null;
  }

  markSeeded(name: string): void {
    this.db.run("INSERT OR REPLACE INTO meta (key, value) VALUES ('seeded', ?)", [name]);
  }

  collection<T>(kind: string): Collection<T> {
    return new Collection<T>(this, kind);
  }

  /** Runs many writes in one transaction (seeding, bulk loads). */
  batch<R>(work: () => R): R {
    if (this.batchDepth === 0) this.db.exec("BEGIN");
    this.batchDepth++;
    try {
      const result = work();
      this.batchDepth--;
      if (this.batchDepth === 0) this.db.exec("COMMIT");
      return result;
    } catch (error) {
      this.batchDepth--;
      if (this.batchDepth === 0) this.db.exec("ROLLBACK");
      throw error;
    }
  }

  /**
   * Writes the tenant as it stands to a new SQLite file, in one go (`VACUUM INTO`): a tenant
   * built in memory then opens from that file as if it had been built there.
   */
  saveTo(file: string): void {
    if (this.batchDepth > 0) throw new Error("cannot save the tenant in the middle of a write");
    this.db.run("VACUUM INTO ?", [file]);
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }

  /** @internal */
  map(kind: string): Map<string, unknown> {
    let map = this.collections.get(kind);
    if (!map) {
      map = new Map();
      this.collections.set(kind, map);
    }
    return map;
  }

  /** @internal The objects of a kind as an array, made once per change of the kind. */
  array(kind: string): readonly unknown[] {
    let array = this.arrays.get(kind);
    if (!array) {
      array = [...this.map(kind).values()];
      this.arrays.set(kind, array);
    }
    return array;
  }

  /** @internal */
  write(kind: string, id: string, value: unknown): void {
    const key = seqKey(kind, id);
    const seq = this.seqs.get(key) ?? ++this.sequence;
    this.seqs.set(key, seq);
    this.db.run("INSERT OR REPLACE INTO objects (kind, id, seq, data) VALUES (?, ?, ?, ?)", [
      kind,
      id,
      seq,
      JSON.stringify(value),
    ]);
    this.map(kind).set(id, value);
    this.arrays.delete(kind);
  }

  /** @internal */
  remove(kind: string, id: string): boolean {
    this.db.run("DELETE FROM objects WHERE kind = ? AND id = ?", [kind, id]);
    this.seqs.delete(seqKey(kind, id));
    this.arrays.delete(kind);
    return this.map(kind).delete(id);
  }
}

/** One kind of object, in creation order. Values handed out are copies. */
export class Collection<T> {
  constructor(
    private readonly store: Store,
    private readonly kind: string,
  ) {}

  /** The stored object itself, for reading only (renders copy what they return). */
  peek(id: string): Readonly<T> | undefined {
    return this.store.map(this.kind).get(id) as Readonly<T> | undefined;
  }

  get(id: string): T | undefined {
    const value = this.store.map(this.kind).get(id);
    return value === undefined ? undefined : structuredClone(value as T);
  }

  has(id: string): boolean {
    return this.store.map(this.kind).has(id);
  }

  /** Every object, in creation order. */
  all(): T[] {
    return [...this.store.map(this.kind).values()].map((v) => structuredClone(v as T));
  }

  /**
   * Every object in creation order, not copied, as one array kept until the kind next changes:
   * a list read pages through it without going over the whole collection for each page.
   */
  list(): readonly Readonly<T>[] {
    return this.store.array(this.kind) as readonly Readonly<T>[];
  }

  /** Read-only view without copying, for filters over large collections. */
  values(): IterableIterator<Readonly<T>> {
    return this.store.map(this.kind).values() as IterableIterator<Readonly<T>>;
  }

  get size(): number {
    return this.store.map(this.kind).size;
  }

  put(id: string, value: T): T {
    this.store.write(this.kind, id, value);
    return structuredClone(value);
  }

  delete(id: string): boolean {
    return this.store.remove(this.kind, id);
  }
}

function seqKey(kind: string, id: string): string {
  return `${kind}\u0000${id}`;
}
