/**
 * The testable pieces of `npm run check:prism`: which contract operation a request belongs
 * to, which public operations the tool can call, what Prism reported, and what was covered.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const METHODS = ["get", "put", "post", "patch", "delete"] as const;

export interface ContractOperation {
  method: string;
  /** As in the contract: `/apps/{app_id}`. */
  path: string;
  extension: boolean;
}

interface ContractDocument {
  paths: Record<string, Record<string, { "x-lumos-extension"?: boolean } | unknown>>;
}

/** Every operation of our contract, `extension` for those marked x-lumos-extension. */
export function contractOperations(doc: ContractDocument): ContractOperation[] {
  const operations: ContractOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method] as { "x-lumos-extension"?: boolean } | undefined;
      if (op) operations.push({ method: method.toUpperCase(), path, extension: op["x-lumos-extension"] === true });
    }
  }
  return operations;
}

export const key = (op: Pick<ContractOperation, "method" | "path">): string => `${op.method} ${op.path}`;

/**
 * The operation a request is for. Static segments win over parameters, as in the server:
 * `/apps/categories` is not `/apps/{app_id}`.
 */
export function routeOf(operations: ContractOperation[], method: string, pathname: string): ContractOperation | undefined {
  const segments = pathname.replace(/\/+$/, "").split("/");
  let best: { op: ContractOperation; params: number } | undefined;
  for (const op of operations) {
    if (op.method !== method.toUpperCase()) continue;
    const template = op.path.split("/");
    if (template.length !== segments.length) continue;
    let params = 0;
    const matches = template.every((part, i) => {
      if (/^\{[^}]+\}$/.test(part)) {
        params++;
        return segments[i] !== "";
      }
      return part === decodeURIComponent(segments[i]!);
    });
    if (matches && (!best || params < best.params)) best = { op, params };
  }
  return best?.op;
}

/**
 * The operations the tool's source can call: every `api.METHOD("/path"` outside the simulator
 * and the generated types. Returned as `METHOD /path` with the file that calls it.
 */
export function operationsInSource(root: string, dirs: string[] = ["src"], skip: string[] = ["src/simulator", "src/remote/generated"]): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = /\bapi\s*\.\s*(GET|PUT|POST|PATCH|DELETE)\s*\(\s*["'`](\/[^"'`]*)["'`]/g;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const full = join(dir, entry);
      const rel = relative(root, full).split("\\").join("/");
      if (skip.some((prefix) => rel === prefix || rel.startsWith(`${prefix}/`))) continue;
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ts$/.test(entry)) {
        for (const match of readFileSync(full, "utf8").matchAll(pattern)) {
          const operation = `${match[1]} ${match[2]}`;
          if (!found.has(operation)) found.set(operation, rel);
        }
      }
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return found;
}

export interface Violation {
  operation: string;
  status: number;
  location: string;
  severity: string;
  message: string;
}

/**
 * Prism's `sl-violations` header: a JSON array of `{location, severity, code, message}`.
 * Anything unreadable is itself reported, so a changed format cannot pass silently.
 */
export function parseViolations(header: string | null, operation: string, status: number): Violation[] {
  if (!header) return [];
  try {
    const parsed = JSON.parse(header) as unknown;
    const list = Array.isArray(parsed) ? parsed : [parsed];
    return list.map((item) => {
      const v = (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>;
      return {
        operation,
        status,
        location: Array.isArray(v.location) ? v.location.join(".") : String(v.location ?? ""),
        severity: String(v.severity ?? "unknown"),
        message: String(v.message ?? JSON.stringify(item)),
      };
    });
  } catch {
    return [{ operation, status, location: "", severity: "unknown", message: `unreadable sl-violations header: ${header}` }];
  }
}

/** Violations Prism writes to its log (`✖ ... Violation: ...`), which the header may not carry. */
export function violationsInLog(log: string): string[] {
  return log
    .split(/\r?\n/)
    .map((line) => line.replace(/\u001b\[[0-9;]*m/g, "").trim())
    .filter((line) => /violation/i.test(line) && /✖|error|warning/i.test(line));
}

export interface Coverage {
  /** Public operations the tool calls and the run exercised. */
  covered: string[];
  /** Public operations the tool calls that the run never sent. */
  missing: string[];
  /** Public operations of the contract the tool never calls (informational). */
  unused: string[];
  /** Calls in the source that match no operation of the contract. */
  unknown: string[];
}

export function coverage(operations: ContractOperation[], calledBySource: Iterable<string>, exercised: Iterable<string>): Coverage {
  const publicOps = new Set(operations.filter((op) => !op.extension).map(key));
  const all = new Set(operations.map(key));
  const called = new Set(calledBySource);
  const seen = new Set(exercised);
  const sort = (values: Iterable<string>) => [...values].sort();
  return {
    covered: sort([...called].filter((op) => publicOps.has(op) && seen.has(op))),
    missing: sort([...called].filter((op) => publicOps.has(op) && !seen.has(op))),
    unused: sort([...publicOps].filter((op) => !called.has(op))),
    unknown: sort([...called].filter((op) => !all.has(op))),
  };
}

/**
 * Statuses the check provokes on purpose (404, 409, 429, and the 503 of a lost answer) that the
 * published document does not declare for most operations: it lists only 200 and 422 there.
 */
export const PROVOKED_STATUSES: ReadonlySet<number> = new Set([404, 409, 429, 503]);
const UNDECLARED_STATUS = /^Unable to match the returned status code with those defined in the document/;

/**
 * Whether a violation is only Prism's warning that a provoked status is not declared. Nothing
 * else is accepted: not another status, not an error, not a body or header problem.
 */
export function acceptedUndeclared(violation: Violation, provoked: ReadonlySet<number> = PROVOKED_STATUSES): boolean {
  return provoked.has(violation.status) && violation.severity.toLowerCase() === "warning" && violation.location === "response" && UNDECLARED_STATUS.test(violation.message);
}

/**
 * The log's violation lines that the accepted header warnings do not account for: every other
 * line, and undeclared-status lines beyond the number accepted.
 */
export function logViolationsBeyond(lines: string[], accepted: number): string[] {
  let left = accepted;
  return lines.filter((line) => {
    if (/Violation: response Unable to match the returned status code/.test(line) && left > 0) {
      left--;
      return false;
    }
    return true;
  });
}
