import { accessPolicyKind } from "./access-policy.ts";
import { appKind } from "./app.ts";
import { appStoreAppKind } from "./appstore-app.ts";
import { inlineWebhookKind } from "./inline-webhook.ts";
import { preApprovalRuleKind } from "./pre-approval-rule.ts";
import { requestablePermissionKind } from "./requestable-permission.ts";
import { syncScheduleKind } from "./sync-schedule.ts";
import type { KindDef } from "./types.ts";
import { userSourcesKind } from "./user-sources.ts";

/** Every kind, keyed by its config key. The schema, plan order and CLI derive from this. */
export const KINDS = {
  apps: appKind,
  appstore_apps: appStoreAppKind,
  requestable_permissions: requestablePermissionKind,
  pre_approval_rules: preApprovalRuleKind,
  access_policies: accessPolicyKind,
  inline_webhooks: inlineWebhookKind,
  user_sources: userSourcesKind,
  sync_schedules: syncScheduleKind,
} as const satisfies Record<string, KindDef>;

export type ConfigKey = keyof typeof KINDS;

export const CONFIG_KEYS = Object.keys(KINDS) as ConfigKey[];

export function kindByName(kind: string): KindDef | undefined {
  return Object.values(KINDS).find((def) => def.kind === kind);
}

/** Config keys in dependency order (each after what it refers to); ties by registry order. */
export const APPLY_ORDER: ConfigKey[] = (() => {
  const order: ConfigKey[] = [];
  const visit = (key: ConfigKey, path: ConfigKey[]): void => {
    if (order.includes(key)) return;
    if (path.includes(key)) throw new Error(`kinds depend on each other in a cycle: ${[...path, key].join(" → ")}`);
    for (const dep of KINDS[key].dependsOn) visit(dep as ConfigKey, [...path, key]);
    order.push(key);
  };
  for (const key of CONFIG_KEYS) visit(key, []);
  return order;
})();
