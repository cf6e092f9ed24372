import { describe, expect, it } from "vitest";
import type { Plan } from "../../../src/model/types.ts";
import { MARKDOWN_LIMIT, renderMarkdown } from "../../../src/plan/render-markdown.ts";
import { renderText } from "../../../src/plan/render-text.ts";

function plan(changes: Plan["changes"]): Plan {
  return { format_version: "1", changes, unchanged: 3, fingerprints: {}, labels: { u1: "alice@acme.example" }, warnings: [] };
}

describe("renderers", () => {
  const change = (i: number, kind = "requestable_permission") => ({
    address: `${kind}.App/Permission ${i} with a fairly long label to fill space`,
    kind,
    action: "update" as const,
    id: `id-${i}`,
    diff: [{ path: "request_config.request_approval_config.approvers.users", before: [], after: [{ $ref: "user", id: "u1" }] }],
    dependsOn: [],
  });

  it("shows a name from the tenant on its own line: control characters escaped, and no Markdown fence it can close", () => {
    const name = "app.Evil\u001b[31mRED\u001b[0m\rOver\n\nPlan: 0 to create\n```\n</details>\n## All clear";
    const doomed = { address: name, kind: "app", action: "delete" as const, id: "a1", diff: [], dependsOn: [] };
    const text = renderText({ ...plan([doomed]), warnings: [`${name} is kept`] }, { color: false });
    expect(text).not.toMatch(/[\u001b\r]/);
    expect(renderText(plan([{ ...doomed, address: "app.Admin\u202eSSAP" }]), { color: false })).toContain("app.Admin\\u202eSSAP");
    // C1 controls (an 8-bit CSI, NEL) and invisible ones are escaped too; joiners stay.
    expect(renderText(plan([{ ...doomed, address: "app.A\u009b31m\u0085B\u200bC\ufeffD\u200dE" }]), { color: false })).toContain("app.A\\u009b31m\\u0085B\\u200bC\\ufeffD\u200dE");
    expect(text.match(/^Plan:/gm)).toHaveLength(1);
    expect(text).toContain("  - app.Evil\\u001b[31mRED\\u001b[0m\\rOver\\n\\nPlan: 0 to create\\n```\\n</details>\\n## All clear");
    const markdown = renderMarkdown(plan([doomed]));
    expect(markdown).toContain("````diff\n- app.Evil");
    expect(markdown.match(/^````$/gm)).toHaveLength(1);
    // A label of a reference, and an access-impact line, from the tenant.
    const group = "IT\n+ app.Backdoor\n::warning::forged";
    const labelled = { ...change(2), diff: [{ path: "request_config.allowed_groups.groups", before: [], after: [{ $ref: "group", id: "g1" }] }] };
    const withGroup = { ...plan([labelled]), labels: { g1: group } };
    const impact = { address: "requestable_permission.App/`x` </details>\n## forged", gains_preapproval: [group], loses_preapproval: [], gains_request: [], loses_request: [], loses_access: [], orphaned_requests: [], approvers_added: [], approvers_removed: [] };
    const access = { impact: { changes: [impact], totals: {} }, guardrails: [] } as unknown as NonNullable<Plan["access"]>;
    for (const shown of [renderText({ ...withGroup, access }, { color: false }), renderMarkdown({ ...withGroup, access })]) {
      expect(shown).not.toMatch(/^\s*\+ app\.Backdoor/m);
      expect(shown).not.toMatch(/^\s*::warning::/m);
      expect(shown).not.toMatch(/^## forged/m);
      expect(shown).toContain("IT\\n+ app.Backdoor");
    }
    expect(renderMarkdown({ ...withGroup, access })).toContain("- ``requestable_permission.App/`x` </details>\\n## forged``");
    // Outside code: no link, emphasis or @-mention from a name.
    const noted = renderMarkdown({ ...plan([]), warnings: ["app.UIX [Click to approve](https://evil.example/phish) **now** @here is not declared but is kept"] });
    expect(noted).toContain("> app.UIX \\[Click to approve\\]\\(https://evil.example/phish\\) \\*\\*now\\*\\* &#64;here is not declared but is kept");
  });

  it("writes text like Terraform, with names for references, and no colour unless asked", () => {
    const text = renderText(plan([change(1)]), { color: false });
    expect(text).toContain("  ~ requestable_permission.App/Permission 1");
    expect(text).toContain(
      [
        "      request_config:",
        "        request_approval_config:",
        "          approvers:",
        "            users: [] → [alice@acme.example]",
      ].join("\n"),
    );
    expect(text).toContain("Plan: 0 to create, 1 to update, 0 to replace, 0 to delete, 3 unchanged.");
    expect(text).not.toContain("\u001b[");
    expect(renderText(plan([change(1)]), { color: true })).toContain("\u001b[33m");
    expect(renderText(plan([]), { color: false })).toBe("No changes. The tenant matches the configuration (3 objects checked).");
  });

  it("keeps markdown for pull requests under GitHub's comment limit", () => {
    const huge = plan([
      ...Array.from({ length: 400 }, (_, i) => change(i)),
      ...Array.from({ length: 400 }, (_, i) => change(i, "pre_approval_rule")),
    ]);
    const md = renderMarkdown(huge);
    expect(md.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    expect(md).toContain("| 0 | 800 | 0 | 0 | 3 |");
    expect(md).toContain("left out to stay under GitHub's comment limit");
    expect(md).toContain("\n~ requestable_permission.App/Permission 0 with");
    expect(md).toMatch(/… \d+ more/);
  });
});
