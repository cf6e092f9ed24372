import { randomUUID } from "node:crypto";
import { isRecord } from "../../kinds/common.ts";

/**
 * A `${env:…}`/`${file:…}` the module itself makes (a sensitive variable, file()), marked so
 * that, once evaluated, it is told from text that merely reads `${…}`: Terraform's strings
 * mean themselves, so that text is escaped ($${), and only these become references (see
 * withReferences).
 */
// A nonce per process: a source cannot write a marker, even one with NULs in its strings.
const MARK = `\u0000lumos-iac-reference-${randomUUID()}\u0000`;
export function reference(ref: string): string {
  return `${MARK}${ref}${MARK}`;
}
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
  if (typeof value === "string") return value.replace(/\$\{(?!var:)/g, () => "$${").replace(MARKED, (_, ref: string) => `\${${ref}}`);
  if (Array.isArray(value)) return value.map(withReferences);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withReferences(item)]));
  return value;
}
