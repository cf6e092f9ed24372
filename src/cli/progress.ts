import type { Output } from "./output.ts";

/** One updating line on stderr, only when stderr is a terminal. */
export function progressReporter(output: Output): { step(text: string): void; done(): void } {
  if (!output.stderrIsTTY) return { step: () => {}, done: () => {} };
  let shown = false;
  return {
    step(text) {
      process.stderr.write(`\r\u001b[2K${text}`);
      shown = true;
    },
    done() {
      if (shown) process.stderr.write("\r\u001b[2K");
      shown = false;
    },
  };
}
