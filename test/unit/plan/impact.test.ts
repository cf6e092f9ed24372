import { describe, expect, it } from "vitest";
import type { PlanAccess } from "../../../src/model/access.ts";
import type { Change, LiveState, Plan } from "../../../src/model/types.ts";
import { hostAllowed } from "../../../src/plan/guardrails.ts";
import { changeFacets, computeImpact, impactNeeds, needsNothing, type ImpactDirectory } from "../../../src/plan/impact.ts";
import { MARKDOWN_LIMIT, renderMarkdown } from "../../../src/plan/render-markdown.ts";
import { renderJson } from "../../../src/plan/render-json.ts";

const live = (objects: LiveState["kinds"]): LiveState => ({ kinds: objects, users: [], groups: [], unsupported: {}, connectionSchemas: {} });
const plan = (changes: Change[]): Plan => ({ format_version: "1", changes, unchanged: 0, labels: {}, warnings: [] });

const permission = (request_config: Record<string, unknown>) => ({ kind: "requestable_permission", id: "p1", data: { id: "p1", app_id: "a1", label: "Admin", request_config } });

describe("access impact (pure)", () => {
  it("needs no reads for a change that leaves access alone", () => {
    const before = permission({ appstore_visibility: "VISIBLE", allowed_groups: { type: "SPECIFIED_GROUPS", groups: [{ id: "g1" }] } });
    const change: Change = { address: "requestable_permission.A/Admin", kind: "requestable_permission", action: "update", id: "p1", diff: [], payload: { label: "Admin" }, dependsOn: [] };
    const facets = changeFacets(plan([change]), live({ requestable_permissions: [before] }));
    expect(needsNothing(impactNeeds(facets))).toBe(true);
    expect(computeImpact(facets, { members: {}, accounts: {}, people: {} }, {}).changes).toEqual([]);
  });

  it("counts everyone but suspended people when a hidden permission becomes visible to all groups", () => {
    const before = permission({ appstore_visibility: "HIDDEN" });
    const change: Change = {
      address: "requestable_permission.A/Admin",
      kind: "requestable_permission",
      action: "update",
      id: "p1",
      diff: [],
      payload: { request_config: { appstore_visibility: "VISIBLE" } },
      dependsOn: [],
    };
    const facets = changeFacets(plan([change]), live({ requestable_permissions: [before] }));
    expect(impactNeeds(facets)).toEqual({ groups: [], users: true, attributes: false, requests: false, accountsOf: [] });
    const directory: ImpactDirectory = {
      members: {},
      accounts: {},
      people: {},
      users: [
        { id: "u1", email: "a@x.example", status: "ACTIVE" },
        { id: "u2", email: "b@x.example", status: "SUSPENDED" },
      ],
    };
    directory.people = Object.fromEntries(directory.users!.map((u) => [u.id, u]));
    const impact = computeImpact(facets, directory, {});
    expect(impact.changes[0]?.gains_request).toEqual(["a@x.example"]);
    expect(impact.totals.gaining_request).toBe(1);
  });
});

describe("guardrail hosts", () => {
  it("matches exact hosts and *.domain subdomains only", () => {
    expect(hostAllowed("hooks.acme.example", ["hooks.acme.example"])).toBe(true);
    expect(hostAllowed("eu.audit.acme.example", ["*.audit.acme.example"])).toBe(true);
    expect(hostAllowed("audit.acme.example.evil", ["*.audit.acme.example"])).toBe(false);
    expect(hostAllowed("evilhooks.acme.example", ["hooks.acme.example"])).toBe(false);
  });
});

describe("access impact in rendered plans", () => {
  const names = Array.from({ length: 400 }, (_, i) => `person-${String(i).padStart(4, "0")}@acme.example`);
  const changes: Change[] = Array.from({ length: 300 }, (_, i) => ({ address: `pre_approval_rule.App/Rule ${i}`, kind: "pre_approval_rule", action: "update", id: `r${i}`, diff: [], dependsOn: [] }));
  const access: PlanAccess = {
    impact: {
      changes: changes.map((c) => ({ address: c.address, gains_request: [], loses_request: [], gains_preapproval: names, loses_preapproval: [], loses_access: [], orphaned_requests: [], approvers_added: [], approvers_removed: [] })),
      totals: { gaining_request: 0, losing_request: 0, gaining_preapproval: 400, losing_preapproval: 0, losing_access: 0, orphaned_requests: 0 },
    },
    guardrails: [],
  };
  const big: Plan = { ...plan(changes), access };

  it("keeps Markdown under GitHub's limit, collapsed, with names capped", () => {
    const markdown = renderMarkdown(big);
    expect(markdown.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    expect(markdown).toContain("<details><summary><b>Access impact</b>: 400 people newly pre-approved</summary>");
    expect(markdown).toContain("… 350 more");
    expect(markdown).toMatch(/- … \d+ more; run `lumos-iac plan` for every name/);
  });

  it("adds the access section to the versioned JSON plan", () => {
    const json = JSON.parse(renderJson(big)) as { format_version: string; access: PlanAccess };
    expect(json.format_version).toBe("1");
    expect(json.access.impact.totals.gaining_preapproval).toBe(400);
    expect(json.access.impact.changes[0]?.gains_preapproval).toHaveLength(400);
  });
});
