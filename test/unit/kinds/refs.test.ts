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
});
