/**
 * Puts Stoplight Prism, loaded with the published Lumos OpenAPI document, in front of the
 * simulator as a validating proxy and runs a CRUD round through it. Any request or response
 * that does not match Lumos's own description is reported (Prism's `sl-violations` header).
 *
 *   npm run check:prism                       (fetches @stoplight/prism-cli@5.14.2 with npx)
 *   PRISM_BIN=/path/to/prism npm run check:prism
 *   LUMOS_OPENAPI=/path/to/original-openapi.json npm run check:prism
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { LumosClient } from "../src/remote/client.ts";
import { Simulator } from "../src/simulator/server.ts";
import { crudRound } from "./crud-round.ts";

const SPEC = process.env.LUMOS_OPENAPI ?? fileURLToPath(new URL("../../shared/lumos-openapi/original-openapi.json", import.meta.url));
const TOKEN = "prism-check";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function main(): Promise<number> {
  if (!existsSync(SPEC)) {
    process.stderr.write(`the Lumos OpenAPI document is not at ${SPEC}; set LUMOS_OPENAPI\n`);
    return 1;
  }
  const simulator = new Simulator({ token: TOKEN });
  const upstream = await simulator.listen(0);
  const port = await freePort();
  const [command, ...prefix] = process.env.PRISM_BIN ? [process.env.PRISM_BIN] : ["npx", "--yes", "@stoplight/prism-cli@5.14.2"];
  const prism = spawn(command!, [...prefix, "proxy", SPEC, upstream, "--port", String(port), "--host", "127.0.0.1"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  prism.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  prism.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const proxy = `http://127.0.0.1:${port}`;
  try {
    await waitFor(proxy, () => log);
    const violations: string[] = [];
    const client = new LumosClient({
      baseUrl: proxy,
      token: TOKEN,
      retry: { maxElapsedMs: 0 },
      fetch: async (request) => {
        const response = await fetch(request);
        const header = response.headers.get("sl-violations");
        if (header) violations.push(`${request.method} ${new URL(request.url).pathname}: ${header}`);
        return response;
      },
    });
    const steps = await crudRound(client);
    process.stdout.write(`${steps.length} steps through Prism (${SPEC}):\n`);
    for (const s of steps) process.stdout.write(`  ✓ ${s}\n`);
    process.stdout.write(`${client.metrics.total} requests, ${violations.length} violations\n`);
    for (const v of violations) process.stdout.write(`  ✗ ${v}\n`);
    return violations.length === 0 ? 0 : 1;
  } finally {
    prism.kill("SIGTERM");
    await simulator.close();
  }
}

async function waitFor(url: string, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      await fetch(`${url}/info`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`Prism did not start:\n${log()}`);
}

process.exitCode = await main();
