import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";
import { ConfigError } from "../errors.ts";
import { isRecord } from "../kinds/common.ts";
import type { ConfigKey } from "../kinds/registry.ts";
import { RESOURCE_TYPES } from "./to-terraform.ts";

const KIND_OF_TYPE = new Map(Object.entries(RESOURCE_TYPES).map(([key, type]) => [type, key as ConfigKey]));

/** Resources whose import ID is not their `id` attribute. */
const ID_ATTRIBUTE: Record<string, string> = { lumos_app_store_app: "app_id", lumos_sync_schedule: "app_id" };

export interface StateResource {
  /** `lumos_app.payroll`, or `lumos_app.x["k"]` / `lumos_app.x[0]` for an instance. */
  address: string;
  key: ConfigKey;
  id: string;
}

/**
 * The lumos resources of a Terraform state (format version 4): each one's config kind and the
 * live ID it stands for (`lumos_app_store_app` and `lumos_sync_schedule` by their app's ID).
 * Resources of other providers, and data sources, are skipped. A file that is not such a
 * state is an error at its position.
 */
export function readTfState(path: string, shown: string = path, options: { skipped?: (address: string, why: string) => void } = {}): StateResource[] {
  const at = (line = 1, col = 1) => ({ file: shown, line, col });
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError("TFSTATE_UNREADABLE", `cannot read the Terraform state: ${(error as NodeJS.ErrnoException).code ?? String(error)}; pass terraform.tfstate (terraform state pull > terraform.tfstate)`, { at: at() });
  }
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch {
    // Where: from the YAML parser (JSON is YAML), since JSON.parse's message has no position.
    // What: not echoed, since a state holds secrets in plain text.
    const problem = parseDocument(text).errors[0]?.linePos?.[0];
    throw new ConfigError("TFSTATE_INVALID", "not JSON; a Terraform state is the JSON that terraform state pull prints", {
      at: at(problem?.line ?? 1, problem?.col ?? 1),
    });
  }
  if (!isRecord(state) || state.version !== 4 || !Array.isArray(state.resources)) {
    throw new ConfigError(
      "TFSTATE_INVALID",
      `not a Terraform state of format version 4 (${isRecord(state) && "version" in state ? `version ${JSON.stringify(state.version)}` : "no version"}); use a state written by Terraform 0.12 or newer`,
      { at: at() },
    );
  }
  const found: StateResource[] = [];
  const skipped: string[] = [];
  const skip = (address: string, why: string) => {
    skipped.push(address);
    options.skipped?.(address, why);
  };
  for (const resource of state.resources) {
    if (!isRecord(resource) || resource.mode !== "managed" || typeof resource.type !== "string") continue;
    // provider["registry.terraform.io/teamlumos/lumos"] (or a mirror of it): a provider named lumos.
    const ofLumos = typeof resource.provider === "string" ? /\/lumos"\]$/.test(resource.provider) : resource.type.startsWith("lumos_");
    if (!ofLumos) continue;
    const address = `${resource.type}.${String(resource.name)}`;
    const key = KIND_OF_TYPE.get(resource.type);
    if (!key) {
      skip(address, `lumos-iac has no kind for ${resource.type}; declare it another way, or leave it to Terraform`);
      continue;
    }
    for (const instance of Array.isArray(resource.instances) ? resource.instances : []) {
      if (!isRecord(instance) || !isRecord(instance.attributes)) continue;
      const attribute = ID_ATTRIBUTE[resource.type] ?? "id";
      const id = instance.attributes[attribute] ?? instance.attributes.id;
      const index = instance.index_key === undefined ? "" : `[${JSON.stringify(instance.index_key)}]`;
      if (typeof id !== "string" || id === "") {
        skip(`${address}${index}`, `the state gives it no ${attribute}`);
        continue;
      }
      found.push({ address: `${address}${index}`, key, id });
    }
  }
  if (found.length === 0) {
    const also = skipped.length > 0 ? ` (skipped: ${skipped.join(", ")})` : "";
    throw new ConfigError("TFSTATE_EMPTY", `this state holds no resources of the teamlumos/lumos provider that lumos-iac can import${also}; nothing to import`, { at: at() });
  }
  return found;
}
