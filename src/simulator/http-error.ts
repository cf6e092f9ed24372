import type { ValidationIssue } from "./contract.ts";

/** An error answer from a simulated operation: status plus Lumos's error body. */
export class SimHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

export function notFound(what: string, id: string): SimHttpError {
  return new SimHttpError(404, { detail: `${what} ${id} not found` });
}

/** A request Lumos understood but refuses: 400 with `detail` as a plain string. */
export function badRequest(detail: string): SimHttpError {
  return new SimHttpError(400, { detail });
}

export function conflict(detail: string): SimHttpError {
  return new SimHttpError(409, { detail });
}

export function invalid(loc: (string | number)[], msg: string, type = "value_error"): SimHttpError {
  return invalidMany([{ loc, msg, type }]);
}

/**
 * A 422 from a check of the server's own (a pydantic validator): its `value_error` messages
 * read "Value error, …", as FastAPI words them.
 */
export function invalidMany(issues: ValidationIssue[]): SimHttpError {
  const worded = issues.map((issue) =>
    issue.type === "value_error" && !issue.msg.startsWith("Value error, ") ? { ...issue, msg: `Value error, ${issue.msg}` } : issue,
  );
  return new SimHttpError(422, { detail: worded satisfies ValidationIssue[] });
}

/** The object, or a 404 naming what was not found. */
export function found<T>(value: T | undefined, what: string, id: string): T {
  if (value === undefined) throw notFound(what, id);
  return value;
}
