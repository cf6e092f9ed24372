import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { against, cli, project, SIM_URL } from "../helpers/cli.ts";
import { startSimulator } from "../helpers/simulator.ts";
import { CONFIG_KEYS } from "../../src/kinds/registry.ts";
import type { LiveObject, LiveState } from "../../src/model/types.ts";
import type { LumosClient } from "../../src/remote/client.ts";
import { readLive } from "../../src/remote/read-live.ts";
import { isLumosProviderKey, RESOURCE_TYPES } from "../../src/terraform/to-terraform.ts";

/**
 * import --from-tfstate: a team leaving Terraform. The basic example is applied to the
 * simulator, a state is built from the simulator's live objects the way the teamlumos/lumos
 * provider stores them, and the YAML imported from it plans with no changes.
 */

const ROOT = process.cwd();
const PROVIDER = 'provider["registry.terraform.io/teamlumos/lumos"]';

async function everything(client: LumosClient): Promise<LiveState> {
  return readLive(client, {
    kinds: new Set(CONFIG_KEYS),
    users: true,
    groups: true,
    managedApps: false,
    settingsFor: new Set(),
    webhookDetails: new Set(),
    integrations: new Set(),
    everything: true,
  });
}

/** One state resource per live object: attributes as the provider keeps them (IDs, and what it read). */
function stateOf(live: LiveState, keep: (key: string, object: LiveObject) => boolean = () => true): Record<string, unknown> {
  const resources: Record<string, unknown>[] = [];
  let n = 0;
  for (const key of CONFIG_KEYS.filter(isLumosProviderKey)) {
    const type = RESOURCE_TYPES[key];
    for (const object of live.kinds[key] ?? []) {
      if (!keep(key, object)) continue;
      if (key === "apps" && object.data.disconnected === true) continue;
      if (key === "appstore_apps" && object.data.request_flow === undefined) continue;
      const attributes: Record<string, unknown> =
        key === "apps"
          ? { ...object.data, name: object.data.user_friendly_label, auth: null, settings: null, version: null }
          : key === "appstore_apps"
            ? { ...object.data, id: object.id, app_id: object.id }
            : key === "user_sources"
              ? { id: "user_sources", app_ids: ((object.data.items as { app_id: string }[]) ?? []).map((i) => i.app_id) }
              : { ...object.data, id: key === "sync_schedules" ? object.data.app_id : object.id };
      resources.push({
        mode: "managed",
        type,
        name: `r${n++}`,
        provider: PROVIDER,
        instances: [{ schema_version: 0, attributes, sensitive_attributes: key === "apps" ? [[{ type: "get_attr", value: "auth" }]] : [], private: "bnVsbA==" }],
      });
    }
  }
  // Data sources and other providers' resources are not lumos-iac's to import.
  resources.push({ mode: "data", type: "lumos_users", name: "alice", provider: PROVIDER, instances: [{ schema_version: 0, attributes: { items: [] } }] });
  resources.push({ mode: "managed", type: "random_id", name: "x", provider: 'provider["registry.terraform.io/hashicorp/random"]', instances: [{ schema_version: 0, attributes: { id: "abc" } }] });
  return { version: 4, terraform_version: "1.9.8", serial: 12, lineage: "2f0c7c1e-5d3b-4c5e-9c1f-7f1c3e9b2a10", outputs: {}, resources, check_results: null };
}

describe("import --from-tfstate", () => {
  it("writes YAML pinned to the state's IDs whose first plan shows no changes", async () => {
    const { sim, client } = startSimulator();
    const applied = await cli(sim, ["apply", ...against(ROOT), "--auto-approve"]);
    expect(applied.code, applied.stderr).toBe(0);
    const live = await everything(client);
    const dir = project({ "terraform.tfstate": JSON.stringify(stateOf(live), null, 2) });
    const out = join(dir, "lumos");

    const imported = await cli(sim, ["import", "--url", SIM_URL, "--from-tfstate", join(dir, "terraform.tfstate"), "--out", out]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^Imported \d+ apps, /);
    const apps = parseYaml(readFileSync(join(out, "apps.yaml"), "utf8")) as { apps: { id?: string; name: string }[] };
    const payroll = (live.kinds.apps ?? []).find((a) => a.data.user_friendly_label === "Payroll")!;
    expect(apps.apps.find((a) => a.name === "Payroll")).toMatchObject({ id: payroll.id });
    const permissions = parseYaml(readFileSync(join(out, "requestable_permissions.yaml"), "utf8")) as { requestable_permissions: { id: string }[] };
    expect(permissions.requestable_permissions.map((p) => p.id).sort()).toEqual((live.kinds.requestable_permissions ?? []).map((p) => p.id).sort());
    expect(existsSync(join(out, "sync_schedules.yaml"))).toBe(true);
    expect(existsSync(join(out, "user_sources.yaml"))).toBe(true);

    const plan = await cli(sim, ["plan", "--config", join(out, "lumos.config.yaml"), "--url", SIM_URL, "--detailed-exitcode"]);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain("No changes");
  });

  it("imports only what the state holds, and names state entries the tenant no longer has", async () => {
    const { sim, client } = startSimulator();
    expect((await cli(sim, ["apply", ...against(ROOT), "--auto-approve"])).code).toBe(0);
    const live = await everything(client);
    const payroll = (live.kinds.apps ?? []).find((a) => a.data.user_friendly_label === "Payroll")!;
    const state = stateOf(live, (key, object) => (key === "apps" ? object.id === payroll.id : key === "requestable_permissions" && object.data.app_id === payroll.id));
    (state.resources as Record<string, unknown>[]).push({
      mode: "managed",
      type: "lumos_access_policy",
      name: "gone",
      provider: PROVIDER,
      instances: [{ schema_version: 0, attributes: { id: "00000000-0000-4000-8000-000000000000", name: "Gone" } }],
    });
    // A resource type of the provider that lumos-iac has no kind for is named, not dropped in silence.
    (state.resources as Record<string, unknown>[]).push({ mode: "managed", type: "lumos_future_thing", name: "later", provider: PROVIDER, instances: [{ schema_version: 0, attributes: { id: "f1" } }] });
    const dir = project({ "terraform.tfstate": JSON.stringify(state) });
    const out = join(dir, "lumos");
    const imported = await cli(sim, ["import", "--url", SIM_URL, "--from-tfstate", join(dir, "terraform.tfstate"), "--out", out]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain("lumos_access_policy.gone (id 00000000-0000-4000-8000-000000000000) is in the state but not in");
    expect(imported.stderr).toContain("warning: lumos_future_thing.later is not imported: lumos-iac has no kind for lumos_future_thing");
    expect(readdirSync(out).sort()).toEqual(["apps.yaml", "lumos.config.yaml", "requestable_permissions.yaml"]);
    const apps = parseYaml(readFileSync(join(out, "apps.yaml"), "utf8")) as { apps: unknown[] };
    expect(apps.apps).toEqual([expect.objectContaining({ id: payroll.id, name: "Payroll" })]);
    const plan = await cli(sim, ["plan", "--config", join(out, "lumos.config.yaml"), "--url", SIM_URL, "--detailed-exitcode"]);
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
  });

  it("refuses a file that is not a version-4 state of the lumos provider, at its position, writing nothing", async () => {
    const { sim } = startSimulator();
    const dir = project({
      "broken.tfstate": '{\n  "version": 4,\n  "resources": [,]\n}\n',
      "old.tfstate": JSON.stringify({ version: 3, modules: [] }),
      "other.tfstate": JSON.stringify({ version: 4, resources: [{ mode: "managed", type: "random_id", name: "x", provider: 'provider["registry.terraform.io/hashicorp/random"]', instances: [{ attributes: { id: "a" } }] }] }),
      "unknown.tfstate": JSON.stringify({ version: 4, resources: [{ mode: "managed", type: "lumos_future_thing", name: "x", provider: PROVIDER, instances: [{ attributes: { id: "a" } }] }] }),
    });
    const run = (file: string) => cli(sim, ["import", "--url", SIM_URL, "--from-tfstate", join(dir, file), "--out", join(dir, `out-${file}`)]);
    const broken = await run("broken.tfstate");
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.tfstate:3:\d+: error \[TFSTATE_INVALID\]: not JSON/);
    const old = await run("old.tfstate");
    expect(old.code).toBe(1);
    expect(old.stderr).toContain("old.tfstate:1:1: error [TFSTATE_INVALID]: not a Terraform state of format version 4 (version 3)");
    const other = await run("other.tfstate");
    expect(other.code).toBe(1);
    expect(other.stderr).toContain("no resources of the teamlumos/lumos provider");
    const unknown = await run("unknown.tfstate");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("no resources of the teamlumos/lumos provider that lumos-iac can import (skipped: lumos_future_thing.x)");
    const missing = await run("missing.tfstate");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("cannot read the Terraform state: ENOENT");
    expect(readdirSync(dir).filter((name) => name.startsWith("out-"))).toEqual([]);
    for (const result of [broken, old, other, unknown, missing]) expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("still needs --out without a state, and explains --from-tfstate in --help", async () => {
    const { sim } = startSimulator();
    const noOut = await cli(sim, ["import", "--url", SIM_URL]);
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toContain("import needs --out DIR");
    const help = await cli(sim, ["import", "--help"]);
    expect(help.stdout).toContain("--from-tfstate <file>");
    expect(help.stdout).toContain("first plan shows no");
  });
});
