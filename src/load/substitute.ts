import { readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";

const PATTERN = /\$\{(env|file):([^}]*)\}/g;

export interface Environment {
  env: Record<string, string | undefined>;
  /** Directory `${file:…}` paths are relative to. */
  baseDir: string;
}

export type Substituted = { ok: true; value: string; template: string } | { ok: false; message: string };

/**
 * Expands `${env:NAME}` and `${file:PATH}` in a string. An undefined variable or unreadable file
 * is an error, never an empty string. The returned template has file paths made absolute, so a
 * saved plan can resolve it again later without storing the value.
 */
export function substitute(text: string, environment: Environment): Substituted {
  let failure: string | undefined;
  let template = text;
  const value = text.replace(PATTERN, (whole, source: string, name: string) => {
    const trimmed = name.trim();
    if (trimmed === "") {
      failure ??= `empty ${source} reference in ${whole}`;
      return "";
    }
    if (source === "env") {
      const found = environment.env[trimmed];
      if (found === undefined) failure ??= `environment variable ${trimmed} is not set`;
      return found ?? "";
    }
    const path = isAbsolute(trimmed) ? trimmed : resolve(environment.baseDir, trimmed);
    template = template.replace(whole, `\${file:${path}}`);
    try {
      return readFileSync(path, "utf8").replace(/\r?\n$/, "");
    } catch (error) {
      failure ??= `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
      return "";
    }
  });
  return failure === undefined ? { ok: true, value, template } : { ok: false, message: failure };
}

export function hasReference(text: string): boolean {
  return new RegExp(PATTERN.source).test(text);
}
