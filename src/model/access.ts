/** What a plan changes for people, and the guardrails it trips: plain data carried by the plan. */
import type { GuardrailName } from "./guardrail-config.ts";
import type { SourceLocation } from "./types.ts";

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
  loc?: SourceLocation;
}

/** The access section of a plan: its impact on people and the guardrail findings. */
export interface PlanAccess {
  impact: AccessImpact;
  guardrails: GuardrailFinding[];
  /** Whose change it is, for the self-grant guardrail (absent when unknown). */
  actor?: string;
}
