import { describe, expect, it } from "vitest";
import type { Change } from "../../../src/model/types.ts";
import { attributeDrift, driftMarkdown, driftText } from "../../../src/plan/drift-report.ts";
import type { ActivityEntry } from "../../../src/model/activity.ts";

const TOKEN_USER = { id: "u-ada", email: "ada@acme.example" };
const change = (address: string, action: Change["action"], id?: string): Change => ({
  address,
  kind: "requestable_permission",
  action,
  ...(id ? { id } : {}),
  diff: [],
  dependsOn: [],
});
const entry = (at: string, actor: { id: string; email: string | null }, target: string, eventType: string): ActivityEntry => ({
  hash: `${at}-${target}-${eventType}`,
  eventType,
  event: eventType.toLowerCase().replace(/_/g, " "),
  at,
  actor,
  targets: [target],
});
const bob = { id: "u-bob", email: "bob@acme.example" };

describe("attributeDrift", () => {
  const activity = [
    entry("2026-11-01T10:00:00.000Z", bob, "p1", "PERMISSION_UPDATED"),
    entry("2026-11-02T10:00:00.000Z", TOKEN_USER, "p1", "PERMISSION_UPDATED"),
    entry("2026-11-03T10:00:00.000Z", bob, "p1", "PERMISSION_UPDATED"),
    // The same millisecond as an apply, after it: still counted.
    entry("2026-11-03T10:00:00.000Z", { id: "u-carol", email: null }, "p1", "PERMISSION_UPDATED"),
    entry("2026-11-04T10:00:00.000Z", TOKEN_USER, "p2", "PERMISSION_UPDATED"),
    entry("2026-11-04T11:00:00.000Z", bob, "p3", "PERMISSION_CREATED"),
  ];

  it("blames only what came after this token last wrote each object", () => {
    const report = attributeDrift({ changes: [change("a.p1", "update", "p1"), change("a.p2", "update", "p2")] }, activity, TOKEN_USER, "2026-10-01T00:00:00.000Z");
    expect(report.last_apply).toBe("2026-11-04T10:00:00.000Z");
    expect(report.applied_by).toBe("ada@acme.example");
    const [p1, p2] = report.objects;
    expect(p1!.since).toBe("2026-11-02T10:00:00.000Z");
    expect(p1!.activity.map((a) => a.actor)).toEqual(["bob@acme.example", "u-carol"]);
    // Changed with no entry after our write: a sync, or older than the window.
    expect(p2!.activity).toEqual([]);
    expect(driftText(report)).toContain("a.p2: changed\n      no activity-log entry in the window");
  });

  it("marks objects created or deleted outside the configuration", () => {
    const report = attributeDrift({ changes: [change("a.p3", "delete", "p3"), change("a.p4", "create")] }, activity, TOKEN_USER, "2026-10-01T00:00:00.000Z");
    expect(report.objects[0]).toMatchObject({ created_outside_configuration: true, since: "2026-10-01T00:00:00.000Z", activity: [{ actor: "bob@acme.example", event_type: "PERMISSION_CREATED" }] });
    expect(report.objects[1]).toMatchObject({ deleted_outside_configuration: true, activity: [] });
    const markdown = driftMarkdown(report);
    expect(markdown).toContain("| `a.p3` | created outside the configuration | bob&#64;acme.example | 2026-11-04T11:00:00.000Z | permission created |");
    expect(markdown).toContain("| `a.p4` | deleted outside the configuration | – | – | no attribution");
  });

  it("without any write by this token in the window, looks at the whole window", () => {
    const report = attributeDrift({ changes: [change("a.p1", "update", "p1")] }, activity.filter((e) => e.actor.id !== TOKEN_USER.id), TOKEN_USER, "2026-10-01T00:00:00.000Z");
    expect(report.last_apply).toBeNull();
    expect(report.objects[0]!.activity).toHaveLength(3);
    expect(driftText(report)).toContain("last apply by ada@acme.example: none in that window");
  });
});

describe("drift --since", () => {
  const now = Date.parse("2026-12-02T12:00:00.000Z");
  it("takes a span back from now or an ISO-8601 time, and refuses anything else", async () => {
    const { windowStart } = await import("../../../src/cli/actions/drift.ts");
    expect(windowStart("12h", now).toISOString()).toBe("2026-12-02T00:00:00.000Z");
    expect(windowStart("7d", now).toISOString()).toBe("2026-11-25T12:00:00.000Z");
    expect(windowStart("2026-11-01T00:00:00Z", now).toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(() => windowStart("last week", now)).toThrow(/neither an ISO-8601 time/);
    expect(() => windowStart("2027-01-01", now)).toThrow(/in the future/);
  });
});

describe("driftMarkdown", () => {
  it("shows names and actors from the tenant as written, without letting them make links, mentions or cell breaks", () => {
    const mallory = { id: "u-m", email: "@acme/security [click](https://evil.example) <b>|" };
    const report = attributeDrift(
      { changes: [change("permissions.`odd`|name", "update", "p9")] },
      [entry("2026-11-05T10:00:00.000Z", mallory, "p9", "PERMISSION_UPDATED")],
      TOKEN_USER,
      "2026-10-01T00:00:00.000Z",
    );
    const row = driftMarkdown(report).split("\n").find((line) => line.includes("odd"))!;
    // The backticks of the name stay, inside a longer fence; its pipe is escaped, as GFM tables need even in code.
    expect(row.startsWith("| ``permissions.`odd`\\|name`` | changed | ")).toBe(true);
    // No raw @, link brackets or HTML, and the actor's pipe cannot end the cell: five cells, six unescaped pipes.
    expect(row).toContain("&#64;acme/security \\[click\\]\\(https://evil.example\\) &lt;b&gt;\\|");
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(6);
  });

  it("stays within its budget, counting the rows it leaves out", () => {
    const many = Array.from({ length: 50 }, (_, i) => entry(`2026-11-05T10:00:${String(i).padStart(2, "0")}.000Z`, bob, "p1", "PERMISSION_UPDATED"));
    const report = attributeDrift({ changes: [change("a.p1", "update", "p1")] }, many, TOKEN_USER, "2026-10-01T00:00:00.000Z");
    const full = driftMarkdown(report);
    expect(full.split("\n").filter((l) => l.startsWith("| `a.p1`"))).toHaveLength(50);
    const short = driftMarkdown(report, 1_000);
    expect(short.length).toBeLessThan(1_200);
    const shown = short.split("\n").filter((l) => l.startsWith("| `a.p1`")).length;
    expect(shown).toBeGreaterThan(0);
    expect(short).toContain(`_${50 - shown} more row(s) left out`);
  });
});
