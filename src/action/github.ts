// The GitHub REST calls of the action, on Node's fetch: a handful of endpoints does not need a client library.
import type { ArtifactInfo, GitHubApi, PullRequestOfCommit } from "./action.ts";

export interface GitHubRestOptions {
  token: string;
  /** owner/name */
  repository: string;
  /** GITHUB_API_URL; https://api.github.com by default. */
  apiUrl?: string;
  fetch?: typeof fetch;
}

const PAGE = 100;

export class GitHubRest implements GitHubApi {
  private readonly base: string;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: GitHubRestOptions) {
    this.base = `${(options.apiUrl ?? "https://api.github.com").replace(/\/$/, "")}/repos/${options.repository}`;
    this.fetch = options.fetch ?? fetch;
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.fetch(`${this.base}${path}`, {
      method,
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${this.options.token}`,
        "x-github-api-version": "2022-11-28",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) {
      const text = await response.text().catch(() => "");
      const hint = response.status === 403 || response.status === 404 ? " (does the workflow grant the permission this needs: pull-requests, issues or actions?)" : "";
      throw new Error(`GitHub ${method} ${path.split("?")[0]} answered ${response.status}${hint}: ${text.slice(0, 300)}`);
    }
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  /** Every page of a list endpoint. */
  private async all<T, R = T[]>(path: string, items: (page: R) => T[] = (page) => page as unknown as T[]): Promise<T[]> {
    const out: T[] = [];
    for (let page = 1; ; page++) {
      const got = items(await this.request<R>("GET", `${path}${path.includes("?") ? "&" : "?"}per_page=${PAGE}&page=${page}`));
      out.push(...got);
      // 100 pages (10,000 items) is far past what a pull request or a label holds.
      if (got.length < PAGE || page >= 100) return out;
    }
  }

  async listIssueComments(issue: number): Promise<{ id: number; body: string }[]> {
    const comments = await this.all<{ id: number; body?: string | null }>(`/issues/${issue}/comments`);
    return comments.map((c) => ({ id: c.id, body: c.body ?? "" }));
  }

  async createIssueComment(issue: number, body: string): Promise<number> {
    return (await this.request<{ id: number }>("POST", `/issues/${issue}/comments`, { body })).id;
  }

  async updateIssueComment(id: number, body: string): Promise<void> {
    await this.request("PATCH", `/issues/comments/${id}`, { body });
  }

  async pullRequestsOfCommit(sha: string): Promise<PullRequestOfCommit[]> {
    const pulls = await this.all<{ number: number; head: { sha: string }; merge_commit_sha: string | null; merged_at: string | null }>(`/commits/${sha}/pulls`);
    return pulls.map((p) => ({ number: p.number, headSha: p.head.sha, mergeCommitSha: p.merge_commit_sha, merged: p.merged_at !== null }));
  }

  async listArtifacts(name: string): Promise<ArtifactInfo[]> {
    type Page = { artifacts: { id: number; name: string; expired: boolean; created_at: string | null; workflow_run?: { id?: number; head_sha?: string } | null }[] };
    const artifacts = await this.all<Page["artifacts"][number], Page>(`/actions/artifacts?name=${encodeURIComponent(name)}`, (page) => page.artifacts);
    return artifacts.flatMap((a) =>
      a.workflow_run?.id === undefined || a.workflow_run.head_sha === undefined
        ? []
        : [{ id: a.id, name: a.name, expired: a.expired, createdAt: a.created_at ?? "", runId: a.workflow_run.id, headSha: a.workflow_run.head_sha }],
    );
  }

  async listOpenIssues(label: string): Promise<{ number: number; body: string }[]> {
    const issues = await this.all<{ number: number; body?: string | null; pull_request?: unknown }>(`/issues?state=open&labels=${encodeURIComponent(label)}`);
    return issues.filter((i) => i.pull_request === undefined).map((i) => ({ number: i.number, body: i.body ?? "" }));
  }

  async createIssue(title: string, body: string, labels: string[]): Promise<number> {
    return (await this.request<{ number: number }>("POST", "/issues", { title, body, labels })).number;
  }

  async closeIssue(issue: number): Promise<void> {
    await this.request("PATCH", `/issues/${issue}`, { state: "closed", state_reason: "completed" });
  }
}
