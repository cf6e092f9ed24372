import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/lumos-iac.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "lumos-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `lumos-iac simulator` and resolves with its URL once it prints it. */
function startCli(args: string[]): Promise<{ url: string; child: ChildProcessWithoutNullStreams }> {
  const child = spawn(process.execPath, [BIN, "simulator", ...args], { env: { ...process.env, LUMOS_API_TOKEN: "" } });
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) resolve({ url: match[1]!, child });
    });
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`simulator exited ${code}: ${err}`)));
  });
}

function stop(child: ChildProcessWithoutNullStreams): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.on("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

describe("lumos-iac simulator (as a user runs it)", () => {
  it("serves pages of apps with the token, 401 without, and keeps data across restarts", async () => {
    const data = join(dir, "t.db");
    const args = ["--port", "0", "--data", data, "--token", "T"];
    const first = await startCli(args);
    const auth = { Authorization: "Bearer T" };
    const page = (await (await fetch(`${first.url}/apps?size=100`, { headers: auth })).json()) as { items: unknown[]; size: number };
    expect(page.size).toBe(100);
    expect(page.items.length).toBeGreaterThan(0);
    expect((await fetch(`${first.url}/apps?size=100`)).status).toBe(401);
    const created = await fetch(`${first.url}/apps`, {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Restart Check", category: "Other", description: "survives" }),
    });
    expect(created.status).toBe(200);
    const stats = (await (await fetch(`${first.url}/_simulator/stats`, { headers: auth })).json()) as { writes: number };
    expect(stats.writes).toBe(1);
    await stop(first.child);

    const second = await startCli(args);
    const found = (await (
      await fetch(`${second.url}/apps?name_search=Restart%20Check&exact_match=true`, { headers: auth })
    ).json()) as { items: { user_friendly_label: string }[] };
    expect(found.items.map((a) => a.user_friendly_label)).toEqual(["Restart Check"]);
    await stop(second.child);
  });

  it("drops the connection when told to, like a real network fault", async () => {
    const { url, child } = await startCli(["--port", "0", "--token", "T", "--reset-rate", "1"]);
    await expect(fetch(`${url}/apps`, { headers: { Authorization: "Bearer T" } })).rejects.toThrow();
    await stop(child);
  });

  it("says plainly when the port is taken", async () => {
    const first = await startCli(["--port", "0", "--token", "T"]);
    const port = new URL(first.url).port;
    const child = spawn(process.execPath, [BIN, "simulator", "--port", port, "--token", "T"]);
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    await stop(first.child);
    expect(code).toBe(1);
    expect(err.trim()).toBe(`error [USAGE]: port ${port} is already in use; pick another with --port (0 picks a free one)`);
  });

  it("refuses to start without a token, with a one-line error", async () => {
    const child = spawn(process.execPath, [BIN, "simulator", "--port", "0"], { env: { ...process.env, LUMOS_API_TOKEN: "" } });
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(err.trim()).toBe("error [USAGE]: the simulator needs a token: pass --token or set LUMOS_API_TOKEN");
  });
});
