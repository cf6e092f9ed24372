import { accessPolicyKind } from "./access-policy.ts";
import { appKind } from "./app.ts";
import { appStoreAppKind } from "./appstore-app.ts";
import { inlineWebhookKind } from "./inline-webhook.ts";
import { oktaEventHookKind } from "./okta-event-hook.ts";
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
  okta_event_hooks: oktaEventHookKind,
} as const satisfies Record<string, KindDef>;

export type ConfigKey = keyof typeof KINDS;

export const CONFIG_KEYS = Object.keys(KINDS) as ConfigKey[];

const KEY_OF_KIND = new Map(CONFIG_KEYS.map((key) => [KINDS[key].kind, key]));

/** The config key of a kind name (`requestable_permission` → `requestable_permissions`). */
export function configKeyOf(kind: string): ConfigKey {
  const key = KEY_OF_KIND.get(kind);
  if (!key) throw new Error(`unknown kind ${kind}`);
  return key;
}

/** `kind.key`, or just the kind for a singleton. */
export function addressOf(def: KindDef, key: string): string {
  return def.singleton ? def.kind : `${def.kind}.${key}`;
}

/** A kind and everything it refers to, directly or not. */
export function withDependencies(key: ConfigKey): ConfigKey[] {
  const out = new Set<ConfigKey>();
  const visit = (k: ConfigKey): void => {
    if (out.has(k)) return;
    out.add(k);
    for (const dep of KINDS[k].dependsOn) visit(dep as ConfigKey);
  };
  visit(key);
  return [...out];
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
