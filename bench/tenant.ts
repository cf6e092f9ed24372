import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";

export interface TenantSize {
  apps: number;
  permissionsPerApp: number;
  rulesPerApp: number;
}

export const LARGE: TenantSize = { apps: 1_000, permissionsPerApp: 10, rulesPerApp: 2 };

const pad = (n: number) => String(n).padStart(4, "0");

/** Writes the large tenant as configuration: apps, AppStore settings, permissions and rules. */
export function writeTenantConfig(dir: string, size: TenantSize): void {
  mkdirSync(dir, { recursive: true });
  const apps = Array.from({ length: size.apps }, (_, i) => ({ name: `Bench App ${pad(i)}`, category: "Other", description: `Benchmark app ${i}` }));
  const appstore = apps.map((app, i) => ({
    app: app.name,
    request_flow: { discoverability: "FULL", approvers: { users: [i % 2 ? "alice@acme.example" : "bob@acme.example"], groups: ["IT Admins"] } },
    provisioning: { time_based_access: ["7 days", "30 days"], default_time_based_access_option: "7 days" },
  }));
  const permissions = apps.flatMap((app) =>
    Array.from({ length: size.permissionsPerApp }, (_, p) => ({
      app: app.name,
      label: `Role ${String(p).padStart(2, "0")}`,
      request_config: {
        appstore_visibility: p % 3 === 0 ? "HIDDEN" : "VISIBLE",
        ...(p === 0 ? { allowed_groups: { type: "SPECIFIED_GROUPS", groups: ["Finance"] } } : {}),
      },
    })),
  );
  const rules = apps.flatMap((app) =>
    Array.from({ length: size.rulesPerApp }, (_, r) => ({
      app: app.name,
      justification: `Pre-approval ${r}`,
      preapproved_groups: [r % 2 ? "Security" : "Finance"],
      preapproved_permissions: [`Role 0${r}`],
    })),
  );
  writeFileSync(join(dir, "lumos.config.yaml"), stringify({ version: 1, sources: ["defs/*.yaml"] }));
  mkdirSync(join(dir, "defs"), { recursive: true });
  writeFileSync(join(dir, "defs/apps.yaml"), stringify({ apps }));
  writeFileSync(join(dir, "defs/appstore.yaml"), stringify({ appstore_apps: appstore }));
  writeFileSync(join(dir, "defs/permissions.yaml"), stringify({ requestable_permissions: permissions }));
  writeFileSync(join(dir, "defs/rules.yaml"), stringify({ pre_approval_rules: rules }));
}
