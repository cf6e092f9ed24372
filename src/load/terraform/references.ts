import { randomUUID } from "node:crypto";
import { mapStrings } from "../../util/map-strings.ts";

/**
 * A `${env:…}`/`${file:…}` the module itself makes (a sensitive variable, file()), marked so
 * that, once evaluated, it is told from text that merely reads `${…}`: Terraform's strings
 * mean themselves, so that text is escaped ($${), and only these become references (see
 * withReferences).
 */
// A nonce per process: a source cannot write a marker, even one with NULs in its strings.
const MARK = `\u0000lumos-iac-reference-${randomUUID()}\u0000`;
/** The references the module made: a marked text naming any other was changed by a function (replace(), …). */
const made = new Set<string>();
export function reference(ref: string): string {
  made.add(ref);
  return `${MARK}${ref}${MARK}`;
}

/** A sensitive value that a function changed, instead of passing it whole or in a template. */
export class ChangedReferenceError extends Error {}
const MARKED = new RegExp(`${MARK}([^\\u0000]*)${MARK}`, "g");

/** Whether text is one such reference, of an environment variable or a file, and nothing else. */
export function isWholeReference(text: string): boolean {
  return new RegExp(`^${MARK}(?:env|file):[^\\u0000]+${MARK}$`).test(text);
}

/**
 * The evaluated value as a definition: its text escaped, and the module's own references made
 * `${…}`. `${var:NAME}` stays a reference, as in YAML: project variables are no secrets.
 */
export function withReferences(value: unknown): unknown {
  return mapStrings(value, (text) => {
    const out = text.replace(/\$\{(?!var:)/g, () => "$${").replace(MARKED, (_, ref: string) => {
      if (!made.has(ref)) throw new ChangedReferenceError(ref);
      return `\${${ref}}`;
    });
    // What is left of a marker was cut or recased by a function: refused, never sent as text.
    if (out.includes("\u0000")) throw new ChangedReferenceError("");
    return out;
  });
}
