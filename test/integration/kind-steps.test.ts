import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { against, cli, project, writeFiles } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures", import.meta.url));
const KINDS = ["apps", "appstore_apps", "requestable_permissions", "pre_approval_rules", "access_policies", "inline_webhooks", "user_sources", "sync_schedules", "okta_event_hooks"];
const ENV = { FIXTURE_GITHUB_TOKEN: "ghp_fixture_secret_value", FIXTURE_WEBHOOK_SECRET: "whsec_fixture_secret_value", FIXTURE_OKTA_TOKEN: "okta-test-token" };

/** `# expect: create=1 update=0 replace=0 delete=0` on a step's first line. */
function expected(text: string): Record<string, number> {
  const line = /^# expect: (.*)$/m.exec(text);
  if (!line) throw new Error("fixture without an # expect: line");
  return Object.fromEntries(line[1]!.split(/\s+/).map((pair) => pair.split("=")).map(([k, v]) => [k!, Number(v)]));
}

describe.each(KINDS)("%s: numbered steps, each ending with an empty re-plan", (kind) => {
  it("applies every step and converges", async () => {
    const { sim } = startSimulator();
    const dir = project({});
    const steps = readdirSync(join(FIXTURES, kind)).filter((f) => f.endsWith(".yaml")).sort();
    expect(steps.length).toBeGreaterThanOrEqual(3);
    for (const step of steps) {
      const text = readFileSync(join(FIXTURES, kind, step), "utf8");
      writeFiles(dir, { "lumos.config.yaml": text });
      const planned = await cli(sim, ["plan", ...against(dir), "--format", "json"], { env: ENV });
      expect(planned.code, `${kind}/${step} plan: ${planned.stderr}`).toBe(0);
      const summary = JSON.parse(planned.stdout).summary as Record<string, number>;
      const { unchanged: _u, ...counts } = summary;
      expect(counts, `${kind}/${step} plan summary`).toEqual(expected(text));

      const applied = await cli(sim, ["apply", ...against(dir), "--auto-approve"], { env: ENV });
      expect(applied.code, `${kind}/${step} apply: ${applied.stdout}\n${applied.stderr}`).toBe(0);

      const replan = await cli(sim, ["plan", ...against(dir), "--detailed-exitcode"], { env: ENV });
      expect(replan.code, `${kind}/${step}: re-plan is not empty:\n${replan.stdout}`).toBe(0);
      expect(replan.stdout).toContain("No changes.");
    }
  });
});
