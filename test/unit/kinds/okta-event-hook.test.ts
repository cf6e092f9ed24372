import { describe, expect, it } from "vitest";
import { LUMOS_EVENTS_URL, LUMOS_GROUP_EVENTS, oktaEventHookKind as kind } from "../../../src/kinds/okta-event-hook.ts";
import type { DesiredObject, LiveObject } from "../../../src/model/types.ts";
import { diffDeclared } from "../../../src/plan/diff.ts";

const ctx = {} as Parameters<typeof kind.canonicalLive>[1];
const desired = (spec: Record<string, unknown>) =>
  ({ kind: "okta_event_hook", address: "okta_event_hook.n", key: "n", spec: { name: "n", token: { $secret: "${env:T}" }, ...spec } }) as unknown as DesiredObject;
const live = (authKey: string, extra: Record<string, unknown> = {}): LiveObject => ({
  kind: "okta_event_hook",
  id: "who1",
  data: {
    name: "n",
    status: "ACTIVE",
    verificationStatus: "VERIFIED",
    events: { type: "EVENT_TYPE", items: [...LUMOS_GROUP_EVENTS].reverse() },
    channel: { type: "HTTP", version: "1.0.0", config: { uri: LUMOS_EVENTS_URL, headers: [], method: "POST", authScheme: { type: "HEADER", key: authKey } } },
    ...extra,
  },
});
const diff = (spec: Record<string, unknown>, object: LiveObject) =>
  diffDeclared(kind.canonicalDesired(desired(spec), ctx), kind.canonicalLive(object, ctx), { sets: kind.setFields, writeOnly: kind.writeOnly, atomic: kind.atomic, defaults: kind.defaults });

describe("okta_event_hook comparison", () => {
  it("defaults to Lumos's URL and the eight group events, compared as a set; the header name in any case", () => {
    expect(diff({}, live("authorization"))).toEqual([]);
    expect(diff({}, live("AUTHORIZATION"))).toEqual([]);
    expect(diff({}, live("X-Api-Key"))).toEqual([{ path: "auth_header", before: "x-api-key", after: "authorization" }]);
  });

  it("never compares the token, which Okta never returns", () => {
    expect(kind.canonicalDesired(desired({}), ctx)).not.toHaveProperty("token");
    expect(kind.writeOnly).toContain("token");
    expect(kind.secrets).toContain("token");
  });

  it("wants an active hook verified, and compares no verification for verify: false or an inactive hook", () => {
    const unverified = live("authorization", { verificationStatus: "UNVERIFIED" });
    expect(diff({}, unverified)).toEqual([{ path: "verified", before: false, after: true }]);
    expect(diff({ verify: false }, unverified)).toEqual([]);
    expect(diff({ status: "INACTIVE" }, live("authorization", { status: "INACTIVE", verificationStatus: "UNVERIFIED" }))).toEqual([]);
  });

  it("leaves headers alone unless declared", () => {
    const withHeader = live("authorization");
    (withHeader.data.channel as { config: { headers: unknown[] } }).config.headers = [{ key: "X-Team", value: "a" }];
    expect(diff({}, withHeader)).toEqual([]);
    expect(diff({ headers: { "X-Team": "b" } }, withHeader)).toEqual([{ path: "headers", before: { "X-Team": "a" }, after: { "X-Team": "b" } }]);
  });
});

describe("okta_event_hook payloads and notes", () => {
  it("sends every field and the token on an update (Okta's PUT replaces the whole hook)", () => {
    const want = kind.canonicalDesired(desired({ description: "d" }), ctx);
    const payload = kind.updatePayload([{ path: "description", before: null, after: "d" }], want, {}, desired({ description: "d" }));
    expect(payload).toMatchObject({ name: "n", description: "d", url: LUMOS_EVENTS_URL, status: "ACTIVE", verify: true, token: { $secret: "${env:T}" } });
    expect(kind.rotatePayload?.(desired({}))).toEqual({ token: { $secret: "${env:T}" } });
  });

  it("says when a change needs the hook verified again", () => {
    expect(kind.updateNotes?.([{ path: "url", before: "a", after: "b" }], false)).toEqual([expect.stringContaining("verified again")]);
    expect(kind.updateNotes?.([], true)).toEqual([expect.stringContaining("verified again")]);
    expect(kind.updateNotes?.([{ path: "description", before: "a", after: "b" }], false)).toEqual([]);
  });
});
