import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { adoptDrift } from "../../../src/import/adopt.ts";
import type { LoadedConfig } from "../../../src/load/load-config.ts";
import type { Change, LiveState } from "../../../src/model/types.ts";

const dir = mkdtempSync(join(tmpdir(), "lumos-adopt-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const live: LiveState = {
  kinds: {
    apps: [{ kind: "app", id: "a1", data: { id: "a1", user_friendly_label: "Payroll", instance_id: "custom_app_import", app_class_id: "custom", category: "Internal" } }],
    requestable_permissions: [
      {
        kind: "requestable_permission",
        id: "p1",
        data: {
          id: "p1",
          app_id: "a1",
          label: "Payroll Admin",
          request_config: {
            appstore_visibility: "HIDDEN",
            request_fulfillment_config: { manual_steps_needed: false, time_based_access_override: true, time_based_access: ["7 days", "30 days"] },
          },
        },
      },
    ],
  },
  users: [],
  groups: [],
  unsupported: {},
  connectionSchemas: {},
};

const ADDRESS = "requestable_permission.Payroll/Payroll Admin";
const update: Change = {
  address: ADDRESS,
  kind: "requestable_permission",
  action: "update",
  id: "p1",
  dependsOn: [],
  diff: [
    { path: "request_config.appstore_visibility", before: "HIDDEN", after: "VISIBLE" },
    { path: "request_config.request_fulfillment_config.time_based_access", before: ["7 days", "30 days"], after: ["7 days"] },
  ],
};

function config(file: string): Pick<LoadedConfig, "origins" | "files" | "configFile" | "desired"> {
  return {
    origins: new Map([[ADDRESS, { file, path: ["requestable_permissions", 0] }]]),
    files: [join(dir, "lumos.config.yaml"), file],
    configFile: join(dir, "lumos.config.yaml"),
    desired: { objects: [], prune: {}, locate: () => ({ file, line: 1, col: 1 }) },
  };
}

describe("adoptDrift", () => {
  it("rewrites only the changed values: block lists stay block lists, comments stay", () => {
    const file = join(dir, "permissions.yaml");
    const text = `# Permissions
requestable_permissions:
  - app: Payroll
    label: Payroll Admin
    request_config:
      appstore_visibility: VISIBLE  # keep me
      request_fulfillment_config:
        time_based_access:
          - 7 days   # the usual
# the end
`;
    writeFileSync(file, text);
    const result = adoptDrift(config(file), { changes: [update] }, live);
    expect(result).toEqual({ adopted: [ADDRESS], skipped: [], files: [file] });
    expect(readFileSync(file, "utf8")).toBe(
      text.replace("VISIBLE  # keep me", "HIDDEN  # keep me").replace("          - 7 days   # the usual\n", "          - 7 days\n          - 30 days\n"),
    );
  });

  it("refuses objects declared in a file that is not YAML, writing nothing", () => {
    const file = join(dir, "main.ts");
    writeFileSync(file, "// a CDKTF app\n");
    expect(() => adoptDrift(config(file), { changes: [update] }, live)).toThrow(/writes only YAML files; these objects are declared elsewhere: requestable_permission\.Payroll\/Payroll Admin/);
    expect(readFileSync(file, "utf8")).toBe("// a CDKTF app\n");
  });

  it("adds an object created outside the configuration as a new list when the file has none of its kind", () => {
    const file = join(dir, "apps.yaml");
    writeFileSync(file, "# Apps only\napps:\n  - { name: Payroll, category: Internal, description: d }\n");
    const created: Change = { address: ADDRESS, kind: "requestable_permission", action: "delete", id: "p1", diff: [], dependsOn: [] };
    const result = adoptDrift({ ...config(file), origins: new Map() }, { changes: [created] }, live);
    expect(result.adopted).toEqual([ADDRESS]);
    const after = readFileSync(file, "utf8");
    expect(after.startsWith("# Apps only\napps:\n  - { name: Payroll, category: Internal, description: d }\nrequestable_permissions:\n  - app: Payroll\n    label: Payroll Admin\n")).toBe(true);
    expect(after).toContain("time_based_access:\n          - 7 days\n          - 30 days\n");
  });
});

describe("adoptDrift removing an object deleted in the tenant", () => {
  it("takes its comment lines and one separating blank line with it", () => {
    const file = join(dir, "remove.yaml");
    const text = `requestable_permissions:
  # Admins: reviewed by Bob.
  - app: Payroll
    label: Payroll Admin

  # Viewers
  - app: Payroll
    label: Payroll Viewer
`;
    writeFileSync(file, text);
    const gone = (label: string): Change => ({ address: `requestable_permission.Payroll/${label}`, kind: "requestable_permission", action: "create", diff: [], dependsOn: [] });
    const origins = (index: number, label: string) => new Map([[`requestable_permission.Payroll/${label}`, { file, path: ["requestable_permissions", index] }]]);
    adoptDrift({ ...config(file), origins: origins(0, "Payroll Admin") }, { changes: [gone("Payroll Admin")] }, live);
    expect(readFileSync(file, "utf8")).toBe("requestable_permissions:\n  # Viewers\n  - app: Payroll\n    label: Payroll Viewer\n");
    writeFileSync(file, text);
    adoptDrift({ ...config(file), origins: origins(1, "Payroll Viewer") }, { changes: [gone("Payroll Viewer")] }, live);
    expect(readFileSync(file, "utf8")).toBe("requestable_permissions:\n  # Admins: reviewed by Bob.\n  - app: Payroll\n    label: Payroll Admin\n");
  });
});

describe("adoptDrift of a field the tenant no longer has", () => {
  it("removes it from a block mapping, or from a mapping written on one line", () => {
    const file = join(dir, "field.yaml");
    const unset: Change = { ...update, diff: [{ path: "request_config.request_approval_config.manager_approval", before: null, after: "INITIAL_APPROVAL" }] };
    writeFileSync(file, "requestable_permissions:\n  - app: Payroll\n    label: Payroll Admin\n    request_config:\n      request_approval_config: { manager_approval: INITIAL_APPROVAL, custom_approval_message: Hi }\n");
    expect(adoptDrift(config(file), { changes: [unset] }, live).skipped).toEqual([]);
    expect(readFileSync(file, "utf8")).toContain("      request_approval_config: { custom_approval_message: Hi }\n");
    writeFileSync(file, "requestable_permissions:\n  - app: Payroll\n    label: Payroll Admin\n    request_config:\n      request_approval_config:\n        manager_approval: INITIAL_APPROVAL # was on\n        custom_approval_message: Hi\n");
    adoptDrift(config(file), { changes: [unset] }, live);
    expect(readFileSync(file, "utf8")).toBe("requestable_permissions:\n  - app: Payroll\n    label: Payroll Admin\n    request_config:\n      request_approval_config:\n        custom_approval_message: Hi\n");
  });
});
