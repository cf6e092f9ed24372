/** What the tenant's logs say happened: plain data read by remote/, attributed by plan/. */

/** One activity-log entry, reduced to what attribution needs. */
export interface ActivityEntry {
  hash: string;
  eventType: string;
  /** Lumos's readable name of the event, e.g. "requestable permission updated". */
  event: string;
  /** ISO-8601; entries without a time are dropped (they cannot be placed). */
  at: string;
  actor: { id: string | null; email: string | null };
  /** IDs of the objects the entry touched. */
  targets: string[];
}

/** The person the API token acts as (GET /users/current). */
export interface TokenUser {
  id: string;
  email: string | null;
}

/** A change to one attribute of a person (GET /identity_events). */
export interface IdentityChange {
  userId: string;
  at: string;
  field: string;
  before: string | null;
  after: string | null;
}
