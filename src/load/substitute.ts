import { readFileSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { closest } from "fastest-levenshtein";
import { mapStrings } from "../util/map-strings.ts";
import { decodeUtf8 } from "./decode.ts";

/** A reference, or `$${`: the escape that writes a literal `${`. */
const PATTERN = /\$\$\{|\$\{(env|file|var):([^}]*)\}/g;
const ESCAPE = "$${";

export interface Environment {
  env: Record<string, string | undefined>;
  /** Directory `${file:…}` paths are relative to (the folder of the file that names them). */
  baseDir: string;
  /** The project directory (the folder of lumos.config.yaml): `${file:}` reads nothing outside it. */
  projectDir: string;
  /** Variables of the environment in use (`${var:NAME}`); without them, `${var:}` is an error. */
  vars?: Variables;
}

/** A declared variable's value in one environment, or why it has none. */
export type VariableValue = { value: string | number | boolean; sensitive: boolean } | { missing: string };

export interface Variables {
  /** The environment whose values these are. */
  environment: string;
  values: ReadonlyMap<string, VariableValue>;
}

export type Substituted =
  | {
      ok: true;
      value: string;
      /** The text with `${file:…}` paths relative to the project directory, to read it again later. */
      template: string;
      /** Each reference as `env:NAME`, `var:NAME` or `file:PATH` (PATH relative to the project directory). */
      references: string[];
      /** Absolute, symlink-resolved paths of the files read. */
      files: string[];
    }
  | { ok: false; message: string; /** Each failing reference's message (message is the first). */ messages: string[] };

/**
 * Expands `${env:NAME}` and `${file:PATH}` in a string. An undefined variable or unreadable file
 * is an error, never an empty string, and so is a file outside the project directory (after
 * resolving symlinks). Error messages name the reference, never a value.
 */
export function substitute(text: string, environment: Environment): Substituted {
  /** Every reference that fails, each once: one string may hold several. */
  const failures = new Set<string>();
  const references: string[] = [];
  const files: string[] = [];
  const templateParts: string[] = [];
  let last = 0;
  const value = text.replace(PATTERN, (whole: string, source: string | undefined, name: string | undefined, offset: number) => {
    templateParts.push(text.slice(last, offset));
    last = offset + whole.length;
    if (source === undefined || name === undefined) {
      templateParts.push(ESCAPE);
      return "${";
    }
    const trimmed = name.trim();
    if (trimmed === "") {
      failures.add(`empty ${source} reference in ${whole}; write \${${source}:${source === "file" ? "PATH" : "NAME"}}`);
      templateParts.push(whole);
      return "";
    }
    if (source === "env") {
      templateParts.push(`\${env:${trimmed}}`);
      references.push(`env:${trimmed}`);
      const found = environment.env[trimmed];
      if (found === undefined) failures.add(`environment variable ${trimmed} is not set; set it, or write the value another way`);
      return found ?? "";
    }
    if (source === "var") {
      templateParts.push(`\${var:${trimmed}}`);
      references.push(`var:${trimmed}`);
      const found = lookupVariable(trimmed, environment.vars);
      if ("message" in found) failures.add(found.message);
      return "value" in found ? String(found.value) : "";
    }
    const read = readProjectFile(trimmed, environment);
    if (!read.ok) {
      failures.add(read.message);
      templateParts.push(whole);
      return "";
    }
    templateParts.push(`\${file:${read.shown}}`);
    references.push(`file:${read.shown}`);
    files.push(read.path);
    return read.text;
  });
  templateParts.push(text.slice(last));
  return failures.size === 0 ? { ok: true, value, template: templateParts.join(""), references, files } : { ok: false, message: [...failures][0]!, messages: [...failures] };
}

/** A variable's value, or a message saying how to give it one. */
export function lookupVariable(name: string, vars: Variables | undefined): { value: string | number | boolean; sensitive: boolean } | { message: string } {
  const found = vars?.values.get(name);
  if (found === undefined) {
    const declared = [...(vars?.values.keys() ?? [])];
    const hint = declared.length > 0 ? `; did you mean ${JSON.stringify(closest(name, declared))}?` : "";
    return {
      message: vars
        ? `variable ${name} is not declared; declare it under variables: in the project file${hint}`
        : `\${var:${name}}: variables are not available here; write the value itself`,
    };
  }
  if ("missing" in found) return { message: found.missing };
  return found;
}

function readProjectFile(
  name: string,
  environment: Environment,
): { ok: true; text: string; path: string; shown: string } | { ok: false; message: string } {
  const reference = `\${file:${name}}`;
  const wanted = isAbsolute(name) ? name : resolve(environment.baseDir, name);
  const root = realOrResolved(environment.projectDir);
  let path: string;
  try {
    path = realpathSync(wanted);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!inside(resolve(wanted), root) && !inside(resolve(wanted), resolve(environment.projectDir))) return outside(reference);
    return { ok: false, message: code === "ENOENT" ? `${reference}: no such file; create it, or fix the path (relative to this file)` : `cannot read ${reference}: ${code ?? (error as Error).message}` };
  }
  if (!inside(path, root)) return outside(reference);
  const shown = relative(root, path).split(sep).join("/");
  if (statSync(path).isDirectory()) return { ok: false, message: `${reference} is a directory; name a file in it` };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, message: `cannot read ${reference}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, message: `${reference}: ${decoded.message.replace("the file", "that file")}` };
  return { ok: true, text: decoded.text.replace(/\r?\n$/, ""), path, shown };
}

/** The path with symlinks resolved, or as written when it does not exist. */
function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** A test of whether a file lies inside the project directory, both with symlinks resolved (the directory once). */
export function insideProject(projectDir: string): (path: string) => boolean {
  const root = realOrResolved(projectDir);
  return (path) => inside(realOrResolved(path), root);
}

function inside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

function outside(reference: string): { ok: false; message: string } {
  return {
    ok: false,
    message: `${reference} is outside the project directory; \${file:} reads only files inside the folder of lumos.config.yaml (symlinks resolved): move the file there`,
  };
}

/** Every `${`: an escape, a reference, or (the last alternative) one that starts neither. */
const ANY_OPENING = /\$\$\{|\$\{(?:env|file|var):[^}]*\}|\$\{/g;
/** What a mistyped reference looks like: a source, `:` or `.`, and a name (quoted back only then). */
const REFERENCE_LIKE = /^([A-Za-z]+)\s*[:.]\s*([\w./ -]{1,80})$/;

/**
 * Why a `${` in the text is a mistake, when one starts neither a reference nor the `$${`
 * escape: unclosed, a source in the wrong case or after a dot, or a source lumos-iac does not
 * read. Sent as written, it would reach the tenant as text the author meant as a reference.
 * With `secret`, only a known source's reference is quoted back.
 */
export function strayOpening(text: string, options: { secret?: boolean } = {}): string | undefined {
  for (const match of text.matchAll(ANY_OPENING)) {
    if (match[0] !== "${") continue;
    const rest = text.slice(match.index + 2);
    const close = rest.indexOf("}");
    const inner = (close < 0 ? rest : rest.slice(0, close)).trim();
    const like = REFERENCE_LIKE.exec(inner);
    const source = like?.[1]!.toLowerCase();
    const known = source === "env" || source === "file" || source === "var";
    // In a secret's field, text after an unknown source may be the secret itself: not quoted.
    const written = like && (known || !options.secret) ? `\${${inner}${close < 0 ? "" : "}"}` : "this ${";
    const fix = known ? `\${${source}:${like![2]!.trim()}}` : undefined;
    const forms = "${env:NAME}, ${file:PATH} or ${var:NAME}";
    const literal = "or write $${ for a literal ${";
    if (close < 0) return `${written} has no closing }; write ${fix ?? forms}, ${literal}`;
    if (fix) return `${written} is not a reference: write ${fix} (lower case, then a colon), ${literal}`;
    return `${written} is not a reference lumos-iac reads; write ${forms}, ${literal}`;
  }
  return undefined;
}

export function hasReference(text: string): boolean {
  if (!text.includes("${")) return false;
  for (const match of text.matchAll(PATTERN)) if (match[1] !== undefined) return true;
  return false;
}

/** `$${` read as the literal `${` it stands for, in text with no reference. */
export function unescapeTemplates(text: string): string {
  return text.includes(ESCAPE) ? text.replaceAll(ESCAPE, () => "${") : text;
}

/**
 * Values as a definition file must hold them to mean themselves (text read from a tenant,
 * written by import and drift --adopt): each `${` written `$${`, so that loading does not read
 * a reference into it, and an apply does not send what it would name.
 */
export function escapeTemplates<T>(value: T): T {
  // A replacer function: in a replacement string, `$$` would stand for one `$`.
  return mapStrings(value, (text) => (text.includes("${") ? text.replaceAll("${", () => ESCAPE) : text)) as T;
}
