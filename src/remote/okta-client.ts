import type { Client } from "openapi-fetch";
import { RemoteError } from "../errors.ts";
import { checkBaseUrl } from "./base-url.ts";
import { codeForStatus } from "./errors.ts";
import type { components, paths } from "./generated/okta-api.ts";
import type { RequestMetrics, Transport } from "./transport.ts";
import { typedApi, type TransportChoices } from "./typed-api.ts";

export type OktaApi = Client<paths>;
export type OktaEventHook = components["schemas"]["EventHook"];

export interface OktaClientOptions extends TransportChoices {
  /** The Okta org, e.g. https://acme.okta.com; plain http only for loopback hosts. */
  orgUrl: string;
  /** An Okta API token, sent as `Authorization: SSWS <token>`. */
  token: string;
}

/**
 * The typed client of Okta's management API (only its event-hook operations, from
 * schema/okta-openapi.yaml). Same transport as the Lumos client: one pacing per client, 429s
 * honoured, POSTs of unknown outcome never re-sent, TLS required except to this machine.
 */
export class OktaClient {
  readonly api: OktaApi;
  readonly orgUrl: string;
  readonly concurrency: number;
  private readonly transport: Transport;

  constructor(options: OktaClientOptions) {
    this.orgUrl = checkBaseUrl(options.orgUrl);
    ({ api: this.api, transport: this.transport, concurrency: this.concurrency } = typedApi<paths>(options, {
      baseUrl: this.orgUrl,
      authorization: `SSWS ${options.token}`,
      defaultConcurrency: 4,
      service: "the Okta API",
    }));
  }

  get metrics(): Readonly<RequestMetrics> {
    return this.transport.metrics;
  }

  /** Data of a successful answer, or the RemoteError naming the operation and Okta's error. */
  async call<T>(operation: string, pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
    const { data, error, response } = await pending;
    if (response.ok) return data as T;
    throw oktaErrorFromResponse(operation, response.status, error);
  }
}

/** Okta's error body `{errorCode, errorSummary, errorCauses[{errorSummary}]}` as a RemoteError. */
export function oktaErrorFromResponse(operation: string, status: number, body: unknown): RemoteError {
  const record = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const summary = typeof record.errorSummary === "string" ? record.errorSummary : typeof body === "string" ? body.slice(0, 300) : "";
  const causes = Array.isArray(record.errorCauses)
    ? record.errorCauses.flatMap((cause) => (typeof cause === "object" && cause !== null && typeof (cause as Record<string, unknown>).errorSummary === "string" ? [(cause as Record<string, string>).errorSummary] : []))
    : [];
  const code = typeof record.errorCode === "string" ? ` ${record.errorCode}` : "";
  const serverMessage = [summary, ...causes].filter(Boolean).join("; ");
  const hint = status === 401 || status === 403 ? " (check the Okta API token: environments.<name>.okta.token, an SSWS token allowed to manage event hooks)" : "";
  return new RemoteError(
    codeForStatus(status),
    `Okta ${operation} failed with HTTP ${status}${code}${serverMessage ? `: ${serverMessage}` : ""}${hint}`,
    { operation, status, serverMessage, retryable: status === 429 || status >= 500 },
  );
}
