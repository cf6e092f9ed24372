import { Command, CommanderError } from "commander";
import { LumosIacError } from "../errors.ts";
import { registerSimulator } from "./commands/simulator.ts";
import { processOutput, type Output } from "./output.ts";

/**
 * Parses argv and runs one command. Returns the exit code: 0 success, 1 error. User mistakes
 * (LumosIacError) print one line with their code; anything else is a bug and shows its stack.
 */
export async function main(argv: string[], output: Output = processOutput): Promise<number> {
  let exitCode = 0;
  const run = async (work: () => Promise<number>): Promise<void> => {
    exitCode = await work();
  };
  const program = new Command("lumos-iac")
    .description("Run a Lumos tenant as code: validate, plan and apply declarative definitions.")
    .exitOverride()
    .configureOutput({ writeOut: (s) => output.out(s.trimEnd()), writeErr: (s) => output.err(s.trimEnd()) })
    .showHelpAfterError("(run lumos-iac --help for usage)");
  registerSimulator(program, output, run);
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    if (error instanceof LumosIacError) {
      output.err(`error [${error.code}]: ${error.message}`);
      return 1;
    }
    output.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}
