import type { ValidationIssue } from "./contract.ts";

/**
 * Lumos takes references as small objects (`{id}`, or a group by `app_id` +
 * `integration_specific_id`) and answers with the referenced objects expanded. The simulator
 * stores bare IDs; these walks convert in both directions by field name, so one rule covers
 * AppStore settings, requestable permissions and pre-approval rules alike.
 */
export type RefKind = "group" | "user" | "permission" | "webhook";

const LIST_FIELDS: Record<string, RefKind> = {
  groups: "group",
  preapproved_groups: "group",
  users: "user",
  preapproved_permissions: "permission",
  preapproval_webhooks: "webhook",
};

const SINGLE_FIELDS: Record<string, RefKind> = {
  provisioning_group: "group",
  default_permission: "permission",
  provisioning_webhook: "webhook",
  access_removal_inline_webhook: "webhook",
  request_validation_inline_webhook: "webhook",
};

/** The hook type each webhook slot takes; Lumos refuses a webhook of another type there. */
const WEBHOOK_SLOT_TYPES: Record<string, string> = {
  request_validation_inline_webhook: "REQUEST_VALIDATION",
  provisioning_webhook: "PROVISION",
  access_removal_inline_webhook: "DEPROVISION",
  preapproval_webhooks: "PRE_APPROVAL",
};

/** Fields whose order Lumos does not keep: answered in a different order each time. */
const UNORDERED_FIELDS = new Set([...Object.keys(LIST_FIELDS), "preapproved_users_by_attribute"]);

export interface RefResolver {
  /** The ID of the referenced object, or undefined when it does not exist. */
  resolve(kind: RefKind, ref: Record<string, unknown>): string | undefined;
  /** The hook type of an existing inline webhook. */
  hookType(id: string): string | undefined;
}

export interface RefRenderer {
  /** The expanded object, or undefined when it no longer exists. */
  render(kind: RefKind, id: string): unknown;
  shuffle<T>(items: T[]): T[];
}

/** Input references → stored IDs. Unknown references are collected as 422 issues. */
export function storeRefs(input: unknown, loc: (string | number)[], resolver: RefResolver, issues: ValidationIssue[]): unknown {
  if (Array.isArray(input)) return input.map((item, index) => storeRefs(item, [...loc, index], resolver, issues));
  if (!isRecord(input)) return input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const here = [...loc, key];
    const listKind = LIST_FIELDS[key];
    const singleKind = SINGLE_FIELDS[key];
    if (listKind && Array.isArray(value)) {
      out[key] = value.map((ref, index) => resolveOne(listKind, ref, [...here, index], resolver, issues, WEBHOOK_SLOT_TYPES[key]));
    } else if (singleKind && (isRecord(value) || value === null)) {
      out[key] = value === null ? null : resolveOne(singleKind, value, here, resolver, issues, WEBHOOK_SLOT_TYPES[key]);
    } else {
      out[key] = storeRefs(value, here, resolver, issues);
    }
  }
  return out;
}

function resolveOne(
  kind: RefKind,
  ref: unknown,
  loc: (string | number)[],
  resolver: RefResolver,
  issues: ValidationIssue[],
  hookType: string | undefined,
): string {
  const id = isRecord(ref) ? resolver.resolve(kind, ref) : undefined;
  if (id === undefined) {
    issues.push({ loc, msg: `Value error, unknown ${kind}: ${JSON.stringify(ref)}`, type: "value_error" });
    return "";
  }
  const actual = kind === "webhook" && hookType ? resolver.hookType(id) : undefined;
  if (actual !== undefined && actual !== hookType) {
    const slot = loc.filter((part) => typeof part === "string").at(-1);
    issues.push({ loc, msg: `Value error, inline webhook ${id} is a ${actual} hook; ${String(slot)} takes a ${hookType} hook`, type: "value_error" });
  }
  return id;
}

/** Stored IDs → expanded objects, with unordered collections shuffled. */
export function renderRefs(stored: unknown, renderer: RefRenderer): unknown {
  if (Array.isArray(stored)) return stored.map((item) => renderRefs(item, renderer));
  if (!isRecord(stored)) return stored;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) {
    const listKind = LIST_FIELDS[key];
    const singleKind = SINGLE_FIELDS[key];
    let rendered: unknown;
    if (listKind && Array.isArray(value)) {
      rendered = value.map((id) => renderer.render(listKind, String(id))).filter((v) => v !== undefined);
    } else if (singleKind && typeof value === "string") {
      rendered = renderer.render(singleKind, value) ?? null;
    } else {
      rendered = renderRefs(value, renderer);
    }
    out[key] = UNORDERED_FIELDS.has(key) && Array.isArray(rendered) ? renderer.shuffle(rendered) : rendered;
  }
  return out;
}

/**
 * PATCH semantics: present fields override, missing ones are left alone, nested objects merge,
 * and an explicit null resets the field to its default (null where there is none).
 */
export function mergePatch<T>(target: T, patch: unknown, defaults: unknown): T {
  if (!isRecord(patch) || !isRecord(target)) return target;
  const out: Record<string, unknown> = { ...target };
  const defs = isRecord(defaults) ? defaults : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) out[key] = structuredClone(defs[key] ?? null);
    else if (isRecord(value) && isRecord(out[key])) out[key] = mergePatch(out[key], value, defs[key]);
    else if (isRecord(value) && isRecord(defs[key])) out[key] = mergePatch(structuredClone(defs[key]), value, defs[key]);
    else out[key] = structuredClone(value);
  }
  return out as T;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
