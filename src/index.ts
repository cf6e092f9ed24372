/**
 * lumos-iac as a library: load a configuration, plan it against a tenant, apply the plan.
 *
 *   const loaded = loadConfig("lumos.config.yaml");
 *   const target = await openTarget(loaded, { env: "production" });
 *   const { plan } = await planAgainst(loaded, target);
 *   console.log(renderText(plan, { color: false }));
 *   await applyPlan(plan, target.client, { secret: secretReader(process.env, loaded.secrets) });
 */
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
export { buildConfigSchema } from "./load/config-schema.ts";
export { loadConfig, loadConfigAsync, type LoadedConfig, type ProjectSettings } from "./load/load-config.ts";
export type * from "./model/types.ts";
export { computePlan, type PlanOptions } from "./plan/compute-plan.ts";
export { planToJson, renderJson } from "./plan/render-json.ts";
export { renderMarkdown } from "./plan/render-markdown.ts";
export { renderText } from "./plan/render-text.ts";
export { checkDeletes, type DeleteLimits } from "./plan/safety.ts";
export { checkNotStale, readSavedPlan, savePlan, type SavedPlan } from "./plan/saved-plan.ts";
export { summarise } from "./plan/summary.ts";
export { LumosClient, type LumosClientOptions, type Page } from "./remote/client.ts";
export { needsFor, readLive, type ReadNeeds } from "./remote/read-live.ts";
export { openTarget, planAgainst, secretReader, type PlanRun, type Target } from "./session.ts";
export { Simulator, type SimulatorOptions } from "./simulator/server.ts";
export { desiredFromDocuments, exportTerraform, type ExportFormat, type ExportResult } from "./terraform/export.ts";
export { printHcl, toTerraformJson, type TfDocument } from "./terraform/hcl-printer.ts";
export { readTfState, type StateResource } from "./terraform/from-tfstate.ts";
