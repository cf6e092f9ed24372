import { AmbiguousWriteError, RemoteError } from "../errors.ts";
import { DEFAULT_PACING, Pacer, type PacerState, type PacingPolicy } from "./pacing.ts";

/** How failed requests are retried. Defaults follow the official Lumos Terraform provider. */
export interface RetryPolicy {
  /** First wait, in ms. */
  initialDelayMs: number;
  /** Each further wait is the previous one times this. */
  multiplier: number;
  /** No single wait is longer than this, in ms. */
  maxDelayMs: number;
  /** Give up once this much time has passed since the first attempt, in ms. */
  maxElapsedMs: number;
  /** Each wait is randomised by ± this fraction. */
  jitter: number;
  /** Attempts when the server cannot be reached at all (refused, unknown host). */
  maxUnreachableAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  initialDelayMs: 500,
  multiplier: 1.5,
  maxDelayMs: 30_000,
  maxElapsedMs: 60_000,
  jitter: 0.25,
  maxUnreachableAttempts: 4,
};

export type FetchLike = (request: Request) => Promise<Response>;

export interface TransportOptions {
  fetch: FetchLike;
  concurrency: number;
  retry: RetryPolicy;
  pacing?: PacingPolicy;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  random: () => number;
  /** What errors call the server (default "the Lumos API"). */
  service?: string;
}

/** Request counts that callers can read, keyed `METHOD /route/{template}`. */
export interface RequestMetrics {
  total: number;
  writes: number;
  retries: number;
  byRoute: Record<string, number>;
}

export interface RequestTag {
  method: string;
  route: string;
}

/** Connection errors where the request certainly never reached the server. */
const NOT_DELIVERED = new Set(["ECONNREFUSED", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

/**
 * The fetch that sits under openapi-fetch: one pacing for the whole client (src/remote/pacing.ts),
 * metrics, and retries.
 * - a 429, or a 503 with `Retry-After`, pauses every request of the client for that long (seconds
 *   or an HTTP date) and lowers the client's rate, which then climbs back;
 * - other 5xx and connection errors are retried with capped exponential backoff and jitter;
 * - everything within `maxElapsedMs`, counted from when the request was first sent, not from
 *   when it was queued;
 * - TLS and DNS failures are not transient: they fail at once, saying what is wrong;
 * - a POST (create, or an action such as a sync) whose outcome is unknown — a 5xx answer or a
 *   connection lost after sending — is never re-sent: it fails with AmbiguousWriteError.
 */
export class Transport {
  readonly metrics: RequestMetrics = { total: 0, writes: 0, retries: 0, byRoute: {} };
  private readonly pacer: Pacer;
  private readonly tags = new WeakMap<Request, RequestTag>();

  constructor(private readonly options: TransportOptions) {
    this.pacer = new Pacer({
      concurrency: options.concurrency,
      policy: options.pacing ?? DEFAULT_PACING,
      sleep: options.sleep,
      now: options.now,
    });
  }

  /** The client-wide pacing as it stands. */
  get pacing(): PacerState {
    return this.pacer.state;
  }

  /** Remembers the operation a request belongs to, so metrics and errors can name it. */
  tag(request: Request, tag: RequestTag): void {
    this.tags.set(request, tag);
  }

  resetMetrics(): void {
    this.metrics.total = 0;
    this.metrics.writes = 0;
    this.metrics.retries = 0;
    this.metrics.byRoute = {};
  }

  readonly fetch = async (request: Request): Promise<Response> => {
    const tag = this.tags.get(request) ?? { method: request.method, route: new URL(request.url).pathname };
    const operation = `${tag.method} ${tag.route}`;
    const { retry, now } = this.options;
    const service = this.options.service ?? "the Lumos API";
    // The request keeps its place in flight until its last attempt: a retry is not queued
    // behind requests that were never sent.
    return this.pacer.run(async (pace) => {
      let started: number | undefined;
      let delay = retry.initialDelayMs;
      for (let attempt = 1; ; attempt++) {
        const sentAt = await pace();
        started ??= sentAt;
        // A body can be read once, so each attempt of a request with one sends a copy; a request
        // without a body (every read) is sent as it is, saving a copy per request.
        const outcome = await this.attempt(request.body === null ? request : request.clone(), tag, operation);
        const elapsed = now() - started;
        const pause = this.pauseFor(outcome);
        if (pause !== undefined) this.pacer.throttle(sentAt, pause);
        else if (outcome.kind === "response") this.pacer.accept(sentAt);
        const wait = outcome.kind === "ambiguous" ? undefined : (pause ?? this.nextWait(outcome, delay));
        if (wait === undefined) return finish(outcome);
        if (outcome.kind === "unreachable" && outcome.notDelivered && attempt >= retry.maxUnreachableAttempts) {
          return finish(outcome, `gave up after ${attempt} attempts`);
        }
        if (elapsed + wait > retry.maxElapsedMs) return finish(outcome, `gave up after ${attempt} attempts`);
        this.metrics.retries++;
        // A pause holds back every request in the pacer; other waits are this request's own.
        if (pause === undefined) await this.options.sleep(wait);
        delay = Math.min(delay * retry.multiplier, retry.maxDelayMs);
      }
    });

    function finish(outcome: Outcome, note?: string): Response {
      if (outcome.kind === "response") return outcome.response;
      if (outcome.kind === "ambiguous") throw new AmbiguousWriteError(operation, outcome.reason, { cause: outcome.error });
      if (outcome.kind === "fatal") {
        throw new RemoteError(outcome.code, `${operation}: ${outcome.reason}`, { operation, retryable: false }, { cause: outcome.error });
      }
      throw new RemoteError(
        "REMOTE_UNREACHABLE",
        `${operation}: could not reach ${service} (${outcome.reason})${note ? `; ${note}` : ""}`,
        { operation, retryable: true },
        { cause: outcome.error },
      );
    }
  };

  private async attempt(request: Request, tag: RequestTag, operation: string): Promise<Outcome> {
    this.metrics.total++;
    if (tag.method !== "GET" && tag.method !== "HEAD") this.metrics.writes++;
    this.metrics.byRoute[operation] = (this.metrics.byRoute[operation] ?? 0) + 1;
    const isPost = tag.method === "POST";
    try {
      const response = await this.options.fetch(request);
      if (response.status >= 500 && isPost) {
        const body = await response.text().catch(() => "");
        const retryAfter = response.status === 503 ? parseRetryAfter(response.headers.get("retry-after"), this.options.now()) : undefined;
        return { kind: "ambiguous", reason: `HTTP ${response.status}${body ? `: ${body.slice(0, 200)}` : ""}`, retryAfter };
      }
      return { kind: "response", response };
    } catch (error) {
      const code = errorCode(error);
      const fatal = permanentFailure(request, error, code);
      if (fatal) return { kind: "fatal", ...fatal, error };
      const reason = describeNetworkError(error, code);
      // No code at all: fetch refused to send (bad port, bad URL); nothing reached the server.
      const notDelivered = code === undefined ? !hasSocketCause(error) : NOT_DELIVERED.has(code);
      if (notDelivered) return { kind: "unreachable", reason, error, notDelivered };
      if (isPost) return { kind: "ambiguous", reason: `connection lost: ${reason}`, error };
      return { kind: "unreachable", reason, error, notDelivered };
    }
  }

  /** A wait the server asked for, which holds back the whole client: 429, or 503 with Retry-After. */
  private pauseFor(outcome: Outcome): number | undefined {
    if (outcome.kind === "ambiguous") return outcome.retryAfter;
    if (outcome.kind !== "response") return undefined;
    const { status, headers } = outcome.response;
    if (status !== 429 && status !== 503) return undefined;
    const after = parseRetryAfter(headers.get("retry-after"), this.options.now());
    if (status === 429) return after ?? this.options.retry.initialDelayMs;
    return after;
  }

  /** How long to wait before the next attempt, or undefined when this outcome is final. */
  private nextWait(outcome: Outcome, delay: number): number | undefined {
    if (outcome.kind === "ambiguous" || outcome.kind === "fatal") return undefined;
    if (outcome.kind === "response") {
      const { status } = outcome.response;
      if (status < 500) return undefined;
    }
    return this.jittered(delay);
  }

  private jittered(delay: number): number {
    const spread = delay * this.options.retry.jitter;
    return Math.max(0, Math.round(delay - spread + this.options.random() * 2 * spread));
  }
}

type Outcome =
  | { kind: "response"; response: Response }
  | { kind: "ambiguous"; reason: string; error?: unknown; retryAfter?: number | undefined }
  | { kind: "fatal"; code: string; reason: string; error: unknown }
  | { kind: "unreachable"; reason: string; error: unknown; notDelivered: boolean };

/** `Retry-After` as a wait in ms: either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

const TLS_CODES = /^(ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|EPROTO$)/;

/** Failures that no retry can mend: the URL or the server's certificate is wrong. */
function permanentFailure(request: Request, error: unknown, code: string | undefined): { code: string; reason: string } | undefined {
  if (code === undefined) return undefined;
  const url = new URL(request.url);
  if (code === "ENOTFOUND") {
    return { code: "REMOTE_DNS", reason: `the host ${url.hostname} does not exist (DNS lookup failed): check the API URL` };
  }
  if (!TLS_CODES.test(code)) return undefined;
  if (code === "ERR_SSL_WRONG_VERSION_NUMBER" || code === "EPROTO") {
    return {
      code: "REMOTE_TLS",
      reason: `the server at ${url.host} did not speak TLS: is the URL http:// rather than https://? (${code})`,
    };
  }
  const detail = error instanceof Error && error.cause instanceof Error ? error.cause.message : code;
  return { code: "REMOTE_TLS", reason: `the TLS connection to ${url.host} failed (${code}: ${detail}): check the URL and the server's certificate` };
}

function describeNetworkError(error: unknown, code: string | undefined): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
  return [code, cause ?? (error instanceof Error ? error.message : String(error))].filter(Boolean).join(": ");
}

/** Whether the failure came from a socket (which may have carried the request). */
function hasSocketCause(error: unknown): boolean {
  return error instanceof Error && error.cause instanceof Error && /socket|other side closed|terminated/i.test(error.cause.message);
}

function errorCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    if (typeof current === "object" && "code" in current && typeof current.code === "string") return current.code;
    current = typeof current === "object" && "cause" in current ? current.cause : undefined;
  }
  return undefined;
}
