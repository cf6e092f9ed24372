import { afterEach, describe, expect, it, vi } from "vitest";
import { fingerprint, stableStringify } from "../../../src/plan/canonical.ts";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("fingerprint", () => {
  it("ignores key order and the order of arrays of objects, not the order of scalars", () => {
    const a = { name: "X", groups: [{ id: "g2", n: 1 }, { id: "g1" }], tags: ["a", "b"] };
    const b = { tags: ["a", "b"], groups: [{ id: "g1" }, { n: 1, id: "g2" }], name: "X" };
    expect(fingerprint(a)).toBe(fingerprint(b));
    expect(fingerprint({ ...a, tags: ["b", "a"] })).not.toBe(fingerprint(a));
    expect(fingerprint({ ...a, groups: [{ id: "g1" }] })).not.toBe(fingerprint(a));
    expect(fingerprint({ ...a, extra: undefined })).toBe(fingerprint(a));
    // Plain canonical JSON keeps array order.
    expect(stableStringify([{ b: 1, a: 2 }, { a: 1 }])).toBe('[{"a":2,"b":1},{"a":1}]');
  });

  it("serialises each item of a large array once, not on every comparison of the sort", () => {
    const items = Array.from({ length: 2_000 }, (_, i) => ({ id: `p${(i * 7919) % 2_000}`, label: `Role ${i}` }));
    const spy = vi.spyOn(JSON, "stringify");
    fingerprint({ items });
    // Two keys and two values per item, and the outer key: a sort that re-serialised would need ~20× more.
    expect(spy.mock.calls.length).toBeLessThanOrEqual(items.length * 4 + 10);
  });
});
