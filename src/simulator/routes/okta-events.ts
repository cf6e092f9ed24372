import type { Tenant } from "../tenant.ts";

/** What applying one delivery did, for the answer and for tests. */
export interface OktaEventsOutcome {
  applied: number;
  ignored: number;
}

interface OktaTarget {
  id?: unknown;
  type?: unknown;
  alternateId?: unknown;
  displayName?: unknown;
}

/**
 * Lumos's `/events/okta`: Okta event-hook deliveries applied to the Lumos groups of the
 * connected Okta integration at once, without a sync. A group is matched by its Okta ID
 * (integration_specific_id); a member by email, and only when Lumos already knows the user —
 * people new to Okta reach Lumos with the next sync.
 */
export function applyOktaEvents(tenant: Tenant, events: unknown[]): OktaEventsOutcome {
  const outcome: OktaEventsOutcome = { applied: 0, ignored: 0 };
  const okta = [...tenant.apps.values()].find((app) => app.app_class_id === "okta.com" && !app.disconnected);
  if (!okta) {
    outcome.ignored = events.length;
    return outcome;
  }
  const groupOf = (oktaId: string) => [...tenant.groups.values()].find((g) => g.app_id === okta.id && g.integration_specific_id === oktaId);
  const userOf = (email: string) => [...tenant.users.values()].find((u) => u.email?.toLowerCase() === email.toLowerCase());
  for (const raw of events) {
    const event = typeof raw === "object" && raw !== null ? (raw as { eventType?: unknown; target?: unknown }) : {};
    const targets = (Array.isArray(event.target) ? event.target : []) as OktaTarget[];
    const groupTarget = targets.find((t) => t.type === "UserGroup");
    const userTarget = targets.find((t) => t.type === "User");
    const groupId = typeof groupTarget?.id === "string" ? groupTarget.id : undefined;
    const name = typeof groupTarget?.displayName === "string" ? groupTarget.displayName : undefined;
    const group = groupId ? groupOf(groupId) : undefined;
    let applied = false;
    switch (event.eventType) {
      case "group.lifecycle.create":
        if (groupId && name && !group) {
          const id = tenant.newId();
          tenant.groups.put(id, { id, app_id: okta.id, integration_specific_id: groupId, name, group_lifecycle: "SYNCED", source_app_id: okta.id, member_ids: [] });
          applied = true;
        }
        break;
      case "group.profile.update":
        if (group && name) {
          tenant.groups.put(group.id, { ...structuredClone(group), name });
          applied = true;
        }
        break;
      case "group.lifecycle.delete":
        if (group) applied = tenant.groups.delete(group.id);
        break;
      case "group.user_membership.add":
      case "group.user_membership.remove": {
        const user = typeof userTarget?.alternateId === "string" ? userOf(userTarget.alternateId) : undefined;
        if (!group || !user) break;
        const members = group.member_ids.filter((id) => id !== user.id);
        if (event.eventType === "group.user_membership.add") members.push(user.id);
        tenant.groups.put(group.id, { ...structuredClone(group), member_ids: members });
        applied = true;
        break;
      }
      default:
        // App assignments to groups change no Lumos group; other event types are not Lumos's.
        break;
    }
    if (applied) outcome.applied++;
    else outcome.ignored++;
  }
  return outcome;
}
