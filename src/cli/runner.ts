import type { TargetFlags } from "../session.ts";
import type { Output } from "./output.ts";

/** What every command runs with: where it prints, how its work is run, and test overrides. */
export interface Runner {
  output: Output;
  run: (work: () => Promise<number>) => Promise<void>;
  /** Overrides for tests: the transport under every target. */
  target?: Partial<TargetFlags>;
}
