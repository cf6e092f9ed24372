import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import { nodeFetch, OutgoingRequest } from "./http.ts";
import { DEFAULT_PACING, type PacingPolicy } from "./pacing.ts";
import { DEFAULT_RETRY_POLICY, Transport, type FetchLike, type RetryPolicy } from "./transport.ts";

/** What a caller may inject into a typed API client (tests and the in-process simulator). */
export interface TransportChoices {
  /** Injected fetch; defaults to Node's HTTP client (src/remote/http.ts). */
  fetch?: FetchLike;
  /** Requests in flight at once. */
  concurrency?: number;
  retry?: Partial<RetryPolicy>;
  /** How the client slows down after a 429 and climbs back. */
  pacing?: Partial<PacingPolicy>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

/**
 * An openapi-fetch client of one API over our Transport: one pacing per client, retries,
 * and every request tagged with its operation's route for metrics and error messages. The
 * Lumos client and the Okta client are both built here.
 */
export function typedApi<Paths extends object>(
  choices: TransportChoices,
  settings: { baseUrl: string; authorization: string; defaultConcurrency: number; service?: string; querySerializer?: ClientOptions["querySerializer"] },
): { api: Client<Paths>; transport: Transport; concurrency: number } {
  const concurrency = Math.max(1, choices.concurrency ?? settings.defaultConcurrency);
  const transport = new Transport({
    fetch: choices.fetch ?? nodeFetch,
    concurrency,
    retry: { ...DEFAULT_RETRY_POLICY, ...choices.retry },
    pacing: { ...DEFAULT_PACING, ...choices.pacing },
    sleep: choices.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    now: choices.now ?? Date.now,
    random: choices.random ?? Math.random,
    ...(settings.service ? { service: settings.service } : {}),
  });
  const api = createClient<Paths>({
    baseUrl: settings.baseUrl,
    // On the default transport, requests are built as the plain records nodeFetch reads; an
    // injected fetch (the in-process simulator, tests) gets real Requests.
    ...(choices.fetch ? {} : { Request: OutgoingRequest as unknown as typeof Request }),
    fetch: transport.fetch,
    headers: { Authorization: settings.authorization, Accept: "application/json" },
    ...(settings.querySerializer ? { querySerializer: settings.querySerializer } : {}),
  });
  api.use({
    onRequest({ request, schemaPath }) {
      transport.tag(request, { method: request.method, route: schemaPath });
      return undefined;
    },
  });
  return { api, transport, concurrency };
}
