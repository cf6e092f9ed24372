import { relative } from "node:path";
import { loadConfigAsync } from "../../load/load-config.ts";
import { terraformFlags, type EngineFlags } from "../engine-flags.ts";
import type { Runner } from "../runner.ts";

export async function runValidate(flags: Pick<EngineFlags, "config" | "format" | "env" | "var" | "varFile" | "cdktf">, runner: Runner): Promise<number> {
  const loaded = await loadConfigAsync(flags.config, process.env, { requireTarget: true, ...terraformFlags(flags), ...(flags.env === undefined ? {} : { environment: flags.env }) });
  const count = loaded.desired.objects.length;
  if (flags.format === "json") {
    const files = loaded.files.map((file) => relative(process.cwd(), file) || file);
    runner.output.out(JSON.stringify({ valid: true, objects: count, files }, null, 2));
    return 0;
  }
  runner.output.out(`✓ ${count} object${count === 1 ? "" : "s"} in ${loaded.files.length} file${loaded.files.length === 1 ? "" : "s"}: the configuration is valid.`);
  return 0;
}
