import type { Command } from "commander";
import type { RetryAfterFormat } from "../../simulator/faults.ts";
import { UsageError } from "../../errors.ts";
import type { Output } from "../output.ts";

interface SimulatorFlags {
  port: string;
  data?: string;
  seed?: string;
  token?: string;
  oktaToken?: string;
  latencyMs: string;
  rateLimit: string;
  failRate: string;
  resetRate: string;
  ambiguousRate: string;
  retryAfter: string;
  syncDelayMs: string;
  /** --no-extensions sets this false. */
  extensions?: boolean;
}

export function registerSimulator(program: Command, output: Output, run: (work: () => Promise<number>) => Promise<void>): void {
  program
    .command("simulator")
    .description("run the local Lumos simulator: every operation lumos-iac uses, on 127.0.0.1")
    .option("--port <port>", "port to listen on (0 picks a free one)", "8787")
    .option("--data <file>", "SQLite file that keeps the tenant across restarts (memory when omitted)")
    .option("--seed <file>", "YAML or JSON seed for an empty tenant (the built-in Acme demo when omitted)")
    .option("--token <token>", "bearer token clients must send (default: $LUMOS_API_TOKEN)")
    .option("--okta-token <token>", "SSWS token of the simulated Okta org under /okta (default: $OKTA_API_TOKEN, else okta-<token>)")
    .option("--latency-ms <ms>", "how long each request takes to be answered (a read, when no other fault is set: its own work included), plus up to 10% jitter", "0")
    .option("--rate-limit <rps>", "requests per second before answering 429 with Retry-After (0 = none)", "0")
    .option("--fail-rate <rate>", "share of requests answered 5xx before anything is applied (0-1)", "0")
    .option("--reset-rate <rate>", "share of requests whose connection is dropped (0-1)", "0")
    .option("--ambiguous-rate <rate>", "share of writes applied and then answered 5xx or dropped (0-1)", "0")
    .option("--retry-after <format>", "how 429 answers give Retry-After: seconds, date (an HTTP date) or alternate", "seconds")
    .option("--sync-delay-ms <ms>", "how long a triggered sync stays SYNCING", "1500")
    .option("--no-extensions", "serve only the public Lumos API: lumos-iac's extension operations answer 404")
    .addHelpText(
      "after",
      `
Examples:
  lumos-iac simulator --port 18787 --data /tmp/tenant.db --token T
  curl -H 'Authorization: Bearer T' 'http://127.0.0.1:18787/apps?size=100'
  curl -H 'Authorization: Bearer T' http://127.0.0.1:18787/_simulator/stats
  curl -H 'Authorization: Bearer T' -X POST http://127.0.0.1:18787/_simulator/faults -d '{"failRate":0.2}'
  curl -H 'Authorization: Bearer T' -X POST http://127.0.0.1:18787/_simulator/clock -d '{"advance_seconds":86400}'
  curl -H 'Authorization: SSWS okta-T' http://127.0.0.1:18787/okta/api/v1/eventHooks
  curl -H 'Authorization: Bearer T' -X PUT http://127.0.0.1:18787/_simulator/okta/groups/okta.com:engineering/users/walter@acme.example

Acting in the Lumos web app (the activity log names that person, not the token's user):
  curl -H 'Authorization: Bearer T' -H 'X-Simulator-Actor: carol@acme.example' -X PATCH \\
       http://127.0.0.1:18787/_simulator/ui/apps/APP_ID -d '{"description":"Edited in the UI"}'
  curl -H 'Authorization: Bearer T' -X PUT http://127.0.0.1:18787/_simulator/ui/actor -d '{"email":"carol@acme.example"}'
  curl -H 'Authorization: Bearer T' -X PATCH http://127.0.0.1:18787/_simulator/ui/users/USER_ID -d '{"status":"SUSPENDED"}'`,
    )
    .action((flags: SimulatorFlags) =>
      run(async () => {
        const token = flags.token ?? process.env.LUMOS_API_TOKEN;
        if (!token) throw new UsageError("the simulator needs a token: pass --token or set LUMOS_API_TOKEN");
        const latencyMs = number(flags.latencyMs, "--latency-ms", 0);
        const port = number(flags.port, "--port", 0);
        if (!Number.isInteger(port) || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535 (0 picks a free one), got ${JSON.stringify(flags.port)}`);
        // Loaded here, so no other command pays for the simulator.
        const { Simulator } = await import("../../simulator/server.ts");
        const oktaToken = flags.oktaToken ?? process.env.OKTA_API_TOKEN;
        const simulator = new Simulator({
          token,
          ...(oktaToken ? { oktaToken } : {}),
          dataFile: flags.data,
          seed: flags.seed,
          syncDurationMs: number(flags.syncDelayMs, "--sync-delay-ms", 0),
          extensions: flags.extensions !== false,
          faults: {
            latencyMs,
            latencyJitterMs: Math.round(latencyMs / 10),
            rateLimitRps: number(flags.rateLimit, "--rate-limit", 0),
            failRate: rate(flags.failRate, "--fail-rate"),
            resetRate: rate(flags.resetRate, "--reset-rate"),
            ambiguousRate: rate(flags.ambiguousRate, "--ambiguous-rate"),
            retryAfterFormat: retryAfterFormat(flags.retryAfter),
          },
        });
        const url = await simulator.listen(port).catch(async (error: NodeJS.ErrnoException) => {
          await simulator.close();
          if (error.code === "EADDRINUSE") throw new UsageError(`port ${port} is already in use; pick another with --port (0 picks a free one)`);
          throw error;
        });
        output.out(`listening on ${url}`);
        output.out(`Okta org (event hooks) on ${url}/okta`);
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once("SIGINT", stop);
          process.once("SIGTERM", stop);
        });
        await simulator.close();
        return 0;
      }),
    );
}

function retryAfterFormat(value: string): RetryAfterFormat {
  if (value === "seconds" || value === "date" || value === "alternate") return value;
  throw new UsageError(`--retry-after must be seconds, date or alternate; got ${JSON.stringify(value)}`);
}

function number(value: string, flag: string, min: number): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min) throw new UsageError(`${flag} must be a number ≥ ${min}, got ${JSON.stringify(value)}`);
  return parsed;
}

function rate(value: string, flag: string): number {
  const parsed = number(value, flag, 0);
  if (parsed > 1) throw new UsageError(`${flag} must be between 0 and 1, got ${value}`);
  return parsed;
}
