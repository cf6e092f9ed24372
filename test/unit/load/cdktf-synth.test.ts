import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/errors.ts";
import { isCdktfAppEntry, synthesizeCdktfApp } from "../../../src/load/terraform/cdktf-synth.ts";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const fixture = (path: string): string => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));
const synthDirs = (): string[] => readdirSync(tmpdir()).filter((name) => name.startsWith("lumos-cdktf-") && !name.startsWith("lumos-cdktf-gen") && !name.startsWith("lumos-cdktf-check") && !name.startsWith("lumos-cdktf-cjs") && !name.startsWith("lumos-cdktf-project"));

async function failure(entry: string): Promise<ConfigError> {
  try {
    await synthesizeCdktfApp(entry, { cwd: ROOT });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`${entry} synthesized without an error`);
}

describe("synthesizing a CDKTF app in-process", () => {
  it("returns every stack's cdk.tf.json, with the construct paths, and leaves env, argv and temp folders as they were", { timeout: 60_000 }, async () => {
    const env = { ...process.env };
    const argv = [...process.argv];
    const before = synthDirs();
    const result = await synthesizeCdktfApp(fixture("cdktf-all/main.ts"));
    expect(result.stacks.map((stack) => stack.name)).toEqual(["everything"]);
    const json = result.stacks[0]!.json as { resource: Record<string, Record<string, Record<string, unknown>>>; data: Record<string, unknown> };
    expect(Object.keys(json.resource).sort()).toEqual([
      "lumos_access_policy",
      "lumos_app",
      "lumos_app_store_app",
      "lumos_inline_webhook",
      "lumos_pre_approval_rule",
      "lumos_requestable_permission",
      "lumos_sync_schedule",
      "lumos_user_source",
    ]);
    expect(Object.keys(json.data)).toHaveLength(14);
    expect(json.resource.lumos_app_store_app!.payroll_store!.app_id).toBe("${lumos_app.payroll.id}");
    expect(json.resource.lumos_app!.payroll!["//"]).toEqual({ metadata: { path: "everything/payroll", uniqueId: "payroll" } });
    expect(process.env).toEqual(env);
    expect(process.argv).toEqual(argv);
    expect(synthDirs()).toEqual(before);
  });

  it("runs the app again on every synth, and runs plain JavaScript apps", { timeout: 60_000 }, async () => {
    const first = await synthesizeCdktfApp(fixture("cdktf-js/main.mjs"));
    const second = await synthesizeCdktfApp(fixture("cdktf-js/main.mjs"));
    for (const result of [first, second]) {
      expect((result.stacks[0]!.json.resource as Record<string, unknown>).lumos_app).toMatchObject({ zoom: { name: "Zoom", category: "Communication" } });
    }
  });

  it("runs a CommonJS TypeScript app (as cdktf init makes them) again on every synth", { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "lumos-cdktf-cjs-test-"));
    try {
      symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
      writeFileSync(join(dir, "package.json"), '{ "name": "app", "main": "main.js" }\n');
      writeFileSync(join(dir, "stack.ts"), 'import { TerraformStack } from "cdktf";\nexport const STACK_NAME: string = process.env.STACK_NAME ?? "first";\nexport { TerraformStack };\n');
      writeFileSync(
        join(dir, "main.ts"),
        'import { App } from "cdktf";\nimport { STACK_NAME, TerraformStack } from "./stack";\nconst app = new App();\nnew TerraformStack(app, STACK_NAME);\napp.synth();\n',
      );
      expect((await synthesizeCdktfApp(join(dir, "main.ts"))).stacks.map((stack) => stack.name)).toEqual(["first"]);
      process.env.STACK_NAME = "second";
      try {
        expect((await synthesizeCdktfApp(join(dir, "main.ts"))).stacks.map((stack) => stack.name)).toEqual(["second"]);
      } finally {
        delete process.env.STACK_NAME;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports what the app throws at the line in the app that threw", { timeout: 60_000 }, async () => {
    const error = await failure("test/fixtures/cdktf-bad/throws.ts");
    expect(error.code).toBe("CDKTF_SYNTH_FAILED");
    expect(error.message).toBe("the CDKTF app failed: no tenant name configured");
    expect(error.meta.at).toEqual({ file: "test/fixtures/cdktf-bad/throws.ts", line: 6, col: 39 });
    expect(process.env.CDKTF_OUTDIR).toBeUndefined();
  });

  it("reports an app with no stack, one that never synthesizes, and a missing entry, at the entry", { timeout: 60_000 }, async () => {
    const noStacks = await failure("test/fixtures/cdktf-bad/no-stacks.ts");
    expect([noStacks.code, noStacks.meta.at]).toEqual(["CDKTF_NO_STACKS", { file: "test/fixtures/cdktf-bad/no-stacks.ts", line: 1, col: 1 }]);
    expect(noStacks.message).toContain("add a TerraformStack");
    const noSynth = await failure("test/fixtures/cdktf-bad/no-synth.mjs");
    expect(noSynth.code).toBe("CDKTF_NO_STACKS");
    expect(noSynth.message).toContain("call app.synth()");
    const missing = await failure("test/fixtures/cdktf-bad/absent.ts");
    expect([missing.code, missing.message]).toEqual(["CDKTF_APP_NOT_FOUND", "no CDKTF app at test/fixtures/cdktf-bad/absent.ts; name the app's entry file (e.g. main.ts)"]);
  });

  it("knows which sources are CDKTF app entries", () => {
    expect(["main.ts", "app.mjs", "app.js", "types.d.ts", "apps.yaml", "main.tf", "cdk.tf.json"].filter(isCdktfAppEntry)).toEqual(["main.ts", "app.mjs", "app.js"]);
    expect(existsSync(fixture("cdktf-all/main.ts"))).toBe(true);
  });
});
