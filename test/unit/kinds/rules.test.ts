import { describe, expect, it } from "vitest";
import { checkWebhookSlots, declaredIndex, webhookSlotOf, webhookSlotProblem, WEBHOOK_SLOTS } from "../../../src/kinds/common.ts";
import { KINDS } from "../../../src/kinds/registry.ts";
import { cronProblem, isTimeZone } from "../../../src/kinds/sync-schedule.ts";
import type { DesiredObject } from "../../../src/model/types.ts";

const webhook = (name: string, hook_type: string): DesiredObject => ({
  kind: "inline_webhook",
  key: name,
  address: `inline_webhook.${name}`,
  spec: { name, hook_type, url: "https://hooks.example" },
  loc: { file: "x.yaml", line: 1, col: 1 },
});

describe("cron expressions", () => {
  it.each(["30 7 * * *", "*/15 * * * *", "0 7 * * MON-FRI", "0 0 1,15 * *", "0 0 * * 7"])("accepts %s", (cron) => {
    expect(cronProblem(cron)).toBeUndefined();
  });

  it.each([
    ["0 30 7 * * *", "needs exactly five fields"],
    ["30 7 * *", "needs exactly five fields"],
    ["@daily", "needs exactly five fields"],
    ["60 7 * * *", "got value 60 expected range 0-59"],
    ["0 24 * * *", "got value 24 expected range 0-23"],
    ["0 0 0 * *", "expected range 1-31"],
    ["0 0 * 13 *", "got value 13 expected range 1-12"],
    ["0 0 * * 8", "got value 8 expected range 0-7"],
  ])("refuses %s", (cron, message) => {
    expect(cronProblem(cron)).toContain(message);
    expect(cronProblem(cron)?.startsWith(`cron ${JSON.stringify(cron)} `), cronProblem(cron)).toBe(true);
  });
});

describe("time zones", () => {
  it("knows IANA names and refuses invented ones", () => {
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Europe/Paris")).toBe(true);
    expect(isTimeZone("Europe/Atlantis")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});

describe("inline webhook slots", () => {
  it("map each slot to the hook type Lumos documents for it; SIEM hooks have none", () => {
    expect(WEBHOOK_SLOTS).toEqual({
      request_validation_inline_webhook: "REQUEST_VALIDATION",
      provisioning_webhook: "PROVISION",
      access_removal_inline_webhook: "DEPROVISION",
      preapproval_webhooks: "PRE_APPROVAL",
    });
    expect(webhookSlotOf(["request_config", "request_fulfillment_config", "provisioning_webhook"])).toBe("provisioning_webhook");
    expect(webhookSlotOf(["preapproval_webhooks", 2])).toBe("preapproval_webhooks");
    expect(webhookSlotOf(["request_flow", "approvers"])).toBeUndefined();
    expect(webhookSlotProblem("provisioning_webhook", "W", "PROVISION")).toBeUndefined();
    expect(webhookSlotProblem("provisioning_webhook", "W", "SIEM")).toBe(
      '"W" is a SIEM webhook, but provisioning_webhook takes a PROVISION webhook; name a PROVISION webhook here',
    );
  });

  it("are checked offline against the webhooks the configuration declares, and nothing else", () => {
    const declared = declaredIndex([webhook("Off", "DEPROVISION"), webhook("Pre", "PRE_APPROVAL")]);
    const spec = {
      app: "Okta",
      request_flow: { request_validation_inline_webhook: "Off" },
      provisioning: { access_removal_inline_webhook: "Off", provisioning_webhook: "Live only" },
    };
    expect(KINDS.appstore_apps.check!(spec, declared)).toEqual([
      [["request_flow", "request_validation_inline_webhook"], expect.stringContaining('"Off" is a DEPROVISION webhook')],
    ]);
    expect(checkWebhookSlots({ preapproval_webhooks: ["Pre", "Off"] }, declared)).toEqual([
      [["preapproval_webhooks", 1], expect.stringContaining("takes a PRE_APPROVAL webhook")],
    ]);
  });
});

describe("allowed groups", () => {
  it("refuse groups unless the type is SPECIFIED_GROUPS, on permissions and AppStore apps", () => {
    const permission = (allowed: object) => KINDS.requestable_permissions.check!({ app: "Okta", label: "X", request_config: { allowed_groups: allowed } });
    expect(permission({ type: "ALL_GROUPS", groups: ["Security"] })).toEqual([
      [["request_config", "allowed_groups", "groups"], expect.stringContaining("groups only apply with type SPECIFIED_GROUPS")],
    ]);
    expect(permission({ groups: ["Security"] })).toHaveLength(1);
    expect(permission({ type: "SPECIFIED_GROUPS", groups: ["Security"] })).toEqual([]);
    expect(permission({ type: "ALL_GROUPS" })).toEqual([]);
    const app = KINDS.appstore_apps.check!({ app: "Okta", request_flow: { allowed_groups: { type: "ALL_GROUPS", groups: ["Security"] } } });
    expect(app).toEqual([[["request_flow", "allowed_groups", "groups"], expect.stringContaining("set type: SPECIFIED_GROUPS")]]);
  });
});

describe("a requestable permission's override flags", () => {
  const check = (request_config: Record<string, unknown>) => KINDS.requestable_permissions.check!({ app: "A", label: "L", request_config }, undefined);
  const cases: [Record<string, unknown>, Record<string, unknown>, string, string][] = [
    [{ allowed_groups: { type: "ALL_GROUPS" } }, {}, "allowed_groups_override", "allowed_groups"],
    [{ request_approval_config: { manager_approval: "NONE" } }, { request_approval_config: {} }, "request_approval_config.request_approval_config_override", "manager_approval/approvers"],
    [{ request_approval_config: { approvers: { users: ["a@acme.example"] } } }, { request_approval_config: {} }, "request_approval_config.request_approval_config_override", "manager_approval/approvers"],
    [{ request_approval_config: { approvers_stage_2: { users: [] } } }, { request_approval_config: {} }, "request_approval_config.request_approval_config_override", "manager_approval/approvers"],
    [{ request_approval_config: { require_additional_approval: false } }, { request_approval_config: {} }, "request_approval_config.request_approval_config_override", "manager_approval/approvers"],
    [{ request_approval_config: { custom_approval_message: "Why?" } }, { request_approval_config: { custom_approval_message: null } }, "request_approval_config.custom_approval_message_override", "custom_approval_message"],
    [{ request_fulfillment_config: { time_based_access: ["7 days"] } }, { request_fulfillment_config: {} }, "request_fulfillment_config.time_based_access_override", "time_based_access"],
  ];
  /** The config with the override flag at `path` (under request_config) set to `flag`. */
  const withFlag = (config: Record<string, unknown>, path: string, flag: boolean): Record<string, unknown> => {
    const out = structuredClone(config);
    const parts = path.split(".");
    let at = out;
    for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
    at[parts.at(-1)!] = flag;
    return out;
  };

  it.each(cases)("refuses a false flag with its fields set, a true one without, and takes the rest (%#)", (set, unset, path, field) => {
    const where = ["request_config", ...path.split(".")];
    expect(check(withFlag(set, path, false))).toEqual([[where, `is false, so Lumos would ignore ${field}; remove one of them`]]);
    expect(check(withFlag(unset, path, true))).toEqual([[where, `is true but ${field} is not set`]]);
    expect(check(withFlag(set, path, true))).toEqual([]);
    expect(check(withFlag(unset, path, false))).toEqual([]);
    expect(check(set)).toEqual([]);
  });
});
