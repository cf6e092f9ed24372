import { accessCollections } from "../../src/simulator/routes/access.ts";
import { seedId } from "../../src/simulator/seed.ts";
import type { Simulator } from "../../src/simulator/server.ts";

/** The demo tenant's user ID of an email. */
export const demoUser = (email: string): string => seedId("acme-demo", "user", email);

/** An access request made "in the AppStore" by a person for themselves, for a permission of the tenant (by label). */
export function accessRequest(sim: Simulator, label: string, target: string, status: "PROVISIONED" | "PENDING_APPROVAL" | "DENIED"): void {
  const permission = sim.tenant.permissions.all().find((p) => p.label === label)!;
  const id = `request-${label}-${target}`.replace(/\W+/g, "-");
  accessCollections(sim.tenant).requests.put(id, {
    id,
    app_id: permission.app_id,
    requester_user_id: demoUser(target),
    target_user_id: demoUser(target),
    status,
    permission_ids: [permission.id],
    requested_at: "2026-06-01T10:00:00Z",
    expiration_in_seconds: null,
  });
}
