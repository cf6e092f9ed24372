import type { SourceLocation } from "./types.ts";

/** The `guardrails:` settings of the project file, as the loader hands them to the planner. */

export const GUARDRAILS = ["self_grant", "last_approver", "self_approval", "separation_of_duties", "webhook_host"] as const;
export type GuardrailName = (typeof GUARDRAILS)[number];
export type GuardrailLevel = "error" | "warning" | "off";

export const GUARDRAIL_CODES: Record<GuardrailName, string> = {
  self_grant: "GUARDRAIL_SELF_GRANT",
  last_approver: "GUARDRAIL_LAST_APPROVER",
  self_approval: "GUARDRAIL_SELF_APPROVAL",
  separation_of_duties: "GUARDRAIL_SEPARATION_OF_DUTIES",
  webhook_host: "GUARDRAIL_WEBHOOK_HOST",
};

export const DEFAULT_LEVELS: Record<GuardrailName, Exclude<GuardrailLevel, "off">> = {
  self_grant: "error",
  last_approver: "error",
  self_approval: "warning",
  separation_of_duties: "error",
  webhook_host: "error",
};

export interface SeparationRule {
  /** Permissions as `App/Label`. */
  permissions: string[];
  message?: string;
  /** Where each of `permissions` is written in the project file. */
  locs?: SourceLocation[];
}

export interface GuardrailConfig {
  /** GitHub login → email, to know who the change's author is in CI. */
  actors: Record<string, string>;
  levels: Record<GuardrailName, GuardrailLevel>;
  separationOfDuties: SeparationRule[];
  /** Hosts inline webhooks may point at (`hooks.acme.example`, `*.acme.example`); unset = any. */
  webhookHosts?: string[];
}

export const NO_GUARDRAIL_CONFIG: GuardrailConfig = { actors: {}, levels: { ...DEFAULT_LEVELS }, separationOfDuties: [] };
