import type { IncomingMessage, request as httpRequest } from "node:http";
import type { FetchLike } from "./transport.ts";

type Send = typeof httpRequest;
/** Node's HTTP modules, loaded with the first request: commands that send none (`--help`, `validate`) do not pay for TLS. */
let modules: Promise<{ http: Send; https: Send }> | undefined;
const load = () =>
  (modules ??= Promise.all([import("node:http"), import("node:https")]).then(([http, https]) => ({ http: http.request, https: https.request as Send })));

/** Statuses whose answers have no body, whatever the server sends. */
const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * The client's default transport: one request and its answer over Node's own HTTP client (the
 * keep-alive global agents), as a fetch the rest of the client cannot tell from the global one.
 * The global fetch costs about half as much CPU again per request and keeps each answer's
 * stream objects alive long enough to reach the old generation (about 10 kB a request), which
 * a read of tens of thousands of objects pays for in peak memory. Failures look as the global
 * fetch's do: a TypeError "fetch failed" whose `cause` is the socket's error, with its code.
 */
export const nodeFetch: FetchLike = async (request) => {
  const url = new URL(request.url);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new TypeError("fetch failed", { cause: new Error(`unsupported protocol ${url.protocol}`) });
  const { http, https } = await load();
  const send = url.protocol === "https:" ? https : http;
  const body = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (body !== undefined) headers["content-length"] = String(body.length);
  const signal = request.signal;
  return new Promise<Response>((resolve, reject) => {
    const fail = (error: unknown) => reject(signal.aborted ? signal.reason : new TypeError("fetch failed", { cause: error }));
    if (signal.aborted) {
      fail(signal.reason);
      return;
    }
    const outgoing = send(url, { method: request.method, headers }, (incoming: IncomingMessage) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("error", fail);
      incoming.on("end", () => {
        const status = incoming.statusCode ?? 0;
        const answer = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (Array.isArray(value)) for (const item of value) answer.append(name, item);
          else if (value !== undefined) answer.set(name, value);
        }
        const empty = NO_BODY.has(status) || request.method === "HEAD";
        try {
          const init = { status, statusText: incoming.statusMessage ?? "", headers: answer };
          resolve(empty ? new Response(null, init) : bufferedResponse(Buffer.concat(chunks), init));
        } catch (error) {
          fail(error);
        }
      });
    });
    outgoing.on("error", fail);
    if (signal !== NEVER_ABORTED) {
      const abort = () => outgoing.destroy(signal.reason instanceof Error ? signal.reason : new Error("aborted"));
      signal.addEventListener("abort", abort, { once: true });
      outgoing.on("close", () => signal.removeEventListener("abort", abort));
    }
    outgoing.end(body);
  });
};

/** The signal of a request made without one: it never aborts, so nothing listens to it. */
const NEVER_ABORTED = new AbortController().signal;

/**
 * A request as openapi-fetch builds it for the default transport (its `Request` option): just
 * what nodeFetch and the transport read (url, method, headers, body, signal, clone), without the
 * undici Request, whose constructor parses, validates and copies everything once more, about a
 * sixth of a small read's CPU. Bodies are JSON text: the Lumos API takes no other.
 */
export class OutgoingRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly signal: AbortSignal;
  readonly #text: string | undefined;

  constructor(url: string, init: RequestInit = {}) {
    if (init.body !== undefined && init.body !== null && typeof init.body !== "string") {
      throw new TypeError("the Lumos client sends JSON text bodies only");
    }
    this.url = url;
    this.method = (init.method ?? "GET").toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.signal = init.signal ?? NEVER_ABORTED;
    this.#text = init.body ?? undefined;
  }

  /** Null without a body, as on a Request; the transport only asks whether there is one. */
  get body(): string | null {
    return this.#text ?? null;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return new TextEncoder().encode(this.#text ?? "").buffer;
  }

  clone(): OutgoingRequest {
    return new OutgoingRequest(this.url, { method: this.method, headers: new Headers(this.headers), signal: this.signal, ...(this.#text === undefined ? {} : { body: this.#text }) });
  }
}

/**
 * An answer whose body has already arrived whole: read from that buffer at once, not through a
 * web stream (half the CPU of a small answer goes there otherwise). `body` is the buffer as a
 * stream, made only when asked for. The class is made on first use: `extends Response` reads
 * the global Response, which loads undici, and commands that send nothing should not pay for it.
 */
function bufferedResponse(bytes: Buffer, init: ResponseInit): Response {
  BufferedResponse ??= class extends Response {
    readonly #bytes: Buffer;

    constructor(bytes: Buffer, init: ResponseInit) {
      super(null, init);
      this.#bytes = bytes;
    }

    override get body(): ReadableStream<Uint8Array<ArrayBuffer>> {
      const bytes = this.#bytes;
      return new ReadableStream({
        start(controller) {
          controller.enqueue(new Uint8Array(bytes));
          controller.close();
        },
      });
    }

    override async text(): Promise<string> {
      return this.#bytes.toString("utf8");
    }

    override async json(): Promise<unknown> {
      return JSON.parse(this.#bytes.toString("utf8"));
    }

    override async arrayBuffer(): Promise<ArrayBuffer> {
      return new Uint8Array(this.#bytes).buffer;
    }

    override clone(): Response {
      return bufferedResponse(this.#bytes, { status: this.status, statusText: this.statusText, headers: this.headers });
    }
  };
  return new BufferedResponse(bytes, init);
}

let BufferedResponse: (new (bytes: Buffer, init: ResponseInit) => Response) | undefined;
