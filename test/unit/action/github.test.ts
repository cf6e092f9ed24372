import { describe, expect, it } from "vitest";
import { GitHubRest } from "../../../src/action/github.ts";

function recording(answer: (url: string, init: RequestInit) => Response) {
  const calls: { url: string; method: string; body: unknown; auth: string | null }[] = [];
  const fetch = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, method: init.method ?? "GET", body: init.body === undefined ? undefined : JSON.parse(String(init.body)), auth: new Headers(init.headers).get("authorization") });
    return answer(url, init);
  }) as typeof globalThis.fetch;
  return { calls, github: new GitHubRest({ token: "ghs_x", repository: "acme/tenant", apiUrl: "https://ghe.example/api/v3/", fetch }) };
}

const json = (value: unknown, status = 200) => new Response(JSON.stringify(value), { status, headers: { "content-type": "application/json" } });

describe("GitHubRest", () => {
  it("reads every page of comments, with the token, from the configured API", async () => {
    const page = (n: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: n * 1000 + i, body: `c${i}` }));
    const { calls, github } = recording((url) => json(url.endsWith("&page=1") ? page(1, 100) : page(2, 3)));
    const comments = await github.listIssueComments(7);
    expect(comments).toHaveLength(103);
    expect(calls.map((c) => c.url)).toEqual([
      "https://ghe.example/api/v3/repos/acme/tenant/issues/7/comments?per_page=100&page=1",
      "https://ghe.example/api/v3/repos/acme/tenant/issues/7/comments?per_page=100&page=2",
    ]);
    expect(calls.every((c) => c.auth === "Bearer ghs_x")).toBe(true);
  });

  it("maps pull requests of a commit and artifacts, and leaves pull requests out of issues", async () => {
    const { calls, github } = recording((url) => {
      if (url.includes("/commits/")) return json([{ number: 7, head: { sha: "h" }, merge_commit_sha: "m", merged_at: "2026-01-01T00:00:00Z" }, { number: 8, head: { sha: "g" }, merge_commit_sha: null, merged_at: null }]);
      if (url.includes("/actions/artifacts")) return json({ artifacts: [{ id: 3, name: "lumos-plan-prod-pr7", expired: false, created_at: "t", workflow_run: { id: 41, head_sha: "h" } }, { id: 4, name: "x", expired: false, created_at: "t", workflow_run: null }] });
      return json([{ number: 1, body: "drift" }, { number: 2, body: "a PR", pull_request: {} }]);
    });
    expect(await github.pullRequestsOfCommit("m")).toEqual([
      { number: 7, headSha: "h", mergeCommitSha: "m", merged: true },
      { number: 8, headSha: "g", mergeCommitSha: null, merged: false },
    ]);
    expect(await github.listArtifacts("lumos-plan-prod-pr7")).toEqual([{ id: 3, name: "lumos-plan-prod-pr7", expired: false, createdAt: "t", runId: 41, headSha: "h" }]);
    expect(calls[1]!.url).toBe("https://ghe.example/api/v3/repos/acme/tenant/actions/artifacts?name=lumos-plan-prod-pr7&per_page=100&page=1");
    expect(await github.listOpenIssues("lumos drift")).toEqual([{ number: 1, body: "drift" }]);
    expect(calls[2]!.url).toContain("/issues?state=open&labels=lumos%20drift&per_page=100");
  });

  it("writes comments and issues, and names a missing permission when GitHub refuses", async () => {
    const { calls, github } = recording((url, init) => {
      if (init.method === "POST" && url.endsWith("/issues")) return json({ message: "Resource not accessible by integration" }, 403);
      return json({ id: 9, number: 9 }, init.method === "POST" ? 201 : 200);
    });
    expect(await github.createIssueComment(7, "hello")).toBe(9);
    await github.updateIssueComment(9, "again");
    await github.closeIssue(4);
    expect(calls.map((c) => [c.method, c.url.replace("https://ghe.example/api/v3/repos/acme/tenant", ""), c.body])).toEqual([
      ["POST", "/issues/7/comments", { body: "hello" }],
      ["PATCH", "/issues/comments/9", { body: "again" }],
      ["PATCH", "/issues/4", { state: "closed", state_reason: "completed" }],
    ]);
    await expect(github.createIssue("t", "b", ["lumos-drift"])).rejects.toThrow(
      "GitHub POST /issues answered 403 (does the workflow grant the permission this needs: pull-requests, issues or actions?)",
    );
  });
});
