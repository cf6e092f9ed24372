import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { AmbiguousWriteError } from "../../../src/errors.ts";
import { LumosClient } from "../../../src/remote/client.ts";
import { nodeFetch, OutgoingRequest } from "../../../src/remote/http.ts";
import { failure, startSimulator, TOKEN } from "../../helpers/simulator.ts";

/** The simulator on a real port, and a client on the default transport (no fetch injected). */
async function listening() {
  const { sim } = startSimulator();
  const url = await sim.listen(0);
  return { sim, url, client: new LumosClient({ baseUrl: url, token: TOKEN }) };
}

describe("the default transport (Node's HTTP client)", () => {
  it("reads and writes through the client as the global fetch would", async () => {
    const { sim, client } = await listening();
    const created = await client.call("createApp", client.api.POST("/apps", { body: { name: "Über App", category: "Other", description: "ünïcode body" } }));
    expect(created.user_friendly_label).toBe("Über App");
    const listed = await client.paginate((page, size) => client.call("listApps", client.api.GET("/apps", { params: { query: { page, size, name_search: "Über App", exact_match: true } } })));
    expect(listed.map((app) => app.id)).toEqual([created.id]);
    const error = await failure(client.call("getApp", client.api.GET("/apps/{app_id}", { params: { path: { app_id: "00000000-0000-4000-8000-000000000000" } } })));
    expect(error.code).toBe("REMOTE_NOT_FOUND");
    expect(sim.getStats().by_route["POST /apps"]).toBe(1);
  });

  it("keeps repeated headers and gives 204 answers no body", async () => {
    const server = createServer((req, res) => {
      if (req.url === "/empty") {
        res.writeHead(204).end();
        return;
      }
      res.setHeader("Set-Cookie", ["a=1", "b=2"]);
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify({ method: req.method, auth: req.headers.authorization, body: req.headers["content-length"] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const answer = await nodeFetch(new Request(`${base}/echo`, { method: "PUT", headers: { Authorization: "Bearer x" }, body: "{}" }));
      expect(answer.status).toBe(200);
      expect(answer.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
      expect(await answer.json()).toEqual({ method: "PUT", auth: "Bearer x", body: "2" });
      const empty = await nodeFetch(new Request(`${base}/empty`));
      expect(empty.status).toBe(204);
      expect(empty.body).toBeNull();
    } finally {
      server.close();
    }
  });

  it("fails as the global fetch does: refused connections are retried, then reported, and a create is never re-sent on a lost answer", async () => {
    const server = createServer((req) => req.socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const dropping = new LumosClient({ baseUrl: `http://127.0.0.1:${port}`, token: TOKEN, sleep: async () => {} });
      const lost = await failure(dropping.call("createApp", dropping.api.POST("/apps", { body: { name: "X" } })));
      expect(lost).toBeInstanceOf(AmbiguousWriteError);
      expect(dropping.metrics.total).toBe(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    // Nothing listens there now.
    const refused = new LumosClient({ baseUrl: `http://127.0.0.1:${port}`, token: TOKEN, sleep: async () => {} });
    const error = await failure(refused.call("listApps", refused.api.GET("/apps")));
    expect(error.code).toBe("REMOTE_UNREACHABLE");
    expect(error.message).toContain("ECONNREFUSED");
    expect(refused.metrics.total).toBe(4);
  });

  it("says so at once when an https URL reaches a plain-HTTP port", async () => {
    const server = createServer((_, res) => res.end("{}"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const client = new LumosClient({ baseUrl: `https://127.0.0.1:${(server.address() as AddressInfo).port}`, token: TOKEN });
      const error = await failure(client.call("listApps", client.api.GET("/apps")));
      expect(error.code).toBe("REMOTE_TLS");
      expect(error.message).toContain("did not speak TLS: is the URL http://");
      expect(client.metrics.total).toBe(1);
    } finally {
      server.close();
    }
  });

  it("sends a retried write's body again, and reads an answer as often as asked", async () => {
    const seen: { method: string; body: string }[] = [];
    const server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        seen.push({ method: req.method ?? "", body });
        if (seen.length === 1) {
          res.writeHead(503, { "Content-Type": "application/json" }).end('{"detail":"busy"}');
          return;
        }
        res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ id: "a1", user_friendly_label: "Renamed", echoed: body }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const client = new LumosClient({ baseUrl: base, token: TOKEN, sleep: async () => {} });
      const updated = await client.call("updateApp", client.api.PATCH("/apps/{app_id}", { params: { path: { app_id: "a1" } }, body: { name: "Renamed" } }));
      expect(seen).toEqual([
        { method: "PATCH", body: '{"name":"Renamed"}' },
        { method: "PATCH", body: '{"name":"Renamed"}' },
      ]);
      expect(updated).toMatchObject({ id: "a1", user_friendly_label: "Renamed" });
      expect(client.metrics.retries).toBe(1);

      const answer = await nodeFetch(new OutgoingRequest(`${base}/x`, { method: "post", body: '{"a":1}' }) as unknown as Request);
      const copy = answer.clone();
      expect(await answer.json()).toMatchObject({ echoed: '{"a":1}' });
      expect(JSON.parse(await copy.text())).toMatchObject({ echoed: '{"a":1}' });
      expect(new TextDecoder().decode(await answer.arrayBuffer())).toContain('"echoed"');
      expect(await new Response(answer.body).json()).toMatchObject({ id: "a1" });
      expect(answer.headers.get("content-type")).toBe("application/json");
      expect(() => new OutgoingRequest(`${base}/x`, { method: "POST", body: new Uint8Array([1]) })).toThrow(/JSON text bodies only/);
    } finally {
      server.close();
    }
  });
});
