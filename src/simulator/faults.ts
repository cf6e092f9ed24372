/**
 * Fault injection: latency, rate limiting, server errors, dropped connections, and ambiguous
 * writes (applied, then answered with an error). Set from flags, from code, or at run time
 * through `POST /_simulator/faults`.
 */
export interface FaultSettings {
  /** Added to every Lumos request, in ms. */
  latencyMs: number;
  /** Random extra latency, 0 to this many ms. */
  latencyJitterMs: number;
  /** Requests per second before answering 429 with Retry-After; 0 = unlimited. */
  rateLimitRps: number;
  /** Share of requests answered 5xx before anything is applied (0–1). */
  failRate: number;
  /** Share of requests whose connection is dropped before anything is applied (0–1). */
  resetRate: number;
  /** Share of writes that ARE applied, then answered 5xx or dropped (0–1). */
  ambiguousRate: number;
  /**
   * How 429 answers give `Retry-After`: delta-seconds, an HTTP date, or alternating between the
   * two (Lumos sends either).
   */
  retryAfterFormat: RetryAfterFormat;
}

export type RetryAfterFormat = "seconds" | "date" | "alternate";

/**
 * `reject_credentials`: the next connect or reconnect whose credentials fit the connection schema
 * is turned down by the third party (502, nothing applied).
 */
export type FaultKind = "fail" | "reset" | "ambiguous" | "rate_limit" | "reject_credentials";

/** A one-shot fault for the next matching request, for deterministic tests. */
export interface ScriptedFault {
  fault: FaultKind;
  /** `METHOD /path/{template}`; any route when omitted. */
  route?: string;
  /** Status for `fail` and `ambiguous` (default 503). */
  status?: number;
  /** Seconds for `rate_limit` (default 1). */
  retryAfter?: number;
  /** `rate_limit` only: send Retry-After as an HTTP date, whatever `retryAfterFormat` says. */
  retryAfterDate?: boolean;
}

export const NO_FAULTS: FaultSettings = {
  latencyMs: 0,
  latencyJitterMs: 0,
  rateLimitRps: 0,
  failRate: 0,
  resetRate: 0,
  ambiguousRate: 0,
  retryAfterFormat: "seconds",
};

const FAULT_KINDS: readonly FaultKind[] = ["fail", "reset", "ambiguous", "rate_limit", "reject_credentials"];
const RATES = new Set(["failRate", "resetRate", "ambiguousRate"]);

/**
 * Reads a `POST /_simulator/faults` body: settings, `next` one-shot faults and `clear`. A value
 * out of range or of the wrong type is refused (rather than making every request fail, say,
 * with `failRate: 7`), with what was wrong.
 */
export function parseFaultRequest(
  body: unknown,
): { ok: true; settings: Partial<FaultSettings>; next: ScriptedFault[]; clear: boolean } | { ok: false; problem: string } {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return { ok: false, problem: "expected a JSON object" };
  const { next, clear, ...rest } = body as Record<string, unknown>;
  const unknown = Object.keys(rest).filter((key) => !(key in NO_FAULTS));
  if (unknown.length > 0) return { ok: false, problem: `unknown fault settings: ${unknown.join(", ")}` };
  const settings: Partial<FaultSettings> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (key === "retryAfterFormat") {
      if (value !== "seconds" && value !== "date" && value !== "alternate") return { ok: false, problem: 'retryAfterFormat must be "seconds", "date" or "alternate"' };
      settings.retryAfterFormat = value;
      continue;
    }
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) return { ok: false, problem: `${key} must be a number ≥ 0, got ${JSON.stringify(value)}` };
    if (RATES.has(key) && value > 1) return { ok: false, problem: `${key} must be between 0 and 1, got ${value}` };
    (settings as Record<string, number>)[key] = value;
  }
  if (clear !== undefined && typeof clear !== "boolean") return { ok: false, problem: "clear must be true or false" };
  if (next !== undefined && !Array.isArray(next)) return { ok: false, problem: "next must be a list of one-shot faults" };
  const faults: ScriptedFault[] = [];
  for (const [i, fault] of ((next ?? []) as unknown[]).entries()) {
    const problem = scriptedFaultProblem(fault);
    if (problem) return { ok: false, problem: `next[${i}]: ${problem}` };
    faults.push(fault as ScriptedFault);
  }
  return { ok: true, settings, next: faults, clear: clear === true };
}

function scriptedFaultProblem(fault: unknown): string | undefined {
  if (fault === null || typeof fault !== "object" || Array.isArray(fault)) return "expected an object like {\"fault\": \"fail\", \"route\": \"POST /apps\"}";
  const { fault: kind, route, status, retryAfter, retryAfterDate, ...rest } = fault as Record<string, unknown>;
  const extra = Object.keys(rest);
  if (extra.length > 0) return `unknown keys: ${extra.join(", ")}`;
  if (!FAULT_KINDS.includes(kind as FaultKind)) return `fault must be one of ${FAULT_KINDS.join(", ")}, got ${JSON.stringify(kind)}`;
  if (route !== undefined && (typeof route !== "string" || !/^[A-Z]+ \//.test(route))) return `route must read like "POST /apps", got ${JSON.stringify(route)}`;
  if (status !== undefined && (!Number.isInteger(status) || (status as number) < 400 || (status as number) > 599)) return `status must be an HTTP error status (400-599), got ${JSON.stringify(status)}`;
  if (retryAfter !== undefined && (!Number.isInteger(retryAfter) || (retryAfter as number) < 0)) return `retryAfter must be whole seconds ≥ 0, got ${JSON.stringify(retryAfter)}`;
  if (retryAfterDate !== undefined && typeof retryAfterDate !== "boolean") return "retryAfterDate must be true or false";
  return undefined;
}

export type BeforeDecision =
  | { kind: "none" }
  | { kind: "fail"; status: number }
  | { kind: "reset" }
  | { kind: "rate_limit"; retryAfter: number; asDate?: boolean };

export type AfterDecision = { kind: "none" } | { kind: "fail"; status: number } | { kind: "reset" };

export class Faults {
  settings: FaultSettings;
  private script: ScriptedFault[] = [];
  private windowStart = 0;
  private windowCount = 0;
  private rateLimitAnswers = 0;

  constructor(
    settings: Partial<FaultSettings>,
    private readonly random: () => number,
    private readonly now: () => number,
  ) {
    this.settings = { ...NO_FAULTS, ...settings };
  }

  update(settings: Partial<FaultSettings>): void {
    this.settings = { ...this.settings, ...settings };
  }

  /** Queues one-shot faults, consumed in order by the requests they match. */
  enqueue(...faults: ScriptedFault[]): void {
    this.script.push(...faults);
  }

  clear(): void {
    this.settings = { ...NO_FAULTS };
    this.script = [];
  }

  get pending(): readonly ScriptedFault[] {
    return this.script;
  }

  /** True when latency is the only fault: no rate limit, no failures, nothing queued. */
  latencyOnly(): boolean {
    const { rateLimitRps, failRate, resetRate, ambiguousRate } = this.settings;
    return rateLimitRps === 0 && failRate === 0 && resetRate === 0 && ambiguousRate === 0 && this.script.length === 0;
  }

  latency(): number {
    const { latencyMs, latencyJitterMs } = this.settings;
    return latencyMs + (latencyJitterMs > 0 ? Math.round(this.random() * latencyJitterMs) : 0);
  }

  /** What happens before the request is handled. */
  before(route: string): BeforeDecision {
    const scripted = this.take(route, (fault) => fault.fault !== "ambiguous" && fault.fault !== "reject_credentials");
    if (scripted?.fault === "fail") return { kind: "fail", status: scripted.status ?? 503 };
    if (scripted?.fault === "reset") return { kind: "reset" };
    if (scripted?.fault === "rate_limit") {
      return { kind: "rate_limit", retryAfter: scripted.retryAfter ?? 1, ...(scripted.retryAfterDate ? { asDate: true } : {}) };
    }
    const limited = this.rateLimited();
    if (limited !== undefined) return { kind: "rate_limit", retryAfter: limited };
    if (this.roll(this.settings.failRate)) return { kind: "fail", status: this.random() < 0.5 ? 500 : 503 };
    if (this.roll(this.settings.resetRate)) return { kind: "reset" };
    return { kind: "none" };
  }

  /** What happens after a write was applied. */
  after(route: string, isWrite: boolean): AfterDecision {
    if (!isWrite) return { kind: "none" };
    const scripted = this.take(route, (fault) => fault.fault === "ambiguous");
    const ambiguous = scripted !== undefined || this.roll(this.settings.ambiguousRate);
    if (!ambiguous) return { kind: "none" };
    if (scripted?.status !== undefined) return { kind: "fail", status: scripted.status };
    return this.random() < 0.5 ? { kind: "fail", status: 502 } : { kind: "reset" };
  }

  /** Whether the third party turns down the credentials of this connect or reconnect. */
  rejectCredentials(route: string): boolean {
    return this.take(route, (fault) => fault.fault === "reject_credentials") !== undefined;
  }

  /** The `Retry-After` value for a wait of `seconds`, in the configured format. */
  retryAfter(seconds: number, asDate = false): string {
    const format = this.settings.retryAfterFormat;
    const date = asDate || format === "date" || (format === "alternate" && this.rateLimitAnswers++ % 2 === 1);
    if (!date) return String(seconds);
    // HTTP dates have whole seconds: round up so the wait is never shorter than asked.
    return new Date(Math.ceil((this.now() + seconds * 1000) / 1000) * 1000).toUTCString();
  }

  private take(route: string, accept: (fault: ScriptedFault) => boolean): ScriptedFault | undefined {
    const index = this.script.findIndex((fault) => (fault.route === undefined || fault.route === route) && accept(fault));
    if (index < 0) return undefined;
    return this.script.splice(index, 1)[0];
  }

  private roll(rate: number): boolean {
    return rate > 0 && this.random() < rate;
  }

  /** Fixed one-second windows; the answer is the seconds until the window ends. */
  private rateLimited(): number | undefined {
    const rps = this.settings.rateLimitRps;
    if (rps <= 0) return undefined;
    const now = this.now();
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.windowCount = 0;
    }
    this.windowCount++;
    if (this.windowCount <= rps) return undefined;
    return Math.max(1, Math.ceil((this.windowStart + 1000 - now) / 1000));
  }
}
