import { describe, expect, it } from "vitest";
import { cronProblem } from "../../../src/kinds/sync-schedule.ts";
import { parseClockRequest } from "../../../src/simulator/clock.ts";
import { SYNC_PRESETS, SYNC_PRESET_NAMES } from "../../../src/sync/presets.ts";
import { cadenceOf, slotsOf, standingOf, type Schedule } from "../../../src/sync/schedule.ts";

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

const schedule = (over: Partial<Schedule> = {}): Schedule => ({
  appId: "a",
  app: "Okta",
  cron: "30 7 * * *",
  timezone: "UTC",
  enabled: true,
  syncType: "full_sync",
  source: "config",
  ...over,
});

describe("sync schedule evaluation", () => {
  it("finds the latest due time at or before now and the next one, in the schedule's time zone", () => {
    const { slot, next } = slotsOf(schedule(), at("2026-03-02T07:30:00Z"));
    expect([iso(slot), iso(next)]).toEqual(["2026-03-02T07:30:00.000Z", "2026-03-03T07:30:00.000Z"]);
    // 07:30 in Paris is 06:30 UTC in winter and 05:30 UTC in summer.
    const winter = slotsOf(schedule({ timezone: "Europe/Paris" }), at("2026-01-15T12:00:00Z"));
    expect(iso(winter.slot)).toBe("2026-01-15T06:30:00.000Z");
    const summer = slotsOf(schedule({ timezone: "Europe/Paris" }), at("2026-07-15T12:00:00Z"));
    expect(iso(summer.slot)).toBe("2026-07-15T05:30:00.000Z");
  });

  it("says a slot is due unless it is disabled, already served by this tool, or run by the server", () => {
    const slot = at("2026-03-02T07:30:00Z");
    expect(standingOf(schedule(), slot, false)).toEqual({ due: true });
    expect(standingOf(schedule({ enabled: false }), slot, false)).toEqual({ due: false, reason: "disabled" });
    expect(standingOf(schedule(), slot, true)).toEqual({ due: false, reason: "done" });
    expect(standingOf(schedule({ serverLastTriggeredAt: "2026-03-02T07:30:05Z" }), slot, false)).toEqual({ due: false, reason: "ran_by_server" });
    expect(standingOf(schedule({ serverLastTriggeredAt: "2026-03-01T07:30:05Z" }), slot, false)).toEqual({ due: true });
  });

  it("has Lumos's cadences as presets, each a valid cron expression in UTC", () => {
    expect(SYNC_PRESET_NAMES).toEqual(["idp-nightly", "integration-users-nightly", "idp-apps-daily", "find-accounts-every-4-days"]);
    for (const name of SYNC_PRESET_NAMES) expect(cronProblem(SYNC_PRESETS[name].cron), name).toBeUndefined();
    expect(cadenceOf({ app: "Okta", preset: "idp-apps-daily" })).toEqual({ cron: "0 16 * * *", timezone: "UTC", enabled: true });
    expect(cadenceOf({ app: "Okta", cron: "0 1 * * *", timezone: "Asia/Tokyo", enabled: false })).toEqual({ cron: "0 1 * * *", timezone: "Asia/Tokyo", enabled: false });
  });
});

describe("the simulator's clock control", () => {
  it("takes advance_seconds or set, and refuses anything else", () => {
    expect(parseClockRequest({ advance_seconds: 60 })).toEqual({ ok: true, move: { advanceMs: 60_000 } });
    expect(parseClockRequest({ set: "2026-03-02T07:31:00Z" })).toEqual({ ok: true, move: { to: at("2026-03-02T07:31:00Z") } });
    expect(parseClockRequest({ advance_seconds: -1 })).toMatchObject({ ok: false });
    expect(parseClockRequest({ set: "tomorrow" })).toMatchObject({ ok: false, problem: expect.stringContaining("date-time") });
    expect(parseClockRequest({ advance_seconds: 1, set: "2026-03-02T07:31:00Z" })).toMatchObject({ ok: false, problem: "give exactly one of advance_seconds and set" });
    expect(parseClockRequest({ speed: 2 })).toMatchObject({ ok: false, problem: expect.stringContaining("unknown keys: speed") });
  });
});
