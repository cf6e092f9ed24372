import { addressOf, APPLY_ORDER, configKeyOf, KINDS } from "../kinds/registry.ts";
import type { DesiredObject, DesiredState, LiveState } from "../model/types.ts";
import { matchLive } from "../plan/compute-plan.ts";
import { printCdktfApp } from "./cdktf-printer.ts";
import { printHcl, toTerraformJson } from "./hcl-printer.ts";
import { isLumosProviderKey, toTerraform, type TerraformOutput } from "./to-terraform.ts";

import type { ExportFormat } from "./formats.ts";

export interface ExportInput {
  desired: DesiredState;
  live: LiveState;
  sensitive?: ReadonlyMap<string, string>;
  serverUrl?: string;
  /** Where the code came from, for the header comment. */
  source: string;
  /** For cdktf: the bindings package's version or `file:` path. */
  bindings?: string;
}

export interface ExportResult extends TerraformOutput {
  /** [file name, text] in the order written. */
  files: [string, string][];
  resources: number;
  imports: number;
  /** Addresses of declared objects the Lumos provider has no resource for (Okta event hooks), left out. */
  omitted: string[];
}

/**
 * Desired objects (from the configuration, or the live tenant as configuration) → the files of
 * a Terraform (HCL or JSON) or CDKTF project for the teamlumos/lumos provider, with import
 * blocks for every object the tenant already has. Pure: the caller reads and writes.
 */
export function exportTerraform(input: ExportInput, format: ExportFormat): ExportResult {
  // Okta event hooks live in the Okta org: the Lumos provider has no resource for them.
  const objects = inApplyOrder(input.desired.objects.filter((object) => isLumosProviderKey(configKeyOf(object.kind))));
  const omitted = input.desired.objects.filter((object) => !isLumosProviderKey(configKeyOf(object.kind))).map((object) => object.address);
  const ids = matchLive({ ...input.desired, objects }, input.live);
  const out = toTerraform({ objects, ids, live: input.live, ...(input.sensitive ? { sensitive: input.sensitive } : {}), ...(input.serverUrl ? { serverUrl: input.serverUrl } : {}) });
  const header = [
    `Written by lumos-iac export from ${input.source}.`,
    "For the teamlumos/lumos provider; the import blocks adopt what already exists, so nothing is recreated.",
    ...(out.additions.length > 0 ? [`lumos-iac additions the official provider does not have: ${out.additions.join(", ")}.`] : []),
  ];
  const files: [string, string][] =
    format === "hcl"
      ? [["main.tf", printHcl(out.document, header)]]
      : format === "tf.json"
        ? [["main.tf.json", `${JSON.stringify({ "//": header.join(" "), ...toTerraformJson(out.document) }, null, 2)}\n`]]
        : printCdktfApp(out.document, header, input.bindings ? { bindings: input.bindings } : {});
  const resources = Object.values(out.document.resources).reduce((n, byName) => n + Object.keys(byName).length, 0);
  return { ...out, files, resources, imports: out.document.imports.length, omitted };
}

/** Objects in apply order (what they refer to first), declaration order within a kind. */
function inApplyOrder(objects: readonly DesiredObject[]): DesiredObject[] {
  const rank = new Map(APPLY_ORDER.map((key, i) => [key, i]));
  return objects
    .map((object, index) => ({ object, index }))
    .sort((a, b) => rank.get(configKeyOf(a.object.kind))! - rank.get(configKeyOf(b.object.kind))! || a.index - b.index)
    .map((entry) => entry.object);
}

/** Definition documents (as import writes them) as a desired state, located at `label`. */
export function desiredFromDocuments(documents: Record<string, unknown[] | string[]>, label: string): DesiredState {
  const loc = { file: label, line: 1, col: 1 };
  const objects: DesiredObject[] = [];
  for (const key of APPLY_ORDER) {
    const items = documents[key];
    if (!items || items.length === 0) continue;
    const def = KINDS[key];
    const specs = def.singleton ? [{ sources: items }] : (items as Record<string, unknown>[]);
    for (const spec of specs) {
      const natural = def.desiredKey(spec);
      objects.push({ kind: def.kind, key: natural, address: addressOf(def, natural), spec, loc, ...(typeof spec.id === "string" ? { id: spec.id } : {}) });
    }
  }
  return { objects, prune: {}, locate: () => loc };
}
