/** What a plan changes for people, and the guardrails it trips: plain data carried by the plan. */
import type { GuardrailName } from "./guardrail-config.ts";

/** Statuses of requests still waiting for someone (an approver or a manager). */
export const PENDING_REQUEST_STATUSES = ["PENDING", "PENDING_MANAGER_APPROVAL", "MANAGER_APPROVED", "PENDING_APPROVAL"] as const;
/** Statuses of requests whose target holds what they asked for. */
export const GRANTED_REQUEST_STATUSES = ["PROVISIONED"] as const;

export interface DirectoryUser {
  id: string;
  email: string | null;
  /** TEXT custom attributes, when they were read. */
  attributes?: Record<string, string>;
  /** Lifecycle status, when the user list was read: SUSPENDED and INACTIVE people can request nothing. */
  status?: string | null;
}

export interface DirectoryRequest {
  id: string;
  app_id: string;
  permission_ids: string[];
  target: DirectoryUser;
  status: string;
}

/** Facts read for the impact, beyond what the plan itself read. */
export interface ImpactDirectory {
  /** Member user IDs by group ID: only groups the plan touches. */
  members: Record<string, string[]>;
  /** Every user (with attributes when a rule by attribute changes); only when needed. */
  users?: DirectoryUser[];
  /** Pending and granted access requests; only when a change can orphan or remove them. */
  requests?: DirectoryRequest[];
  /** People with an account in each app the plan deletes, by app ID. */
  accounts: Record<string, DirectoryUser[]>;
  /** Everyone the reads above named, for labels. */
  people: Record<string, DirectoryUser>;
}

/** What to read for a plan's impact. All empty for a plan without access-relevant changes. */
export interface ImpactNeeds {
  groups: string[];
  /** Every user: someone's audience is everyone, or a rule by attribute changes. */
  users: boolean;
  /** Users' custom attributes too. */
  attributes: boolean;
  requests: boolean;
  /** Apps whose accounts a delete removes. */
  accountsOf: string[];
}

export interface OrphanedRequest {
  id: string;
  target: string;
  status: string;
}

/** What one change does to people. Lists hold emails (or IDs of people without one), sorted. */
export interface ChangeImpact {
  address: string;
  gains_request: string[];
  loses_request: string[];
  gains_preapproval: string[];
  loses_preapproval: string[];
  /** People holding an account in, or a grant of, what a delete removes. */
  loses_access: string[];
  /** Pending requests left without their object or their approvers. */
  orphaned_requests: OrphanedRequest[];
  /** Approvers as `user alice@…` or `group IT Admins`. */
  approvers_added: string[];
  approvers_removed: string[];
}

export interface AccessImpact {
  changes: ChangeImpact[];
  /** Distinct people over all changes. */
  totals: {
    gaining_request: number;
    losing_request: number;
    gaining_preapproval: number;
    losing_preapproval: number;
    losing_access: number;
    orphaned_requests: number;
  };
}

export interface GuardrailFinding {
  code: string;
  guardrail: GuardrailName;
  level: "error" | "warning";
  address?: string;
  message: string;
  /** Where the configuration says it (file, 1-based line and column). */
  loc?: { file: string; line: number; col: number };
}

/** The access section of a plan: its impact on people and the guardrail findings. */
export interface PlanAccess {
  impact: AccessImpact;
  guardrails: GuardrailFinding[];
  /** Whose change it is, for the self-grant guardrail (absent when unknown). */
  actor?: string;
}
