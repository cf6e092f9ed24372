import { found } from "../http-error.ts";
import type { Schemas } from "../records.ts";
import type { Tenant } from "../tenant.ts";
import { renderUserWithAttributes } from "./access.ts";
import { matchesName, ok, paginate, type Routes } from "./types.ts";

export function directoryRoutes(tenant: Tenant): Routes {
  return {
    listUsers: ({ query }) => {
      const items: Schemas["UserWithCustomAttributes"][] = [];
      const search = typeof query.search_term === "string" ? query.search_term : "";
      for (const user of tenant.users.values()) {
        if (search) {
          const fields = [user.email, user.given_name, user.family_name, [user.given_name, user.family_name].join(" ")];
          if (!fields.some((field) => matchesName(field, search, query.exact_match))) continue;
        }
        items.push(renderUserWithAttributes(tenant, user, query.expand));
      }
      return paginate(items, query);
    },

    currentUser: () => {
      const user = found(tenant.currentUser(), "User", "current");
      return ok(tenant.renderUser(user));
    },

    getUser: ({ path, query }) => {
      const user = found(tenant.users.get(path.user_id ?? ""), "User", path.user_id ?? "");
      return ok(renderUserWithAttributes(tenant, user, query.expand));
    },

    getGroups: ({ query }) => {
      const items: Schemas["Group"][] = [];
      for (const group of tenant.groups.values()) {
        if (!matchesName(group.name, query.name, query.exact_match)) continue;
        if (typeof query.app_id === "string" && group.app_id !== query.app_id) continue;
        if (typeof query.integration_specific_id === "string" && group.integration_specific_id !== query.integration_specific_id) continue;
        items.push(tenant.renderGroup(group));
      }
      return paginate(items, query);
    },

    getGroup: ({ path }) => {
      const group = found(tenant.groups.get(path.group_id ?? ""), "Group", path.group_id ?? "");
      return ok(tenant.renderGroup(group));
    },

    getGroupMembership: ({ path, query }) => {
      const group = found(tenant.groups.get(path.group_id ?? ""), "Group", path.group_id ?? "");
      const members = group.member_ids.flatMap((id) => {
        const user = tenant.users.get(id);
        return user ? [tenant.renderUser(user)] : [];
      });
      return paginate(members, query);
    },

    getActivityLogs: ({ query }) => {
      const since = typeof query.since === "string" ? Date.parse(query.since) : -Infinity;
      const until = typeof query.until === "string" ? Date.parse(query.until) : Infinity;
      const limit = typeof query.limit === "number" ? query.limit : 50;
      const offset = typeof query.offset === "number" ? query.offset : 0;
      const entries = tenant.activity.all().filter((entry) => {
        const at = Date.parse(entry.event_began_at);
        return at >= since && at <= until;
      });
      const link = (o: number) => `/activity_logs?limit=${limit}&offset=${o}`;
      return ok({
        items: entries.slice(offset, offset + limit),
        total: entries.length,
        limit,
        offset,
        links: {
          first: link(0),
          last: link(Math.max(0, Math.floor((entries.length - 1) / limit) * limit)),
          self: link(offset),
          next: offset + limit < entries.length ? link(offset + limit) : null,
          prev: offset > 0 ? link(Math.max(0, offset - limit)) : null,
        },
      });
    },

    getIdentityEvents: ({ query }) => {
      const ids = Array.isArray(query.identity_ids) ? new Set(query.identity_ids as string[]) : undefined;
      const fields = Array.isArray(query.changed_fields) ? new Set(query.changed_fields as string[]) : undefined;
      const start = typeof query.start_time === "string" ? Date.parse(query.start_time) : -Infinity;
      const end = typeof query.end_time === "string" ? Date.parse(query.end_time) : Infinity;
      const limit = typeof query.limit === "number" ? Math.max(1, query.limit) : 100;
      // The cursor is opaque to clients; here it is the offset of the next page.
      const offset = typeof query.cursor === "string" && /^\d+$/.test(query.cursor) ? Number(query.cursor) : 0;
      const events = tenant.identityEvents.all().filter((event) => {
        const at = Date.parse(event.detected_time);
        return (!ids || ids.has(event.user_id)) && (!fields || fields.has(event.changed_field)) && at >= start && at <= end;
      });
      return ok({
        identity_events: events.slice(offset, offset + limit),
        next_cursor: offset + limit < events.length ? String(offset + limit) : null,
        total_count: events.length,
      });
    },

    "Lumos liveness check": () => ok({ status: "ok", server: "lumos-iac simulator" }),
  };
}
