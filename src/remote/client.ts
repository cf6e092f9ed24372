import type { Client } from "openapi-fetch";
import pLimit, { type LimitFunction } from "p-limit";
import { remoteErrorFromResponse } from "./errors.ts";
import type { paths } from "./generated/lumos-api.ts";
import type { OktaClient } from "./okta-client.ts";
import type { PacerState } from "./pacing.ts";
import type { RequestMetrics, Transport } from "./transport.ts";
import { typedApi, type TransportChoices } from "./typed-api.ts";
import { checkBaseUrl } from "./base-url.ts";

export type LumosApi = Client<paths>;

export interface LumosClientOptions extends TransportChoices {
  /** e.g. https://api.lumos.com; plain http only for loopback hosts. */
  baseUrl: string;
  token: string;
  /** The environment's Okta org, for the kinds managed there (okta_event_hooks). */
  okta?: OktaClient;
}

export const PAGE_SIZE = 100;

/** A page as every Lumos list endpoint returns it. */
export interface Page<T> {
  items: T[];
  total?: number | null;
  page?: number | null;
  size?: number | null;
  pages?: number | null;
}

/**
 * The typed Lumos client. `api` is an openapi-fetch client generated from our contract;
 * `call` turns its `{data, error}` answer into data or a RemoteError; `paginate` reads a whole
 * list with the fewest requests.
 */
export class LumosClient {
  readonly api: LumosApi;
  readonly baseUrl: string;
  /** Requests in flight at once. */
  readonly concurrency: number;
  /** The environment's Okta org, when it has one configured. */
  readonly okta: OktaClient | undefined;
  private readonly transport: Transport;
  private readonly ahead: LimitFunction;
  readonly #token: string;

  constructor(options: LumosClientOptions) {
    this.baseUrl = checkBaseUrl(options.baseUrl);
    this.#token = options.token;
    this.okta = options.okta;
    ({ api: this.api, transport: this.transport, concurrency: this.concurrency } = typedApi<paths>(options, {
      baseUrl: this.baseUrl,
      authorization: `Bearer ${options.token}`,
      defaultConcurrency: 10,
      querySerializer: { array: { style: "form", explode: true } },
    }));
    this.ahead = pLimit(this.concurrency * 2);
  }

  /** Whether a value holds this client's API token (never sent as data), without giving it out. */
  holdsToken(value: string): boolean {
    return this.#token !== "" && value.includes(this.#token);
  }

  get metrics(): Readonly<RequestMetrics> {
    return this.transport.metrics;
  }

  /** The client-wide pacing: the rate it sends at after a 429, and whether it is paused. */
  get pacing(): PacerState {
    return this.transport.pacing;
  }

  resetMetrics(): void {
    this.transport.resetMetrics();
  }

  /**
   * Awaits an openapi-fetch call and returns its data, or throws the RemoteError that names
   * the operation, status and server message.
   */
  async call<T>(
    operation: string,
    pending: Promise<{ data?: T; error?: unknown; response: Response }>,
  ): Promise<T> {
    const { data, error, response } = await pending;
    if (response.ok) return data as T;
    throw remoteErrorFromResponse(operation, response.status, error);
  }

  /**
   * Runs one request (`send` builds and awaits it) once few enough others wait for a place in
   * flight: many reads issued together are then built as places come free, not all up front,
   * where each would hold its request objects in memory until sent. For single requests only:
   * `send` must not itself wait for another `soon`.
   */
  soon<T>(send: () => Promise<T>): Promise<T> {
    return this.ahead(send);
  }

  /**
   * Reads every page of a list: page 1 at size 100, then all remaining pages at once (bounded by
   * the client's pacing). Items come back in server order.
   */
  async paginate<T>(fetchPage: (page: number, size: number) => Promise<Page<T>>): Promise<T[]> {
    const first = await this.soon(() => fetchPage(1, PAGE_SIZE));
    const pageCount = pageCountOf(first);
    if (pageCount <= 1) return first.items;
    const rest = await Promise.all(
      Array.from({ length: pageCount - 1 }, (_, index) => this.soon(() => fetchPage(index + 2, PAGE_SIZE))),
    );
    const items = first.items;
    for (const page of rest) for (const item of page.items) items.push(item);
    return items;
  }
}

function pageCountOf(page: Page<unknown>): number {
  if (typeof page.pages === "number") return page.pages;
  if (typeof page.total === "number") return Math.ceil(page.total / (page.size ?? PAGE_SIZE));
  return 1;
}

