import { describe, expect, it } from "vitest";
import type { Change, Plan } from "../../../src/model/types.ts";
import { renderMarkdown } from "../../../src/plan/render-markdown.ts";
import { renderText } from "../../../src/plan/render-text.ts";
import { hideSensitive } from "../../../src/plan/summary.ts";

function plan(changes: Change[]): Plan {
  return { format_version: "1", changes, unchanged: 0, labels: {}, warnings: [] };
}

const conditionChange: Change = {
  address: "access_policy.Engineers",
  kind: "access_policy",
  action: "update",
  id: "p1",
  dependsOn: [],
  diff: [
    {
      path: "access_condition",
      before: { all: [{ group: "Engineering" }, { location: "Berlin" }], tenure_days: 30 },
      after: { all: [{ group: "Engineering" }, { location: "Paris" }], tenure_days: 30 },
    },
    { path: "name", before: "Old", after: "Engineers" },
  ],
};

describe("free-form JSON fields in plans", () => {
  it("are shown as a JSON diff in text: removed and added lines, unchanged parts elided", () => {
    const text = renderText(plan([conditionChange]), { color: false });
    expect(text).toMatch(/^ {6}access_condition:$/m);
    expect(text).toMatch(/^ {8}- +location: "Berlin"$/m);
    expect(text).toMatch(/^ {8}\+ +location: "Paris"$/m);
    expect(text).not.toContain("tenure_days");
    // Other fields keep the before → after form.
    expect(text).toContain('name: "Old" → "Engineers"');
  });

  it("are shown as a JSON diff in Markdown, each marker in the first column of the diff block", () => {
    const markdown = renderMarkdown(plan([conditionChange]));
    expect(markdown).toContain("    access_condition:\n");
    expect(markdown).toMatch(/^- +location: "Berlin"$/m);
    expect(markdown).toMatch(/^\+ +location: "Paris"$/m);
  });

  it("show a create's JSON as added lines", () => {
    const create: Change = { address: "access_policy.New", kind: "access_policy", action: "create", dependsOn: [], diff: [{ path: "access_condition", after: { group: "Sales" } }] };
    expect(renderText(plan([create]), { color: false })).toMatch(/^ {8}\+ +group: "Sales"$/m);
  });

  it("never show a sensitive value, nor the live value beside it", () => {
    const sensitive = new Map([["Paris-secret-office", "${var:office}"]]);
    const change: Change = {
      ...conditionChange,
      diff: [{ path: "access_condition", before: { location: "Berlin-live-office" }, after: { location: "Paris-secret-office" } }],
    };
    const hidden = hideSensitive(plan([change]), sensitive);
    for (const out of [renderText(hidden, { color: false }), renderMarkdown(hidden)]) {
      expect(out).toContain("(sensitive: var:office)");
      expect(out).not.toMatch(/Paris-secret-office|Berlin-live-office/);
    }
  });
});
