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
          resolve(new Response(empty ? null : Buffer.concat(chunks), { status, statusText: incoming.statusMessage ?? "", headers: answer }));
        } catch (error) {
          fail(error);
        }
      });
    });
    outgoing.on("error", fail);
    const abort = () => outgoing.destroy(signal.reason instanceof Error ? signal.reason : new Error("aborted"));
    signal.addEventListener("abort", abort, { once: true });
    outgoing.on("close", () => signal.removeEventListener("abort", abort));
    outgoing.end(body);
  });
};
