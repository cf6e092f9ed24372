import type { ActivityEntry, IdentityChange, TokenUser } from "../model/activity.ts";
import type { LumosClient } from "./client.ts";

export type { ActivityEntry, IdentityChange, TokenUser };

const LIMIT = 100;

/**
 * Every activity-log entry since `since`, oldest first: page one at the largest size, then the
 * remaining pages at once. The window keeps the read proportional to the recent activity, not
 * to the tenant's whole history.
 */
export async function readActivity(client: LumosClient, since: Date): Promise<ActivityEntry[]> {
  const page = (offset: number) =>
    client.call(
      "getActivityLogs",
      client.api.GET("/activity_logs", { params: { query: { since: since.toISOString(), limit: LIMIT, offset } } }),
    );
  const first = await page(0);
  const total = typeof first.total === "number" ? first.total : first.items.length;
  const offsets: number[] = [];
  for (let offset = LIMIT; offset < total; offset += LIMIT) offsets.push(offset);
  const rest = await Promise.all(offsets.map(page));
  const entries: ActivityEntry[] = [];
  for (const item of [first, ...rest].flatMap((p) => p.items)) {
    if (typeof item.event_began_at !== "string") continue;
    const actor = item.actor as Record<string, unknown>;
    entries.push({
      hash: item.event_hash,
      eventType: item.event_type,
      event: item.event_type_user_friendly,
      at: item.event_began_at,
      actor: { id: typeof actor.id === "string" ? actor.id : null, email: typeof actor.email === "string" ? actor.email : null },
      targets: (item.targets as Record<string, unknown>[]).flatMap((t) => (typeof t.id === "string" ? [t.id] : [])),
    });
  }
  // Lumos does not promise an order; attribution reads them by time.
  return [...new Map(entries.map((e) => [e.hash, e])).values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export async function readTokenUser(client: LumosClient): Promise<TokenUser> {
  const user = await client.call("currentUser", client.api.GET("/users/current"));
  return { id: user.id, email: user.email ?? null };
}

/** The identity events of these people since `since`, following the cursor; none asked, none read. */
export async function readIdentityChanges(client: LumosClient, userIds: readonly string[], since: Date): Promise<IdentityChange[]> {
  if (userIds.length === 0) return [];
  const out: IdentityChange[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.call(
      "getIdentityEvents",
      client.api.GET("/identity_events", {
        params: { query: { identity_ids: [...userIds], start_time: since.toISOString(), limit: LIMIT, ...(cursor ? { cursor } : {}) } },
      }),
    );
    for (const event of page.identity_events) {
      out.push({ userId: event.user_id, at: event.detected_time, field: event.changed_field, before: event.old_field_value ?? null, after: event.new_field_value ?? null });
    }
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return out.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
