import type { KindDef } from "./types.ts";
import { asString, ENUMS, nullableText, object, oneOf, patchFromDiff, pick, pinnedId, text } from "./common.ts";

/**
 * Inline webhooks, keyed by name. Lumos's public API can only list them; creating, changing and
 * removing them needs a server with lumos-iac's extension operations. `hook_type` is fixed at
 * creation (a change replaces the webhook); `secret` is write-only,
 * sent again on --rotate-credentials.
 */
export const inlineWebhookKind: KindDef = {
  kind: "inline_webhook",
  configKey: "inline_webhooks",
  description: "Inline webhooks Lumos calls during requests, provisioning and audits.",
  dependsOn: [],
  extension: true,
  itemSchema: object(
    {
      id: pinnedId,
      name: text("Webhook name, unique in the tenant.", { minLength: 1 }),
      hook_type: oneOf(ENUMS.InlineWebhookType, "When Lumos calls it. Fixed at creation."),
      description: nullableText("What it does."),
      url: text("Where Lumos sends the call.", { format: "uri" }),
      secret: text("Shared secret (write-only): ${env:NAME} or ${file:PATH}."),
    },
    ["name", "hook_type", "url"],
  ),

  desiredKey: (spec) => asString(spec.name),
  liveKeys: (live) => [asString(live.data.name)],

  canonicalDesired: (object) => pick(object.spec, ["name", "hook_type", "description", "url"]),
  canonicalLive: (live) => pick(live.data, ["name", "hook_type", "description", "url"]),
  setFields: new Set(),
  createOnly: ["hook_type"],
  writeOnly: ["secret"],
  secrets: ["secret"],

  createPayload: (canonical, object) => ({ ...canonical, ...pick(object.spec, ["secret"]) }),
  updatePayload: (diff, desired) => patchFromDiff(diff, desired),
  // --rotate-credentials sends the secret again (PATCH takes it; Lumos never returns it).
  rotatePayload: (object) => (object.spec.secret !== undefined ? pick(object.spec, ["secret"]) : undefined),
  deletable: () => ({ ok: true }),
  label: (live) => asString(live.data.name),
};
