import pLimit, { type LimitFunction } from "p-limit";

/** How the client paces its requests once the server has said it sends too many. */
export interface PacingPolicy {
  /** After a 429 the rate drops to this share of what the server accepted in the last second. */
  decrease: number;
  /** Then it climbs back by this share of that ceiling per second (at least `minRate`)… */
  increasePerSecond: number;
  /** …up to this share of the ceiling, */
  headroom: number;
  /**
   * A refusal while the client sends under the ceiling, with the server still accepting
   * nearly all it sent, is the server's counting (fixed windows, timing), not a lower limit:
   * the ceiling stays, and the client keeps this much more below it, down to `minHeadroom`;
   * one more such refusal there lowers the ceiling, as a limit that came down would.
   */
  headroomStep: number;
  minHeadroom: number;
  /** …and only after this long without a 429 does it probe above the ceiling. */
  probeAfterMs: number;
  /** The rate never drops below this, in requests per second. */
  minRate: number;
}

export const DEFAULT_PACING: PacingPolicy = {
  decrease: 0.8,
  increasePerSecond: 0.1,
  headroom: 0.97,
  headroomStep: 0.02,
  minHeadroom: 0.93,
  probeAfterMs: 30_000,
  minRate: 1,
};

export interface PacerOptions {
  /** Requests in flight at once. */
  concurrency: number;
  policy: PacingPolicy;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

/** What the pacer knows; for tests and the bench. */
export interface PacerState {
  /** Requests per second the client sends at; undefined while the server has never refused one. */
  rate: number | undefined;
  /** The rate the server last accepted, per second. */
  ceiling: number | undefined;
  /** Whether every request of the client waits for a pause to end. */
  paused: boolean;
  /** How many times the server said "too many" (each pause counted once). */
  throttles: number;
}

const WINDOW_MS = 1000;
/** Above the ceiling, after a quiet spell, the rate grows by this share of it per second. */
const PROBE_PER_SECOND = 0.02;

/**
 * One pacing for every request of a client: a bounded number in flight, and, once the server
 * has answered 429, a rate. p-limit holds the queue (the in-flight bound, first come first
 * served, without timer hops between one request ending and the next starting); this class
 * decides the numbers, AIMD style, and books each send a slot on the rate's timetable (see
 * `reserve`):
 * - a 429 (or a 503 with Retry-After) pauses every request of the client for that long, and
 *   sets the rate to `decrease` × what the server accepted over the last second;
 * - the rate then climbs back linearly to just under that ceiling, and probes above it only
 *   after a long quiet spell, so a steady limit costs one pause, not one per few seconds;
 * - a refusal under the ceiling while the server still accepts nearly all that is sent (a
 *   fixed-window count meeting a few milliseconds of timing jitter) keeps the ceiling and
 *   widens the margin below it, instead of lowering the ceiling for the rest of the run; once
 *   the margin is at its widest, the next one lowers the ceiling.
 * A request keeps its place in flight across its retries (see `run`), so a retry goes before
 * every request not yet sent and its time budget is not spent waiting in the queue.
 */
export class Pacer {
  private readonly limit: LimitFunction;
  private readonly accepted: number[] = [];
  private rate: number | undefined;
  private ceiling: number | undefined;
  private headroom: number;
  private decreasedAt = Number.NEGATIVE_INFINITY;
  private pausedUntil = 0;
  private resumedAt = Number.NEGATIVE_INFINITY;
  private pausing: Promise<void> | undefined;
  private throttles = 0;
  /** When the next send may go, on the rate's timetable. */
  private nextSendAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: PacerOptions) {
    this.limit = pLimit(Math.max(1, options.concurrency));
    this.headroom = options.policy.headroom;
  }

  get state(): PacerState {
    return { rate: this.rate, ceiling: this.ceiling, paused: this.pausing !== undefined, throttles: this.throttles };
  }

  /** Runs one `send` when the pacing allows; `send` gets the time it was started at. */
  schedule<T>(send: (sentAt: number) => Promise<T>): Promise<T> {
    return this.run(async (pace) => send(await pace()));
  }

  /**
   * Runs `work` in one of the client's places in flight, held until it ends (its retries
   * included). `work` awaits `pace()` before each send: it resolves, with the time, once no
   * pause holds the client back and the rate's timetable has a slot for it.
   */
  run<T>(work: (pace: () => Promise<number>) => Promise<T>): Promise<T> {
    return this.limit(() => work(() => this.pace()));
  }

  private async pace(): Promise<number> {
    for (;;) {
      while (this.pausing) await this.pausing;
      this.ramp();
      const wait = this.reserve();
      if (wait > 0) {
        await this.options.sleep(wait);
        // A pause that began while this request waited for its slot voids the slot.
        if (this.pausing) continue;
      }
      return this.options.now();
    }
  }

  /** The server accepted a request sent at `sentAt`. */
  accept(sentAt: number): void {
    this.accepted.push(sentAt);
    this.trim(this.options.now());
  }

  /**
   * The server refused a request sent at `sentAt` and asked to wait `waitMs`: everyone waits,
   * and the rate comes down, once per refusal wave: requests sent before the last decrease
   * were already part of it, and so is every refusal that comes back while its pause lasts
   * (a request sent in the very millisecond of the decrease, or just before the pause began,
   * would otherwise count as a wave of its own and set the ceiling from the empty second
   * after the decrease, to the minimum rate).
   */
  throttle(sentAt: number, waitMs: number): void {
    const now = this.options.now();
    if (sentAt >= this.decreasedAt && !this.pausing) {
      this.throttles++;
      this.trim(now);
      this.ramp();
      // What the server accepted over the last second, when the client has been sending for a
      // whole second since the last pause; otherwise a step down from the rate that was refused.
      const measured = now - this.resumedAt >= WINDOW_MS || this.rate === undefined ? this.accepted.length : undefined;
      const refused = this.rate ?? Number.POSITIVE_INFINITY;
      const { minRate, decrease, headroomStep, minHeadroom } = this.options.policy;
      // Under the ceiling, with (all but about one of) what was sent in the last second accepted,
      // while the margin can still widen; past that, a refusal lowers the ceiling as usual.
      const jitter =
        measured !== undefined && this.ceiling !== undefined && refused < this.ceiling && measured + 1 >= refused * minHeadroom && this.headroom > minHeadroom;
      if (jitter) this.headroom = Math.max(minHeadroom, this.headroom - headroomStep);
      else this.ceiling = Math.max(minRate, measured === undefined ? refused * decrease : Math.min(measured, refused));
      this.decreasedAt = now;
      this.accepted.length = 0;
      this.ramp();
    }
    this.pause(now, now + waitMs);
  }

  private pause(now: number, until: number): void {
    if (until <= this.pausedUntil) return;
    this.pausedUntil = until;
    if (this.pausing) return;
    const waitOut = async () => {
      // A later refusal may push the end out while we wait. Time is counted as slept, so an
      // injected clock and sleep need not agree.
      const start = now;
      for (let slept = 0, left = this.pausedUntil - start; left > 0; slept += left, left = this.pausedUntil - start - slept) {
        await this.options.sleep(left);
      }
    };
    // Ended in a callback, so a pause of 0 ms (`Retry-After: 0`) ends too, after it was set.
    this.pausing = waitOut().then(() => {
      this.pausing = undefined;
      this.resumedAt = this.options.now();
      // Slots booked before the pause are void: after it, sends are spaced from now.
      this.nextSendAt = Number.NEGATIVE_INFINITY;
    });
  }

  /** Additive increase: back towards the ceiling, and past it after a quiet spell. */
  private ramp(): void {
    if (this.ceiling === undefined) return;
    const { decrease, increasePerSecond, probeAfterMs, minRate } = this.options.policy;
    const quietMs = Math.max(0, this.options.now() - this.decreasedAt);
    const base = Math.max(minRate, this.ceiling * decrease);
    const step = Math.max(minRate, this.ceiling * increasePerSecond);
    const climbed = base + (step * quietMs) / 1000;
    const probe = Math.max(minRate, this.ceiling * PROBE_PER_SECOND);
    const cap = this.ceiling * this.headroom + (quietMs < probeAfterMs ? 0 : (probe * (quietMs - probeAfterMs)) / 1000);
    this.rate = Math.max(base, Math.min(climbed, cap));
  }

  /**
   * Books the next send slot at the rate and says how long to wait for it. Slots follow each
   * other on a timetable (each one 1/rate after the one before), not 1/rate after the previous
   * send actually went: a timer that fires a little late, or a busy event loop, then delays one
   * send, not every later one, so a long apply holds the rate it aims at.
   */
  private reserve(): number {
    if (this.rate === undefined) return 0;
    const now = this.options.now();
    const at = Math.max(now, this.nextSendAt);
    this.nextSendAt = at + 1000 / this.rate;
    return at - now;
  }

  private trim(now: number): void {
    let drop = 0;
    while (drop < this.accepted.length && now - this.accepted[drop]! > WINDOW_MS) drop++;
    if (drop > 0) this.accepted.splice(0, drop);
  }
}
