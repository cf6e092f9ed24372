/** What a masked value is replaced with. */
export const MASK = "(sensitive)";

/** Values shorter than this are too common to mask without garbling ordinary text. */
const MIN_LENGTH = 4;

/**
 * Every secret and sensitive value one CLI run has seen (the API token, values read through
 * `${env:}`/`${file:}`/sensitive `${var:}`), replaced by `(sensitive)` wherever it would be printed or written:
 * the last line of defence behind the plan's own hiding of sensitive values.
 */
export class Redactor {
  private readonly values = new Set<string>();

  add(value: string | undefined): void {
    if (value === undefined) return;
    for (const form of [value, value.trim(), JSON.stringify(value).slice(1, -1), encodeURIComponent(value)]) {
      if (form.length < MIN_LENGTH || this.values.has(form)) continue;
      this.values.add(form);
    }
    // A multi-line value (a file) is also masked line by line, as output is printed by line.
    if (value.includes("\n")) for (const line of value.split(/\r?\n/)) if (line.trim().length >= 8) this.add(line);
  }

  /** One registry holding this one's values and `other`'s, to mask with both at once. */
  with(other: Redactor): Redactor {
    const both = new Redactor();
    for (const value of [...this.values, ...other.values]) both.values.add(value);
    return both;
  }

  /**
   * Where values are written in `text`, as [start, end) spans in order. Places that overlap (one
   * value's end is another's start) are one span: masked one after another, the second could be
   * left partly shown.
   */
  places(text: string): [number, number][] {
    if (this.values.size === 0) return [];
    const spans: [number, number][] = [];
    for (const value of this.values) {
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) spans.push([at, at + value.length]);
    }
    spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const merged: [number, number][] = [];
    for (const [from, to] of spans) {
      const last = merged[merged.length - 1];
      if (last && from < last[1]) last[1] = Math.max(last[1], to);
      else merged.push([from, to]);
    }
    return merged;
  }

  /** `text` with every place a value is written masked. */
  redact(text: string): string {
    const places = this.places(text);
    if (places.length === 0) return text;
    let out = "";
    let shown = 0;
    for (const [start, end] of places) {
      out += text.slice(shown, start) + MASK;
      shown = end;
    }
    return out + text.slice(shown);
  }
}

/**
 * The registries of the runs going on. A value seen by one is masked by all of them: runs that
 * overlap in one process (a library's callers) may mask more than their own, never less. (An
 * AsyncLocalStorage would tell the runs apart, but on Node 20 it hooks every promise, which a
 * plan of a large tenant makes tens of thousands of.)
 */
const running = new Set<Redactor>();

/**
 * Runs `work` (to the end of the promise it returns, if it does) with its own redaction
 * registry (one per CLI run). A value registered after that is not masked by it: a run's
 * work ends with it.
 */
export function withRedaction<T>(work: (redactor: Redactor) => T): T {
  const redactor = new Redactor();
  running.add(redactor);
  let result: T;
  try {
    result = work(redactor);
  } catch (error) {
    running.delete(redactor);
    throw error;
  }
  if (result instanceof Promise) return result.finally(() => running.delete(redactor)) as T;
  running.delete(redactor);
  return result;
}

/** Registers a value to mask in the runs going on (no-op outside one). */
export function addSensitive(value: string | undefined): void {
  for (const redactor of running) redactor.add(value);
}

/**
 * Masks every registered value in `text` (unchanged outside a run), those of runs going on
 * together in one pass: masked one registry after another, a value that overlaps another could
 * be left partly shown.
 */
export function redact(text: string): string {
  const [first, ...rest] = running;
  if (!first) return text;
  return rest.reduce((all, redactor) => all.with(redactor), first).redact(text);
}

/** Where `redact` would mask `text`: the offsets at which masked places start. */
export function maskedPlaces(text: string): number[] {
  const [first, ...rest] = running;
  if (!first) return [];
  return rest.reduce((all, redactor) => all.with(redactor), first).places(text).map(([start]) => start);
}

/** How a sensitive value is shown: `(sensitive: env:TEAM)`, naming its references; `(sensitive)` without. */
export function sensitiveLabel(template: string): string {
  const references = [...template.matchAll(/\$\{(env|file|var):([^}]*)\}/g)].map((m) => `${m[1]}:${m[2]!.trim()}`);
  return references.length > 0 ? `(sensitive: ${[...new Set(references)].join(", ")})` : MASK;
}
