/**
 * lumos-iac as a library: load a configuration, plan it against a tenant, apply the plan.
 *
 *   const loaded = loadConfig("lumos.config.yaml");
 *   const target = await openTarget(loaded, { env: "production" });
 *   const run = await planAgainst(loaded, target);
 *   run.plan.access = (await assessAccess(run, loaded, target.client)).access; // who gains or loses what
 *   const { plan } = run;
 *   console.log(renderText(plan, { color: false }));
 *   await applyPlan(plan, target.client, { secret: secretReader(process.env, loaded.secrets) });
 */
export { assessAccess, type AccessOptions, type AccessOutcome } from "./assess-access.ts";
export { applyPlan, type ApplyOptions, type ApplyResult, type ChangeResult } from "./apply/apply-plan.ts";
export {
  AmbiguousWriteError,
  ConfigError,
  ConfigValidationError,
  LumosIacError,
  RemoteError,
  UnsafePlanError,
  UsageError,
} from "./errors.ts";
export { exportTenant } from "./import/export-tenant.ts";
export { APPLY_ORDER, CONFIG_KEYS, KINDS, type ConfigKey } from "./kinds/registry.ts";
export type { KindDef } from "./kinds/types.ts";
export { adoptDrift, type AdoptResult } from "./import/adopt.ts";
export { buildConfigSchema } from "./load/config-schema.ts";
export { loadConfig, loadConfigAsync, type LoadedConfig, type ProjectSettings } from "./load/load-config.ts";
export type * from "./model/access.ts";
export type * from "./model/types.ts";
export type { GuardrailConfig, GuardrailLevel, GuardrailName } from "./model/guardrail-config.ts";
export { computePlan, type PlanOptions } from "./plan/compute-plan.ts";
export { attributeDrift, driftMarkdown, driftText, type Attribution, type DriftedObject, type DriftReport } from "./plan/drift-report.ts";
export { planToJson, renderJson } from "./plan/render-json.ts";
export { renderMarkdown } from "./plan/render-markdown.ts";
export { renderText } from "./plan/render-text.ts";
export { checkGuardrails, type Actor, type GuardrailInput } from "./plan/guardrails.ts";
export { changeFacets, computeImpact, impactNeeds, type ImpactDirectory, type ImpactNeeds } from "./plan/impact.ts";
export { checkDeletes, deleteBases, type DeleteLimits } from "./plan/safety.ts";
export { checkNotStale, readSavedPlan, savePlan, type SavedPlan } from "./plan/saved-plan.ts";
export { summarise } from "./plan/summary.ts";
export { readActivity, readTokenUser, type ActivityEntry, type TokenUser } from "./remote/activity.ts";
export { LumosClient, type LumosClientOptions, type Page } from "./remote/client.ts";
export { readImpactDirectory } from "./remote/read-impact.ts";
export { needsFor, readLive, type ReadNeeds } from "./remote/read-live.ts";
export { openTarget, planAgainst, secretReader, type PlanRun, type Target } from "./session.ts";
export { Simulator, type SimulatorOptions } from "./simulator/server.ts";
export { desiredFromDocuments, exportTerraform, type ExportResult } from "./terraform/export.ts";
export type { ExportFormat } from "./terraform/formats.ts";
export { printHcl, toTerraformJson, type TfDocument } from "./terraform/hcl-printer.ts";
export { readTfState, type StateResource } from "./terraform/from-tfstate.ts";
