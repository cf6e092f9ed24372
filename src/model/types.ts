/**
 * The data that flows through the pipeline: sources → DesiredState → (live) LiveState →
 * Plan. Everything here is plain, serialisable data.
 */
import type { PlanAccess } from "./access.ts";

/** Where something was written: 1-based line and column. */
export interface SourceLocation {
  file: string;
  line: number;
  col: number;
}

/** Something wrong in the configuration, and where. */
export interface Problem {
  loc: SourceLocation;
  message: string;
  /** A stable code, for problems that are not plain configuration mistakes (guardrails). */
  code?: string;
}

/** A reference to another Lumos object, by ID, or to one this plan creates first. */
export type Ref = { $ref: RefKind; id: string } | { $ref: RefKind; pending: string };

export type RefKind = "app" | "user" | "group" | "permission" | "webhook";

/** A value written as `${env:NAME}` or `${file:PATH}` in a sensitive field. */
export interface Secret {
  $secret: string;
}

/** One object as the user declared it: names, not IDs. */
export interface DesiredObject {
  kind: string;
  /** Natural key, e.g. `Payroll/Payroll Admin`. */
  key: string;
  /** `kind.key`, e.g. `requestable_permission.Payroll/Payroll Admin`. */
  address: string;
  spec: Record<string, unknown>;
  loc: SourceLocation;
  /** Pinned with `id:` in the config. */
  id?: string;
}

/**
 * How a Terraform data source finds the object a reference names: the provider's own
 * arguments, checked against the live tenant where names are resolved. References written in
 * YAML have none (they name the object).
 */
export interface Lookup {
  kind: RefKind;
  /** The data source instance, e.g. `data.lumos_apps.okta`. */
  source: string;
  /** Where its search argument is written. */
  loc: SourceLocation;
  /** The search argument's name (`name_search`, `name`, `search_term`) and value. */
  argument: string;
  search: string;
  /** exact_match; left out it is false, the API's default: a case-insensitive substring search. */
  exact: boolean;
  /** lumos_apps: only apps connected this way; the provider sends "API" when it is left out. */
  connectionSource?: "API" | "UI";
  /** Whether connection_source was left out (and "API" assumed). */
  connectionSourceDefaulted?: boolean;
  /** lumos_groups: the lookup of the app its app_id refers to, when that is a data source. */
  app?: Lookup;
}

/** The lookups behind references that came from data sources. */
export interface Lookups {
  /** The lookup behind the reference at a field of a declared object, if any. */
  at(address: string, path: readonly (string | number)[]): Lookup | undefined;
  /** Whether some lookup filters apps by connection source (the API-managed set is then read). */
  apps: boolean;
}

/** The address `DesiredState.locate` takes for a path under the project file's `prune`. */
export const PRUNE_ADDRESS = "prune";

export interface DesiredState {
  objects: DesiredObject[];
  /** Data-source lookups (Terraform sources); absent when every reference is a plain name. */
  lookups?: Lookups;
  /** Per-kind pruning: true, or only for these app names. */
  prune: Record<string, boolean | { apps: string[] }>;
  /** Locates a field for error messages: (object address, dotted path) → location. */
  locate: (address: string, path: (string | number)[]) => SourceLocation;
}

/** An object read from the tenant, as the API returned it. */
export interface LiveObject {
  kind: string;
  id: string;
  data: Record<string, unknown>;
}

export interface LiveState {
  /** Kinds that were read; a kind not read is never planned against. */
  kinds: Record<string, LiveObject[]>;
  /** Apps connected through the API (the only apps the tool may delete). */
  managedAppIds?: string[];
  users: { id: string; email: string | null; given_name?: string | null; family_name?: string | null; status?: string | null }[];
  groups: { id: string; name: string | null; app_id: string | null }[];
  /** Kinds whose extension operations the server does not serve. */
  unsupported: Record<string, string>;
  /** Lumos's app categories (GET /apps/categories), when a declared app sets one. */
  categories?: string[];
  /** Connection schemas of integrations the plan would connect, by app_class_id. */
  connectionSchemas: Record<string, { auth_schema: Record<string, unknown>; settings_schema: Record<string, unknown> }>;
}

export type Action = "create" | "update" | "replace" | "delete";

export interface FieldDiff {
  path: string;
  before?: unknown;
  after?: unknown;
}

export interface Change {
  address: string;
  kind: string;
  action: Action;
  /** The live object's ID (absent for creates). */
  id?: string;
  diff: FieldDiff[];
  /** What apply sends: API-shaped, with Refs and Secrets still symbolic. */
  payload?: Record<string, unknown>;
  /** Extra request for integrations: reconnect with credentials. */
  reconnect?: Record<string, unknown>;
  /** Human notes: why a replace, a skipped delete, … */
  notes?: string[];
  /** Addresses this change waits for. */
  dependsOn: string[];
  /**
   * A create that may arrive with the first sync of an integration connected in the same run
   * (the app's address): apply waits for that sync and adopts what it brought instead.
   */
  adoptAfterSync?: string;
}

export interface Plan {
  format_version: "1";
  changes: Change[];
  unchanged: number;
  /**
   * sha256 of every live object the plan read, by address (null = it did not exist). Computed
   * only for plans that are saved (`plan --out`), the one use of it.
   */
  fingerprints?: Record<string, string | null>;
  /** Labels for IDs, so saved plans render the same way. */
  labels: Record<string, string>;
  warnings: string[];
  /** Changes the plan found but --target/--exclude left out (so "no changes" is not claimed). */
  unselected?: number;
  /** Whose `vars` filled `${var:NAME}`: the environment, and the variables declared (when any are). */
  variables?: { environment: string; names: string[] };
  /** Declared kinds left out with --skip-unsupported: the server cannot serve them. */
  skipped?: { kind: string; count: number; reason: string }[];
  /** What the changes do to people, and the identity guardrails they trip (when anything). */
  access?: PlanAccess;
  /**
   * Live objects of each pruned kind the tool may delete: within what prune covers (the apps it
   * names), and in all; what the delete percentage counts against.
   */
  managed?: Record<string, { inScope: number; all: number }>;
}

export interface PlanSummary {
  create: number;
  update: number;
  replace: number;
  delete: number;
  unchanged: number;
}
