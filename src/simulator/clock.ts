/**
 * The simulator's clock control (`POST /_simulator/clock`), outside the Lumos contract: tests
 * move the simulated time forward (or set it) to let syncs finish and schedules fall due.
 */

/** `{"advance_seconds": n}` or `{"set": "2026-01-02T07:31:00Z"}` (any date-time). */
export function parseClockRequest(body: unknown): { ok: true; move: { advanceMs?: number; to?: number } } | { ok: false; problem: string } {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return { ok: false, problem: 'send {"advance_seconds": N} or {"set": "<date-time>"}' };
  const { advance_seconds: advance, set, ...rest } = body as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return { ok: false, problem: `unknown keys: ${Object.keys(rest).join(", ")} (use advance_seconds or set)` };
  if ((advance === undefined) === (set === undefined)) return { ok: false, problem: "give exactly one of advance_seconds and set" };
  if (advance !== undefined) {
    if (typeof advance !== "number" || !Number.isFinite(advance) || advance < 0) return { ok: false, problem: "advance_seconds must be a number of seconds, 0 or more" };
    return { ok: true, move: { advanceMs: advance * 1000 } };
  }
  const to = typeof set === "string" ? Date.parse(set) : Number.NaN;
  if (Number.isNaN(to)) return { ok: false, problem: "set must be a date-time such as 2026-01-02T07:31:00Z" };
  return { ok: true, move: { to } };
}
