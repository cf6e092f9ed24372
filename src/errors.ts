/**
 * One error base with a stable `code`. The CLI maps every LumosIacError to a one-line message
 * and exit code 1; anything else is a bug and is shown with its stack.
 */
import type { Problem } from "./model/types.ts";

export type ErrorMeta = Record<string, unknown>;

export class LumosIacError extends Error {
  readonly code: string;
  readonly meta: ErrorMeta;

  constructor(code: string, message: string, meta: ErrorMeta = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.meta = meta;
  }

  toJSON(): { code: string; message: string; meta: ErrorMeta } {
    return { code: this.code, message: this.message, meta: this.meta };
  }
}

/** The user called the tool wrongly (unknown flag, missing argument). */
export class UsageError extends LumosIacError {
  constructor(message: string, meta: ErrorMeta = {}) {
    super("USAGE", message, meta);
  }
}

/** The configuration is wrong: bad YAML, schema violation, unknown reference. */
export class ConfigError extends LumosIacError {}

/** `file:line:col`, as editors and CI annotations read it. */
export function formatLocation(loc: Problem["loc"]): string {
  return `${loc.file}:${loc.line}:${loc.col}`;
}

/** Every problem found in the configuration, each with its file:line:col: once each, in file order. */
export class ConfigValidationError extends ConfigError {
  readonly problems: Problem[];

  /** `code` and `summary` name another kind of located problem (guardrail findings). */
  constructor(problems: Problem[], code = "CONFIG_INVALID", summary = (n: number) => `${n} problem${n === 1 ? "" : "s"} in the configuration`) {
    const unique = [...new Map(problems.map((p) => [`${formatLocation(p.loc)}|${p.message}`, p])).values()].sort(
      (a, b) => a.loc.file.localeCompare(b.loc.file) || a.loc.line - b.loc.line || a.loc.col - b.loc.col,
    );
    super(code, summary(unique.length), {
      problems: unique.map((p) => ({ ...p.loc, message: p.message, ...(p.code ? { code: p.code } : {}) })),
    });
    this.problems = unique;
  }
}

/** The Lumos API answered with an error, or could not be reached. */
export class RemoteError extends LumosIacError {
  readonly operation: string;
  readonly status: number | undefined;

  constructor(
    code: string,
    message: string,
    details: { operation: string; status?: number; serverMessage?: string; retryable?: boolean },
    options?: { cause?: unknown },
  ) {
    super(code, message, { ...details }, options);
    this.operation = details.operation;
    this.status = details.status;
  }
}

/**
 * A write whose outcome is unknown: the request reached the server, and then the answer was a
 * 5xx or the connection dropped. It is never re-sent blindly; the caller looks the object up
 * by its natural key first.
 */
export class AmbiguousWriteError extends RemoteError {
  constructor(operation: string, reason: string, options?: { cause?: unknown }) {
    super(
      "REMOTE_AMBIGUOUS_WRITE",
      `${operation}: the server may or may not have applied this write (${reason}); not re-sent`,
      { operation, retryable: false },
      options,
    );
  }
}

/** The plan would do something the safety settings forbid (too many deletes, stale plan). */
export class UnsafePlanError extends LumosIacError {}
