import { describe, expect, it } from "vitest";
import { fingerprint, stableStringify } from "../../../src/plan/canonical.ts";
import { diffDeclared } from "../../../src/plan/diff.ts";

const sets = new Set(["users", "groups"]);
const options = { sets, writeOnly: ["auth"], atomic: ["condition"] };

describe("diffDeclared", () => {
  it("compares only declared fields", () => {
    expect(diffDeclared({ a: 1 }, { a: 1, b: 2 }, options)).toEqual([]);
    expect(diffDeclared({ a: 2 }, { a: 1, b: 2 }, options)).toEqual([{ path: "a", before: 1, after: 2 }]);
  });

  it("treats null, [], empty strings and absence as the same", () => {
    expect(diffDeclared({ a: [], b: null, c: "" }, { a: null, c: null }, options)).toEqual([]);
    expect(diffDeclared({ nested: { list: [] } }, {}, options)).toEqual([]);
  });

  it("compares set-like lists without order, others with order", () => {
    expect(diffDeclared({ users: ["b", "a"] }, { users: ["a", "b"] }, options)).toEqual([]);
    expect(diffDeclared({ time: ["b", "a"] }, { time: ["a", "b"] }, options)).toEqual([{ path: "time", before: ["a", "b"], after: ["b", "a"] }]);
  });

  it("recurses into objects, leaf by leaf, but compares atomic objects whole", () => {
    expect(diffDeclared({ flow: { x: 1, y: { z: 2 } } }, { flow: { x: 1, y: { z: 3 }, extra: 1 } }, options)).toEqual([
      { path: "flow.y.z", before: 3, after: 2 },
    ]);
    expect(diffDeclared({ condition: { a: 1 } }, { condition: { a: 1, b: 2 } }, options)).toEqual([
      { path: "condition", before: { a: 1, b: 2 }, after: { a: 1 } },
    ]);
  });

  it("never compares write-only fields, and treats references and secrets as values", () => {
    expect(diffDeclared({ auth: { token: { $secret: "${env:T}" } } }, {}, options)).toEqual([]);
    const ref = { $ref: "user", id: "u1" };
    expect(diffDeclared({ owner: ref }, { owner: { $ref: "user", id: "u1" } }, options)).toEqual([]);
    expect(diffDeclared({ owner: ref }, { owner: { $ref: "user", id: "u2" } }, options)).toHaveLength(1);
  });
});

describe("canonical JSON and fingerprints", () => {
  it("sorts keys, and makes fingerprints blind to the order of object collections", () => {
    expect(stableStringify({ b: 1, a: [2, 1] })).toBe('{"a":[2,1],"b":1}');
    expect(fingerprint({ groups: [{ id: "1" }, { id: "2" }] })).toBe(fingerprint({ groups: [{ id: "2" }, { id: "1" }] }));
    expect(fingerprint({ time: ["1 day", "7 days"] })).not.toBe(fingerprint({ time: ["7 days", "1 day"] }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });
});

describe("patchFromDiff", () => {
  it("nests the changed leaves, and sends principal collections whole (declared over live)", async () => {
    const { patchFromDiff } = await import("../../../src/kinds/common.ts");
    const desired = { request_flow: { discoverability: "FULL", approvers: { users: ["u2"] } }, redirect_url: null };
    const live = { request_flow: { discoverability: "NONE", approvers: { users: ["u1"], groups: ["g1"] } }, redirect_url: "x" };
    const patch = patchFromDiff(
      [
        { path: "request_flow.discoverability" },
        { path: "request_flow.approvers.users" },
        { path: "redirect_url" },
      ],
      desired,
      live,
    );
    expect(patch).toEqual({ request_flow: { discoverability: "FULL", approvers: { users: ["u2"], groups: ["g1"] } }, redirect_url: null });
  });
});

describe("server defaults", () => {
  it("count an unset live field as its default, so declaring the default is no change", () => {
    const defaults = { "config.visibility": "HIDDEN", "config.override": false };
    const opts = { sets: new Set<string>(), writeOnly: [], defaults };
    expect(diffDeclared({ config: { visibility: "HIDDEN", override: false } }, { config: { visibility: null } }, opts)).toEqual([]);
    expect(diffDeclared({ config: { visibility: "VISIBLE" } }, { config: { visibility: null } }, opts)).toEqual([
      { path: "config.visibility", before: null, after: "VISIBLE" },
    ]);
    expect(diffDeclared({ config: { override: true } }, {}, opts)).toEqual([{ path: "config.override", before: null, after: true }]);
  });
});
