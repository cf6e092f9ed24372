import { describe, expect, it } from "vitest";
import { refsFromLive } from "../../../src/kinds/common.ts";

describe("refsFromLive", () => {
  it("turns expanded objects of reference fields into Refs, and only of those fields", () => {
    const live = {
      request_config: { allowed_groups: { type: "SPECIFIED_GROUPS", groups: [{ id: "g1", name: "Finance" }] } },
      approvers: { users: [{ id: "u1", email: "a@x" }], groups: [] },
      constructor: { id: "c1" },
      toString: [{ id: "t1" }],
    };
    const out = refsFromLive(live) as Record<string, unknown>;
    expect(out.request_config).toStrictEqual({ allowed_groups: { type: "SPECIFIED_GROUPS", groups: [{ $ref: "group", id: "g1" }] } });
    expect(out.approvers).toStrictEqual({ users: [{ $ref: "user", id: "u1" }], groups: [] });
    // Names of Object.prototype's members are no reference fields.
    expect(Object.getOwnPropertyDescriptor(out, "constructor")?.value).toStrictEqual({ id: "c1" });
    expect(Object.getOwnPropertyDescriptor(out, "toString")?.value).toStrictEqual([{ id: "t1" }]);
  });

  it("leaves the live value as it was, and shares the parts without references", () => {
    const live = {
      label: "Admin",
      request_config: {
        request_approval_config: { manager_approval: "NONE", approvers: { users: [{ id: "u1" }], groups: [] } },
        access_removal_formatting: { custom: null, tags: ["a", "b"] },
      },
    };
    const before = structuredClone(live);
    const out = refsFromLive(live) as typeof live;
    expect(live).toStrictEqual(before);
    expect(out.request_config.request_approval_config.approvers).toStrictEqual({ users: [{ $ref: "user", id: "u1" }], groups: [] });
    expect(out.request_config).not.toBe(live.request_config);
    expect(out.request_config.access_removal_formatting).toBe(live.request_config.access_removal_formatting);
    const plain = { a: [1, { b: "x" }], c: null };
    expect(refsFromLive(plain)).toBe(plain);
  });
});
