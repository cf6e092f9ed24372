import { ConfigError, RemoteError } from "../errors.ts";
import { AUTH_HEADER } from "../kinds/okta-event-hook.ts";
import type { Adapter } from "./adapters.ts";
import type { LumosClient } from "./client.ts";
import type { OktaClient, OktaEventHook } from "./okta-client.ts";

/** The Okta org of the environment, or the error that says how to configure one. */
export function oktaOf(client: LumosClient): OktaClient {
  if (client.okta) return client.okta;
  throw new ConfigError(
    "NO_OKTA",
    "okta_event_hooks are managed in Okta, and this environment has no Okta org: set environments.<name>.okta: { org_url: https://<org>.okta.com, token: ${env:OKTA_API_TOKEN} }",
  );
}

const str = (value: unknown): string => (typeof value === "string" ? value : "");

/** Every event hook of the org (Okta lists them in one answer). */
export async function listEventHooks(okta: OktaClient): Promise<OktaEventHook[]> {
  return okta.call("listEventHooks", okta.api.GET("/api/v1/eventHooks"));
}

/** The full Okta body of a hook: the live hook's fields, overridden by what the payload sets. */
function hookBody(payload: Record<string, unknown>, live?: OktaEventHook): OktaEventHook {
  const config = live?.channel.config;
  const liveHeaders = Object.fromEntries((config?.headers ?? []).flatMap((h) => (h?.key ? [[h.key, h.value ?? ""]] : [])));
  const headers = (payload.headers ?? liveHeaders) as Record<string, string>;
  const description = "description" in payload ? payload.description : live?.description;
  return {
    name: str(payload.name ?? live?.name),
    ...(description !== undefined ? { description: description as string | null } : {}),
    events: { type: "EVENT_TYPE", items: (payload.events ?? live?.events.items ?? []) as string[] },
    channel: {
      type: "HTTP",
      version: "1.0.0",
      config: {
        uri: str(payload.url ?? config?.uri),
        headers: Object.entries(headers).map(([key, value]) => ({ key, value })),
        authScheme: { type: "HEADER", key: AUTH_HEADER, value: `Bearer ${str(payload.token)}` },
      },
    },
  };
}

/**
 * Okta event hooks: created ACTIVE and UNVERIFIED, then verified (Okta calls the URL once with
 * a challenge) and deactivated when declared INACTIVE. An update is a full replace (PUT) with
 * the token, then the lifecycle calls that bring status and verification where they belong: a
 * replaced channel leaves the hook UNVERIFIED. A delete deactivates first.
 */
export const oktaEventHookAdapter: Adapter = {
  async create(client, payload) {
    const okta = oktaOf(client);
    const created = await okta.call("createEventHook", okta.api.POST("/api/v1/eventHooks", { body: hookBody(payload) }));
    const id = str(created.id);
    await settle(okta, id, created, payload, payload.verify === true);
    return { id };
  },
  async update(client, id, payload) {
    const okta = oktaOf(client);
    const path = { params: { path: { eventHookId: id } } };
    const before = await okta.call("getEventHook", okta.api.GET("/api/v1/eventHooks/{eventHookId}", path));
    const replaced = await okta.call("replaceEventHook", okta.api.PUT("/api/v1/eventHooks/{eventHookId}", { ...path, body: hookBody(payload, before) }));
    // A rotation alone carries no verify flag: keep the hook as verified as it was.
    const verify = typeof payload.verify === "boolean" ? payload.verify : before.verificationStatus === "VERIFIED";
    await settle(okta, id, replaced, payload, verify);
  },
  async remove(client, id) {
    const okta = oktaOf(client);
    const path = { params: { path: { eventHookId: id } } };
    const hook = await okta.call("getEventHook", okta.api.GET("/api/v1/eventHooks/{eventHookId}", path));
    // Okta deletes only an INACTIVE hook.
    if (hook.status !== "INACTIVE") await okta.call("deactivateEventHook", okta.api.POST("/api/v1/eventHooks/{eventHookId}/lifecycle/deactivate", path));
    await okta.call("deleteEventHook", okta.api.DELETE("/api/v1/eventHooks/{eventHookId}", path));
  },
  async find(client, payload) {
    const hooks = await listEventHooks(oktaOf(client));
    const matches = hooks.filter((hook) => hook.name === payload.name);
    return matches.length === 1 ? matches[0]!.id : undefined;
  },
};

/** Brings a hook to the declared status, verified when asked (verification needs it ACTIVE). */
async function settle(okta: OktaClient, id: string, hook: OktaEventHook, payload: Record<string, unknown>, verify: boolean): Promise<void> {
  const path = { params: { path: { eventHookId: id } } };
  const status = typeof payload.status === "string" ? payload.status : hook.status;
  if (status === "ACTIVE" && hook.status !== "ACTIVE") {
    await okta.call("activateEventHook", okta.api.POST("/api/v1/eventHooks/{eventHookId}/lifecycle/activate", path));
  }
  if (status === "ACTIVE" && verify && hook.verificationStatus !== "VERIFIED") {
    await okta.call("verifyEventHook", okta.api.POST("/api/v1/eventHooks/{eventHookId}/lifecycle/verify", path)).catch((error: unknown) => {
      if (!(error instanceof RemoteError) || error.status !== 400) throw error;
      // The hook stays, UNVERIFIED: the next apply verifies it again.
      throw new RemoteError(
        "OKTA_HOOK_UNVERIFIED",
        `${error.message} (the hook was saved but is not verified, so it receives no events: check that its url is Lumos's events endpoint and its token a valid Lumos API token, then apply again)`,
        { operation: error.operation, status: 400, retryable: false },
      );
    });
  }
  if (status === "INACTIVE" && hook.status !== "INACTIVE") {
    await okta.call("deactivateEventHook", okta.api.POST("/api/v1/eventHooks/{eventHookId}/lifecycle/deactivate", path));
  }
}
